#!/usr/bin/env bash
# Regenerates Tonearm's sample music pack: compiles and runs the synthesiser (samples/generate/io/
# tonearm/samples/, main class io.tonearm.samples.SampleSynth) to render the tracks, encodes each at
# the four stream qualities with oggenc, and writes samples/audio/*.ogg and samples/manifest.json.
# Fails, leaving the committed pack untouched, if anything goes wrong or the new pack (audio +
# manifest) would be 15 MB or more.
#
# Needs: JDK 17+ (javac, java), oggenc and ogginfo (Debian: vorbis-tools), sha256sum, stat, awk.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MAX_PACK_BYTES=15000000 # 15 MB (decimal); the pack must stay below it
QUALITIES=(24 96 160 320)

# oggenc settings per quality (see samples/README.md for why):
#   24:  libvorbis cannot do 24 kbit/s at 44.1 kHz stereo, and -q -1 there lands near 40 kbit/s,
#        so the low tier is 22.05 kHz mono, bitrate-managed at 24 kbit/s.
#   96, 160, 320: 44.1 kHz stereo, bitrate-managed (--managed -b N) to hit the tier closely.
encoder_args() {
  case "$1" in
    24) echo "--resample 22050 --downmix --managed -b 24" ;;
    96 | 160 | 320) echo "--managed -b $1" ;;
    *) echo "generate.sh: no encoder settings for quality $1" >&2; return 1 ;;
  esac
}

for tool in javac java oggenc ogginfo sha256sum stat awk; do
  command -v "$tool" >/dev/null || { echo "generate.sh: '$tool' not found" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/wav" "$WORK/pack/audio"

javac --release 17 -d "$WORK/classes" "$HERE"/generate/io/tonearm/samples/*.java
java -cp "$WORK/classes" io.tonearm.samples.SampleSynth "$WORK/wav"

# Reads "Rate: N" / "Channels: N" of the first Vorbis stream, so the manifest states what the file
# really holds rather than what was asked for.
stream_field() {
  ogginfo "$1" | awk -v key="$2:" '$1 == key { print $2; exit }'
}

manifest="$WORK/pack/manifest.json"
printf '{"version": 1,\n "tracks": [\n' >"$manifest"
first=1
# tracks.tsv columns: id title artist artist_id album album_id album_year track_number duration_ms
#                     loudness_lufs loudness_gain_db tempo_bpm key wav
while IFS=$'\t' read -r id title artist artist_id album album_id year track duration_ms lufs gain bpm key wav; do
  [[ "$id" =~ ^[a-z0-9-]{1,64}$ ]] || { echo "generate.sh: bad track id '$id'" >&2; exit 1; }
  qualities=""
  for q in "${QUALITIES[@]}"; do
    rel="audio/$id-$q.ogg"
    out="$WORK/pack/$rel"
    # A fixed stream serial keeps the encoded bytes (and so the checksums) reproducible.
    serial=$(($(printf '%s' "$id-$q" | cksum | cut -d' ' -f1) % 2147483647))
    # shellcheck disable=SC2046 # encoder_args is deliberately word-split
    oggenc -Q $(encoder_args "$q") --serial "$serial" \
      -t "$title" -a "$artist" -l "$album" -N "$track" -d "$year" \
      -o "$out" "$WORK/wav/$wav"
    bytes=$(stat -c %s "$out")
    kbps=$(awk -v b="$bytes" -v ms="$duration_ms" 'BEGIN { printf "%.1f", b * 8 / ms }')
    rate=$(stream_field "$out" Rate)
    channels=$(stream_field "$out" Channels)
    sha=$(sha256sum "$out" | cut -d' ' -f1)
    [[ -n "$qualities" ]] && qualities+=$',\n'
    qualities+=$(printf '     "%s": {"file": "%s", "bytes": %d, "bitrate_kbps": %s, "sample_rate": %d, "channels": %d, "sha256": "%s"}' \
      "$q" "$rel" "$bytes" "$kbps" "$rate" "$channels" "$sha")
    printf '%-20s %4s kbit/s target: %6.1f kbit/s, %5d Hz, %d ch, %7d bytes\n' "$id" "$q" "$kbps" "$rate" "$channels" "$bytes"
  done
  [[ $first -eq 1 ]] || printf ',\n' >>"$manifest"
  first=0
  printf '  {"id": "%s", "title": "%s", "artist": "%s", "artist_id": "%s",\n' "$id" "$title" "$artist" "$artist_id" >>"$manifest"
  printf '   "album": "%s", "album_id": "%s", "album_year": %d, "track_number": %d,\n' "$album" "$album_id" "$year" "$track" >>"$manifest"
  printf '   "duration_ms": %d, "loudness_lufs": %s, "loudness_gain_db": %s,\n' "$duration_ms" "$lufs" "$gain" >>"$manifest"
  printf '   "tempo_bpm": %d, "key": "%s",\n' "$bpm" "$key" >>"$manifest"
  printf '   "qualities": {\n%s}}' "$qualities" >>"$manifest"
done < <(tail -n +2 "$WORK/wav/tracks.tsv")
printf '\n ]}\n' >>"$manifest"

total=$(find "$WORK/pack" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
if ((total >= MAX_PACK_BYTES)); then
  echo "generate.sh: pack is $total bytes, must stay below $MAX_PACK_BYTES; nothing replaced" >&2
  exit 1
fi

# Swap the new pack in only after everything succeeded.
mkdir -p "$HERE/audio"
rm -f "$HERE"/audio/*.ogg
mv "$WORK"/pack/audio/*.ogg "$HERE/audio/"
mv "$manifest" "$HERE/manifest.json"
echo "pack: $total bytes ($(awk -v t="$total" 'BEGIN { printf "%.2f", t / 1e6 }') MB) in $HERE/audio and $HERE/manifest.json"
