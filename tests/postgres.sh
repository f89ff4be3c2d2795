#!/usr/bin/env bash
# Sourced by tests/run-all.sh: starts a private PostgreSQL cluster on 127.0.0.1 for the tests tagged
# Category=Postgres and exports OUTLOOKRELATIONS_TEST_POSTGRES. Installs PostgreSQL from Debian's
# packages when it is missing and we are root. Leaves an existing OUTLOOKRELATIONS_TEST_POSTGRES alone.
# Without a server those tests skip and say so; they never pass without running.

outlookrelations_pg_data=""

start_test_postgres() {
  [ -n "${OUTLOOKRELATIONS_TEST_POSTGRES:-}" ] && return 0
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$pgbin" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the Category=Postgres tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  if [ -z "$pgbin" ] || [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL tests will be skipped: no PostgreSQL server (set OUTLOOKRELATIONS_TEST_POSTGRES to use one)."
    return 0
  fi
  local port=5433
  outlookrelations_pg_data=$(mktemp -d /tmp/outlookrelations-pg.XXXXXX)
  chown postgres:postgres "$outlookrelations_pg_data" && chmod 700 "$outlookrelations_pg_data"
  runuser -u postgres -- "$pgbin/initdb" -D "$outlookrelations_pg_data" -U postgres --auth=trust -E UTF8 >/dev/null
  # A stale cluster from an interrupted run may still hold the port.
  while (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$outlookrelations_pg_data" -l "$outlookrelations_pg_data/log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  export OUTLOOKRELATIONS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL for the tests: 127.0.0.1:$port"
}

stop_test_postgres() {
  [ -n "$outlookrelations_pg_data" ] || return 0
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$outlookrelations_pg_data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$outlookrelations_pg_data"
}
