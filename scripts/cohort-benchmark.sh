#!/usr/bin/env bash
# The lesson page under a cohort's load, next to nginx serving the very same pages in the same run:
#   a generated course tree (COHORT_MODULES modules + the real flagship track), COHORT_LEARNERS signed-in learners with
#   a history (sections read, predictions), every request a random (learner, module) pair (scripts/lib/cohort.lua),
#   a warm-up, then wrk -t2 -c64 for COHORT_WRK_SECONDS against Praxis and against nginx; then the single-learner case
#   (one session, one page over and over) against both, for reference.
# Results: target/cohort/report.md and the raw wrk files beside it. Needs root, postgresql-15, nginx, wrk, a JDK 17 and
# python3; uses its own PostgreSQL cluster (the proof's, `15 proof` on port 5440) and loopback ports only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pg_port=${PROOF_PG_PORT:-5440}
port=${COHORT_PORT:-18191}
nginx_port=${COHORT_NGINX_PORT:-18190}
modules=${COHORT_MODULES:-320}
learners=${COHORT_LEARNERS:-100}
wrk_seconds=${COHORT_WRK_SECONDS:-30}
warmup_seconds=${COHORT_WARMUP_SECONDS:-60}
jar=${COHORT_JAR:-${PRAXIS_JAR:-target/praxis.jar}}
cluster="15 proof"
db=praxis_cohort
base=http://127.0.0.1:$port
single=/modules/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals/
client=(java src/test/java/dev/praxis/benchmark/LearnerLoad.java)

out=${COHORT_OUT:-$root/target/cohort}
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d /tmp/praxis-cohort.XXXXXX)
chmod 755 "$work"
report=$out/report.md
pid_a="" pid_nginx="" started_pg=""
. scripts/lib/platform.sh

cleanup() {
  local status=$?
  stop_pid "$pid_a"; stop_pid "$pid_nginx"
  wait 2>/dev/null || true
  if [ -n "$started_pg" ]; then pg_ctlcluster $cluster stop -m fast 2>/dev/null || true; fi
  rm -rf "$work"
  [ $status -eq 0 ] || log "failed (exit $status); the platform's log is in $out"
}
trap cleanup EXIT

[ -n "${COHORT_JAR:-}" ] || fresh_jar
fresh_database

log "writing a course tree of $modules modules (and the real flagship track)"
tree=$work/content
mkdir -p "$tree"
cp -r content/. "$tree/"
java src/test/java/dev/praxis/benchmark/CohortTree.java "$tree" "$modules"
: > "$report"
machine_header "Run of \`scripts/cohort-benchmark.sh\`"

log "starting the platform ($jar) on $base"
start_platform a "$port" "$jar" "$tree"
await_ready a "$base" 600

"${client[@]}" register "$base" "$learners" "cohort$(date +%s)" "$out/learners.txt" > "$out/register.json"
awk '{print $1}' "$out/learners.txt" > "$out/sessions.txt"
curl -fsS -H "Cookie: SESSION=$(head -1 "$out/sessions.txt")" "$base/catalog" \
  | grep -o 'href="/modules/[^"]*/"' | sed 's/^href="//; s/"$//' | sort -u > "$out/paths.txt"
log "$(wc -l < "$out/paths.txt") pages; giving $learners learners a history and saving the pages for nginx"
python3 scripts/lib/cohort_seed.py "$base" "$out/learners.txt" "$out/paths.txt" "$work/www" > "$out/seed.json"
: > "$work/no-sessions"
head -1 "$out/sessions.txt" > "$work/one-session"
echo "$single" > "$work/one-path"
start_nginx "$nginx_port" "$work/www"
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port$single" 2>/dev/null && break; sleep 0.1; done

cohort=(-s scripts/lib/cohort.lua)
load_before=$(cut -d' ' -f1 /proc/loadavg)
log "warm-up: $warmup_seconds s of the cohort's load"
wrk_run praxis-warmup "$warmup_seconds" "${cohort[@]}" "$base" -- "$out/sessions.txt" "$out/paths.txt"
log "measuring: praxis, nginx, then one learner on one page on each"
wrk_run praxis-cohort "$wrk_seconds" "${cohort[@]}" "$base" -- "$out/sessions.txt" "$out/paths.txt"
wrk_run nginx-cohort "$wrk_seconds" "${cohort[@]}" "http://127.0.0.1:$nginx_port" -- "$work/no-sessions" "$out/paths.txt"
wrk_run praxis-single "$wrk_seconds" "${cohort[@]}" "$base" -- "$work/one-session" "$work/one-path"
wrk_run nginx-single "$wrk_seconds" "${cohort[@]}" "http://127.0.0.1:$nginx_port" -- "$work/no-sessions" "$work/one-path"
stop_pid "$pid_nginx"; pid_nginx=""

ratio() { python3 -c "import json; a=json.load(open('$out/wrk-$1.json')); b=json.load(open('$out/wrk-$2.json')); print('%.1f' % (100*a['rps']/b['rps']))"; }
cohort_ratio=$(ratio praxis-cohort nginx-cohort)
single_ratio=$(ratio praxis-single nginx-single)
p99=$(json "$out/wrk-praxis-cohort.json" 'd["p99"]')
errors=$(json "$out/wrk-praxis-cohort.json" 'd["non2xx"] + d["socketErrors"]')
{
  md "Tree: $(json "$out/seed.json" 'd["modules"]') lesson pages ($modules generated, the rest the real flagship track), $(json "$out/seed.json" 'd["withPrompts"]') with prediction prompts; page sizes as a learner sees them (bytes): $(json "$out/seed.json" '"min %(min)d, median %(median)d, mean %(mean)d, max %(max)d" % d["pageBytes"]'). $(json "$out/register.json" 'd["registered"]') learners signed in, with $(json "$out/seed.json" 'd["writes"]') writes of history (sections read, predictions) made through the platform before the run. Jar: \`$jar\`."
  md ""
  md "\`wrk -t2 -c64 --timeout 10s --latency -s scripts/lib/cohort.lua\`: every request a random (learner, page) pair for Praxis, a random page for nginx (the same pages, saved as a random learner saw them). ${warmup_seconds} s warm-up (\`praxis-warmup\`), then ${wrk_seconds} s each. Load average before: $load_before."
  md ""
  md "| Server | Requests/s | p50 ms | p90 ms | p99 ms | Non-2xx | Socket errors |"
  md "|---|---:|---:|---:|---:|---:|---:|"
  for name in praxis-cohort nginx-cohort praxis-warmup praxis-single nginx-single; do wrk_row "$name"; done
  md ""
  md "Cohort: Praxis serves **$cohort_ratio %** of nginx's requests/s (goal ≥ 25 %: $(python3 -c "print('met' if $cohort_ratio >= 25 else 'not met')")), p99 **$p99 ms** (goal ≤ 50 ms: $(python3 -c "print('met' if $p99 <= 50 else 'not met')")), $errors errors. One learner on one page: **$single_ratio %** of nginx."
  md ""
  md "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
}
cat "$report"
