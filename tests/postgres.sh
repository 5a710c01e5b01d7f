# Throwaway PostgreSQL server for the test run. Sourced by tests/run-all.sh.
#
#   source tests/postgres.sh
#   brand_pg_start        # starts a fresh cluster on 127.0.0.1, exports BRAND_TEST_POSTGRES
#   ...                   # run tests
#   brand_pg_stop         # stops it (by the PID in postmaster.pid) and removes its folder
#
# The cluster lives in a `mktemp -d` folder owned by user postgres, listens on 127.0.0.1 only,
# on the first free port from 55432 up, with its unix socket inside that folder, so it never
# collides with a distro cluster (port 5432, /var/run/postgresql). brand_pg_stop is idempotent
# and safe to call from an EXIT trap even when brand_pg_start failed half-way.
# Needs root (it runs the server as user postgres).

BRAND_PG_DIR=""
BRAND_PG_DATA=""
BRAND_PG_BIN=""
BRAND_PG_PASSWORD="postgres"

# Newest /usr/lib/postgresql/<ver>/bin holding a server, or empty.
brand_pg_find_bin() {
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]] || continue
    if [[ -z "$best" ]] || [[ "$(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n1)" == "$d" ]]; then
      best="$d"
    fi
  done
  printf '%s' "$best"
}

# True when something already listens on 127.0.0.1:$1.
brand_pg_port_busy() {
  if command -v ss >/dev/null 2>&1; then
    ss -Htln "sport = :$1" 2>/dev/null | grep -q . && return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Runs a command as user postgres from a folder that user can read.
brand_pg_as_postgres() {
  (cd "$BRAND_PG_DIR" && runuser -u postgres -- "$@")
}

brand_pg_start() {
  BRAND_PG_BIN="$(brand_pg_find_bin)"
  if [[ -z "$BRAND_PG_BIN" ]]; then
    echo "postgres.sh: no PostgreSQL server found under /usr/lib/postgresql/*/bin" >&2
    return 1
  fi
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres || return 1
  fi

  BRAND_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/brand-pg.XXXXXX")" && [[ -d "$BRAND_PG_DIR" ]] || {
    echo "postgres.sh: mktemp -d failed" >&2; BRAND_PG_DIR=""; return 1; }
  BRAND_PG_DATA="$BRAND_PG_DIR/data"
  { chmod 755 "$BRAND_PG_DIR" &&
    chown postgres: "$BRAND_PG_DIR" &&
    printf '%s\n' "$BRAND_PG_PASSWORD" >"$BRAND_PG_DIR/pwfile" &&
    chown postgres: "$BRAND_PG_DIR/pwfile" &&
    chmod 600 "$BRAND_PG_DIR/pwfile"; } || {
    echo "postgres.sh: could not prepare $BRAND_PG_DIR for user postgres" >&2; return 1; }

  echo "postgres.sh: initdb ($BRAND_PG_BIN) in $BRAND_PG_DATA"
  if ! brand_pg_as_postgres "$BRAND_PG_BIN/initdb" -D "$BRAND_PG_DATA" -U postgres \
      --pwfile="$BRAND_PG_DIR/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$BRAND_PG_DIR/initdb.log" 2>&1; then
    echo "postgres.sh: initdb failed:" >&2
    cat "$BRAND_PG_DIR/initdb.log" >&2
    return 1
  fi
  rm -f "$BRAND_PG_DIR/pwfile"

  # Throwaway data: trade durability for speed.
  cat >>"$BRAND_PG_DATA/postgresql.conf" <<EOF || return 1

# --- brand test run ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$BRAND_PG_DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  local port attempt=0
  for ((port = 55432; port < 55532; port++)); do
    brand_pg_port_busy "$port" && continue
    attempt=$((attempt + 1))
    if brand_pg_as_postgres "$BRAND_PG_BIN/pg_ctl" -D "$BRAND_PG_DATA" -l "$BRAND_PG_DIR/server.log" \
        -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      export BRAND_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$BRAND_PG_PASSWORD;Database=postgres"
      echo "postgres.sh: PostgreSQL $("$BRAND_PG_BIN/postgres" --version | sed -n 's/.*(PostgreSQL) \([^ ]*\).*/\1/p') up on 127.0.0.1:$port (pid $(brand_pg_pid))"
      return 0
    fi
    echo "postgres.sh: start on port $port failed; server log:" >&2
    tail -n 20 "$BRAND_PG_DIR/server.log" >&2 || true
    brand_pg_kill
    [[ $attempt -ge 5 ]] && break
  done
  echo "postgres.sh: could not start PostgreSQL" >&2
  return 1
}

brand_pg_pid() {
  [[ -n "$BRAND_PG_DATA" && -f "$BRAND_PG_DATA/postmaster.pid" ]] || return 1
  local pid
  pid="$(head -n1 "$BRAND_PG_DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')"
  [[ -n "$pid" ]] || return 1
  printf '%s' "$pid"
}

# Stops the postmaster by PID: fast shutdown, then immediate, then SIGKILL.
brand_pg_kill() {
  local pid i
  pid="$(brand_pg_pid)" || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -INT "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -QUIT "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.2
}

brand_pg_stop() {
  [[ -n "$BRAND_PG_DIR" ]] || return 0
  brand_pg_kill
  rm -rf -- "$BRAND_PG_DIR"
  BRAND_PG_DIR=""
  BRAND_PG_DATA=""
}
