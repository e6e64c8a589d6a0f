#!/usr/bin/env bash
# Runs the control plane's repository and API integration tests against a real PostgreSQL
# (Debian's package), beside the embedded H2 run of `mvn verify`. Idempotent; runs as root.
#
# A private cluster "tonearm-ci" on port $TONEARM_PG_PORT (default 55432) with its data under
# $TONEARM_PG_DIR (default /tmp/tonearm-ci-postgres), so it never touches a system cluster; it is
# stopped again on exit. Each test's control plane gets its own schema (TestDatabase).
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${TONEARM_PG_PORT:-55432}"
DIR="${TONEARM_PG_DIR:-/tmp/tonearm-ci-postgres}"
CLUSTER=tonearm-ci

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get install -y postgresql >/dev/null
fi
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"

if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
    rm -rf "$DIR"
    # Failed-start tests leave small pools behind; allow more than the default 100 connections.
    pg_createcluster -p "$PORT" -d "$DIR" -o max_connections=300 "$VERSION" "$CLUSTER" >/dev/null
fi
if ! pg_ctlcluster "$VERSION" "$CLUSTER" status >/dev/null 2>&1; then
    pg_ctlcluster "$VERSION" "$CLUSTER" start
fi
trap 'pg_ctlcluster "$VERSION" "$CLUSTER" stop || true' EXIT

psql_admin() { su postgres -c "psql -q -p $PORT -v ON_ERROR_STOP=1 $*"; }
if [ -z "$(psql_admin "-tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'tonearm'\"")" ]; then
    psql_admin "-c \"CREATE ROLE tonearm LOGIN PASSWORD 'tonearm'\""
fi
if [ -z "$(psql_admin "-tAc \"SELECT 1 FROM pg_database WHERE datname = 'tonearm'\"")" ]; then
    psql_admin "-c \"CREATE DATABASE tonearm OWNER tonearm\""
fi
# Schemas left by an earlier run are dropped, so the database does not grow run after run.
psql_admin "-d tonearm -tAc \"SELECT 'DROP SCHEMA ' || nspname || ' CASCADE;' FROM pg_namespace WHERE nspname LIKE 'it\\_%'\"" \
    | su postgres -c "psql -q -p $PORT -d tonearm" >/dev/null

mvn -B -q -pl auth-tokens install -DskipTests
# The unit tests do not touch a database; the repository and API tests (*IT) run against PostgreSQL,
# among them GeneratedCatalogIT (the generator's unnest inserts, reindex, search over its catalog)
# and PlaylistSearchIT (public playlists in search).
mvn -B -pl control-plane verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtonearm.it.postgres="jdbc:postgresql://127.0.0.1:$PORT/tonearm" \
    -Dtonearm.it.postgres.user=tonearm -Dtonearm.it.postgres.password=tonearm
