#!/usr/bin/env bash
# Sourced by ./test: starts a throwaway PostgreSQL cluster on 127.0.0.1 for the data tests and exports
# GONGKAI_TEST_POSTGRES; stop_test_postgres (called from ./test's exit trap) stops it and removes its files.
# Its own data directory and a free port from 55432 up, so a server already running on 5432 is left alone.
# PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` user the Debian package creates.

start_test_postgres() {
  if [ -n "${GONGKAI_TEST_POSTGRES:-}" ]; then
    echo "test: using GONGKAI_TEST_POSTGRES from the environment" >&2
    return 0
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test: PostgreSQL binaries not found; PostgreSQL tests are skipped" >&2
    return 0
  fi
  as_pg=(); [ "$(id -u)" -ne 0 ] || as_pg=(runuser -u postgres --)
  test_pg_dir="$(mktemp -d /tmp/gongkai-pg.XXXXXX)"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$test_pg_dir"
  local port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  "${as_pg[@]}" "$bin/initdb" -D "$test_pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$test_pg_dir/initdb.log" 2>&1 \
    || { cat "$test_pg_dir/initdb.log" >&2; return 1; }
  # Loopback only, socket in its own directory, no fsync: the data is thrown away at exit.
  "${as_pg[@]}" "$bin/pg_ctl" -D "$test_pg_dir/data" -l "$test_pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $test_pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$test_pg_dir/server.log" >&2; return 1; }
  test_pg_ctl=("${as_pg[@]}" "$bin/pg_ctl" -D "$test_pg_dir/data")
  export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "test: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_test_postgres() {
  if [ -n "${test_pg_dir:-}" ]; then
    "${test_pg_ctl[@]}" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$test_pg_dir"
    test_pg_dir=""
  fi
}
