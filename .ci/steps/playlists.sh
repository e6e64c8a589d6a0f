#!/usr/bin/env bash
# CI step of the playlists/auth/stream-URL/PostgreSQL work: the control plane's integration tests
# against PostgreSQL. Idempotent; Debian; runs as root after `mvn verify`.
set -euo pipefail
exec "$(dirname "$0")/postgres.sh"
