#!/bin/bash
# The cost of the bindings: the same documents, one per call, through the C ABI, Python
# (ctypes), Node (koffi) and PHP (FFI), with each binding's throughput and its ratio to C.
#
#   bench/bindings/run.sh [BUILD_DIR]     (default build-bench, a Release build with bench_c)
#
# The documents: the first BINDINGS_SAMPLE_KB (default 256) of the news corpus in ../shared, one
# article per line, or, without ../shared, a mixed text the script writes. A binding whose
# runtime is missing (node, php with FFI) is skipped with a message.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build-bench}" && pwd)
seconds=${BINDINGS_SECONDS:-3}
docs=$(mktemp)
out=$(mktemp)
trap 'rm -f "$docs" "$out"' EXIT
news="$root/../shared/eval/news/antcorpus_economy_international.txt"
if [ -f "$news" ]; then
  LC_ALL=C awk -v max=$((${BINDINGS_SAMPLE_KB:-256} * 1024)) \
    '{ n += length($0) + 1; if (n > max) exit; print }' "$news" > "$docs"
else
  echo "bench/bindings: ../shared is absent; using a generated mixed text" >&2
  for i in $(seq 200); do
    echo "أعلنت الوزارة يوم الاثنين 3 مارس 2025 أن الصادرات بلغت 1.2 مليار دولار بزيادة 12.5% عن 2024، وأن 64 دولة استوردت. Exports rose 12.5 per cent to \$1.2bn."
  done > "$docs"
fi
lib="$build/lib/libmizan.so.1"
"$build/bin/bench_c" "$docs" "$seconds" >> "$out"
MIZAN_LIBRARY="$lib" /usr/bin/python3 "$here/bench.py" "$docs" "$seconds" >> "$out"
if command -v node >/dev/null && [ -d "$root/bindings/node/node_modules/koffi" ]; then
  MIZAN_LIBRARY="$lib" node "$here/bench.js" "$docs" "$seconds" >> "$out"
else
  echo "bench/bindings: node or koffi (npm ci in bindings/node) is missing; Node skipped" >&2
fi
if command -v php >/dev/null && php -r 'exit(extension_loaded("FFI") ? 0 : 1);'; then
  MIZAN_LIBRARY="$lib" php "$here/bench.php" "$docs" "$seconds" >> "$out"
else
  echo "bench/bindings: php with FFI is missing; PHP skipped" >&2
fi
/usr/bin/python3 - "$out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
base = {r["call"]: r["bytes"] / r["seconds"] for r in rows if r["binding"] == "c"}
print(f"{'binding':8} {'call':8} {'docs/s':>9} {'MB/s':>7} {'us/doc':>8} {'C is':>6}")
for r in rows:
    rate = r["bytes"] / r["seconds"]
    print(f"{r['binding']:8} {r['call']:8} {r['docs'] / r['seconds']:9.0f} {rate / 1e6:7.1f} "
          f"{r['seconds'] / r['docs'] * 1e6:8.1f} {base[r['call']] / rate:5.1f}x")
PY
