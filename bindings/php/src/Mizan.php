<?php
declare(strict_types=1);

namespace Mizan;

/** Entry point: the best engine this PHP can run. */
final class Mizan
{
    /**
     * Engine (FFI) when FFI is enabled and libmizan loads; else CommandEngine when the `mizan`
     * command runs; else an exception that says what to enable.
     *
     * @param array<string, mixed> $defaults options for every call (see Checker)
     */
    public static function engine(array $defaults = [], ?string $command = null): Checker
    {
        if (Native::available()) {
            return new Engine($defaults);
        }
        if (CommandEngine::available($command)) {
            return new CommandEngine($command, $defaults);
        }
        throw new \RuntimeException('mizan needs FFI (ffi.enable=true, or preload) and libmizan, '
                                    . 'or the mizan command on PATH (or $MIZAN_COMMAND)');
    }
}
