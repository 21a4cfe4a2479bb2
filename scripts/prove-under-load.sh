#!/usr/bin/env bash
# Proves Praxis under load, on two instances and through faults, against a real PostgreSQL 15 on this machine:
#   1. wrk: the signed-in flagship lesson vs the same HTML served by nginx (64 connections, 2 threads, 30 s)
#   2. 200 concurrent learners commit predictions and submit quizzes for 60 s; every acknowledged write is a row
#   3. two instances, one database: sign in on A, read and write on B with A's session and CSRF token
#   4. kill -9 of the platform while learners write; after the restart every acknowledged write is a row
#   5. PostgreSQL stopped under load: fast friendly 503s, readiness DOWN, recovery without a restart
# Everything listens on 127.0.0.1 only. Results: target/proof/report.md (Markdown) and the raw files beside it.
# Needs root (PostgreSQL cluster management), Debian's postgresql-15, nginx, wrk, a JDK 17 and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pg_port=${PROOF_PG_PORT:-5440}
port_a=${PROOF_PORT_A:-18181}
port_b=${PROOF_PORT_B:-18182}
nginx_port=${PROOF_NGINX_PORT:-18180}
learners=${PROOF_LEARNERS:-200}
learn_seconds=${PROOF_LEARN_SECONDS:-60}
think_ms=${PROOF_THINK_MS:-1000}
fault_seconds=${PROOF_FAULT_SECONDS:-60}
steps=" ${PROOF_STEPS:-1 2 3 4 5} "
wrk_seconds=${PROOF_WRK_SECONDS:-30}
# a fresh JVM compiles the hot paths for its first minute of load (its C2 compiler thread busy, seen with top -H):
# the measurement is of a warmed-up server; the warm-up itself is reported as a row of its own
warmup_seconds=${PROOF_WARMUP_SECONDS:-60}
# how long a platform may take to start (a loaded machine needs minutes)
start_limit=${PROOF_START_SECONDS:-600}
cluster="15 ${PROOF_CLUSTER:-proof}"   # PROOF_CLUSTER: another cluster name (with PROOF_PG_PORT) for a second user of the machine
db=praxis_proof
base_a=http://127.0.0.1:$port_a
base_b=http://127.0.0.1:$port_b
lesson=/modules/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals/
client=(java src/test/java/dev/praxis/benchmark/LearnerLoad.java)

out=${PROOF_OUT:-$root/target/proof}
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d /tmp/praxis-proof.XXXXXX)
chmod 755 "$work"
report=$out/report.md
run=$(date +%s)

problems=()
pid_a="" pid_b="" pid_nginx="" pid_load="" started_pg=""

want() { [[ $steps == *" $1 "* ]]; }
. scripts/lib/platform.sh

cleanup() {
  local status=$?
  stop_pid "$pid_load"; stop_pid "$pid_b"; stop_pid "$pid_a"; stop_pid "$pid_nginx"
  wait 2>/dev/null || true
  if [ -n "$started_pg" ]; then pg_ctlcluster $cluster stop -m fast 2>/dev/null || true; fi
  rm -rf "$work"
  [ $status -eq 0 ] || log "failed (exit $status); platform logs are in $out"
}
trap cleanup EXIT

# --- build, PostgreSQL --------------------------------------------------------------------------------------
fresh_jar

fresh_database
# PROOF_PG_STATEMENTS=1: count the SQL statements of step 2 with pg_stat_statements (loaded at the cluster's start;
# the cluster is restarted when it is not loaded yet, and the extension stays configured in this cluster)
if [ "${PROOF_PG_STATEMENTS:-0}" = 1 ]; then
  if [ "$(su postgres -c "psql -Atq -p $pg_port -c 'show shared_preload_libraries'")" != pg_stat_statements ]; then
    su postgres -c "psql -q -p $pg_port -c \"alter system set shared_preload_libraries = 'pg_stat_statements'\""
    pg_ctlcluster $cluster restart
    start_postgres
  fi
  su postgres -c "psql -q -p $pg_port -d $db -c 'create extension if not exists pg_stat_statements'"
fi

# --- the platform -------------------------------------------------------------------------------------------

