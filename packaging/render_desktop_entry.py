"""`python packaging/render_desktop_entry.py [DEB]`: picture the .deb's menu entry as a desktop would.

Unpacks the package into a scratch root (dpkg -x), reads its desktop entry, looks its `Icon=`
name up in the unpacked hicolor theme through Qt's icon-theme lookup (the freedesktop rules a
launcher follows) and draws the entry at app-grid size (128 px) and dock size (48 px), on a light
and a dark background, into docs/screenshots/desktop-icon.png. A missing or misnamed icon shows
up as an empty tile.
"""

from __future__ import annotations

import argparse
import configparser
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from make_icons import PNG_SIZES

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "desktop-icon.png"
# The theme's index as hicolor-icon-theme installs it, for the sizes Oriel ships.
HICOLOR_INDEX = "[Icon Theme]\nName=Hicolor\nDirectories={dirs}\n\n{sections}".format(
    dirs=",".join([*(f"{s}x{s}/apps" for s in PNG_SIZES), "scalable/apps"]),
    sections="".join(
        [
            *(f"[{s}x{s}/apps]\nSize={s}\nContext=Applications\nType=Threshold\n\n" for s in PNG_SIZES),
            "[scalable/apps]\nMinSize=1\nSize=128\nMaxSize=512\nContext=Applications\nType=Scalable\n",
        ]
    ),
)
# (panel, text, dock tile): a light and a dark desktop
BACKGROUNDS = (("#f6f5f4", "#241f31", "#deddda"), ("#242424", "#ffffff", "#3a3a3a"))


def read_entry(root: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(root / "usr/share/applications/oriel.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def render(root: Path, out: Path) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QImage, QPainter

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    entry = read_entry(root)
    hicolor = root / "usr/share/icons/hicolor"
    if not (hicolor / "index.theme").exists():  # a desktop has it from hicolor-icon-theme
        (hicolor / "index.theme").write_text(HICOLOR_INDEX, encoding="utf-8")
    QIcon.setThemeSearchPaths([str(root / "usr/share/icons")])
    QIcon.setThemeName("hicolor")
    icon = QIcon.fromTheme(entry["Icon"])
    if icon.isNull():
        raise SystemExit(f"no icon named {entry['Icon']!r} in the package's hicolor theme")

    width, height = 560, 240
    image = QImage(width, height * len(BACKGROUNDS), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    label = QFont()
    label.setPixelSize(15)
    small = QFont()
    small.setPixelSize(12)
    details = "\n".join(
        (
            f"{entry['Name']}: {entry.get('GenericName', '')}",
            entry.get("Comment", ""),
            f"Exec={entry['Exec']}",
        )
    )
    for row, (panel, text, tile) in enumerate(BACKGROUNDS):
        top = row * height
        painter.fillRect(0, top, width, height, QColor(panel))
        painter.drawPixmap(40, top + 36, icon.pixmap(128, 128))
        painter.setPen(QColor(text))
        painter.setFont(label)
        painter.drawText(QRect(0, top + 172, 208, 24), Qt.AlignmentFlag.AlignHCenter, entry["Name"])
        dock = QRect(252, top + 68, 72, 72)
        painter.setBrush(QColor(tile))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(dock, 12, 12)
        painter.setPen(QColor(text))
        painter.drawPixmap(dock.x() + 12, dock.y() + 12, icon.pixmap(48, 48))
        painter.setFont(small)
        painter.drawText(QRect(236, top + 150, 104, 20), Qt.AlignmentFlag.AlignHCenter, "48 px")
        painter.drawText(QRect(0, top + 196, 208, 20), Qt.AlignmentFlag.AlignHCenter, "128 px")
        painter.drawText(QRect(360, top + 60, 190, 120), Qt.TextFlag.TextWordWrap, details)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", nargs="?", type=Path, help="the package (default: the newest dist/*.deb)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    deb = args.deb or max((REPO / "dist").glob("*.deb"), key=lambda p: p.stat().st_mtime, default=None)
    if deb is None:
        raise SystemExit("no .deb in dist/: run `make package` first")
    with tempfile.TemporaryDirectory(prefix="oriel-deb-root-") as tmp:
        subprocess.run(["dpkg", "-x", str(deb), tmp], check=True)
        render(Path(tmp), args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
