#!/usr/bin/env bash
# Start-up benchmark: time from starting the real site (cms/Brand.Cms) on a SQLite database of N published
# actors to its first HTTP answer. Target: under 10 s for 100,000 items on the 2-core project machine.
#
#   bash tests/bench-startup.sh            # 100,000 actors
#   bash tests/bench-startup.sh 20000      # another size
#   BENCH_PORT=5123 BENCH_KEEP=1 bash tests/bench-startup.sh   # other port; keep the temp folder and log
#   BENCH_NO_BUILD=1 bash tests/bench-startup.sh  # use the site already built in cms/Brand.Cms/bin/Release
#
# Steps: builds the site and tests/Brand.Benchmarks in Release, seeds DIR/brand.db with the benchmarks'
# generated site (its config written to DIR/umbraco.config), starts the site from its bin folder on
# 127.0.0.1 with Brand__DataPath=DIR, polls GET /health with curl every 50 ms (any HTTP status counts as
# an answer; 000 means no connection yet), then fetches one actor page, prints the figures and stops the
# site it started. Nothing but loopback is contacted; the wait is bounded (BENCH_TIMEOUT, default 120 s).
set -euo pipefail

ACTORS="${1:-100000}"
PORT="${BENCH_PORT:-5099}"
TIMEOUT="${BENCH_TIMEOUT:-120}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-startup

elapsed_since() { echo "$(( $(date +%s%N) - $1 ))" | awk '{ printf "%.2f", $1 / 1e9 }'; }

if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/"; then
  echo "bench-startup: something already answers on 127.0.0.1:$PORT; set BENCH_PORT" >&2
  exit 1
fi

bench_build_site
bench_seed "$ACTORS"

# Cold-ish start, as after a deploy: the database file is not in the page cache unless the machine kept it.
sync
echo "==> start the site on 127.0.0.1:$PORT ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average: /'); others' builds on these 2 cores skew the figure)"
START="$(date +%s%N)"
bench_start_site "http://127.0.0.1:$PORT" Brand__DataPath="$WORK" Brand__ConfigPath="$CONFIG" Brand__SeedOnEmptyDatabase=false

CODE=000
while :; do
  CODE="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/health" || true)"
  [[ "$CODE" != "000" ]] && break
  if ! kill -0 "$SITE_PID" 2>/dev/null; then
    tail -n 40 "$WORK/site.log"
    echo "bench-startup: the site exited before answering" >&2
    exit 1
  fi
  if (( $(date +%s%N) - START > TIMEOUT * 1000000000 )); then
    tail -n 40 "$WORK/site.log"
    echo "bench-startup: no answer within ${TIMEOUT} s" >&2
    exit 1
  fi
  sleep 0.05
done
FIRST="$(elapsed_since "$START")"

PAGE_CODE="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "http://127.0.0.1:$PORT$ROUTE" || true)"
PAGE="$(elapsed_since "$START")"
RSS_KB="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SITE_PID/status" 2>/dev/null || echo 0)"

echo
grep -E 'Published cache built|Start-up stopped' "$WORK/site.log" | sed 's/^/site log: /' || true
echo "first page: GET $ROUTE -> HTTP $PAGE_CODE at $PAGE s after start"
echo "site memory after start-up: $(( RSS_KB / 1024 )) MiB resident"
echo "startup: $ACTORS actors on SQLite: first answer (GET /health -> HTTP $CODE) after $FIRST s (target: < 10 s)"
