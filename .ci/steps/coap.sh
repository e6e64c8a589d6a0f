#!/usr/bin/env bash
# CoAP smoke check against a running hub (started by .ci/run through `bin/tonearm up`), with libcoap's
# client as an independent peer:
#   1. /.well-known/core answers in link format and lists /v1/d;
#   2. a device says hello (a hand-encoded protobuf Hello) and its resources are then listed, with
#      commands observable and content-format 65000;
#   3. a malformed POST (not protobuf) is refused with 4.00 and a diagnostic, and a POST for the
#      probe's id from another address with 4.03;
#   4. a POST for a device that never said hello is refused with 4.04.
# Usage: .ci/steps/coap.sh [PORT] [HOST]   (defaults 5683, 127.0.0.1). Idempotent; Debian; quick.
set -euo pipefail
PORT="${1:-5683}"
HOST="${2:-127.0.0.1}"
BASE="coap://$HOST:$PORT"

if ! command -v coap-client-notls >/dev/null 2>&1; then
  apt-get install -y -q libcoap3-bin >/dev/null
fi
client() { coap-client-notls -B 5 "$@"; }
# The hub binds a device id to the address of its hello: the probe keeps one local UDP port.
LPORT="$(( 40000 + RANDOM % 20000 ))"
probe() { coap-client-notls -B 5 -p "$LPORT" "$@"; }
fail() { echo "coap.sh: FAIL: $*" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# 1. discovery
wk="$(client -m get "$BASE/.well-known/core")" || fail "no answer from $BASE/.well-known/core"
grep -q '</v1/d>' <<<"$wk" || fail "/.well-known/core does not list </v1/d>: $wk"

# 2. hello as device ci-probe: Hello{device_id(1)="ci-probe", name(2)="CI probe", transports(8)=[TRANSPORT_COAP]}
printf '\x0a\x08ci-probe\x12\x08CI probe\x40\x02' > "$tmp/hello"
out="$(probe -m post -t 65000 -f "$tmp/hello" "$BASE/v1/d/ci-probe/hello" 2>&1)" \
  || fail "hello was refused: $out"
wk="$(client -m get "$BASE/.well-known/core")"
for kind in hello presence state events acks commands; do
  grep -q "</v1/d/ci-probe/$kind>" <<<"$wk" || fail "/.well-known/core does not list /v1/d/ci-probe/$kind: $wk"
done
grep -Eq '</v1/d/ci-probe/commands>;[^,]*obs' <<<"$wk" || fail "commands is not marked observable: $wk"
grep -Eq '</v1/d/ci-probe/state>;[^,]*ct=65000' <<<"$wk" || fail "state does not carry ct=65000: $wk"

# 3. malformed state: not protobuf
printf 'not protobuf \xff' > "$tmp/garbage"
out="$(probe -m post -t 65000 -f "$tmp/garbage" "$BASE/v1/d/ci-probe/state" 2>&1 || true)"
grep -q '4\.00' <<<"$out" || fail "a malformed POST did not get 4.00: $out"
grep -q 'malformed payload' <<<"$out" || fail "the 4.00 carries no diagnostic: $out"

# 3b. another address posting for ci-probe is ignored with 4.03
printf '\x08\x02' > "$tmp/offline"
out="$(client -m post -t 65000 -f "$tmp/offline" "$BASE/v1/d/ci-probe/presence" 2>&1 || true)"
grep -q '4\.03' <<<"$out" || fail "a POST for another device's id did not get 4.03: $out"

# 4. a device that never said hello
out="$(client -m post -t 65000 -f "$tmp/garbage" "$BASE/v1/d/ci-nobody/state" 2>&1 || true)"
grep -q '4\.04' <<<"$out" || fail "a POST for an unknown device did not get 4.04: $out"

# Leave no trace in the hub's list: the probe says it is offline (Presence{status=OFFLINE}).
probe -m post -t 65000 -f "$tmp/offline" "$BASE/v1/d/ci-probe/presence" >/dev/null 2>&1 || true
echo "coap.sh: ok ($BASE: discovery, hello, 4.00 on a malformed POST, 4.03 for another address, 4.04 for an unknown device)"
