<?php
declare(strict_types=1);

namespace Mizan;

/**
 * The fallback for hosts that refuse FFI: runs the `mizan` command (`--format result`) and
 * reads the same JSON the library gives Engine, so results and errors are the same. It costs a
 * process per call; prefer Engine where FFI is allowed.
 */
final class CommandEngine implements Checker
{
    private readonly string $command;

    /**
     * @param ?string $command path of the `mizan` program; default $MIZAN_COMMAND, else `mizan`
     *                         on PATH
     * @param array<string, mixed> $defaults options for every call (see Checker)
     */
    public function __construct(?string $command = null, private readonly array $defaults = [])
    {
        $env = getenv('MIZAN_COMMAND');
        $this->command = $command ?? (($env !== false && $env !== '') ? $env : 'mizan');
    }

    public static function available(?string $command = null): bool
    {
        try {
            (new self($command))->version();
            return true;
        } catch (\Throwable) {
            return false;
        }
    }

    public function version(): string
    {
        [$status, $out] = $this->run(['version'], '');
        if ($status !== 0 || !preg_match('/^mizan (\S+)/', $out, $m)) {
            throw new \RuntimeException("cannot run {$this->command}");
        }
        return $m[1];
    }

    public function extract(string $text, array $options = []): array
    {
        return Results::claims($this->result(['extract'], $options, $text, $text), $text);
    }

    public function check(string $text, ?Facts $facts = null, array $options = []): Report
    {
        $args = ['check'];
        if ($facts !== null) {
            array_push($args, '--facts', $facts->handle);
        }
        return Results::report($this->result($args, $options, $text, $text), $text);
    }

    public function compare(string $source, string $target, array $options = []): Comparison
    {
        $files = [$this->temporary($source), $this->temporary($target)];
        try {
            $json = $this->result(['compare', $files[0], $files[1]], $options, '', $source, $target);
        } finally {
            array_map('unlink', $files);
        }
        return Results::comparison($json, $source, $target);
    }

    public function loadFacts(string $json): Facts
    {
        $file = $this->temporary($json);
        $release = static fn () => @unlink($file);
        try {
            $this->result(['check', '--facts', $file], [], '', $json);
        } catch (MizanException $e) {
            $release();
            throw $e;
        }
        return new Facts($file, $release);
    }

    /** Runs one command and returns its result's JSON, or throws what the library refused. */
    private function result(array $args, array $overrides, string $stdin, string $source,
                            ?string $target = null): string
    {
        $settings = array_merge($this->defaults, $overrides);
        $args = array_merge($args, ['--format', 'result']);
        foreach (['dollarCurrency' => '--dollar-currency', 'published' => '--published',
                  'checks' => '--checks', 'maxInputBytes' => '--max-input-bytes'] as $key => $flag) {
            if (isset($settings[$key]) && $settings[$key] !== '' && $settings[$key] !== 0) {
                array_push($args, $flag, (string) $settings[$key]);
            }
        }
        [$status, $out, $err] = $this->run($args, $stdin);
        $line = strtok($out, "\n");
        $decoded = $line === false ? null : json_decode($line, true);
        if (is_array($decoded) && isset($decoded['error'])) {
            $e = $decoded['error'];
            $text = $target !== null && str_starts_with($e['message'], 'target') ? $target : $source;
            throw Errors::exception($e['status'], $e['message'], $e['offset'], $text);
        }
        if ($status !== 0 || !is_array($decoded)) {
            throw new \RuntimeException("{$this->command} failed ($status): " . trim($err));
        }
        return $line;
    }

    /** @return array{int, string, string} exit status, standard output, standard error */
    private function run(array $args, string $stdin): array
    {
        $pipes = [];
        $process = @proc_open(array_merge([$this->command], $args),
                              [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        if (!is_resource($process)) {
            throw new \RuntimeException("cannot run {$this->command}");
        }
        // The command reads all of its input before it writes anything, so writing first and
        // reading after cannot deadlock.
        fwrite($pipes[0], $stdin);
        fclose($pipes[0]);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        return [proc_close($process), $out, $err];
    }

    private function temporary(string $contents): string
    {
        $file = tempnam(sys_get_temp_dir(), 'mizan');
        file_put_contents($file, $contents);
        return $file;
    }
}
