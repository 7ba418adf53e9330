#!/usr/bin/env bash
# Asserts that libmizan exports exactly the committed list of symbols (capi/abi/symbols.txt),
# all named mizan_*. The version nodes of the linker script (MIZAN_1.0, type A) are not
# symbols of code and are left out. Adding a function means updating the list on purpose.
set -euo pipefail
lib=$1
list=$2
actual=$(nm -D --defined-only "$lib" | awk '$2 != "A" {print $3}' | sort)
stray=$(printf '%s\n' "$actual" | grep -v '^mizan_' || true)
if [ -n "$stray" ]; then
  echo "exported symbols not named mizan_*:" >&2
  printf '%s\n' "$stray" >&2
  exit 1
fi
if ! diff -u "$list" <(printf '%s\n' "$actual"); then
  echo "exported symbols differ from $list (update it and capi/mizan.map on purpose)" >&2
  exit 1
fi
echo "$(printf '%s\n' "$actual" | wc -l) symbols, all mizan_*, as listed"