verify_acks() {  # ack-log tag -> prints "acked_predictions rows_predictions missing_predictions acked_quiz rows_quiz missing_quiz"
  local acks=$1 tag=$2
  grep '^prediction ' "$acks" | cut -d' ' -f2 | sort -u > "$work/acked-predictions"
  grep '^quiz ' "$acks" | cut -d' ' -f2 | sort -u > "$work/acked-quiz"
  sql "select split_part(body, ' ', 1) from prediction where body like '$tag-%'" | sort -u > "$work/rows-predictions"
  sql "select distinct attempt_id from quiz_answer where answer like 'Attempt $tag-%'" | sort -u > "$work/rows-quiz"
  echo "$(wc -l < "$work/acked-predictions") $(wc -l < "$work/rows-predictions") \
$(comm -23 "$work/acked-predictions" "$work/rows-predictions" | wc -l) \
$(wc -l < "$work/acked-quiz") $(wc -l < "$work/rows-quiz") $(comm -23 "$work/acked-quiz" "$work/rows-quiz" | wc -l)"
}
ack_table() {  # step verify-output
  read -r ap rp mp aq rq mq <<< "$2"
  [ "$mp" -eq 0 ] && [ "$mq" -eq 0 ] || problems+=("$1: $mp predictions and $mq quiz attempts acknowledged but missing")
  md "| Write | Acknowledged to the client | Rows in PostgreSQL | Acknowledged but missing |"
  md "|---|---:|---:|---:|"
  md "| prediction | $ap | $rp | **$mp** |"
  md "| quiz attempt | $aq | $rq | **$mq** |"
}
load_table() {  # summary-json
  md "| Learners | Seconds | Requests | Acknowledged (prediction / quiz) | Failed | p50 ms | p90 ms | p99 ms | max ms |"
  md "|---:|---:|---:|---|---|---:|---:|---:|---:|"
  md "| $(json "$1" '"%d | %.0f | %d | %d / %d | %s | %s | %s | %s | %s" % (d["learners"], d["elapsedSeconds"], d["requests"], d["acknowledged"].get("prediction", 0), d["acknowledged"].get("quiz", 0), (", ".join("%s: %d" % kv for kv in d["failed"].items()) or "0"), d["latencyMs"]["acknowledged"]["p50"], d["latencyMs"]["acknowledged"]["p90"], d["latencyMs"]["acknowledged"]["p99"], d["latencyMs"]["acknowledged"]["max"])') |"
}

machine_header "Run of \`scripts/prove-under-load.sh\`"

log "starting platform A on $base_a"
t0=$(now_ms)
start_platform a "$port_a"
await_ready a "$base_a" "$start_limit"
md "Platform start-up to readiness UP: $(( ($(now_ms) - t0) / 1000 )) s."
md ""

# one signed-in learner whose page wrk fetches and whose session must survive the faults
"${client[@]}" register "$base_a" 1 "wrk$run" "$work/wrk-learner.txt" > /dev/null
session=$(awk '{print $1}' "$work/wrk-learner.txt")

# --- 1. wrk: lesson page vs nginx -------------------------------------------------------------------------------
if want 1; then
log "1/5 wrk: signed-in lesson page vs nginx"
mkdir -p "$work/www/lesson"
curl -fsS -H "Cookie: SESSION=$session" "$base_a$lesson" -o "$work/www/lesson/index.html"
grep -q "Learner wrk$run" "$work/www/lesson/index.html"
page_bytes=$(wc -c < "$work/www/lesson/index.html")
start_nginx "$nginx_port" "$work/www"
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/lesson/" 2>/dev/null && break; sleep 0.1; done
cmp -s <(curl -fsS "http://127.0.0.1:$nginx_port/lesson/") "$work/www/lesson/index.html"

