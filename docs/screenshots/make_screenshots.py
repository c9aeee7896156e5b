"""Screenshots of the real window (fake worker), light and dark, for docs/screenshots/.

    Xvfb :99 -screen 0 1280x860x24 & DISPLAY=:99 .venv/bin/python docs/screenshots/make_screenshots.py

Each shot is QWidget.grab() of the window or dialog as the X server's Qt platform draws it
(fonts, DPI and theme as on a desktop).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.wiring import build_window  # noqa: E402
from devtools.fake_worker import FakeWorker  # noqa: E402

# The status bar shows the CPU and the 2B int4 decode speed measured here (bench/RESULTS.md).
MEASURED_CPU: dict = {"providers": ("cpu",), "speed": 29.0}

ANSWER = """Here is how the **area of a circle** follows from integration.

## The idea

- Cut the disc into thin rings of radius $r$ and width $dr$.
- Each ring has area $2\\pi r\\,dr$; add them up:

$$A = \\int_0^R 2\\pi r\\,dr = \\pi R^2$$

| radius | area |
|---|---|
| 1 | 3.14 |
| 2 | 12.57 |

```python
import math

def area(radius: float) -> float:
    return math.pi * radius ** 2
```

بالعربية: مساحة الدائرة تساوي باي في مربع نصف القطر."""

THINKING = "The user wants a derivation. Rings are the simplest: integrate 2πr from 0 to R."


def spin(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    spin(app, 0.6)
    widget.grab().save(str(path))
    print("wrote", path)


def main() -> None:
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#4a90d9"))
    picture.save(str(tmp / "sky.png"))
    for theme in ("light", "dark"):
        qsettings = QSettings(str(tmp / f"{theme}.ini"), QSettings.Format.IniFormat)
        qsettings.setValue("app/first_run_done", True)
        qsettings.setValue("ui/theme", theme)
        qsettings.setValue("chat/thinking", True)
        worker = FakeWorker(
            answer=ANSWER, thinking=THINKING, delay=0.001, store_dir=tmp / "models", **MEASURED_CPU
        )
        window = build_window(app, tmp / f"data-{theme}", qsettings, worker)
        window.move(0, 0)
        window.resize(1280, 860)
        window.show()
        window.engine.start()
        spin(app, 0.5)
        for title in ("Trip to Lisbon: what to pack", "Summarise this PDF page", "Fix my regex"):
            window.store.create_conversation(title)
        window.composer.add_files([tmp / "sky.png"])
        window.session.send(
            "How do you get the area of a circle? And what colour is this sky?", window.composer.images
        )
        window.composer.clear()
        while window.session.busy:
            spin(app, 0.05)
        spin(app, 3.0)  # formulas are drawn on a background thread
        window.chat_view.widgets[-1].thinking_toggle.click()
        window.sidebar.refresh()
        window.composer.input.setPlainText("Now do the same for a sphere")
        shoot(app, window, HERE / f"chat-{theme}.png")
        dialog = window.open_settings()
        dialog.move(300, 120)
        shoot(app, dialog, HERE / f"settings-{theme}.png")
        dialog.close()
        if theme == "light":
            first = window.show_first_run()
            first.move(360, 200)
            shoot(app, first, HERE / "first-run-welcome.png")
            first.continue_button.click()
            shoot(app, first, HERE / "first-run-model.png")
            first.close()
        window.close()
        window.engine.shutdown()
        window.deleteLater()
        spin(app, 0.2)


if __name__ == "__main__":
    main()
