#!/usr/bin/env bash
# `npm test`: unit, integration and end-to-end suites; fails if any fails, and ends with a
# one-line total. Database: the PostgreSQL server when DATABASE_URL is set, embedded PGlite
# otherwise. The end-to-end suite runs a production build (built here unless SKIP_BUILD=1).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-reports && rm -f .test-reports/*.json  # stale reports must not count
status=0

echo "== unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=.test-reports/unit.json || status=1

echo "== integration tests ($([ -n "${DATABASE_URL:-}" ] && echo "PostgreSQL server" || echo "embedded PGlite"))"
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=.test-reports/integration.json || status=1

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  echo "== production build for the end-to-end tests"
  npx next build || status=1
fi

echo "== end-to-end tests (Chromium, next start, $([ -n "${DATABASE_URL:-}" ] && echo "PostgreSQL server" || echo "embedded PGlite"))"
PLAYWRIGHT_JSON_OUTPUT_NAME=.test-reports/e2e.json npx playwright test --reporter=list,json || status=1

node scripts/test-summary.mjs .test-reports/unit.json .test-reports/integration.json .test-reports/e2e.json || status=1
exit $status
