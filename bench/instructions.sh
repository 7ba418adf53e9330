#!/bin/bash
# Instructions per byte of `mizan extract` and `mizan check`, counted by valgrind's callgrind
# (this machine's virtual CPU exposes no hardware counters to perf): the count on a sample
# minus the count on an empty input (start-up and engine), divided by the sample's bytes.
#
#   bench/instructions.sh SAMPLE MIZAN...      e.g. a build of an older commit beside this one
#
# With PAIR="SOURCE TARGET" in the environment, `mizan compare SOURCE TARGET` is counted too,
# per byte of both texts.
set -euo pipefail
sample=$1; shift
bytes=$(stat -c %s "$sample")
empty=$(mktemp); log=$(mktemp); out=$(mktemp)
trap 'rm -f "$empty" "$log" "$out"' EXIT
count() {  # count MIZAN COMMAND FILE...: the instructions the run executed
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$log" || true
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log"
}
for mizan in "$@"; do
  for command in extract check; do
    base=$(count "$mizan" "$command" "$empty")
    total=$(count "$mizan" "$command" "$sample")
    echo "$mizan $command: $(( (total - base) / bytes )) instructions/byte ($bytes bytes)"
  done
  if [[ -n "${PAIR:-}" ]]; then
    read -r source target <<<"$PAIR"
    pair_bytes=$(( $(stat -c %s "$source") + $(stat -c %s "$target") ))
    base=$(count "$mizan" compare "$empty" "$empty")
    total=$(count "$mizan" compare "$source" "$target")
    echo "$mizan compare: $(( (total - base) / pair_bytes )) instructions/byte ($pair_bytes bytes)"
  fi
done
