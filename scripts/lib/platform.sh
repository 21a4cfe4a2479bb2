# Shared by scripts/prove-under-load.sh and scripts/cohort-benchmark.sh (sourced, not run): a dedicated PostgreSQL
# cluster, platforms started from a jar, nginx on a loopback port, wrk runs summarised as JSON. The sourcing script
# sets root, out, work, report, pg_port, cluster, db, and the pid_* variables it uses.

log() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }
md() { printf '%s\n' "$*" >> "$report"; }
now_ms() { date +%s%3N; }
json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {"d": d}))' "$@"; }
sql() { PGPASSWORD=$db psql -h 127.0.0.1 -p "$pg_port" -U "$db" -d "$db" -Atq -v ON_ERROR_STOP=1 -c "$1"; }

fresh_jar() {  # builds target/praxis.jar when it is missing or older than any source: a stale jar measures old code
  # PRAXIS_JAR=some.jar: measure that jar as it is (built elsewhere, e.g. from another commit); nothing is built
  if [ -n "${PRAXIS_JAR:-}" ]; then
    [ -f "$PRAXIS_JAR" ] || { log "PRAXIS_JAR=$PRAXIS_JAR does not exist"; return 1; }
    log "using $PRAXIS_JAR"
    return 0
  fi
  if [ ! -f target/praxis.jar ] || [ -n "$(find pom.xml src/main migrations -newer target/praxis.jar -print -quit)" ]; then
    log "building target/praxis.jar"
    ./mvnw -q -B package -DskipTests
  fi
}

stop_pid() {  # TERM, then KILL after 15 s; only the process ids this script started
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
}

start_postgres() {
  pg_ctlcluster $cluster start >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && return 0; sleep 0.5; done
  log "PostgreSQL cluster $cluster did not come up"; return 1
}

fresh_database() {  # creates the cluster if missing, starts it (started_pg=yes when it was not running), recreates $db
  if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$cluster"; then
    log "creating PostgreSQL cluster $cluster on port $pg_port"
    pg_createcluster ${cluster% *} ${cluster#* } -p "$pg_port" >/dev/null
  fi
  pg_lsclusters --no-header | awk -v c="$cluster" '$1" "$2==c && $4=="online" {found=1} END {exit !found}' || started_pg=yes
  start_postgres
  su postgres -c "psql -q -p $pg_port -v ON_ERROR_STOP=1" <<SQL
drop database if exists $db with (force);
select 'create role $db' where not exists (select from pg_roles where rolname = '$db') \\gexec
alter role $db login password '$db';
create database $db owner $db;
SQL
}

start_platform() {  # name port [jar] [content dir] -> sets pid_<name>; PRAXIS_JAVA_OPTS: extra JVM options (e.g. JFR)
  local name=$1 port=$2 jar=${3:-${PRAXIS_JAR:-target/praxis.jar}} content=${4:-$root/content}
  PRAXIS_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" PRAXIS_DB_USERNAME=$db PRAXIS_DB_PASSWORD=$db \
    PORT=$port PRAXIS_CONTENT_DIR="$content" SERVER_ADDRESS=127.0.0.1 \
    java ${PRAXIS_JAVA_OPTS:-} -jar "$jar" >> "$out/platform-$name.log" 2>&1 &
  printf -v "pid_$name" '%s' $!
}

await_ready() {  # name base seconds -> 0 when readiness is UP in time
  local pid_var=pid_$1 base=$2 limit=$3 deadline=$((SECONDS + $3))
  while [ $SECONDS -lt $deadline ]; do
    curl -fsS -m 2 "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
    if ! kill -0 "${!pid_var}" 2>/dev/null; then
      log "platform $1 (pid ${!pid_var}) exited while starting; last lines of $out/platform-$1.log:"
      tail -n 20 "$out/platform-$1.log" >&2
      return 1
    fi
    sleep 0.2
  done
  log "$base (pid ${!pid_var}) not ready after $limit s; last lines of $out/platform-$1.log:"
  tail -n 20 "$out/platform-$1.log" >&2
  return 1
}

start_nginx() {  # port www -> sets pid_nginx; serves the files under www, index.html for directories
  local port=$1 www=$2
  chmod -R a+rX "$www"
  cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-tmp;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$port;
    root $www;
    location / { index index.html; }
  }
}
NGINX
  nginx -c "$work/nginx.conf" -g 'daemon off;' &
  pid_nginx=$!
}

wrk_run() {  # name seconds args... -> $out/wrk-<name>.txt and .json
  local name=$1 seconds=$2; shift 2
  wrk -t2 -c64 -d"${seconds}s" --timeout 10s --latency "$@" > "$out/wrk-$name.txt"
  python3 "$root/scripts/lib/wrk_summary.py" "$out/wrk-$name.txt" > "$out/wrk-$name.json"
}

wrk_row() {  # name -> one Markdown table row
  md "| $1 | $(json "$out/wrk-$1.json" '"%.0f | %s | %s | %s | %s | %s" % (d["rps"], d["p50"], d["p90"], d["p99"], d["non2xx"], d["socketErrors"])') |"
}

machine_header() {  # title
  local cpu mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')
  mem=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')
  md "$1 on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)."
  md "Machine: $(nproc) cores ($cpu), $mem memory, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  md "PostgreSQL $(psql --version | awk '{print $3}') (cluster \`$cluster\`, port $pg_port), $(java -version 2>&1 | head -1), wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $(nginx -v 2>&1 | cut -d' ' -f3)."
  md ""
}

# CPU accounting in clock ticks (utime + stime, /proc/<pid>/stat fields 14 and 15; with children: + 16 and 17, the
# CPU of children already reaped). Independent of how busy the rest of the machine is, unlike wall-clock latency.
clock_ticks() { getconf CLK_TCK; }
cpu_ticks() {  # pid -> utime+stime of the process (all its threads)
  awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$1/stat" 2>/dev/null || echo 0
}
pg_cpu_ticks() {  # CPU of the whole PostgreSQL cluster: the postmaster, its live children and those it has reaped
  local data pm total=0 child
  data=$(pg_lsclusters --no-header | awk -v c="$cluster" '$1" "$2==c {print $6}')
  pm=$(head -1 "$data/postmaster.pid")
  total=$(awk '{sub(/^.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$pm/stat")
  for child in $(ps -o pid= --ppid "$pm"); do total=$((total + $(cpu_ticks "$child"))); done
  echo "$total"
}
machine_busy_ticks() {  # all cores: user, nice, system, irq, softirq (not idle, iowait or steal)
  awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat
}
thread_group_ticks() {  # pid -> "group<TAB>ticks" lines: the CPU of the process's threads by name, digits dropped
  # (http-nio-18181-exec-7 → http-nio--exec-, C2 CompilerThread0 → C CompilerThread): where besides the requests
  # themselves the CPU goes (JIT compiler, garbage collector, housekeeping); one process reads them all, quickly
  python3 - "$1" <<'PY'
import glob, re, sys, collections
groups = collections.Counter()
for path in glob.glob('/proc/%s/task/*/stat' % sys.argv[1]):
    try:
        text = open(path).read()
    except OSError:
        continue
    name = re.sub(r'[0-9]', '', text[text.index('(') + 1:text.rindex(')')])
    fields = text[text.rindex(')') + 2:].split()
    groups[name] += int(fields[11]) + int(fields[12])
for name in sorted(groups):
    print('%s\t%d' % (name, groups[name]))
PY
}
