#!/usr/bin/env bash
# Runs every libFuzzer target of a MIZAN_FUZZ=ON build for SECONDS each, from the committed
# corpora (new inputs go to a scratch folder, not into the repository), and prints the
# executions each reached. A crash stops the run with the input's path: copy it to
# tests/fuzz/corpus/TARGET/crash-NAME, so that every build replays it from then on.
#
# Usage: run.sh FUZZ_BUILD_DIR SECONDS
set -euo pipefail
build=$1
seconds=$2
here="$(cd "$(dirname "$0")" && pwd)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
total=0
for target in extract check compare facts options; do
  mkdir -p "$scratch/$target" "$scratch/artifacts"
  log="$scratch/$target.log"
  if ! "$build/bin/${target}_fuzz" -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048 \
       -timeout=10 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target-" \
       "$scratch/$target" "$here/corpus/$target" >"$log" 2>&1; then
    tail -40 "$log"
    mkdir -p fuzz-artifacts && cp "$scratch"/artifacts/* fuzz-artifacts/ 2>/dev/null || true
    echo "fuzz: $target failed; the input is in ./fuzz-artifacts/" >&2
    exit 1
  fi
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
  echo "fuzz: $target: $runs executions in ${seconds}s, no crash"
  total=$((total + runs))
done
echo "fuzz: $total executions in all"
