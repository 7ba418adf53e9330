<?php
declare(strict_types=1);

namespace Mizan;

/**
 * The FFI handle of libmizan, made once per process: the scope "mizan" when opcache preloaded
 * it (ffi.preload / preload.php), else FFI::cdef() over src/mizan_ffi.h with the library found
 * through $MIZAN_LIBRARY, then beside this package, then the system.
 */
final class Native
{
    public const MAJOR = 1;
    public const NO_OFFSET = -1;   // UINT64_MAX as PHP's signed int

    private static ?\FFI $ffi = null;

    public static function ffi(): \FFI
    {
        return self::$ffi ??= self::open();
    }

    public static function available(): bool
    {
        if (!extension_loaded('ffi')) {
            return false;
        }
        try {
            self::ffi();
            return true;
        } catch (\Throwable) {
            return false;
        }
    }

    private static function open(): \FFI
    {
        $ffi = null;
        try {
            $ffi = \FFI::scope('mizan');
        } catch (\Throwable) {
            $ffi = self::define();
        }
        $major = intdiv($ffi->mizan_version_number(), 10000);
        if ($major !== self::MAJOR) {
            throw new \RuntimeException("libmizan $major.x is loaded; this package needs " . self::MAJOR . '.x');
        }
        return $ffi;
    }

    private static function define(): \FFI
    {
        $header = file_get_contents(__DIR__ . '/mizan_ffi.h');
        $declarations = preg_replace('/^#.*$/m', '', $header);
        $failures = [];
        foreach (self::candidates() as $library) {
            try {
                return \FFI::cdef($declarations, $library);
            } catch (\FFI\Exception $e) {
                $failures[] = "$library: " . $e->getMessage();
            }
        }
        throw new \RuntimeException('libmizan not found; set MIZAN_LIBRARY to its path ('
                                    . implode('; ', $failures) . ')');
    }

    /** @return list<string> */
    private static function candidates(): array
    {
        $out = [];
        $env = getenv('MIZAN_LIBRARY');
        if ($env !== false && $env !== '') {
            $out[] = $env;
        }
        $bundled = dirname(__DIR__) . '/lib/libmizan.so.1';
        if (is_file($bundled)) {
            $out[] = $bundled;
        }
        $out[] = 'libmizan.so.1';
        return $out;
    }
}
