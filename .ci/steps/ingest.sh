#!/usr/bin/env bash
# CI step for ingestion (control plane). Run from the repository root after `mvn verify`, as root
# on Debian. Idempotent.
#  1. Installs ffmpeg (ffmpeg + ffprobe, with libvorbis) when missing.
#  2. Re-runs the tests that skip without ffmpeg, so CI covers the full path: FLAC/MP3 decoding,
#     ffprobe tags, libvorbis encoding, the transcoder failure/timeout cases, the CLI, and the
#     loudness meter against ffmpeg's ebur128 filter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if ! command -v ffmpeg >/dev/null 2>&1 || ! command -v ffprobe >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null
fi
if ! ffmpeg -hide_banner -encoders 2>/dev/null | grep -q libvorbis; then
  echo "ingest.sh: this ffmpeg has no libvorbis encoder" >&2
  exit 1
fi

mvn -B -q -pl control-plane verify \
  -Dtest='LoudnessMeterTest,TempoAndEnergyTest,SeekIndexBuilderTest' \
  -Dit.test='IngestIT,IngestToolsIT,IngestCommandIT,SeekIndexEndpointIT' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
echo "ingest.sh: ingestion tests passed with $(ffmpeg -version | head -n 1)"
