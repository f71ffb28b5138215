#!/usr/bin/env bash
# Builds the JMH jar and runs the benchmarks with the GC profiler, then prints one table of ratios against the
# peers (dev.ecomkit.bench.RatioTable). Arguments go to JMH, e.g. a name regex and run lengths:
#   benchmarks/run.sh                              # every benchmark, settings from the annotations
#   benchmarks/run.sh SkuParse -f 1 -wi 2 -i 3     # one class, shorter
# The output is also written to benchmarks/target/run.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar "$@" | tee benchmarks/target/run.txt
