#!/usr/bin/env bash
# Renders the committed app icon files from the SVG masters in resources/icons/app/:
# hicolor PNGs for Linux, the multi-size .ico for Windows and the .icns for macOS.
# Run it after editing a master, then commit the results. Needs rsvg-convert (librsvg2-bin),
# icotool (icoutils) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
app_id=$(sed -n 's/^set(GATEHOUSE_APP_ID "\(.*\)")$/\1/p' CMakeLists.txt)
[ -n "$app_id" ] || { echo "GATEHOUSE_APP_ID not found in CMakeLists.txt" >&2; exit 1; }
masters=resources/icons/app
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Small sizes have their own pixel-aligned drawings; the full drawing starts at 32 px.
master_for() {
    case $1 in
    16) echo "$masters/gatehouse-16.svg" ;;
    22 | 24) echo "$masters/gatehouse-24.svg" ;;
    *) echo "$masters/gatehouse.svg" ;;
    esac
}

for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" "$(master_for "$size")" -o "$tmp/$size.png"
done

for size in 16 22 24 32 48 64 128 256 512; do
    dir=packaging/linux/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    cp "$tmp/$size.png" "$dir/$app_id.png"
done

# Windows: BMP entries up to 64 px (crisp in old shells), the 256 px entry stored as PNG.
icotool --create --output=packaging/windows/gatehouse.ico \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" \
    --raw="$tmp/256.png"

# macOS: an ICNS container of PNG elements (what iconutil writes), 1x and 2x for each point size.
python3 - "$tmp" packaging/macos/gatehouse.icns <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
elements = [("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64), ("ic07", 128),
            ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
body = b""
for kind, size in elements:
    with open(f"{src}/{size}.png", "rb") as f:
        png = f.read()
    body += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "icons rendered for $app_id"
