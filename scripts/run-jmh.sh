#!/usr/bin/env bash
# Runs the JMH micro-benchmarks (quiz grading, inventory parsing) and prints their results.
# Usage: scripts/run-jmh.sh [benchmark-regex]   e.g. scripts/run-jmh.sh GradingBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
pattern="${1:-GradingBenchmark|InventoryParseBenchmark}"
./mvnw -q -B -ntp -Pjmh test-compile
./mvnw -q -B -ntp -Pjmh dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$pattern" \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -bm sample -tu us -rf text -rff target/jmh-results.txt
cat target/jmh-results.txt
