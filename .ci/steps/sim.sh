#!/usr/bin/env bash
# Called by .ci/run after `mvn verify`. The scenarios themselves run inside `mvn verify`
# (simulators' ScenariosIT, one fresh stack per file in simulators/scenarios). This step needs no
# packages: it prints each scenario's report summary and fails if any scenario did not run or did
# not pass (a scenario marked known_issue is expected to fail; ScenariosIT enforces that).
# Idempotent; reads only simulators/target/scenario-reports.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REPORTS="$ROOT/simulators/target/scenario-reports"
status=0
for f in "$ROOT"/simulators/scenarios/*.yaml; do
  name="$(basename "$f")"
  r="$REPORTS/$name.json"
  if [[ ! -f "$r" ]]; then
    echo "sim: no report for $name (did ScenariosIT run?)" >&2
    status=1
  elif ! grep -q '"known_issue" : ""' "$r"; then
    echo "sim: KNOWN ISSUE $name (expected to fail): $(tr -d '\n' < "$r" | sed -n 's/.*"known_issue" : "\([^"]*\)".*/\1/p')"
  elif grep -q '"passed" : true' "$r"; then
    ttfa="$(tr -d '\n ' < "$r" | sed -n 's/.*"ttfa_ms":{"n":\([0-9]*\),"p50":\([^,]*\),"p99":\([^}]*\)}.*/n=\1 p50=\2 p99=\3/p')"
    echo "sim: PASSED $name  ttfa_ms $ttfa"
  else
    echo "sim: FAILED $name: $(tr -d '\n' < "$r" | sed -n 's/.*"failures" : \[\(.*\)\].*/\1/p')" >&2
    status=1
  fi
done
exit "$status"
