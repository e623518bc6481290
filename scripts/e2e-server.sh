#!/usr/bin/env bash
# Starts the production build for the end-to-end suite on a freshly prepared database.
set -euo pipefail
PORT="${1:-3200}"
export APP_ENV=test
export AUTH_SECRET="${AUTH_SECRET:-e2e-secret-for-tests-only-0123456789abcdef}"
export APP_URL="http://127.0.0.1:${PORT}"
export OUTBOX_POLL_SECONDS=2
# Tests read the mailbox: no digest of the plans' daily job may land in it unasked.
export DAILY_JOB_INTERVAL_MINUTES=0
# Every suite's browser comes from 127.0.0.1: the per-client limits are raised, not removed.
export RATE_LIMIT_FACTOR="${RATE_LIMIT_FACTOR:-20}"
# The landing counts are compared with the database right after other tests changed it.
export PUBLIC_COUNTS_CACHE_SECONDS=0
# The observatory is read right after tests validate evaluations.
export OBSERVATORY_CACHE_SECONDS=0
if [ -z "${DATABASE_URL:-}" ]; then
  export PGLITE_DIR="${E2E_PGLITE_DIR:-.data/e2e}"
  rm -rf "$PGLITE_DIR"
fi
npx tsx scripts/reset-e2e-db.ts
exec node_modules/.bin/next start -p "$PORT" -H 127.0.0.1
