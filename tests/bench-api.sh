#!/usr/bin/env bash
# Load benchmark of the GraphQL API with wrk on loopback, against a plain minimal-API endpoint returning the
# same data, measured together in one run on the demonstration site (the seed).
# Targets: the GraphQL query for 20 actors with their specialties and next events reaches at least a quarter
# of the baseline's requests per second, and at least 2,000 requests per second.
#
#   bash tests/bench-api.sh
#   BENCH_NO_BUILD=1 BENCH_KEEP=1 bash tests/bench-api.sh
#
# Steps: builds the site in Release, starts it on an empty data folder (it seeds the demonstration site) with
# the baseline endpoint switched on (PublicApi:GraphQL:BenchmarkBaseline) and the anonymous quota lifted,
# checks that both answers hold the same actors and events, then runs `wrk -t2 -c32 -d10s --latency` on:
#   - GET /graphql/benchmark-baseline: the data written the direct way with minimal APIs;
#   - POST /graphql with the same query every request (the document cache is what a partner's client meets).
# wrk and the site share the 2 cores. Nothing but 127.0.0.1 is contacted; the site is stopped on exit.
set -euo pipefail

THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-5s}"
TIMEOUT="${BENCH_TIMEOUT:-300}"
TARGET_RPS=2000
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-api
bench_need_wrk
bench_free_port
bench_build_site

echo "==> start the site on $BASE (demonstration seed)"
START="$(date +%s)"
bench_start_site "$BASE" Brand__DataPath="$WORK" PublicApi__GraphQL__BenchmarkBaseline=true \
  PublicApi__Access__AnonymousPerMinute=1000000 Logging__LogLevel__Default=Warning
bench_wait_health 200 '"external":{"open":true'

AFTER="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
QUERY='query($after: DateTimeOffset) { labelledActors(first: 20) { nodes { name city specialties { label } eventsByOrganiserActor(first: 3, where: { startDate: { gt: $after } }, order: [{ startDate: ASC }]) { nodes { name startDate } } } } }'
BODY="$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"after": sys.argv[2]}}))' "$QUERY" "$AFTER")"
curl -s --max-time 30 -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' -d "$BODY" "$BASE/graphql" >"$WORK/graphql.json"
curl -s --max-time 30 "$BASE/graphql/benchmark-baseline?after=$AFTER" >"$WORK/baseline.json"
python3 - "$WORK/graphql.json" "$WORK/baseline.json" <<'PY'
import json, sys
graphql = json.load(open(sys.argv[1]))
baseline = json.load(open(sys.argv[2]))
assert "errors" not in graphql, graphql.get("errors")
actors = graphql["data"]["labelledActors"]["nodes"]
def shape(a, events):
    return (a["name"], a["city"], [s["label"] for s in a["specialties"]], [e["name"] for e in events])
ours = [shape(a, a["eventsByOrganiserActor"]["nodes"]) for a in actors]
theirs = [shape(a, a["events"]) for a in baseline]
assert ours == theirs, "GraphQL and the baseline disagree"
events = sum(len(a[3]) for a in ours)
print(f"    both answers: {len(ours)} actors, {events} upcoming events; cost {graphql['extensions']['cost']}")
PY

cat >"$WORK/graphql.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = [[$BODY]]
LUA

echo "==> warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE/graphql/benchmark-baseline?after=$AFTER" >/dev/null
timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/graphql.lua" "$BASE/graphql" >/dev/null
echo "==> wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average: /'))"
measure "minimal API baseline" "/graphql/benchmark-baseline?after=$AFTER"
measure "GraphQL" "/graphql" "$WORK/graphql.lua"

echo
row() { printf '%-34s %12s %10s %10s  %s\n' "$@"; }
base="${RPS[minimal API baseline]}"
graph="${RPS[GraphQL]}"
ratio="$(awk -v g="$graph" -v b="$base" 'BEGIN { printf "%.2f", g / b }')"
verdict="$(awk -v g="$graph" -v r="$ratio" -v t="$TARGET_RPS" 'BEGIN { print (g >= t && r >= 0.25 ? "PASS" : "FAIL") }')"
row "20 actors + specialties + events" "requests/s" "p50 ms" "p99 ms" ""
row "minimal API baseline" "$base" "${P50[minimal API baseline]}" "${P99[minimal API baseline]}" ""
row "GraphQL" "$graph" "${P50[GraphQL]}" "${P99[GraphQL]}" "ratio $ratio (>= 0.25), >= $TARGET_RPS rps: $verdict"
[[ "$verdict" == "PASS" ]]
