#!/usr/bin/env bash
# The ABI gate: libmizan against the committed baseline (capi/abi/libmizan.abi). Any non-zero
# exit of abidiff fails: a changed struct layout sets only bit 4, a removed function 12.
# Added functions are allowed here (symbols.txt still makes them deliberate).
#
# Usage: check_abi.sh LIBRARY HEADERS_DIR BASELINE
#        check_abi.sh --update LIBRARY HEADERS_DIR BASELINE   (on a release, on purpose)
set -euo pipefail
update=0
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
lib=$1
headers=$2
baseline=$3
if ! command -v abidiff >/dev/null; then
  echo "abidiff not found: install abigail-tools (tools/install-deps.sh does)" >&2
  exit 1
fi
if [ $update -eq 1 ]; then
  abidw --exported-interfaces-only --headers-dir "$headers" --drop-private-types \
        --no-comp-dir-path --out-file "$baseline" "$lib"
  echo "wrote $baseline"
  exit 0
fi
status=0
abidiff --no-added-syms --headers-dir2 "$headers" "$baseline" "$lib" || status=$?
if [ $status -ne 0 ]; then
  echo "the ABI of $lib differs from $baseline (abidiff exit $status)" >&2
  exit 1
fi
echo "ABI matches $baseline"