bench() {  # name url [header]
  local name=$1 url=$2; shift 2
  wrk -t2 -c64 -d"${warmup_seconds}s" --timeout 10s --latency "$@" "$url" > "$out/wrk-$name-warmup.txt"
  python3 scripts/lib/wrk_summary.py "$out/wrk-$name-warmup.txt" > "$out/wrk-$name-warmup.json"
  wrk -t2 -c64 -d"${wrk_seconds}s" --timeout 10s --latency "$@" "$url" > "$out/wrk-$name.txt"
  python3 scripts/lib/wrk_summary.py "$out/wrk-$name.txt" > "$out/wrk-$name.json"
}
load_before=$(cut -d' ' -f1 /proc/loadavg)
bench praxis "$base_a$lesson" -H "Cookie: SESSION=$session"
bench nginx "http://127.0.0.1:$nginx_port/lesson/"
# reference points on the same platform: what any signed-in request costs, and what any request costs at all
bench health-signed-in "$base_a/actuator/health" -H "Cookie: SESSION=$session"
bench health-anonymous "$base_a/actuator/health"
stop_pid "$pid_nginx"; pid_nginx=""
{
  md "## Lesson page throughput (wrk vs nginx)"
  md ""
  md "\`wrk -t2 -c64 -d${wrk_seconds}s --timeout 10s --latency\` after a ${warmup_seconds} s warm-up, on the same machine as the server; page: $page_bytes bytes of signed-in lesson HTML. Load average before: $load_before."
  md ""
  md "| Server | Requests/s | p50 ms | p90 ms | p99 ms | Non-2xx | Socket errors |"
  md "|---|---:|---:|---:|---:|---:|---:|"
  for name in praxis praxis-warmup nginx health-signed-in health-anonymous; do
    md "| $name | $(json "$out/wrk-$name.json" '"%.0f | %s | %s | %s | %s | %s" % (d["rps"], d["p50"], d["p90"], d["p99"], d["non2xx"], d["socketErrors"])') |"
  done
  ratio=$(python3 -c "import json; a=json.load(open('$out/wrk-praxis.json')); b=json.load(open('$out/wrk-nginx.json')); print('%.1f' % (100*a['rps']/b['rps']))")
  p99=$(json "$out/wrk-praxis.json" 'd["p99"]')
  md ""
  md "\`praxis-warmup\` is the warm-up run on the lesson page itself (the first ${warmup_seconds} s of load of a freshly started platform, while the JIT compiles), not a goal."
  md ""
  md "The two \`health\` rows are reference points on the same platform, not goals: \`/actuator/health\` with the learner's session cookie and without it: the security filters, the health indicators (one of which checks the database on every call) and a tiny JSON answer."
  md ""
  md "Praxis serves **$ratio %** of nginx's throughput (goal ≥ 25 %: $(python3 -c "print('met' if $ratio >= 25 else 'not met')")); its p99 is **$p99 ms** (goal ≤ 50 ms: $(python3 -c "print('met' if $p99 <= 50 else 'not met')"))."
  md ""
}
fi

if want 2 || want 3 || want 4 || want 5; then
  log "registering $learners learners"
  t0=$(now_ms)
  "${client[@]}" register "$base_a" "$learners" "learner$run" "$out/learners.txt" > "$out/register.json"
  register_s=$(( ($(now_ms) - t0) / 1000 ))
fi

# --- 2. concurrent learners --------------------------------------------------------------------------------------
if want 2; then
log "2/5 $learners learners for $learn_seconds s"
# PROOF_WRITE_WARMUP_SECONDS=N: the same learners write for N s first, unmeasured, so that step 2 measures a server
# whose write paths are compiled (0, the default: step 2 meets the freshly started server, as the goal is worded)
write_warmup=${PROOF_WRITE_WARMUP_SECONDS:-0}
if [ "$write_warmup" -gt 0 ]; then
  log "   warm-up: the learners write for $write_warmup s first (not measured)"
  "${client[@]}" learn "$base_a" "$out/learners.txt" "$write_warmup" "$think_ms" "warm$run" "$work/acks-warm.txt" > "$out/learn-warmup.json"
fi
load_before=$(cut -d' ' -f1 /proc/loadavg)
[ "${PROOF_PG_STATEMENTS:-0}" = 1 ] && su postgres -c "psql -Atq -p $pg_port -d $db -c 'select pg_stat_statements_reset()'" > /dev/null
# PROOF_JFR=file.jfr: a Flight Recording (profile settings) of platform A during exactly these seconds of writes
[ -n "${PROOF_JFR:-}" ] && jcmd "$pid_a" JFR.start name=step2 settings=profile filename="$PROOF_JFR" > /dev/null
cpu_a0=$(cpu_ticks "$pid_a"); cpu_pg0=$(pg_cpu_ticks); cpu_all0=$(machine_busy_ticks)
thread_group_ticks "$pid_a" > "$work/threads-0"
/usr/bin/time -f '%U %S' -o "$work/client-time" \
  "${client[@]}" learn "$base_a" "$out/learners.txt" "$learn_seconds" "$think_ms" "load$run" "$out/acks-load.txt" > "$out/learn-load.json"
