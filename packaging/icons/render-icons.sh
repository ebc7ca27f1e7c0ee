#!/usr/bin/env bash
# Renders latchkey.svg into the files kept in the tree: hicolor/NxN/latchkey.png (16..512),
# latchkey.ico (Windows, PNG entries) and latchkey.icns (macOS, PNG entries). Run it after
# changing the SVG; the build itself renders nothing. Needs rsvg-convert (librsvg2-bin), python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for s in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${s}x${s}"
    rsvg-convert -w "$s" -h "$s" latchkey.svg -o "hicolor/${s}x${s}/latchkey.png"
done
python3 - <<'PY'
import pathlib, struct

def png(size):
    return pathlib.Path(f"hicolor/{size}x{size}/latchkey.png").read_bytes()

# .ico: header, one 16-byte entry per image (width/height 0 means 256), then the PNGs.
sizes = [16, 24, 32, 48, 64, 128, 256]
offset = 6 + 16 * len(sizes)
entries, data = b"", b""
for s in sizes:
    p = png(s)
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(p), offset + len(data))
    data += p
pathlib.Path("latchkey.ico").write_bytes(struct.pack("<HHH", 0, 1, len(sizes)) + entries + data)

# .icns: "icns", total length, then (type, length, PNG) per size.
body = b""
for kind, s in [("icp4", 16), ("icp5", 32), ("ic07", 128), ("ic08", 256), ("ic09", 512)]:
    p = png(s)
    body += kind.encode() + struct.pack(">I", len(p) + 8) + p
pathlib.Path("latchkey.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
