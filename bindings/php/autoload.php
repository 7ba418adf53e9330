<?php
// For projects without Composer: require this file, then use Mizan\Mizan::engine().
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'Mizan\\')) {
        $file = __DIR__ . '/src/' . substr($class, 6) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
