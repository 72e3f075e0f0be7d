#!/usr/bin/env bash
# `npm test`: every check, with the storage tests on SQLite and PostgreSQL. A throwaway PostgreSQL cluster is
# started for the run when the machine has PostgreSQL and TEST_DATABASE_URL is not set already; in CI it must.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    source scripts/test-postgres.sh
  elif [[ -n "${CI:-}" ]]; then
    echo "CI needs PostgreSQL for the storage tests: apt-get install -y postgresql (.ci/run does)." >&2
    exit 1
  else
    echo "PostgreSQL is not installed: the storage tests run on SQLite only (apt-get install -y postgresql for both)." >&2
  fi
fi

npm run test:all
