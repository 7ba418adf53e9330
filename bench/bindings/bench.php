<?php
// mizan through its PHP binding (FFI), one document per call: php bench.php DOCS_FILE [SECONDS].
require __DIR__ . '/../../bindings/php/autoload.php';

$docs = array_values(array_filter(explode("\n", file_get_contents($argv[1])), 'strlen'));
$seconds = (float)($argv[2] ?? 3);
$engine = new Mizan\Engine();
$size = array_sum(array_map('strlen', $docs));
foreach (['extract', 'check'] as $call) {
    $engine->$call($docs[0]);
    $rounds = 0;
    $start = hrtime(true);
    do {
        foreach ($docs as $d) {
            $engine->$call($d);
        }
        $rounds++;
        $elapsed = (hrtime(true) - $start) / 1e9;
    } while ($elapsed < $seconds);
    echo json_encode(['binding' => 'php', 'call' => $call, 'docs' => $rounds * count($docs),
                      'bytes' => $rounds * $size, 'seconds' => $elapsed]), "\n";
}
