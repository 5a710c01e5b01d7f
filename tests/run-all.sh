#!/usr/bin/env bash
# Runs every test project of Brand.sln on this machine, installing what the tests need.
#
#   bash tests/run-all.sh                                        # everything
#   bash tests/run-all.sh --filter "FullyQualifiedName~Publishing" # extra args go to every `dotnet test`
#
# Steps: apt-installs what is missing (chromium for Playwright, a PostgreSQL server, fonts),
# builds Brand.sln once in Release, starts a throwaway PostgreSQL on 127.0.0.1 (exported as
# BRAND_TEST_POSTGRES), runs each tests/*/*.csproj marked <IsTestProject>true</IsTestProject>
# one after the other, adds up their TRX counters and stops the server again.
# The last line printed is always `N passed, N failed` (`, N skipped` when some were skipped);
# the exit code is 0 only when nothing failed and at least one test passed.
#
# Environment knobs (all optional):
#   BRAND_TEST_RESULTS_DIR   keep the TRX files there instead of in a temp folder
#   BRAND_TEST_HANG_TIMEOUT  a single test project's hang limit for --blame-hang-timeout (default 20m)
#
# Needs root (apt-get, and the server runs as user postgres), as on the project's machines and CI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DEBIAN_FRONTEND=noninteractive

# shellcheck source=tests/postgres.sh
source "$ROOT/tests/postgres.sh"

PASSED=0
FAILED=0
SKIPPED=0
FINISHED=0   # 1 once the counts above are final; anything else on exit counts as a failure
WORK=""
CHILD=""     # process group of the running `dotnet test`, killed if we are interrupted

# Runs "$@" in its own process group and waits for it, so that Ctrl-C or SIGTERM reach our
# traps at once (and the whole test host tree can be killed) instead of after the tests end.
run_child() {
  local rc=0
  setsid "$@" &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  return "$rc"
}

kill_child() {
  [[ -n "$CHILD" ]] || return 0
  local i
  kill -TERM -- "-$CHILD" 2>/dev/null || return 0
  for ((i = 0; i < 50; i++)); do
    kill -0 -- "-$CHILD" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$CHILD" 2>/dev/null || true
}

