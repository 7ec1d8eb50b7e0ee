#!/usr/bin/env python3
"""Render the application icon from its SVG source: PNGs, a Windows .ico and a macOS .icns.

    .venv/bin/python scripts/make-icons.py

Reads resources/icons/app.svg and writes, next to it, app-<size>.png for every size in
ICON_SIZES (the window icon), app.ico (the Windows executables) and app.icns (the macOS
bundle). Qt's SVG renderer draws every size from the vector source, so small sizes are
drawn, not scaled down; Pillow packs them into the .ico and .icns files. The outputs are
committed: run this again after changing app.svg.
"""

from __future__ import annotations

import os
import sys
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from advisor_referrals.ui.app_icon import ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows uses at most 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is the 512 @2x Retina image


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    source = ICONS / "app.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"make-icons: {source} is not an SVG Qt can draw", file=sys.stderr)
        return 1
    images = {
        size: render(renderer, size) for size in sorted({*ICON_SIZES, *ICO_SIZES, *ICNS_SIZES})
    }

    written = []
    for size in ICON_SIZES:
        path = ICONS / f"app-{size}.png"
        images[size].save(path, optimize=True)
        written.append(path)

    ico = ICONS / "app.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)

    icns = ICONS / "app.icns"
    images[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    written.append(icns)

    for path in written:
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
