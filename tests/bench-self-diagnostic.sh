#!/usr/bin/env bash
# The self-diagnostic's speed (issue 7 names no target; ours: every step, submission and result page answers
# within 200 ms at the 95th percentile, and the open indicators over 100,000 results compute within 1 s).
# Measured on the Release site with the real seed, over real HTTP on loopback, one visitor at a time.
#
#   bash tests/bench-self-diagnostic.sh            # 200 questionnaires, then 100,000 results for the indicators
#   bash tests/bench-self-diagnostic.sh 500 200000
#   BENCH_NO_BUILD=1 bash tests/bench-self-diagnostic.sh
#
# Steps: starts the site on a fresh data folder (quotas lifted, indicators not cached), then N times: posts the
# business step ("next"), posts the whole questionnaire ("submit", answered 303 with the result's link), and
# reads that result page (the plan asks the directory's search index); prints each one's median, p95 and max.
# Then writes M results straight into the SQLite database (the app's own tables, as if M businesses had
# answered), and times the indicators page and the GraphQL field, which group them in the database.
set -euo pipefail

RUNS="${1:-200}"
RESULTS="${2:-100000}"
TIMEOUT="${BENCH_TIMEOUT:-300}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-self-diagnostic
bench_free_port
bench_build_site

echo "==> start the site on $BASE (load $(cut -d' ' -f1-3 /proc/loadavg))"
START="$(date +%s)"
bench_start_site "$BASE" Brand__DataPath="$WORK" SelfDiagnostic__SubmissionsPerHour=1000000 SelfDiagnostic__IndicatorsCacheDuration=00:00:00
bench_wait_health 200 '"external":{"open":true'

python3 - "$ROOT/tests" "$BASE" "$RUNS" "$RESULTS" "$WORK/brand.db" "$ROOT/umbraco.config/seed/home.json" <<'PY'
import json, random, sqlite3, sys, time, uuid

tests, base, runs, results, database, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
sys.path.insert(0, tests)
from bench_http import Site, row
call = Site(base).call

# The shipped questionnaire, from the seed: dimensions, their questions, the answers' keys and points.
home = json.load(open(seed))
page = next(c for c in home["children"] if c["type"] == "selfDiagnosticPage")
dimensions = [(d["key"], [(q["key"], [(a["key"], a["values"]["points"]) for a in q["values"]["answers"]]) for q in d["children"]])
              for d in page["children"] if d["type"] == "diagnosticDimension"]
last_step = len(dimensions)
sectors = ["retail", "crafts", "hospitality", "tourism", "construction", "industry", "agriculture", "businessServices"]
sizes = ["0", "1-9", "10-49", "50-249"]
departments = ["35", "29", "59", "62", "13", "69", "75", "33", "31", "44", "67", "974"]

def fields(rng):
    form = {"sector": rng.choice(sectors), "sizeBand": rng.choice(sizes), "department": rng.choice(departments)}
    for _, questions in dimensions:
        for question, answers in questions:
            form["q." + question.replace("-", "")] = rng.choice(answers)[0].replace("-", "")
    return form

step, submit, result = [], [], []
rng = random.Random(7)
for _ in range(runs):
    form = fields(rng)
    status, _, _, ms = call("/fr/autodiagnostic", {**{k: form[k] for k in ("sector", "sizeBand", "department")}, "step": "0", "action": "next"})
    assert status == 200, f"step 1: {status}"
    step.append(ms)
    status, headers, _, ms = call("/fr/autodiagnostic", {**form, "step": str(last_step), "action": "submit"})
    assert status == 303, f"submit: {status}"
    submit.append(ms)
    status, _, text, ms = call(headers["Location"])
    assert status == 200 and "/100" in text, f"result: {status}"
    result.append(ms)

print(f"\n{runs} questionnaires, one at a time (ms)        median      p95      max")
worst = max(row("business step (POST next, page re-rendered)", step),
            row("whole questionnaire (POST submit, 303)", submit),
            row("result page with its plan (GET)", result))
print(f"target: p95 under 200 ms; worst p95 {worst:.1f} ms -> {'met' if worst < 200 else 'MISSED'}")

# M more results, written as the app writes them (EF Core's SQLite formats: upper-case GUID text, UTC text dates).
regions = {"35": "53", "29": "53", "59": "32", "62": "32", "13": "93", "69": "84", "75": "11", "33": "75", "31": "76", "44": "52", "67": "44", "974": "04"}
db = sqlite3.connect(database, timeout=30)
started = time.perf_counter()
with db:
    next_id = (db.execute("SELECT COALESCE(MAX(Id), 0) FROM diagnostic_results").fetchone()[0]) + 1
    page_key = page["key"].upper()
    rows, scores = [], []
    for i in range(results):
        department, sector, size = rng.choice(departments), rng.choice(sectors), rng.choice(sizes)
        dimension_scores = [rng.randint(0, 100) for _ in dimensions]
        rows.append((next_id + i, uuid.uuid4().hex + uuid.uuid4().hex, page_key, "fr", sector, size, department,
                     regions[department], round(sum(dimension_scores) / len(dimension_scores)), "{}", "2026-11-24 09:00:00"))
        scores.extend((next_id + i, key.upper(), score, regions[department], sector, size) for (key, _), score in zip(dimensions, dimension_scores))
    db.executemany("INSERT INTO diagnostic_results (Id, TokenHash, QuestionnaireKey, Culture, Sector, SizeBand, Department, Region, Overall, Answers, CreatedAt) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO diagnostic_scores (ResultId, DimensionKey, Score, Region, Sector, SizeBand) VALUES (?, ?, ?, ?, ?, ?)", scores)
print(f"\nwrote {results:,} results ({len(scores):,} dimension scores) in {time.perf_counter() - started:.1f} s")

query = {"query": "{ selfDiagnosticIndicators(culture: \"fr\") { totalResults groups { axis code count overall } } }"}
page_ms, graphql_ms = [], []
for _ in range(5):
    status, _, text, ms = call(f"/fr/autodiagnostic/indicateurs?mesure={len(page_ms)}")  # a new URL: not from the output cache
    assert status == 200, f"indicators page: {status}"
    page_ms.append(ms)
    status, _, text, ms = call("/graphql", json_body=query)
    assert status == 200 and '"totalResults"' in text, f"graphql: {status} {text[:200]}"
    graphql_ms.append(ms)
total = json.loads(text)["data"]["selfDiagnosticIndicators"]["totalResults"]
print(f"\nindicators over {total:,} results, computed on every call (ms)   median      p95      max")
worst = max(row("indicators page (GET, charts and tables)", page_ms), row("GraphQL selfDiagnosticIndicators", graphql_ms))
print(f"target: under 1,000 ms; worst {worst:.1f} ms -> {'met' if worst < 1000 else 'MISSED'}")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
