#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on a free loopback port and runs the given command with
# DATABASE_URL pointing at it; the cluster is stopped and deleted on every exit path.
# Usage: scripts/throwaway-postgres.sh npm run test:pg
set -euo pipefail

pg_bin=""
for candidate in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")" /usr/lib/postgresql/15/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then pg_bin="$candidate"; break; fi
done
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL 15 server binaries (initdb, pg_ctl) not found; install postgresql-15" >&2
  exit 1
fi

run_as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

work_dir="$(mktemp -d /tmp/ketaclinic-pg.XXXXXX)"
chmod 755 "$work_dir"
[ "$(id -u)" = "0" ] && chown postgres "$work_dir"
data_dir="$work_dir/data"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

cleanup() {
  run_as_postgres "$pg_bin/pg_ctl" -D "$data_dir" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work_dir"
}
trap cleanup EXIT
trap "exit 130" INT TERM

run_as_postgres "$pg_bin/initdb" -D "$data_dir" -A trust -U postgres --data-checksums -E UTF8 --locale=C.UTF-8 >"$work_dir/initdb.log" 2>&1 \
  || { cat "$work_dir/initdb.log" >&2; exit 1; }
run_as_postgres "$pg_bin/pg_ctl" -D "$data_dir" -w -t 60 -l "$work_dir/server.log" \
  -o "-p $port -k $work_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
  || { cat "$work_dir/server.log" >&2; exit 1; }

echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port" >&2
export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
"$@"
