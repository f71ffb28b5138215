#!/usr/bin/env bash
# Finds the smallest heap (-Xmx, to 4 MB) in which a bulk import of generated lines completes, by bisection, then
# confirms it with three more runs (near the limit G1 sometimes completes and sometimes not), raising it by 8 MB
# until all three complete:
#   benchmarks/import-heap.sh [lines=10000000] [shape=STANDARD|STYLE_COLOUR] [hashSet]
# Needs benchmarks/target/benchmarks.jar (benchmarks/run.sh -l, or mvn -pl benchmarks -am package -DskipTests).
# Default JVM flags otherwise (G1 on this machine), so the figure includes the collector's own headroom.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-10000000}
shape=${2:-STANDARD}
mode=${3:-}
jar=benchmarks/target/benchmarks.jar
run() { java -Xmx"$1"m -cp "$jar" dev.ecomkit.bench.sku.ImportHeap "$lines" "$shape" $mode >/tmp/import-heap.$$ 2>&1; }
lo=${LO:-16}
hi=${HI:-4096}
run "$hi" || { cat /tmp/import-heap.$$; echo "fails even with -Xmx${hi}m"; exit 1; }
while (( hi - lo > 4 )); do
  mid=$(( (lo + hi) / 2 ))
  if run "$mid"; then hi=$mid; echo "  -Xmx${mid}m completes"; else lo=$mid; echo "  -Xmx${mid}m fails"; fi
done
confirmed=0
while (( confirmed < 3 )); do
  if run "$hi"; then
    confirmed=$(( confirmed + 1 ))
  else
    echo "  -Xmx${hi}m failed on a repeat: $(grep -m1 -o 'OutOfMemoryError.*' /tmp/import-heap.$$ || true)"
    hi=$(( hi + 8 ))
    confirmed=0
  fi
done
cat /tmp/import-heap.$$
rm -f /tmp/import-heap.$$
echo "smallest heap: -Xmx${hi}m for $lines lines ($(( hi * 1048576 / lines )) bytes a line)"
