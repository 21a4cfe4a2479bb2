#!/usr/bin/env bash
# What a cohort's lesson reads cost the server, before and after a change, in one run: CohortReadCostBenchmark on a
# copy of BASE (with this checkout's benchmark, so both sides measure alike), then on this checkout. Counts, not
# timings: allocated bytes, SQL statements and kept pages per read do not depend on how busy the machine is.
# Usage: source your test environment (PRAXIS_DB_URL, or none for the embedded PostgreSQL), then
#   scripts/read-cost.sh BASE-COMMIT      e.g. scripts/read-cost.sh 406a575
# Sizes: COHORT_OPTS="-Dcohort.modules=320 -Dcohort.learners=100 -Dcohort.pages=30" (the defaults).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/read-cost.sh BASE-COMMIT}
before=target/read-cost-before
rm -rf "$before"
mkdir -p "$before"
git archive "$base" | tar -x -C "$before"
mkdir -p "$before/src/test/java/dev/praxis/benchmark"
cp src/test/java/dev/praxis/benchmark/CohortReadCostBenchmark.java src/test/java/dev/praxis/benchmark/CohortTree.java \
  "$before/src/test/java/dev/praxis/benchmark/"
# shellcheck disable=SC2086 # COHORT_OPTS is a list of -D options
run() {
  local dir=$1 label=$2
  echo "== $label, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  mkdir -p "$dir/target"
  (cd "$dir" && ./mvnw -B -ntp -q test -Dtest=CohortReadCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    ${COHORT_OPTS:-} > target/read-cost.log 2>&1) || { tail -40 "$dir/target/read-cost.log"; exit 1; }
  sed -n '/^Cohort read cost/,/^Statements on the repeat reads/p' "$dir/target/read-cost.log"
}
run "$before" "before: $(git rev-parse --short "$base")"
run . "after: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes')"
