#!/usr/bin/env bash
# Compares platform builds in one run, on the signed-in flagship lesson and a signed-in health check:
#   scripts/compare-builds.sh before.jar after.jar [before.jar after.jar …]
# Each jar is started in turn on 127.0.0.1:$PORT (default 18181) against the database in PRAXIS_DB_URL /
# PRAXIS_DB_USERNAME / PRAXIS_DB_PASSWORD (e.g. the proof cluster that prove-under-load.sh leaves behind), gets a
# newly registered learner, 30 s of warm-up, then `wrk -t2 -c64 --latency` for 15 s on the lesson and 10 s on
# /actuator/health with the learner's session. Prints one line per jar. Needs wrk, curl and a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PRAXIS_DB_URL:?set PRAXIS_DB_URL (and PRAXIS_DB_USERNAME, PRAXIS_DB_PASSWORD)}"
port=${PORT:-18181}
base=http://127.0.0.1:$port
lesson=$base/modules/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals/
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

summary() { grep -E "Requests/sec|99%" | awk '{print $2}' | paste -sd' '; }

for jar in "$@"; do
  PORT=$port PRAXIS_CONTENT_DIR="$(pwd)/content" SERVER_ADDRESS=127.0.0.1 java -jar "$jar" > "$work/platform.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -fsS -m 2 "$base/actuator/health/readiness" 2>/dev/null | grep -q UP && break
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/platform.log" >&2; exit 1; }
    sleep 0.5
  done
  java src/test/java/dev/praxis/benchmark/LearnerLoad.java register "$base" 1 "compare$RANDOM" "$work/learner.txt" > /dev/null
  cookie="Cookie: SESSION=$(awk '{print $1}' "$work/learner.txt")"
  wrk -t2 -c64 -d30s -H "$cookie" "$lesson" > /dev/null
  page=$(wrk -t2 -c64 -d15s --latency -H "$cookie" "$lesson" | summary)
  health=$(wrk -t2 -c64 -d10s --latency -H "$cookie" "$base/actuator/health" | summary)
  echo "$(date -u +%H:%M:%S) $jar: lesson p99 / requests/s: $page | signed-in health p99 / requests/s: $health"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