cpu_a1=$(cpu_ticks "$pid_a"); cpu_pg1=$(pg_cpu_ticks); cpu_all1=$(machine_busy_ticks)
thread_group_ticks "$pid_a" > "$work/threads-1"
[ -n "${PROOF_JFR:-}" ] && jcmd "$pid_a" JFR.stop name=step2 > /dev/null
if [ "${PROOF_PG_STATEMENTS:-0}" = 1 ]; then
  su postgres -c "psql -p $pg_port -d $db -c \"select calls, round(total_exec_time::numeric, 1) as total_ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query from pg_stat_statements where dbid = (select oid from pg_database where datname = '$db') order by calls desc limit 40\"" > "$out/pg-statements.txt"
  statements=$(su postgres -c "psql -Atq -p $pg_port -d $db -c \"select coalesce(sum(calls), 0) from pg_stat_statements where dbid = (select oid from pg_database where datname = '$db')\"")
fi
verified=$(verify_acks "$out/acks-load.txt" "load$run")
step="concurrent learners"
read -r client_user client_sys < "$work/client-time"
acked=$(json "$out/learn-load.json" 'sum(d["acknowledged"].values())')
stored=$(read -r _ rp _ _ rq _ <<< "$verified"; echo $((rp + rq)))
hz=$(clock_ticks)
cpu_row() {  # label ticks -> "| label | seconds | ms per acknowledged write | ms per stored write | share of the machine's busy CPU |"
  python3 -c "import sys; t, hz, a, w, m = map(float, sys.argv[2:7]); print('| %s | %.1f | %.2f | %.2f | %.0f %% |' % (sys.argv[1], t / hz, 1000 * t / hz / max(a, 1), 1000 * t / hz / max(w, 1), 100 * t / max(m, 1)))" "$1" "$2" "$hz" "$acked" "$stored" "$((cpu_all1 - cpu_all0))"
}
[ "$(json "$out/learn-load.json" 'len(d["failed"])')" = 0 ] || problems+=("concurrent learners: some requests failed")
{
  md "## Concurrent learners"
  md ""
  [ "$write_warmup" -gt 0 ] && md "Before the measurement the same learners wrote for $write_warmup s (not measured: \`learn-warmup.json\`)."
  md "$learners learners registered (each with its own session) in $register_s s, then each commits a prediction (HTMX-style fragment post, ack = 200) and submits an 8-answer quiz (ack = 302 to the attempt) in turn, thinking $((think_ms / 2))–$((think_ms * 3 / 2)) ms between writes, for $learn_seconds s. Load average before: $load_before."
  md ""
  load_table "$out/learn-load.json"
  md ""
  ack_table "$step" "$verified"
  md ""
  md "CPU during the $learn_seconds s of writes (utime + stime from \`/proc\`; the client's includes compiling its source file), per acknowledged write and per write stored ($stored rows: a write the client gave up on after 15 s may still be stored):"
  md ""
  md "| Process | CPU s | CPU ms per acknowledged write | CPU ms per stored write | Share of the machine's busy CPU |"
  md "|---|---:|---:|---:|---:|"
  md "$(cpu_row 'platform A' $((cpu_a1 - cpu_a0)))"
  md "$(cpu_row 'PostgreSQL (whole cluster)' $((cpu_pg1 - cpu_pg0)))"
  md "$(cpu_row 'load client' "$(python3 -c "print(round(($client_user + $client_sys) * $hz))")")"
  md "$(cpu_row 'whole machine (busy)' $((cpu_all1 - cpu_all0)))"
  md ""
  md "Platform A's CPU by thread group (threads named alike, digits dropped; threads that ended during the run are not counted), the groups above 1 %:"
  md ""
  md "| Thread group | CPU s | CPU ms per acknowledged write | CPU ms per stored write | Share of the machine's busy CPU |"
  md "|---|---:|---:|---:|---:|"
  python3 -c "
import sys
before = dict(l.rstrip('\\n').split('\\t') for l in open(sys.argv[1]))
after = dict(l.rstrip('\\n').split('\\t') for l in open(sys.argv[2]))
rows = sorted(((int(t) - int(before.get(g, 0)), g) for g, t in after.items()), reverse=True)
print('\\n'.join('%s\\t%d' % (g, d) for d, g in rows if d > int(sys.argv[3]) / 100))" "$work/threads-0" "$work/threads-1" $((cpu_all1 - cpu_all0)) \
    | while IFS=$'\t' read -r group ticks; do md "$(cpu_row "$group" "$ticks")"; done
  md ""
  if [ -n "${statements:-}" ]; then
    md "SQL statements (pg_stat_statements, this database): $statements, $(python3 -c "print('%.2f' % ($statements / max($stored, 1)))") per stored write; the most frequent are in \`pg-statements.txt\`."
    md ""
  fi
}
fi

