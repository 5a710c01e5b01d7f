# Shared by the benchmark scripts (sourced): a temp folder, the Release site built and started from its
# bin folder, and a cleanup that stops only the site the script started.
#
#   source tests/bench-common.sh
#   bench_init bench-site                  # ROOT, BIN, WORK, SITE_PID; cleanup on exit
#   bench_build_site                       # unless BENCH_NO_BUILD=1 and it is built already
#   bench_start_site http://127.0.0.1:PORT Brand__DataPath="$WORK" …   # sets SITE_PID; log in $WORK/site.log
#   bench_seed ACTORS                      # $WORK/brand.db of generated actors; CONFIG and ROUTE set
#   bench_need_wrk; bench_free_port        # wrk installed; PORT and BASE set
#   bench_wait_health 200 [PATTERN]        # until /health answers (and its body matches)
#   measure LABEL PATH [LUA]               # wrk on one path: RPS[LABEL], P50[LABEL], P99[LABEL]

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

# Installs wrk with apt-get when it is missing (root only).
bench_need_wrk() {
  command -v wrk >/dev/null && return
  echo "==> apt-get install wrk"
  [[ $(id -u) -eq 0 ]] || { echo "$BENCH_NAME: wrk is missing and we are not root: apt-get install wrk" >&2; exit 1; }
  local apt_opts=(-q -o Acquire::Retries=3 -o DPkg::Lock::Timeout=600)
  DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update </dev/null >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends wrk </dev/null >/dev/null
}

# Sets PORT and BASE: BENCH_PORT when free, else a free port picked at random.
bench_free_port() {
  port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
  if [[ -n "${BENCH_PORT:-}" ]]; then
    PORT="$BENCH_PORT"
    port_free "$PORT" || { echo "$BENCH_NAME: something already answers on 127.0.0.1:$PORT" >&2; exit 1; }
  else
    PORT=""
    for candidate in $(shuf -i 20000-39999 -n 50); do
      if port_free "$candidate"; then PORT="$candidate"; break; fi
    done
    [[ -n "$PORT" ]] || { echo "$BENCH_NAME: found no free port" >&2; exit 1; }
  fi
  BASE="http://127.0.0.1:$PORT"
}

# bench_wait_health STATUS [GREP_PATTERN]: waits (TIMEOUT s) until GET /health answers STATUS and, when given,
# its body matches the pattern; stops the script with the site log when the site dies or time runs out.
bench_wait_health() {
  local want="$1" pattern="${2:-}" body code
  while true; do
    body="$(curl -s -w '\n%{http_code}' --max-time 2 "$BASE/health" || true)"
    code="${body##*$'\n'}"
    if [[ "$code" == "$want" ]] && { [[ -z "$pattern" ]] || grep -q -- "$pattern" <<<"$body"; }; then
      return
    fi
    if ! kill -0 "$SITE_PID" 2>/dev/null; then
      tail -n 40 "$WORK/site.log"
      echo "$BENCH_NAME: the site exited before /health answered $want" >&2
      exit 1
    fi
    if (($(date +%s) - START > TIMEOUT)); then
      tail -n 40 "$WORK/site.log"
      echo "$BENCH_NAME: /health did not answer $want${pattern:+ with $pattern} within ${TIMEOUT} s" >&2
      exit 1
    fi
    sleep 0.2
  done
}
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
    echo "$BENCH_NAME: $path: $result" >&2
    exit 1
  fi
  read -r rps p50 p99 errors <<<"$result"
  # Timeouts or resets under saturation are reported, not hidden; the ratio still decides.
  [[ "$errors" == "0" ]] || echo "    $path: $errors socket errors (keep the wrk output with BENCH_KEEP=1)"
  RPS[$label]="$rps" P50[$label]="$p50" P99[$label]="$p99"
}


# bench_seed ACTORS: builds tests/Brand.Benchmarks and seeds $WORK/brand.db with its generated site.
# Sets CONFIG (the config folder written beside it) and ROUTE (one actor's URL).
bench_seed() {
  echo "==> dotnet build -c Release tests/Brand.Benchmarks"
  dotnet build -c Release --disable-build-servers -v q -nologo tests/Brand.Benchmarks >>"$WORK/build.log" 2>&1 ||
    { tail -n 30 "$WORK/build.log"; echo "$BENCH_NAME: tests/Brand.Benchmarks does not build" >&2; exit 1; }
  echo "==> seed $1 published actors into $WORK/brand.db"
  dotnet run -c Release --no-build --project tests/Brand.Benchmarks -- seed-db "$WORK/brand.db" "$1" | tee "$WORK/seed.log"
  CONFIG="$(sed -n 's/^config: //p' "$WORK/seed.log")"
  ROUTE="$(sed -n 's/^sample-route: //p' "$WORK/seed.log")"
  [[ -d "$CONFIG" && -n "$ROUTE" ]] || { echo "$BENCH_NAME: seed-db printed no config folder or route" >&2; exit 1; }
}
