#!/usr/bin/env bash
# The reliability stages CI runs after the plain tests (README, "Reliability"):
#   1. the whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (g++);
#   2. the eight-thread test built with ThreadSanitizer (g++);
#   3. every libFuzzer target (clang, with ASan and UBSan) for FUZZ_SECONDS each (default 60).
# Each stage builds in its own folder beside build/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
jobs=${JOBS:-2}

echo "== AddressSanitizer + UndefinedBehaviorSanitizer: all tests"
cmake -S . -B build-asan -DMIZAN_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure -j"$jobs"

echo "== ThreadSanitizer: eight threads on one engine"
cmake -S . -B build-tsan -DMIZAN_SANITIZE=thread >/dev/null
cmake --build build-tsan -j"$jobs" --target threads_test
TSAN_OPTIONS=halt_on_error=1 build-tsan/bin/threads_test

echo "== libFuzzer: ${seconds}s per target"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DMIZAN_FUZZ=ON -DMIZAN_SANITIZE=address,undefined >/dev/null
cmake --build build-fuzz -j"$jobs" --target extract_fuzz check_fuzz compare_fuzz facts_fuzz options_fuzz
tests/fuzz/run.sh build-fuzz "$seconds"
