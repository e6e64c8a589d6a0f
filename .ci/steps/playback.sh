#!/usr/bin/env bash
# Playback engine CI step (run by .ci/run after `mvn verify`, as root on Debian). Idempotent, quick.
# 1. oggdec for OggdecAgreementTest (it skips without it) and the decode benchmark.
# 2. The decode benchmark, 3 rounds: prints VorbisDecoder / plain JOrbis / oggdec ratios. It measures,
#    it does not judge: the figures go to the log for people to compare with the README's.
# 3. The play-latency benchmark, 30 rounds (in-process, loopback HTTP).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v oggdec >/dev/null 2>&1 || ! command -v sox >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q vorbis-tools sox >/dev/null
fi
cd "$ROOT"
# `mvn verify` has just built every module: tell the launcher so it does not build again.
mvn -B -q -o verify -pl device-agent/decoder-jorbis -Dtest=OggdecAgreementTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs
touch simulators/target/.tonearm-built 2>/dev/null || true
bin/tonearm bench decode samples/audio/neon-harbor-01-320.ogg 3
bin/tonearm bench latency samples/audio/neon-harbor-01-320.ogg 30
