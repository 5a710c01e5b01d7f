#!/usr/bin/env bash
# Load test: a mix of what a campaign peak sends (public pages, site search, directory with filters, GraphQL,
# the REST delivery API, open-data downloads) with wrk on loopback, bounded in time; reports throughput,
# latency percentiles and the answers that were not 2xx/3xx, then each category alone so a slow one shows.
#
#   bash tests/bench-load.sh                 # 30 s of the mix, 64 connections, 3,000 actors
#   bash tests/bench-load.sh 60 128          # SECONDS CONNECTIONS
#   BENCH_ACTORS=10000 BENCH_NO_BUILD=1 BENCH_KEEP=1 bash tests/bench-load.sh
#
# The site: the real content model and demonstration seed (home, news, events, stories, resources, aid
# schemes, search page, directory) with the directory grown to BENCH_ACTORS actors: the seed's actors are
# copied with new keys, names, towns and specialties into a copy of umbraco.config/seed/actors.json, and
# the site seeds it on first start. (bench_seed's generated site has only a home page and actors, so lists,
# events and the search page would answer 404.)
#
# The mix, in percent of requests (tests/bench-load.lua picks one per call):
#   59 public pages: half an actor page (fr or en, any actor), half home / lists / an event / resources;
#   10 site search (/fr/recherche?q=…, ten words, three pages); 10 directory with a specialty and a region;
#   10 GraphQL POSTs (half the `directory` query with facets, half a list of upcoming events);
#   10 REST delivery API (a filtered, sorted query; the children of the directory filtered; an item by path);
#    1 open-data download (actors and events, CSV and JSON; the actors files are 1.7 and 3 MB with 3,000
#      actors): harvesters and analysts, not visitors, so rare at a peak, but each one is long.
# The public API's per-IP quota (300 a minute) would answer 429 to a load test from one address: the run
# lifts it with PublicApi__Access__AnonymousPerMinute=1000000. Nothing else is changed from the defaults.
# wrk (-t2) and the site share the machine's cores. Nothing but 127.0.0.1 is contacted; the site is stopped
# on exit.
set -euo pipefail

SECONDS_RUN="${1:-30}"
CONNECTIONS="${2:-64}"
ACTORS="${BENCH_ACTORS:-3000}"
THREADS="${BENCH_THREADS:-2}"
CATEGORY_SECONDS="${BENCH_CATEGORY_SECONDS:-8}"
TIMEOUT="${BENCH_TIMEOUT:-600}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-load
bench_need_wrk
bench_free_port
bench_build_site

echo "==> config: umbraco.config with $ACTORS actors"
CONFIG="$WORK/umbraco.config"
cp -r "$ROOT/umbraco.config" "$CONFIG"
python3 - "$CONFIG/seed/actors.json" "$ACTORS" <<'PY'
import json, random, sys, uuid
path, wanted = sys.argv[1], int(sys.argv[2])
folder = json.load(open(path, encoding="utf-8"))
models = [c for c in folder["children"] if c["type"] == "labelledActor"]
towns = [("Rennes", "35000", "53", 48.11, -1.68), ("Lyon", "69003", "84", 45.76, 4.85), ("Lille", "59000", "32", 50.63, 3.06),
         ("Toulouse", "31000", "76", 43.60, 1.44), ("Nantes", "44000", "52", 47.22, -1.55), ("Dijon", "21000", "27", 47.32, 5.04),
         ("Marseille", "13006", "93", 43.29, 5.38), ("Bordeaux", "33000", "75", 44.84, -0.58), ("Strasbourg", "67000", "44", 48.58, 7.75)]
specialties = ["website", "onlineSelling", "socialNetworks", "onlinePayment", "cloud", "cybersecurity", "training"]
rng = random.Random(9)
children = list(folder["children"])
for i in range(len(models), wanted):
    actor = json.loads(json.dumps(models[i % len(models)]))
    town, postcode, region, lat, lon = rng.choice(towns)
    name = f"Acteur {i:05d} {town}"
    actor.update(key=str(uuid.UUID(int=rng.getrandbits(128))), sortOrder=i, names={"fr": name, "en": name})
    actor.pop("segments", None)
    values = actor["values"]
    values.update(city=town, postcode=postcode, regionsServed=[region], specialties=rng.sample(specialties, 3),
                  location={"lat": round(lat + rng.uniform(-0.3, 0.3), 4), "lon": round(lon + rng.uniform(-0.3, 0.3), 4)})
    if "labelNumber" in values:
        values["labelNumber"] = f"CC-{2020 + i // 10000}-{i % 10000:04d}"
    children.append(actor)
