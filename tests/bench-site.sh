#!/usr/bin/env bash
# Load benchmark of the public site with wrk on loopback. Target: the home page and the events list each
# reach at least half the requests per second that the same server reaches on a small static file,
# measured in the same run.
#
#   bash tests/bench-site.sh
#   BENCH_NO_BUILD=1 bash tests/bench-site.sh      # use the site already built in cms/Brand.Cms/bin/Release
#   BENCH_PORT=5123 BENCH_KEEP=1 bash tests/bench-site.sh   # fixed port; keep the temp folder and site log
#   BENCH_DURATION=20s BENCH_CONNECTIONS=64 bash tests/bench-site.sh
#   BENCH_UNCACHED=1 bash tests/bench-site.sh   # also the pages rendered on every request (no verdict)
#
# Steps: installs wrk with apt-get if missing, builds cms/Brand.Cms in Release, starts it from its bin
# folder on 127.0.0.1:<free port> with Brand__DataPath=<temp folder> (a fresh SQLite database seeded from
# umbraco.config/seed), waits for GET /health -> 200, picks a small static file the app serves (the first
# candidate answered by the static-file middleware: 200 with ETag, Last-Modified and Accept-Ranges), then
# warms up each of the static file, /fr and /fr/evenements with wrk, then measures them one after the
# other with `wrk -t2 -c32 -d10s --latency` (the static file before and after the pages; the better of
# the two is the baseline). Prints path, requests/s, latency p50/p99 and each page's ratio to the static
# file, PASS when >= 0.5. Exits 1 when a page fails the target or answers anything but 2xx/3xx.
# Pages come from the output cache (evicted on publish) after their first request; BENCH_UNCACHED=1 adds
# rows for the same pages with a query string that changes on every request, so each one is rendered:
# what a visitor gets right after a publish, or on a filter combination nobody asked for before.
# wrk and the site share the machine's 2 cores, for every path alike; other processes skew the figures
# (the load average is printed). Nothing but 127.0.0.1 is contacted, every run is bounded in time, and
# the site this script started is stopped on exit.
set -euo pipefail

THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-5s}"
TIMEOUT="${BENCH_TIMEOUT:-120}"
TARGET="0.5"
PAGES=(/fr /fr/evenements)
STATIC_CANDIDATES=(/robots.txt /.well-known/security.txt /_content/Brand.SiteTheme/css/site.css)
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-site

# --- wrk -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  echo "==> apt-get install wrk"
  [[ $(id -u) -eq 0 ]] || { echo "bench-site: wrk is missing and we are not root: apt-get install wrk" >&2; exit 1; }
  apt_opts=(-q -o Acquire::Retries=3 -o DPkg::Lock::Timeout=600)
  DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update </dev/null >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends wrk </dev/null >/dev/null
fi

# --- a free loopback port --------------------------------------------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [[ -n "${BENCH_PORT:-}" ]]; then
  PORT="$BENCH_PORT"
  port_free "$PORT" || { echo "bench-site: something already answers on 127.0.0.1:$PORT" >&2; exit 1; }
else
  PORT=""
  for candidate in $(shuf -i 20000-39999 -n 50); do
    if port_free "$candidate"; then PORT="$candidate"; break; fi
  done
  [[ -n "$PORT" ]] || { echo "bench-site: found no free port" >&2; exit 1; }
fi
BASE="http://127.0.0.1:$PORT"

# --- build and start -------------------------------------------------------------------------------
bench_build_site

echo "==> start the site on $BASE (data folder $WORK)"
START="$(date +%s)"
bench_start_site "$BASE" Brand__DataPath="$WORK"

while [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/health" || true)" != "200" ]]; do
  if ! kill -0 "$SITE_PID" 2>/dev/null; then
    tail -n 40 "$WORK/site.log"
    echo "bench-site: the site exited before /health answered 200" >&2
    exit 1
  fi
  if (($(date +%s) - START > TIMEOUT)); then
    tail -n 40 "$WORK/site.log"
    echo "bench-site: /health did not answer 200 within ${TIMEOUT} s" >&2
    exit 1
  fi
  sleep 0.2
done
echo "    /health -> 200 after $(($(date +%s) - START)) s"

# --- the static file -------------------------------------------------------------------------------
# The static-file middleware answers with all three of these headers; an endpoint (robots.txt written
# by code, a page) does not, so this tells a file on disk from a generated answer.
is_static() {
  local headers
  headers="$(curl -s -D - -o /dev/null --max-time 5 "$BASE$1" | tr -d '\r')" || return 1
  grep -q '^HTTP/[0-9.]* 200' <<<"$headers" &&
    grep -qi '^etag:' <<<"$headers" && grep -qi '^last-modified:' <<<"$headers" && grep -qi '^accept-ranges: bytes' <<<"$headers"
}
STATIC=""
for candidate in "${STATIC_CANDIDATES[@]}"; do
  if is_static "$candidate"; then
    STATIC="$candidate"
    break
  fi
  echo "    $candidate: not a static file here (HTTP $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$candidate"), or generated by code)"
