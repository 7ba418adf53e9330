#!/bin/bash
# Instructions a pass of `mizan_extract` costs over FILE once the engine is built and RE2's
# DFA states are cached, beside one RE2 pass finding the runs of digits (issue 7's floor),
# counted by valgrind's callgrind: (three passes - one pass) / 2, so that the engine, the first
# pass's DFA states and the process's start-up are left out. Instruction counts do not depend
# on how busy the host is, which makes two builds comparable where wall-clock times are not.
#
#   bench/steady_instructions.sh FILE [BUILD_DIR]    (BUILD_DIR: a -DMIZAN_BUILD_BENCH=ON build,
#                                                     build-bench by default)
set -euo pipefail
file=$1
build=${2:-build-bench}
bytes=$(stat -c %s "$file")
log=$(mktemp); out=$(mktemp)
trap 'rm -f "$log" "$out"' EXIT
count() {  # count FUNCTION PROGRAM PASSES: the instructions spent inside FUNCTION
  valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect="$1" \
    "$build/bin/$2" "$file" "$3" >/dev/null 2>"$log"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log"
}
steady() {  # steady FUNCTION PROGRAM: instructions a pass in steady state
  local one three
  one=$(count "$1" "$2" 1)
  three=$(count "$1" "$2" 3)
  echo $(( (three - one) / 2 )) "$one"
}
read -r mizan mizan_first < <(steady 'mizan_extract' extract_passes)
read -r re2 re2_first < <(steady 'DigitPass*' re2_passes)
awk -v m="$mizan" -v mf="$mizan_first" -v r="$re2" -v rf="$re2_first" -v b="$bytes" 'BEGIN {
  printf "file: %d bytes\n", b
  printf "mizan_extract  steady %6.1f M instructions a pass (%5.1f a byte), first pass %6.1f M\n",
         m / 1e6, m / b, mf / 1e6
  printf "RE2 digit pass steady %6.1f M instructions a pass (%5.1f a byte), first pass %6.1f M\n",
         r / 1e6, r / b, rf / 1e6
  printf "ratio          %.2fx the RE2 digit pass in instructions\n", m / r
}'
