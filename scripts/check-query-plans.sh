#!/usr/bin/env bash
# Issue 9's query-plan check at network scale: a throwaway PostgreSQL 15, migrated, the `network` synthetic
# clinic network generated into it (about 10 minutes on 2 cores), then every hot path's statements EXPLAINed.
# With PLANS_DATABASE_URL already set (a database holding synthetic-network-1), only the check runs.
# Usage: scripts/check-query-plans.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${PLANS_DATABASE_URL:-}" ]; then
  exec env -u DATABASE_URL npx vitest run --project api src/server/performance
fi
exec scripts/throwaway-postgres.sh bash -c '
  set -euo pipefail
  npx tsx src/cli/main.ts migrate
  npx tsx src/cli/main.ts generate --scale network --seed 1
  PLANS_DATABASE_URL="$DATABASE_URL" env -u DATABASE_URL npx vitest run --project api src/server/performance
'
