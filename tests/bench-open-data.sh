#!/usr/bin/env bash
# Open-data downloads on 100,000 generated actors: the actors CSV and JSON must stream, not be held in memory.
# Target: four simultaneous downloads of the actors CSV raise the server's peak resident memory by less than a
# tenth of one file's size (a server that built the file in memory would need four copies of it at once, twice
# that as .NET strings). The single downloads are reported too: the first one after start may grow the heap a
# little as the GC sizes its budgets, which is not the file being held.
#
#   bash tests/bench-open-data.sh              # 100,000 actors
#   bash tests/bench-open-data.sh 20000        # another size
#   BENCH_NO_BUILD=1 BENCH_KEEP=1 bash tests/bench-open-data.sh
#
# Steps: builds the site and tests/Brand.Benchmarks in Release, seeds a SQLite database with the benchmarks'
# generated actors (tests/Brand.Benchmarks seed-db; its minimal config has no events, stories, aid schemes or
# resources, so those files are empty), starts the site on it, waits until /health reports both search indexes
# open (their first build would otherwise share the cores with the downloads), then with curl on loopback:
#   1. HEAD /open-data/actors.csv, cold: the server writes the CSV once into a hash for its ETag;
#   2. GET /open-data/actors.csv, then actors.json, each alone: time to first byte, total time, size, and the
#      server's resident memory before and at its peak during the download (/proc/PID/status VmRSS, and VmHWM
#      after resetting it with `echo 5 > /proc/PID/clear_refs`, which needs root or the site's own user);
#   3. four CSV downloads at once, peak likewise;
#   4. the same GET with If-None-Match: 304;
#   5. events.csv and indicators.csv cold (small files that still walk all the content), then GET /open-data/
#      cold (it also sizes every JSON file) and again.
# The CSV is parsed with Python's csv module to check its row count. The site and curl share the 2 cores.
# Nothing but 127.0.0.1 is contacted; the site is stopped on exit.
set -euo pipefail

ACTORS="${1:-100000}"
TIMEOUT="${BENCH_TIMEOUT:-600}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-open-data
bench_free_port
bench_build_site
bench_seed "$ACTORS"

echo "==> start the site on $BASE; wait for both search indexes"
START="$(date +%s)"
bench_start_site "$BASE" Brand__DataPath="$WORK" Brand__ConfigPath="$CONFIG" Brand__SeedOnEmptyDatabase=false
bench_wait_health 200 '"internal":{"open":true'
bench_wait_health 200 '"external":{"open":true'
echo "    indexes open after $(($(date +%s) - START)) s"

kib() { awk -v k="$1" "/^$2:/ { print \$2 }" "/proc/$SITE_PID/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
reset_peak() { echo 5 >"/proc/$SITE_PID/clear_refs"; }

# download LABEL PATH: one GET alone; prints its row of figures.
row() { printf '%-34s %9s %9s %11s %10s %10s %11s\n' "$@"; }
download() {
  local label="$1" path="$2" before peak after out
  sleep 1
  before="$(kib x VmRSS)"
  reset_peak
  out="$(curl -s -o "$WORK/file" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' --max-time 300 "$BASE$path")"
  peak="$(kib x VmHWM)"
  after="$(kib x VmRSS)"
  read -r code ttfb total size <<<"$out"
  [[ "$code" == "200" ]] || { echo "bench-open-data: GET $path -> HTTP $code" >&2; exit 1; }
  row "$label" "$ttfb" "$total" "$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')" "$(mib "$before")" "$(mib "$peak")" "+$(mib $((peak - before)))"
  DELTA["$label"]=$((peak - before))
  SIZE["$label"]=$size
}
declare -A DELTA SIZE

echo "==> HEAD /open-data/actors.csv (cold: one pass to compute the ETag)"
curl -s -o /dev/null -I -w '    %{http_code} in %{time_total} s\n' --max-time 300 "$BASE/open-data/actors.csv"

echo
row "GET (alone)" "1st byte" "total s" "size MB" "RSS MiB" "peak MiB" "peak-RSS"
download "actors.csv" /open-data/actors.csv
ROWS="$(python3 -c 'import csv, sys; r = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))); print(len(r) - 1)' "$WORK/file")"
download "actors.json" /open-data/actors.json
JSON_COUNT="$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["items"]))' "$WORK/file")"
download "actors.csv again" /open-data/actors.csv

sleep 1
before="$(kib x VmRSS)"
reset_peak
T0="$(date +%s%N)"
PIDS=()
for i in 1 2 3 4; do
  curl -s -o "$WORK/parallel-$i" --max-time 300 "$BASE/open-data/actors.csv" &
  PIDS+=($!)
done
wait "${PIDS[@]}" # not a bare wait: the site is a child of this script too
PARALLEL_S="$(awk -v n="$(($(date +%s%N) - T0))" 'BEGIN { printf "%.2f", n / 1e9 }')"
peak="$(kib x VmHWM)"
row "actors.csv x4 at once" "" "$PARALLEL_S" "$(awk -v s="$(stat -c %s "$WORK/parallel-1")" 'BEGIN { printf "4 x %.1f", s / 1e6 }')" \
  "$(mib "$before")" "$(mib "$peak")" "+$(mib $((peak - before)))"
PARALLEL_DELTA=$((peak - before))
cmp -s "$WORK/parallel-1" "$WORK/parallel-4" || { echo "bench-open-data: two simultaneous downloads differ" >&2; exit 1; }

ETAG="$(curl -s -I "$BASE/open-data/actors.csv" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
echo
curl -s -o /dev/null -H "If-None-Match: $ETAG" -w "conditional GET actors.csv: HTTP %{http_code} in %{time_total} s\n" "$BASE/open-data/actors.csv"
# Small datasets still walk the whole site (100,000 actors) to find their items.
curl -s -o /dev/null -w "GET events.csv (cold, 0 rows here): HTTP %{http_code} in %{time_total} s\n" "$BASE/open-data/events.csv"
curl -s -o /dev/null -w "GET indicators.csv (cold: counts every item): HTTP %{http_code} in %{time_total} s\n" "$BASE/open-data/indicators.csv"
curl -s -o /dev/null -w "GET /open-data/ (cold, sizes every JSON): HTTP %{http_code} in %{time_total} s\n" "$BASE/open-data/"
curl -s -o /dev/null -w "GET /open-data/ (again): HTTP %{http_code} in %{time_total} s\n" "$BASE/open-data/"
echo "rows: CSV $ROWS, JSON $JSON_COUNT (expected $ACTORS)"
[[ "$ROWS" == "$ACTORS" && "$JSON_COUNT" == "$ACTORS" ]] || { echo "bench-open-data: row count differs" >&2; exit 1; }

echo
for label in actors.csv actors.json; do
  echo "open-data: $label alone: peak resident memory +$(mib "${DELTA[$label]}") MiB for a $(awk -v s="${SIZE[$label]}" 'BEGIN { printf "%.1f", s / 1e6 }') MB file"
done
ratio="$(awk -v d="$PARALLEL_DELTA" -v s="${SIZE[actors.csv]}" 'BEGIN { printf "%.3f", d * 1024 / s }')"
verdict="$(awk -v r="$ratio" 'BEGIN { print (r < 0.1 ? "PASS" : "FAIL") }')"
echo "open-data: 4 x actors.csv at once, $ACTORS actors: peak resident memory +$(mib "$PARALLEL_DELTA") MiB, $ratio of one file (target < 0.1): $verdict"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ "$verdict" == PASS ]]
