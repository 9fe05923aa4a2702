"""Render the app icon (resources/icons/kraken-guard.svg) as PNGs, a Windows .ico and a macOS .icns.

    uv run python tools/render_icons.py linux   # packaging/linux/icons/hicolor/NxN/apps/*.png
    uv run python tools/render_icons.py ico OUT.ico      # Windows build (build.ps1)
    uv run python tools/render_icons.py icns OUT.icns    # macOS build (build.sh)

Runs without a screen (Qt's offscreen platform). The .ico and .icns hold PNG images, which
Windows Vista+ and macOS 10.7+ read, so no platform tool (iconutil, ImageMagick) is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "kraken-guard.svg"
APP_ID = "io.github.kraken_guard.KrakenGuard"
LINUX_SIZES = (64, 128, 256)
LINUX_FOLDER = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (the @2x types share the larger size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


_APPS: list[object] = []


def render_png(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        _APPS.append(QGuiApplication(sys.argv[:1]))  # kept alive while rendering
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows icon file holding one PNG per size (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """A macOS icon file: an 'icns' header, then one PNG element per type."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_linux(folder: Path = LINUX_FOLDER) -> list[Path]:
    written = []
    for size in LINUX_SIZES:
        target = folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
        written.append(target)
    scalable = folder / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    return [*written, scalable]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("linux", "ico", "icns"))
    parser.add_argument("out", nargs="?", type=Path, help="the .ico or .icns file to write")
    args = parser.parse_args()
    if args.kind == "linux":
        for path in write_linux(args.out or LINUX_FOLDER):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    if args.out is None:
        parser.error(f"say where to write the .{args.kind} file")
    if args.kind == "ico":
        data = ico_bytes({size: render_png(size) for size in ICO_SIZES})
    else:
        data = icns_bytes({size: render_png(size) for size in {s for _, s in ICNS_TYPES}})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
