#!/usr/bin/env bash
# CI step for firmware profiles, distributions and the footprint benchmark. Run as root on Debian
# after `mvn verify` (so every module's target/ and classpath.txt exist). Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# dpkg-deb builds the .deb; systemd-analyze verifies the unit (the tests skip that check without it).
need=()
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v systemd-analyze >/dev/null || need+=(systemd)
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

OUT="$ROOT/target/ci-dist"
rm -rf "$OUT"

echo "== profiles validate"
bin/tonearm profile validate firmware-profiles/src/main/resources/profiles/*.yaml

echo "== dist: every shipped profile, with .deb"
bin/tonearm dist --profile all --deb --out "$OUT"

echo "== dist: contents"
test -z "$(ls "$OUT"/tonearm-agent-constrained-coap/lib | grep -E 'paho|pi4j' || true)"
test -z "$(ls "$OUT"/tonearm-agent-smart-speaker/lib | grep -E 'pi4j' || true)"
ls "$OUT"/tonearm-agent-rpi-4/lib | grep -q pi4j-core

echo "== systemd units verify"
if command -v systemd-analyze >/dev/null; then
  for d in "$OUT"/tonearm-agent-*/; do
    name="$(basename "$d")"
    sed "s#/opt/tonearm-agent#${d%/}#" "$d/systemd/tonearm-agent.service" > "$OUT/$name.service"
    systemd-analyze verify "$OUT/$name.service"
  done
else
  echo "systemd-analyze is not installed; the units are checked by DistBuilderTest's content assertions"
fi

echo "== jlink runtime (rpi-zero-2w) starts"
bin/tonearm dist --profile rpi-zero-2w --jlink --no-deb --out "$OUT/jlink"
set +e
err="$("$OUT"/jlink/tonearm-agent-rpi-zero-2w/bin/tonearm-agent --sink null --hub tcp://127.0.0.1:9 2>&1)"
code=$?
set -e
[[ $code -eq 1 && "$err" == *"cannot reach the hub at tcp://127.0.0.1:9"* ]] || { echo "$err"; exit 1; }
du -sh "$OUT"/jlink/tonearm-agent-rpi-zero-2w/runtime

echo "== .deb installs (smart-speaker)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$OUT"/tonearm-agent-smart-speaker_*_all.deb >/dev/null
test -x /opt/tonearm-agent/bin/tonearm-agent
test -f /etc/tonearm/profile.yaml
test -f /lib/systemd/system/tonearm-agent.service
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tonearm-agent-smart-speaker >/dev/null
# The footprint per profile is a benchmark (bin/tonearm bench footprint), reported in the README, not a gate.
