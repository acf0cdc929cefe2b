# Sourced by .ci/run (bash): a throwaway PostgreSQL server for the tests of
# orderstore/postgres. It installs the Debian package postgresql when no
# server binaries are found, creates a cluster in a temporary folder owned
# by an unprivileged user, starts it on 127.0.0.1 on a free port, exports
# its address as BEIAN_PG_DSN (the one variable the PostgreSQL tests and
# benchmarks read), and stops it and removes the folder when the shell
# exits, also on failure or interruption.
#
# By hand:   source .ci/postgres.sh && (cd orderstore && go test ./...)

beian_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

beian_pg_start() {
  local bin sudo="" user=""
  if ! bin=$(beian_pg_bin); then
    echo "== postgres: installing the Debian package postgresql"
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(beian_pg_bin) || { echo "postgres: no initdb/pg_ctl after installing postgresql" >&2; return 1; }
  fi

  BEIAN_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/beian-pg.XXXXXX")
  chmod 755 "$BEIAN_PG_DIR"
  # PostgreSQL refuses to run as root: run it as nobody.
  if [ "$(id -u)" -eq 0 ]; then
    user=nobody
    chown "$user" "$BEIAN_PG_DIR"
  fi
  beian_pg_as() {
    if [ -n "$user" ]; then
      (cd "$BEIAN_PG_DIR" && runuser -u "$user" -- "$@")
    else
      "$@"
    fi
  }
  BEIAN_PG_CTL="$bin/pg_ctl"
  BEIAN_PG_USER="$user"

  trap beian_pg_stop EXIT
  trap 'exit 130' INT TERM

  beian_pg_as "$bin/initdb" -D "$BEIAN_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$BEIAN_PG_DIR/initdb.log" 2>&1 ||
    { cat "$BEIAN_PG_DIR/initdb.log" >&2; return 1; }

  local port try
  for try in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 20000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi # taken
    if beian_pg_as "$bin/pg_ctl" -D "$BEIAN_PG_DIR/data" -l "$BEIAN_PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $BEIAN_PG_DIR -c max_connections=200" start >/dev/null; then
      export BEIAN_PG_DSN="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
      echo "== postgres: $("$bin/postgres" --version) on 127.0.0.1:$port (data in $BEIAN_PG_DIR)"
      return 0
    fi
  done
  echo "postgres: the server did not start:" >&2
  cat "$BEIAN_PG_DIR/server.log" >&2 || true
  return 1
}

beian_pg_stop() {
  local status=$?
  if [ -n "${BEIAN_PG_DIR:-}" ] && [ -d "$BEIAN_PG_DIR" ]; then
    if [ -f "$BEIAN_PG_DIR/data/postmaster.pid" ]; then
      if [ -n "${BEIAN_PG_USER:-}" ]; then
        (cd "$BEIAN_PG_DIR" && runuser -u "$BEIAN_PG_USER" -- "$BEIAN_PG_CTL" -D "$BEIAN_PG_DIR/data" -m fast -w stop >/dev/null 2>&1) || true
      else
        "$BEIAN_PG_CTL" -D "$BEIAN_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
      fi
    fi
    rm -rf "$BEIAN_PG_DIR"
  fi
  unset BEIAN_PG_DSN BEIAN_PG_DIR
  return $status
}

beian_pg_start
