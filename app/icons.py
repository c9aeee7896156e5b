"""Icons drawn from the SVGs in assets/icons, in the palette's colours: never emoji glyphs,
which show as an empty box where no emoji font is installed.

An icon's SVG paints with `currentColor`; `svg_icon` puts in a colour and rasterises it through
Qt's SVG image plugin (the bundle ships it; no Python QtSvg module is needed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QIcon, QImageReader, QPixmap

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64)


def svg_icon(name: str, color: QColor) -> QIcon:
    """assets/icons/<name>.svg in `color`, at each of SIZES (crisp at any scale factor)."""
    data = (ICONS / f"{name}.svg").read_bytes().replace(b"currentColor", color.name().encode())
    icon = QIcon()
    for size in SIZES:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        if image.isNull():
            raise RuntimeError(f"{name}.svg could not be drawn: {reader.errorString()}")
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
