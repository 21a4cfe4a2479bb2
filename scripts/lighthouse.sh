#!/usr/bin/env bash
# Lighthouse (mobile profile, its defaults: an emulated mid-range phone on a throttled network) on signed-in lesson
# pages: one without diagrams (from the cohort tree) and the real flagship, which has one. Scores and what the first
# visit transfers go to target/lighthouse/report.md; the full JSON reports beside it.
# Needs root (its own PostgreSQL database on the proof's cluster), Debian's chromium, node/npm (installs the npm
# package `lighthouse` into target/lighthouse/node on first use), a JDK 17 and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pg_port=${PROOF_PG_PORT:-5440}
port=${LIGHTHOUSE_PORT:-18195}
cluster="15 proof"
db=praxis_lighthouse
base=http://127.0.0.1:$port
flagship=/modules/ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals/
out=${LIGHTHOUSE_OUT:-$root/target/lighthouse}
mkdir -p "$out"
work=$(mktemp -d /tmp/praxis-lighthouse.XXXXXX)
chmod 755 "$work"
report=$out/report.md
pid_a="" started_pg=""
. scripts/lib/platform.sh

cleanup() {
  local status=$?
  stop_pid "$pid_a"
  wait 2>/dev/null || true
  if [ -n "$started_pg" ]; then pg_ctlcluster $cluster stop -m fast 2>/dev/null || true; fi
  rm -rf "$work"
  [ $status -eq 0 ] || log "failed (exit $status); the platform's log is in $out"
}
trap cleanup EXIT

lighthouse=$out/node/node_modules/.bin/lighthouse
if [ ! -x "$lighthouse" ]; then
  log "installing lighthouse into $out/node"
  mkdir -p "$out/node" && npm install --prefix "$out/node" --no-audit --no-fund lighthouse >/dev/null
fi
fresh_jar
fresh_database
tree=$work/content
mkdir -p "$tree" && cp -r content/. "$tree/"
java src/test/java/dev/praxis/benchmark/CohortTree.java "$tree" 40
start_platform a "$port" "${PRAXIS_JAR:-target/praxis.jar}" "$tree"
await_ready a "$base" 600
java src/test/java/dev/praxis/benchmark/LearnerLoad.java register "$base" 1 "lh$(date +%s)" "$work/learner.txt" > /dev/null
session=$(awk '{print $1}' "$work/learner.txt")
plain=""
for path in $(curl -fsS -H "Cookie: SESSION=$session" "$base/catalog" | grep -o 'href="/modules/cohort-track[^"]*/module-[^"]*/"' | sed 's/^href="//; s/"$//'); do
  if ! curl -fsS -H "Cookie: SESSION=$session" "$base$path" | grep -q 'class="mermaid"'; then plain=$path; break; fi
done
printf '{"Cookie": "SESSION=%s"}' "$session" > "$work/headers.json"

: > "$report"
machine_header "Run of \`scripts/lighthouse.sh\` ($($lighthouse --version 2>/dev/null | head -1), $(chromium --version 2>/dev/null | head -1))"
md "| Page | Performance | Accessibility | Best practices | First visit transfers | Requests | Largest Contentful Paint | Total Blocking Time |"
md "|---|---:|---:|---:|---:|---:|---:|---:|"
for page in "no-diagram $plain" "flagship $flagship"; do
  set -- $page
  CHROME_PATH=/usr/bin/chromium "$lighthouse" "$base$2" --quiet --output=json --output-path="$out/$1.json" \
    --only-categories=performance,accessibility,best-practices --extra-headers="$work/headers.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" || true
  md "| $1 (\`$2\`) | $(json "$out/$1.json" '"%d | %d | %d | %.0f kB | %d | %s | %s" % (round(100*d["categories"]["performance"]["score"]), round(100*d["categories"]["accessibility"]["score"]), round(100*d["categories"]["best-practices"]["score"]), d["audits"]["total-byte-weight"]["numericValue"]/1000, len(d["audits"]["network-requests"]["details"]["items"]), d["audits"]["largest-contentful-paint"]["displayValue"], d["audits"]["total-blocking-time"]["displayValue"])') |"
done
md ""
md "Lighthouse's mobile profile (its default): simulated throttling of a mid-range phone on a slow 4G network; signed in with a learner's session cookie (\`--extra-headers\`). \"First visit transfers\" is Lighthouse's \`total-byte-weight\` (every response of the load, compressed as sent)."
cat "$report"
