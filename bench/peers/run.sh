#!/bin/bash
# Peers side by side: installs the peers that this machine can get (npm: Recognizers-Text's
# suite and chrono-node; Debian: python3-dateparser) into a scratch folder, times them and
# mizan on the same samples in one run, one document per call, and prints each tool's
# throughput and its ratio to mizan's extraction through its Python binding.
#
#   bench/peers/run.sh [BUILD_DIR]      (default build-bench, a Release build)
#
# Environment: MIZAN_PEERS_DIR (scratch, default ${TMPDIR:-/tmp}/mizan-peers), PEERS_BUDGET
# (seconds per tool and sample, default 20), PEERS_SAMPLE_KB (default 256).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build-bench}" && pwd)
shared="$root/../shared"
scratch=${MIZAN_PEERS_DIR:-${TMPDIR:-/tmp}/mizan-peers}
sample_kb=${PEERS_SAMPLE_KB:-256}

if [ ! -d "$shared/eval/news" ] || [ ! -d "$shared/eval/parallel" ]; then
  echo "bench/peers: ../shared/eval is absent; nothing to run on" >&2
  exit 0
fi
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/chrono-node" ] || [ ! -d "$scratch/node_modules/@microsoft/recognizers-text-suite" ]; then
  (cd "$scratch" && npm install --no-audit --no-fund --silent \
     @microsoft/recognizers-text-suite@1.3.1 chrono-node@2.10.3)
fi
if ! /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq python3-dateparser >/dev/null
  else
    echo "bench/peers: python3-dateparser is missing (apt-get install python3-dateparser); it is skipped" >&2
  fi
fi

# The samples: the first lines of the Arabic news and of the English side of the translations,
# up to PEERS_SAMPLE_KB each.
take() {  # take FIELD FILE...: the lines' FIELD (0: whole line) up to the sample's size
  local field=$1; shift
  LC_ALL=C awk -F'\t' -v max=$((sample_kb * 1024)) -v field="$field" \
    '{ line = $field; n += length(line) + 1; if (n > max) exit; print line }' "$@"
}
take 0 "$shared/eval/news/antcorpus_economy_international.txt" > "$scratch/arabic_news.txt"
pairs=$(ls "$shared"/eval/parallel/*.tsv | grep -v '\.meta\.tsv$')
take 1 $pairs > "$scratch/english_translations.txt"

results="$scratch/results.jsonl"
: > "$results"
node "$here/peers.js" "$scratch" "$scratch/arabic_news.txt" "$scratch/english_translations.txt" >> "$results"
MIZAN_LIBRARY="$build/lib/libmizan.so" /usr/bin/python3 "$here/peers.py" \
  "$scratch/arabic_news.txt" "$scratch/english_translations.txt" >> "$results"
/usr/bin/python3 "$here/table.py" "$results"