# --- 3. two instances ------------------------------------------------------------------------------------------
if want 3; then
log "3/5 second instance on $base_b"
start_platform b "$port_b"
await_ready b "$base_b" "$start_limit"
"${client[@]}" cross "$base_a" "$base_b" "cross$run" > "$out/cross.json" || true
head -n 50 "$out/learners.txt" > "$work/fifty.txt"
"${client[@]}" learn "$base_a,$base_b" "$work/fifty.txt" 20 "$think_ms" "two$run" "$out/acks-two.txt" > "$out/learn-two.json"
verified=$(verify_acks "$out/acks-two.txt" "two$run")
step="two instances"
stop_pid "$pid_b"; pid_b=""
{
  md "## Two instances"
  md ""
  md "Instance A on port $port_a, B on port $port_b, one PostgreSQL. A learner signs in on A (\`POST /login\`), then B serves the signed-in lesson with A's SESSION cookie and accepts a prediction and a quiz attempt carrying the CSRF token A rendered; A then shows the prediction written through B. Sign-in throttling is shared too: after five wrong passwords for one account, spread over A and B, the right password on B is paused (\`/login?throttled\`)."
  md ""
  md "| Check | Result |"
  md "|---|---|"
  for key in lessonOnBStatus lessonOnBShowsLearner predictionOnBWithTokenFromAStatus lessonOnAShowsPredictionFromB quizOnBWithTokenFromAStatus signInOnBAfterFailuresOnAAndB ok; do
    md "| $key | $(json "$out/cross.json" "d['$key']") |"
  done
  md ""
  md "Then 50 learners for 20 s, every learner alternating its writes between A and B:"
  md ""
  load_table "$out/learn-two.json"
  md ""
  ack_table "$step" "$verified"
  md ""
}
json "$out/cross.json" 'd["ok"]' | grep -q True || problems+=("two instances: the cross-instance checks failed")
fi

# --- 4. kill -9 under load ---------------------------------------------------------------------------------------
if want 4; then
log "4/5 kill -9 while $learners learners write"
"${client[@]}" learn "$base_a" "$out/learners.txt" "$fault_seconds" "$think_ms" "kill$run" "$out/acks-kill.txt" > "$out/learn-kill.json" &
pid_load=$!
sleep 15
kill -KILL "$pid_a"
killed_at=$(now_ms)
wait "$pid_a" 2>/dev/null || true
start_platform a "$port_a"
log "restarted platform A as pid $pid_a"
await_ready a "$base_a" "$start_limit"
back_s=$(python3 -c "print('%.1f' % (($(now_ms) - $killed_at) / 1000))")
wait "$pid_load"; pid_load=""
verified=$(verify_acks "$out/acks-kill.txt" "kill$run")
step="kill -9"
after_restart=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$base_a$lesson")
{
  md "## Crash safety (kill -9)"
  md ""
  md "$learners learners write for $fault_seconds s; 15 s in, the platform gets \`kill -9\` and is started again at once. Ready again after **$back_s s**; the sessions live in PostgreSQL, so learners continue signed in (lesson page with a pre-crash session after the restart: HTTP $after_restart). Failures are the requests that found no server."
  md ""
  load_table "$out/learn-kill.json"
  md ""
  ack_table "$step" "$verified"
  md ""
}
fi