folder["children"] = children
json.dump(folder, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY

echo "==> start the site on $BASE (seeds $ACTORS actors); wait for both search indexes"
START="$(date +%s)"
bench_start_site "$BASE" Brand__DataPath="$WORK/data" Brand__ConfigPath="$CONFIG" \
  PublicApi__Access__AnonymousPerMinute=1000000 Logging__LogLevel__Default=Warning
bench_wait_health 200 '"internal":{"open":true'
bench_wait_health 200 '"external":{"open":true'
echo "    ready after $(($(date +%s) - START)) s"

# Every actor's page in both cultures, from the REST API (also checks the seed went in).
curl -s --max-time 60 "$BASE/umbraco/delivery/api/v2/content?fetch=children:/fr/annuaire&take=1000" -o "$WORK/actors-fr.json"
curl -s --max-time 60 -H 'Accept-Language: en' "$BASE/umbraco/delivery/api/v2/content?fetch=children:/en/directory&take=1000" -o "$WORK/actors-en.json"
python3 - "$WORK/actors-fr.json" "$WORK/actors-en.json" >"$WORK/actors.txt" <<'PY'
import json, sys
for path in sys.argv[1:]:
    for item in json.load(open(path))["items"]:
        print(item["route"]["path"])
PY
echo "    $(wc -l <"$WORK/actors.txt") actor pages in the mix (the first 1,000 of each culture)"

export LOAD_ACTORS="$WORK/actors.txt"
export LOAD_GQL_DIRECTORY='{"query":"query($s:[String!]){ directory(specialty:$s, region:[\"53\",\"84\"], first:20){ totalCount facets{ name values{ value count } } nodes{ name city specialties{ label } } } }","variables":{"s":["cloud"]}}'
export LOAD_GQL_LIST='{"query":"{ events(first:10, order:[{ startDate: ASC }]){ totalCount nodes{ name startDate url } } }"}'

# Each request of the mix once, by curl, so a wrong path fails here rather than as a count of 404s.
check() {
  local code
  code="$(curl -s -o "$WORK/check.out" -w '%{http_code}' --max-time 60 "$@")"
  [[ "$code" == 2* ]] || { head -c 600 "$WORK/check.out"; echo; echo "bench-load: $* -> HTTP $code" >&2; exit 1; }
}
for path in /fr /en /fr/evenements /en/events /fr/actualites /en/news /fr/temoignages /fr/ressources /fr/aides \
  /fr/evenements/webinaire-site-vitrine-en-un-mois /en/events/webinar-showcase-website-in-a-month \
  "/fr/recherche?q=site" "/fr/annuaire?specialty=cloud&region=53&sort=name" \
  "/umbraco/delivery/api/v2/content?filter=contentType:event&sort=name:asc&take=20" \
  "/umbraco/delivery/api/v2/content/item/fr/evenements/webinaire-site-vitrine-en-un-mois" \
  /open-data/actors.csv /open-data/events.json "$(head -n1 "$WORK/actors.txt")" "$(tail -n1 "$WORK/actors.txt")"; do
  check "$BASE$path"
done
for body in "$LOAD_GQL_DIRECTORY" "$LOAD_GQL_LIST"; do
  check -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' -d "$body" "$BASE/graphql"
  grep -q '"errors"' "$WORK/check.out" && { cat "$WORK/check.out"; echo "bench-load: GraphQL error" >&2; exit 1; }
done
echo "    every request of the mix answers 2xx"

# run NAME SECONDS: wrk with the Lua mix; figures into FIG[NAME]: rps p50 p90 p99 max(ms) non2xx socketerrors
declare -A FIG
run() {
  local name="$1" seconds="$2"
  LOAD_ONLY="${name#mix}" timeout $((seconds + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency \
    -s "$ROOT/tests/bench-load.lua" "$BASE" >"$WORK/wrk-$name.txt"
  FIG[$name]="$(awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v + 0
    }
    /Requests\/sec:/ { rps = $2 }
    $1 == "Latency" && $2 != "Distribution" { max = ms($4) }
    $1 == "50%" { p50 = ms($2) } $1 == "90%" { p90 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses/ { bad = $NF }
    /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.1f %.1f %.1f %.1f %d %d\n", rps, p50, p90, p99, max, bad, errors }' "$WORK/wrk-$name.txt")"
  grep '^statuses:' "$WORK/wrk-$name.txt" | sed "s/^/    $name /"
}

echo "==> warm-up: 5 s of the mix"
LOAD_ONLY="" timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$ROOT/tests/bench-load.lua" "$BASE" >/dev/null
echo "==> the mix: wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_RUN}s ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average: /'))"
run mix "$SECONDS_RUN"
echo "==> each category alone: wrk -t$THREADS -c$CONNECTIONS -d${CATEGORY_SECONDS}s"
for category in pages search directory graphql rest opendata; do
  run "mix$category" "$CATEGORY_SECONDS"
done

echo
row() { printf '%-12s %10s %8s %8s %8s %9s %8s %8s\n' "$@"; }
row "" "requests/s" "p50 ms" "p90 ms" "p99 ms" "max ms" "non-2xx" "sock.err"
for name in mix mixpages mixsearch mixdirectory mixgraphql mixrest mixopendata; do
  read -r rps p50 p90 p99 max bad errors <<<"${FIG[$name]}"
  label="${name#mix}"
  row "${label:-MIX}" "$rps" "$p50" "$p90" "$p99" "$max" "$bad" "$errors"
done
echo "$ACTORS actors, $CONNECTIONS connections, wrk -t$THREADS; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r _ _ _ _ _ bad _ <<<"${FIG[mix]}"
[[ "$bad" == "0" ]] || { echo "bench-load: $bad answers of the mix were not 2xx/3xx (BENCH_KEEP=1 keeps the wrk output)" >&2; exit 1; }
