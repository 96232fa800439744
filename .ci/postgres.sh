# Sourced by .ci/run: installs PostgreSQL from Debian's packages when missing, starts a
# throwaway server (its own data folder, port 55432, as the postgres user), creates a
# database and exports ENTENTE_TEST_PG_URL, so the store tests run on both engines.
# The server is stopped when .ci/run exits.
entente_pg_start() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "postgres: not root or no apt-get; the PostgreSQL store tests will be skipped" >&2
    return 0
  fi
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  ENTENTE_PG_DATA=$(mktemp -d /tmp/entente-pg.XXXXXX)   # /tmp: the postgres user reaches it
  chown postgres "$ENTENTE_PG_DATA"
  su postgres -s /bin/sh -c "'$bin/initdb' -D '$ENTENTE_PG_DATA' -A trust -U postgres" >/dev/null
  su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$ENTENTE_PG_DATA' -l '$ENTENTE_PG_DATA/server.log' -w \
      -o \"-p 55432 -k '$ENTENTE_PG_DATA' -c listen_addresses=127.0.0.1\" start" >/dev/null
  ENTENTE_PG_CTL="$bin/pg_ctl"
  trap entente_pg_stop EXIT
  su postgres -s /bin/sh -c "'$bin/createdb' -h 127.0.0.1 -p 55432 -U postgres entente_test"
  export ENTENTE_TEST_PG_URL="postgresql://postgres@127.0.0.1:55432/entente_test"
  echo "postgres: server up for the store tests ($ENTENTE_TEST_PG_URL)" >&2
}

entente_pg_stop() {
  su postgres -s /bin/sh -c "'$ENTENTE_PG_CTL' -D '$ENTENTE_PG_DATA' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$ENTENTE_PG_DATA"
}

entente_pg_start