# --- 5. PostgreSQL stopped under load -----------------------------------------------------------------------
if want 5; then
log "5/5 stopping PostgreSQL while $learners learners write"
"${client[@]}" learn "$base_a" "$out/learners.txt" "$fault_seconds" "$think_ms" "outage$run" "$out/acks-outage.txt" > "$out/learn-outage.json" &
pid_load=$!
sleep 10
pg_ctlcluster $cluster stop -m fast
stopped_at=$(now_ms)
sleep 3
: > "$work/outage-pages"
for i in 1 2 3 4 5; do
  curl -s -o "$work/outage-page-$i.html" -w '%{http_code} %{time_total}\n' -H 'Accept: text/html,application/xhtml+xml' \
    -H "Cookie: SESSION=$session" "$base_a$lesson" >> "$work/outage-pages"
  sleep 0.5
done
page_status=$(awk '{print $1}' "$work/outage-pages" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
page_times=$(awk '{printf "%.0f ", $2 * 1000}' "$work/outage-pages")
friendly=$(grep -l "Praxis is briefly unavailable" "$work"/outage-page-*.html | wc -l)
readiness_down=$(curl -s -w ' %{http_code}' "$base_a/actuator/health/readiness")
sleep 12
pg_ctlcluster $cluster start
restarted_at=$(now_ms)
await_ready a "$base_a" 120
ready_s=$(python3 -c "print('%.1f' % (($(now_ms) - $restarted_at) / 1000))")
for _ in $(seq 1 60); do
  page_back=$(curl -s -o "$work/back.html" -w '%{http_code}' -H "Cookie: SESSION=$session" "$base_a$lesson")
  [ "$page_back" = 200 ] && break
  sleep 0.25
done
page_s=$(python3 -c "print('%.1f' % (($(now_ms) - $restarted_at) / 1000))")
signed_in_back=$(grep -c "Learner wrk$run" "$work/back.html" || true)
wait "$pid_load"; pid_load=""
verified=$(verify_acks "$out/acks-outage.txt" "outage$run")
step="database outage"
[ "$friendly" -eq 5 ] || problems+=("database outage: $friendly of 5 browser requests got the friendly page")
grep -q '"DOWN"' <<< "$readiness_down" || problems+=("database outage: readiness did not report DOWN")
[ "$page_back" = 200 ] || problems+=("database outage: the signed-in page did not come back")
{
  md "## Database outage"
  md ""
  md "$learners learners write for $fault_seconds s; 10 s in, \`pg_ctlcluster $cluster stop -m fast\`; $(( (restarted_at - stopped_at) / 1000 )) s later \`pg_ctlcluster $cluster start\`. The platform is not restarted."
  md ""
  md "| Check | Result |"
  md "|---|---|"
  md "| Browser request (\`Accept: text/html\`, signed in) during the outage: status | $page_status|"
  md "| … its latency, ms (5 requests, 0.5 s apart) | $page_times|"
  md "| … pages containing \"Praxis is briefly unavailable\" | $friendly of 5 |"
  md "| \`/actuator/health/readiness\` during the outage | \`$readiness_down\` |"
  md "| PostgreSQL start → readiness UP | $ready_s s |"
  md "| PostgreSQL start → signed-in lesson page 200 again | $page_s s (status $page_back, learner's name on the page: $([ "$signed_in_back" -gt 0 ] && echo yes || echo no)) |"
  md "| Learners' failed requests (all during the outage): latency p50 / p99 / max ms | $(json "$out/learn-outage.json" '"%s / %s / %s" % (d["latencyMs"]["failed"]["p50"], d["latencyMs"]["failed"]["p99"], d["latencyMs"]["failed"]["max"]) if d["latencyMs"]["failed"] else "no failures"') |"
  md ""
  load_table "$out/learn-outage.json"
  md ""
  ack_table "$step" "$verified"
  md ""
}
fi

md "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
cat "$report"
if [ ${#problems[@]} -gt 0 ]; then
  printf 'PROBLEM: %s\n' "${problems[@]}" | tee -a "$report" >&2
  exit 1
fi
log "done, every check passed: $report"
