#!/usr/bin/env bash
# CI step for control-plane search (call from .ci/run after `mvn verify`, which builds
# control-plane/target/classes and classpath.txt). Search needs no system package: Lucene is
# embedded. This smoke-tests the catalog generator and the benchmark end to end on a small
# synthetic catalog in a throw-away data dir; it prints figures but fails only on errors.
# Idempotent: every run uses a fresh temporary directory. Takes about a minute on 2 cores.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CP="$ROOT/control-plane/target/classes:$(cat "$ROOT/control-plane/target/classpath.txt")"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT

run() {
  "$JAVA" -XX:+UseParallelGC -Xmx512m -Dtonearm.control.sample-pack="$ROOT/samples" -cp "$CP" \
    io.tonearm.control.generate.CatalogCommand "$@"
}

echo "search: generating a 20,000-track synthetic catalog"
run generate --tracks 20000 --data-dir "$DATA" | grep -v ' DEBUG '
echo "search: benchmark (figures are informative, not checked)"
run bench --data-dir "$DATA" --queries 100
