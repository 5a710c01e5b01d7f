# Shared by the benchmark scripts (sourced): a temp folder, the Release site built and started from its
# bin folder, and a cleanup that stops only the site the script started.
#
#   source tests/bench-common.sh
#   bench_init bench-site                  # ROOT, BIN, WORK, SITE_PID; cleanup on exit
#   bench_build_site                       # unless BENCH_NO_BUILD=1 and it is built already
#   bench_start_site http://127.0.0.1:PORT Brand__DataPath="$WORK" …   # sets SITE_PID; log in $WORK/site.log

bench_init() {
  BENCH_NAME="$1"
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cd "$ROOT"
  BIN="$ROOT/cms/Brand.Cms/bin/Release/net10.0"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/brand-$BENCH_NAME.XXXXXX")"
  SITE_PID=""
  trap bench_cleanup EXIT
}

bench_cleanup() {
  # Stop only the site process this script started, by its id.
  if [[ -n "$SITE_PID" ]] && kill -0 "$SITE_PID" 2>/dev/null; then
    kill "$SITE_PID" 2>/dev/null || true
    wait "$SITE_PID" 2>/dev/null || true
  fi
  if [[ -n "${BENCH_KEEP:-}" ]]; then
    echo "kept: $WORK (site log: $WORK/site.log)"
  else
    rm -rf -- "$WORK"
  fi
}

bench_build_site() {
  if [[ -n "${BENCH_NO_BUILD:-}" && -f "$BIN/Brand.Cms.dll" ]]; then
    echo "==> BENCH_NO_BUILD: using the existing $BIN/Brand.Cms.dll"
    return
  fi
  echo "==> dotnet build -c Release cms/Brand.Cms"
  dotnet build -c Release --disable-build-servers -v q -nologo cms/Brand.Cms >"$WORK/build.log" 2>&1 ||
    { tail -n 30 "$WORK/build.log"; echo "$BENCH_NAME: cms/Brand.Cms does not build" >&2; exit 1; }
}

# bench_start_site URL [NAME=VALUE…]: the environment assignments apply to the site only.
bench_start_site() {
  local url="$1"
  shift
  (
    cd "$BIN" # the content root (appsettings.json, static web assets manifest), as in a deployment
    exec env "$@" dotnet Brand.Cms.dll --urls "$url"
  ) >"$WORK/site.log" 2>&1 &
  SITE_PID=$!
}
