#!/usr/bin/env bash
# Benchmark of `export-static DIR` (the emergency static mirror). Target: 10,000 pages in under 60 s on the
# 2-core project machine.
#
#   bash tests/bench-static-export.sh              # 5,000 generated actors: 10,004 pages + the directory's pages
#   bash tests/bench-static-export.sh 20000        # another size
#   BENCH_NO_BUILD=1 BENCH_KEEP=1 bash tests/bench-static-export.sh   # reuse the Release build; keep the mirror
#   BENCH_CONCURRENCY=8 bash tests/bench-static-export.sh             # pages requested at once (default 6)
#
# Steps: builds the site and tests/Brand.Benchmarks in Release, seeds a SQLite database with the benchmarks'
# generated site (home, directory, N actors, all in fr and en), then runs the real command from the bin
# folder twice: the first run builds the search index (the directory reads it) and is not timed; the
# second is the figure, as an export on a running installation would be (index on disk). Each run starts the
# whole site on a loopback port, renders every page of both cultures (actors, directory by page and by
# region, feeds, sitemap) through it and rewrites their links. Prints pages, seconds and pages/s from the
# command's summary, and PASS when 10,000 pages or more took under 60 s. Only 127.0.0.1 is contacted.
set -euo pipefail

ACTORS="${1:-5000}"
TARGET_SECONDS=60
CONCURRENCY="${BENCH_CONCURRENCY:-6}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_init bench-static-export
bench_build_site
bench_seed "$ACTORS"

export_once() {
  (
    cd "$BIN"
    env Brand__DataPath="$WORK" Brand__ConfigPath="$CONFIG" Brand__SeedOnEmptyDatabase=false \
      StaticExport__PublicBaseUrl=https://croissance-connectee.gouv.fr StaticExport__Concurrency="$CONCURRENCY" \
      Logging__LogLevel__Default=Warning \
      dotnet Brand.Cms.dll export-static "$WORK/mirror"
  ) >"$WORK/export-$1.log" 2>&1 || { local rc=$?; tail -n 30 "$WORK/export-$1.log"; echo "bench-static-export: the export failed (exit $rc)" >&2; exit 1; }
}

echo "==> export-static, first run (builds the search index of $ACTORS actors)"
export_once first
grep '^Static mirror' "$WORK/export-first.log" | sed 's/^/    /'

echo "==> export-static, measured run ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average: /'))"
# bash's time keyword: wall, and the CPU the export's process used (user + sys), which other processes on the
# 2 cores do not inflate: (user + sys) / 2 is the wall time the same work needs on two idle cores.
TIMEFORMAT='%R %U %S'
{ time export_once measured; } 2>"$WORK/time.txt"
read -r WALL USER_S SYS_S <"$WORK/time.txt"
CPU="$(awk -v u="$USER_S" -v s="$SYS_S" 'BEGIN { printf "%.1f", u + s }')"
SUMMARY="$(grep '^Static mirror' "$WORK/export-measured.log")"
echo "    $SUMMARY"
PAGES="$(sed -E 's/.*: ([0-9,]+) pages,.*/\1/' <<<"$SUMMARY" | tr -d ,)"
RENDER="$(sed -E 's/.*rendered and written in ([0-9.]+) s.*/\1/' <<<"$SUMMARY")"
HTML="$(find "$WORK/mirror" -name '*.html' | wc -l)"

echo
printf '%-34s %s\n' "pages (HTML files written)" "$PAGES ($HTML)"
printf '%-34s %s s\n' "whole command (process start→exit)" "$WALL"
printf '%-34s %s s\n' "pages rendered and written" "$RENDER"
printf '%-34s %s\n' "pages/s (whole command)" "$(awk -v p="$PAGES" -v s="$WALL" 'BEGIN { printf "%.0f", p / s }')"
printf '%-34s %s s (%s s on 2 idle cores)\n' "CPU used by the export (user+sys)" "$CPU" "$(awk -v c="$CPU" 'BEGIN { printf "%.1f", c / 2 }')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) (others' work on the 2 cores lengthens the wall time)"
VERDICT="$(awk -v p="$PAGES" -v s="$WALL" -v t="$TARGET_SECONDS" 'BEGIN { print (p >= 10000 && s < t ? "PASS" : "FAIL") }')"
echo "target: >= 10,000 pages in < $TARGET_SECONDS s (whole command): $VERDICT"
[[ "$VERDICT" == "PASS" ]]
