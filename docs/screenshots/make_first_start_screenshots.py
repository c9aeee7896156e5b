"""What a newcomer sees, on a real X server the size of a laptop's screen (fake worker):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_first_start_screenshots.py

- first-start.png: the whole screen at the first start: the window at its first size, centred,
  under the first-run dialog.
- first-run-suggestion.png: the model page on this machine's CPU (no accelerator): the expected
  speed beside each size, and the one suggested for it.
- skipped-image.png: a message with a good photo, one too large and one truncated: the answer
  comes, and says which were left out and why.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

import numpy as np  # noqa: E402
from make_screenshots import shoot, spin  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.chat.images import read_image_file  # noqa: E402
from app.wiring import build_window  # noqa: E402
from devtools.fake_worker import FakeWorker  # noqa: E402
from devtools.images import black_bilevel_png, encode, random_image  # noqa: E402

ANSWER = (
    "The first photo shows a **harbour at dusk**: small boats moored along a stone quay, warm "
    "lights coming on in the houses behind it, and a clear sky fading from orange to blue.\n\n"
    "I could not look at the other two pictures; the notes above say why."
)


def dusk(width: int, height: int) -> Image.Image:
    """A sky from orange to blue over a dark quay: something to look at in the thumbnail."""
    rows = np.linspace(0.0, 1.0, height)[:, None, None]
    sky = (1 - rows) * np.array([40, 70, 150]) + rows * np.array([240, 150, 70])
    picture = np.repeat(sky, width, axis=1)
    picture[int(height * 0.72) :] = (35, 40, 50)
    return Image.fromarray(picture.astype(np.uint8))


def first_start(app: QApplication, tmp: Path) -> None:
    qsettings = QSettings(str(tmp / "first.ini"), QSettings.Format.IniFormat)
    worker = FakeWorker(delay=0.001, store_dir=tmp / "models-first", providers=("cpu",), installed=())
    window = build_window(app, tmp / "data-first", qsettings, worker)
    window.show()
    window.engine.start()
    first = window.show_first_run()
    spin(app, 1.0)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(HERE / "first-start.png"))
    print("wrote", HERE / "first-start.png", "window", window.geometry(), "screen", screen.geometry())
    first.continue_button.click()
    shoot(app, first, HERE / "first-run-suggestion.png")
    first.close()
    window.close()
    window.engine.shutdown()


def skipped_image(app: QApplication, tmp: Path) -> None:
    qsettings = QSettings(str(tmp / "skipped.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)
    worker = FakeWorker(answer=ANSWER, delay=0.001, store_dir=tmp / "models", providers=("cpu",), speed=29.0)
    window = build_window(app, tmp / "data-skipped", qsettings, worker)
    window.show()
    window.engine.start()
    spin(app, 0.5)
    files = {
        "harbour.png": encode(dusk(320, 220), "PNG"),
        "photo.png": black_bilevel_png(9000, 9000, 9000),
        "scan.jpg": encode(random_image(640, 480, seed=7), "JPEG")[:-3000],
    }
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    window.session.send("What is in these pictures?", [read_image_file(tmp / name) for name in files])
    while window.session.busy:
        spin(app, 0.05)
    window.sidebar.refresh()
    shoot(app, window, HERE / "skipped-image.png")
    window.close()
    window.engine.shutdown()


def main() -> None:
    app = QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    first_start(app, tmp)
    skipped_image(app, tmp)


if __name__ == "__main__":
    main()
