#!/usr/bin/env bash
# Installs the build into a scratch prefix and builds a C consumer against the installed tree
# twice: with pkg-config and with CMake's find_package. Both must run. The installed `mizan`
# command must run too.
set -euo pipefail
source_dir=$1
build_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
consumer=$source_dir/tests/c99/consumer.c

cmake --install "$build_dir" --prefix "$prefix" > "$work/install.log"
libdir=$(dirname "$(find "$prefix" -name 'libmizan.so.1' | head -n 1)")
test -f "$prefix/include/mizan.h"

echo "== pkg-config"
export PKG_CONFIG_PATH=$libdir/pkgconfig
test "$(pkg-config --modversion mizan)" = "$(sed -n 's/^#define MIZAN_VERSION_STRING "\(.*\)"/\1/p' "$prefix/include/mizan.h")"
cc -std=c99 -pedantic -Werror "$consumer" $(pkg-config --cflags --libs mizan) \
  -Wl,-rpath,"$libdir" -o "$work/consumer-pc"
"$work/consumer-pc"

echo "== find_package"
cmake -S "$source_dir/tests/install/project" -B "$work/cmake-build" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCONSUMER_SOURCE="$consumer" > "$work/configure.log"
cmake --build "$work/cmake-build" > "$work/build.log"
"$work/cmake-build/consumer"

echo "== installed command"
"$prefix/bin/mizan" version
echo "installed tree works both ways"
