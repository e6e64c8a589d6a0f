#!/usr/bin/env bash
# hubsess: the connect hub's session store against a real PostgreSQL (the JDBC store's contract test).
# Idempotent; Debian; runs as root after `mvn verify` (which built and installed the modules).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
fi
# Start the default cluster if it is not running (pg_lsclusters: Ver Cluster Port Status ...).
read -r ver cluster port status _ < <(pg_lsclusters -h | head -n1)
if [ "$status" != "online" ]; then
  pg_ctlcluster "$ver" "$cluster" start
fi
su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='tonearm_hub'\"" | grep -q 1 \
  || su postgres -c "psql -p $port -c \"CREATE ROLE tonearm_hub LOGIN PASSWORD 'tonearm_hub'\""
su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='tonearm_hub'\"" | grep -q 1 \
  || su postgres -c "psql -p $port -c \"CREATE DATABASE tonearm_hub OWNER tonearm_hub\""

TONEARM_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/tonearm_hub" \
TONEARM_TEST_POSTGRES_USER=tonearm_hub TONEARM_TEST_POSTGRES_PASSWORD=tonearm_hub \
  mvn -B -q -o -pl connect-hub verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=PostgresSessionStoreIT -Dfailsafe.failIfNoSpecifiedTests=false
echo "hubsess: PostgreSQL session store OK"