on_exit() {
  local rc=$?
  set +e
  trap - INT TERM
  kill_child
  brand_pg_stop >/dev/null 2>&1
  [[ -n "$WORK" ]] && rm -rf -- "$WORK"
  if [[ $FINISHED -ne 1 ]]; then
    echo "run-all.sh: stopped early (exit code $rc)" >&2
    [[ $FAILED -ge 1 ]] || FAILED=1
    [[ $rc -ne 0 ]] || rc=1
  fi
  local line="$PASSED passed, $FAILED failed"
  [[ $SKIPPED -gt 0 ]] && line+=", $SKIPPED skipped"
  echo "$line"
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n==> %s\n' "$*"; }

# --- 1. system packages ------------------------------------------------------------------------
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
pkg_installed fonts-dejavu-core || missing+=(fonts-dejavu-core)
[[ -n "$(brand_pg_find_bin)" ]] || missing+=(postgresql)
if [[ ${#missing[@]} -gt 0 ]]; then
  step "apt-get install ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "run-all.sh: missing packages (${missing[*]}) and not root: install them first" >&2
    exit 1
  fi
  apt_opts=(-q -o Acquire::Retries=3 -o DPkg::Lock::Timeout=600)
  apt-get "${apt_opts[@]}" update </dev/null
  apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null
fi
if [[ ! -x /usr/bin/chromium ]]; then
  echo "run-all.sh: /usr/bin/chromium is still missing" >&2
  exit 1
fi

# --- 2. build ----------------------------------------------------------------------------------
if [[ -n "${BRAND_TEST_RESULTS_DIR:-}" ]]; then
  mkdir -p "$BRAND_TEST_RESULTS_DIR"
  RESULTS="$(cd "$BRAND_TEST_RESULTS_DIR" && pwd)"
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/brand-tests.XXXXXX")"
else
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/brand-tests.XXXXXX")"
  RESULTS="$WORK/results"
fi

step "dotnet build Brand.sln -c Release"
# No build servers: nothing of ours lingers after the run (CI waits on its output pipes).
if ! dotnet build Brand.sln -c Release --disable-build-servers 2>&1 | tee "$WORK/build.log"; then
  echo
  echo "BUILD FAILED. Errors:"
  if ! grep -E ':[[:space:]]*error[[:space:]]*[A-Za-z]*[0-9]*[[:space:]]*:' "$WORK/build.log" | sort -u; then
    tail -n 40 "$WORK/build.log"
  fi
  FAILED=1
  FINISHED=1
  exit 1
fi

# --- 3. test projects --------------------------------------------------------------------------
shopt -s nullglob
projects=()
for f in tests/*/*.csproj; do
  if grep -Eqi '<IsTestProject>[[:space:]]*true[[:space:]]*</IsTestProject>' "$f"; then
    projects+=("$f")
  fi
done
shopt -u nullglob
if [[ ${#projects[@]} -eq 0 ]]; then
  echo "run-all.sh: no test project (tests/*/*.csproj with <IsTestProject>true</IsTestProject>)" >&2
  FINISHED=1
  exit 1
fi

# --- 4. PostgreSQL -----------------------------------------------------------------------------
step "start a throwaway PostgreSQL"
if ! brand_pg_start; then
  FAILED=1
  FINISHED=1
  exit 1
fi

# --- 5. run ------------------------------------------------------------------------------------
# Reads one attribute of the TRX <Counters .../> element (0 when absent).
trx_counter() {
  local v
  v="$(tr -d '\r' <"$1" | tr '\n' ' ' | grep -o '<Counters [^>]*>' | head -n1 |
    grep -o "[[:space:]]$2=\"[0-9]*\"" | grep -o '[0-9][0-9]*')" || true
  printf '%s' "${v:-0}"
}

report=()
for proj in "${projects[@]}"; do
  name="$(basename "$proj" .csproj)"
  rdir="$RESULTS/$name"
  rm -rf -- "$rdir"
  step "dotnet test $proj $*"
  set +e
  run_child dotnet test "$proj" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$rdir" \
    --blame-hang-timeout "${BRAND_TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none \
    "$@"
  rc=$?
  set -e

  trx="$rdir/$name.trx"
  if [[ ! -f "$trx" ]]; then
    # Some loggers suffix the name; take whatever TRX this run wrote.
    trx="$(find "$rdir" -name '*.trx' -type f 2>/dev/null | head -n1 || true)"
  fi
  if [[ -z "$trx" || ! -f "$trx" ]]; then
    echo "run-all.sh: $name wrote no TRX (dotnet test exit code $rc): counted as 1 failed" >&2
    p=0 f=1 s=0
  else
    p="$(trx_counter "$trx" passed)"
    f=$(($(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted)))
    # VSTest leaves notExecuted at 0 for xunit skips; they show as total - executed.
    s="$(trx_counter "$trx" notExecuted)"
    t=$(($(trx_counter "$trx" total) - $(trx_counter "$trx" executed)))
    [[ $t -gt $s ]] && s=$t
    if [[ $rc -ne 0 && $f -eq 0 ]]; then
      echo "run-all.sh: $name: dotnet test exit code $rc with no failed test in its TRX (crash or abort?): counted as 1 failed" >&2
      f=1
    fi
  fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  SKIPPED=$((SKIPPED + s))
  report+=("$(printf '  %-40s passed %d, failed %d, skipped %d' "$name" "$p" "$f" "$s")")
done

step "summary"
printf '%s\n' "${report[@]}"
FINISHED=1
if [[ $FAILED -eq 0 && $PASSED -gt 0 ]]; then
  exit 0
fi
[[ $PASSED -gt 0 ]] || echo "run-all.sh: no test passed" >&2
exit 1
