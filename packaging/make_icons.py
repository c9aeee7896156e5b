"""`python packaging/make_icons.py`: draw assets/icons/oriel.svg as the PNG, ICO and ICNS files.

Rendered with Qt's SVG renderer (already a dependency), so no Inkscape or rsvg is needed:
oriel-{16..512}.png for the Linux hicolor theme and the window icon, oriel.ico (Windows, 16 to 256)
and oriel.icns (macOS, 16 to 1024) through Pillow. The outputs are committed; run this after
changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "oriel.svg"
    for size in PNG_SIZES:
        (ICONS / f"oriel-{size}.png").write_bytes(render(svg, size))
    # Each ICO and ICNS size is drawn from the SVG, not scaled down from one large bitmap.
    frames = {size: Image.open(io.BytesIO(render(svg, size))) for size in (*ICO_SIZES, 512, 1024)}
    frames[256].save(
        ICONS / "oriel.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=[frames[s] for s in ICO_SIZES]
    )
    frames[1024].save(ICONS / "oriel.icns", append_images=[frames[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"wrote {len(PNG_SIZES)} PNGs, oriel.ico and oriel.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
