#!/usr/bin/env bash
# Load benchmark of the directory page with wrk on loopback, on 100,000 generated actors.
# Target: the directory page served at least 1,000 requests per second.
#
#   bash tests/bench-directory.sh              # 100,000 actors
#   bash tests/bench-directory.sh 20000        # another size
#   BENCH_NO_BUILD=1 BENCH_KEEP=1 bash tests/bench-directory.sh
#
# Steps: builds the site and tests/Brand.Benchmarks in Release, seeds a SQLite database with the
# benchmarks' generated actors (tests/Brand.Benchmarks seed-db), starts the site on it, waits until
# /health reports both search indexes open (the first start builds them: 200,000 documents each), then
# runs `wrk -t2 -c32 -d10s --latency` on:
#   - the directory page with filters, as a shared link is opened again and again: what wrk on the page's
#     URL measures, served as in production (output cache, evicted on publish). This row decides the verdict;
#   - the directory page with a new combination on every request (a text, a specialty, a region, a postcode
#     to sort by distance from, and a counter so no two URLs are alike): every request runs a Lucene query
#     with facet counts and distances, and renders the page. The worst case, reported without a verdict.
# wrk and the site share the 2 cores. Nothing but 127.0.0.1 is contacted; the site is stopped on exit.
set -euo pipefail

ACTORS="${1:-100000}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-5s}"
TIMEOUT="${BENCH_TIMEOUT:-600}"
TARGET=1000
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-directory
bench_need_wrk
bench_free_port
bench_build_site
bench_seed "$ACTORS"

echo "==> start the site on $BASE; wait for both search indexes"
START="$(date +%s)"
bench_start_site "$BASE" Brand__DataPath="$WORK" Brand__ConfigPath="$CONFIG" Brand__SeedOnEmptyDatabase=false
bench_wait_health 200 '"internal":{"open":true'
bench_wait_health 200 '"external":{"open":true'
echo "    indexes open after $(($(date +%s) - START)) s"
grep -o 'Search index [a-z]* rebuilt[^,]*, [^,]*' "$WORK/site.log" | sed 's/^/    /' || true

SHARED="/fr/annuaire?specialty=website&specialty=cloud&region=53&sort=name"
for path in /fr/annuaire "$SHARED"; do
  code="$(curl -s -o "$WORK/page.html" -w '%{http_code}' --max-time 30 "$BASE$path" || true)"
  [[ "$code" == "200" ]] || { echo "bench-directory: GET $path -> HTTP $code" >&2; exit 1; }
  echo "    $path: $(wc -c <"$WORK/page.html") bytes"
done

cat >"$WORK/varied.lua" <<'LUA'
-- A new combination on every request: nothing comes from the output cache.
-- Percent-encoded, as a browser sends them: raw UTF-8 in a request line is refused with 400.
local words = {"conseil", "num%C3%A9rique", "site", "boutique", "formation", "r%C3%A9seaux", "paiement", "artisans", "", ""}
local specialties = {"website", "onlineSelling", "socialNetworks", "onlinePayment", "cloud", "cybersecurity", "training"}
local regions = {"84", "27", "53", "24", "44", "32", "11", "28", "75", "76", "52", "93"}
local postcodes = {"35000", "69003", "13006", "31000", "44000", "67000", "33000", "59000", "21000", "29200"}
counter = 0
request = function()
  counter = counter + 1
  local path = "/fr/annuaire?q=" .. words[math.random(#words)]
    .. "&specialty=" .. specialties[math.random(#specialties)]
    .. "&region=" .. regions[math.random(#regions)]
    .. "&near=" .. postcodes[math.random(#postcodes)] .. "&radius=100&sort=distance"
    .. "&n=" .. counter .. "-" .. math.random(1, 1000000000)
  return wrk.format("GET", path)
end
LUA

echo "==> warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$SHARED" >/dev/null
timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/varied.lua" "$BASE/fr/annuaire" >/dev/null
echo "==> wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average: /'))"
measure "shared link (output cache)" "$SHARED"
measure "new query every request" "/fr/annuaire" "$WORK/varied.lua"

echo
row() { printf '%-40s %12s %10s %10s  %s\n' "$@"; }
row "directory page, $ACTORS actors" "requests/s" "p50 ms" "p99 ms" "target >= $TARGET"
label="shared link (output cache)"
verdict="$(awk -v r="${RPS[$label]}" -v t="$TARGET" 'BEGIN { print (r >= t ? "PASS" : "FAIL") }')"
row "$label" "${RPS[$label]}" "${P50[$label]}" "${P99[$label]}" "$verdict"
label="new query every request"
row "$label" "${RPS[$label]}" "${P50[$label]}" "${P99[$label]}" "(no verdict)"
[[ "$verdict" == "PASS" ]]
