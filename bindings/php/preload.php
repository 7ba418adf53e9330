<?php
// opcache.preload script for servers that allow FFI only for preloaded code
// (ffi.enable=preload, the default): loads libmizan's declarations into the FFI scope "mizan"
// once per server start, and the classes with them. Needs libmizan.so.1 on the system's
// library path (cmake --install, then ldconfig), as src/mizan_ffi.h names it.
FFI::load(__DIR__ . '/src/mizan_ffi.h');
foreach (glob(__DIR__ . '/src/*.php') as $file) {
    opcache_compile_file($file);
}
