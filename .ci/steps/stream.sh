#!/usr/bin/env bash
# Streaming layer (docs/notes/stream.md): after `mvn verify`, measure streaming over a
# bandwidth-limited loopback link at 1.5x the file's bit rate and print the figures (time to the
# first decoded frame, underruns against a 200 ms sink buffer). It reports; it does not fail on
# timing. Needs only the JDK and the build output; idempotent; about 25 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE="$PWD/device-agent/decoder-jorbis/target/stream-bench.classpath"
mvn -B -q -o -pl device-agent/decoder-jorbis dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null \
  || mvn -B -q -pl device-agent/decoder-jorbis dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="device-agent/decoder-jorbis/target/classes:device-agent/decoder-jorbis/target/test-classes:$(cat "$CP_FILE")"
echo "== stream: 160 kbit/s over a link of 1.5x its bit rate, fixed quality"
java -cp "$CP" io.tonearm.agent.decode.jorbis.StreamingBenchmark samples/audio velvet-orchard-01 160 1.5