done
[[ -n "$STATIC" ]] || { echo "bench-site: none of ${STATIC_CANDIDATES[*]} is served as a static file" >&2; exit 1; }
echo "    static file: $STATIC ($(curl -s --max-time 5 "$BASE$STATIC" | wc -c) bytes)"

for page in "${PAGES[@]}"; do
  code="$(curl -s -o "$WORK/page.html" -w '%{http_code}' --max-time 30 "$BASE$page" || true)"
  [[ "$code" == "200" ]] || { echo "bench-site: GET $page -> HTTP $code, not 200" >&2; exit 1; }
  echo "    $page: $(wc -c <"$WORK/page.html") bytes"
done

# --- wrk -------------------------------------------------------------------------------------------
# Prints "requests/s p50 p99 socket-errors" (latencies in ms) from wrk --latency output; fails on non-2xx/3xx.
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v + 0
    }
    /Requests\/sec:/            { rps = $2 }
    $1 == "50%"                 { p50 = ms($2) }
    $1 == "99%"                 { p99 = ms($2) }
    /Non-2xx or 3xx responses/  { bad = $NF }
    /Socket errors/             { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END {
      if (bad > 0 || rps == "") { print (rps == "" ? "no Requests/sec line" : bad " responses were not 2xx/3xx"); exit 1 }
      printf "%s %.2f %.2f %d\n", rps, p50, p99, errors
    }' "$1"
}

# Runs wrk on a path and stores its figures under a label; exits the script on a bad answer.
declare -A RPS P50 P99
measure() {
  local label="$1" path="$2" name result rps p50 p99 errors
  local script=()
  [[ -z "${3:-}" ]] || script=(-s "$3")
  name="$(tr '/.() ' '_____' <<<"$label")"
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "$BASE$path" >"$WORK/wrk-$name.txt"
  if ! result="$(parse_wrk "$WORK/wrk-$name.txt")"; then
    cat "$WORK/wrk-$name.txt"
    echo "bench-site: $path: $result" >&2
    exit 1
  fi
  read -r rps p50 p99 errors <<<"$result"
  # Timeouts or resets under saturation are reported, not hidden; the ratio still decides.
  [[ "$errors" == "0" ]] || echo "    $path: $errors socket errors (keep the wrk output with BENCH_KEEP=1)"
  RPS[$label]="$rps" P50[$label]="$p50" P99[$label]="$p99"
}

# Every path is warmed up before any is measured: the JIT's tier-1 code for the shared pipeline arrives
# in the background, and on 2 cores shared with wrk it arrives late; the first path measured would pay.
echo "==> warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP on each path"
for path in "$STATIC" "${PAGES[@]}"; do
  timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$path" >/dev/null
done

# The static file is measured before and after the pages and the better figure is the baseline, so
# that a disturbance during one static run cannot make the pages look better than they are.
echo "==> wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one path at a time ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average: /'))"
measure "static-before" "$STATIC"
for page in "${PAGES[@]}"; do
  measure "$page" "$page"
done
measure "static-after" "$STATIC"
if [[ -n "${BENCH_UNCACHED:-}" ]]; then
  cat >"$WORK/uncached.lua" <<'LUA'
-- A query string no request has used before: the output cache varies by query, so every request renders.
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?bench=" .. counter .. "-" .. math.random(1, 1000000000))
end
LUA
  for page in "${PAGES[@]}"; do
    measure "$page (uncached)" "$page" "$WORK/uncached.lua"
  done
fi
BASELINE="$(awk -v a="${RPS[static-before]}" -v b="${RPS[static-after]}" 'BEGIN { print (a > b ? a : b) }')"

echo
row() { printf '%-56s %12s %10s %10s %8s  %s\n' "$@"; }
row path "requests/s" "p50 ms" "p99 ms" ratio "target >= $TARGET"
row "$STATIC (static, before)" "${RPS[static-before]}" "${P50[static-before]}" "${P99[static-before]}" "" ""
FAILED=0
for page in "${PAGES[@]}"; do
  ratio="$(awk -v p="${RPS[$page]}" -v s="$BASELINE" 'BEGIN { printf "%.2f", p / s }')"
  verdict="$(awk -v r="$ratio" -v t="$TARGET" 'BEGIN { print (r >= t ? "PASS" : "FAIL") }')"
  [[ "$verdict" == "PASS" ]] || FAILED=1
  row "$page" "${RPS[$page]}" "${P50[$page]}" "${P99[$page]}" "$ratio" "$verdict"
done
row "$STATIC (static, after)" "${RPS[static-after]}" "${P50[static-after]}" "${P99[static-after]}" "" ""
if [[ -n "${BENCH_UNCACHED:-}" ]]; then
  for page in "${PAGES[@]}"; do
    label="$page (uncached)"
    ratio="$(awk -v p="${RPS[$label]}" -v s="$BASELINE" 'BEGIN { printf "%.2f", p / s }')"
    row "$label" "${RPS[$label]}" "${P50[$label]}" "${P99[$label]}" "$ratio" "(no verdict)"
  done
fi
echo "ratio = page requests/s / the better static figure ($BASELINE requests/s)"
exit "$FAILED"
