"""How responsive the window is, against the targets of the chat-window issue.

    .venv/bin/python bench/gui_responsiveness.py            # QT_QPA_PLATFORM=offscreen if no display

1. Launch to visible window: a fresh `python -m app` process (real entry point, real worker
   client) from spawn to the first event-loop turn after `show()`. Target < 1.5 s.
2. Event-loop stalls while an answer streams: the fake worker streams a long Markdown answer
   (lists, code, a table, math) at 200 words/s; a 5 ms timer records the longest gap between
   its ticks, minus the interval. Target: never more than 50 ms.
3. Opening a conversation of 2,000 messages: from the click to the laid-out view. Target < 500 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

STARTUP_CHILD = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import app.main_window as mw
shown = mw.MainWindow.show
def report():
    print(time.time() - float(os.environ["ORIEL_BENCH_T0"]))
    QApplication.quit()
def show(self):
    shown(self)
    QTimer.singleShot(0, report)
mw.MainWindow.show = show
from app.main import main
sys.exit(main(sys.argv[1:]))
"""

ANSWER_PARAGRAPH = (
    "## Step {n}\n\nHere is **bold** text, `inline code`, a [link](https://example.com) and math "
    "$a^2 + b^2 = c^2$.\n\n- first point\n- second point with *emphasis*\n\n"
    "```python\ndef step_{n}(x):\n    return [i * x for i in range(10)]\n```\n\n"
    "| a | b |\n|---|---|\n| {n} | {n} |\n\n"
)


def startup(runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            ini = Path(tmp) / "settings.ini"
            ini.write_text("[app]\nfirst_run_done=true\n")
            env = {**os.environ, "ORIEL_BENCH_T0": repr(time.time())}
            out = subprocess.run(
                [sys.executable, "-c", STARTUP_CHILD, "--data-dir", tmp, "--settings", str(ini)],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=True,
            )  # fmt: skip
            times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def make_window(tmp: Path, worker):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.wiring import build_window

    qsettings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("app/first_run_done", True)
    window = build_window(QApplication.instance(), tmp / "data", qsettings, worker)  # type: ignore[arg-type]
    window.resize(1100, 800)
    window.show()
    return window


def close(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.close()
    window.engine.shutdown()
    window.deleteLater()  # while Qt is alive, not at interpreter exit
    QApplication.processEvents()


def spin_until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        QApplication.processEvents()
        time.sleep(0.001)


def streaming_stalls(tmp: Path) -> tuple[float, float, int, int]:
    """(longest stall ms, 99th percentile ms, ticks, characters streamed)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from devtools.fake_worker import FakeWorker

    answer = "".join(ANSWER_PARAGRAPH.format(n=n) for n in range(40))
    worker = FakeWorker(answer=answer, delay=0.005)
    window = make_window(tmp, worker)
    window.engine.start()
    spin_until(lambda: window.engine.loaded is not None)
    window.session.send("Explain in many steps")  # warm-up: imports, lexers, math fonts
    spin_until(lambda: not window.session.busy, 120)
    spin_until(lambda: not window.math._pending, 60)
    window.new_chat()

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()

    ticker.timeout.connect(tick)
    window.session.send("Explain in many steps")
    clock.start()
    ticker.start()
    spin_until(lambda: not window.session.busy, 120)
    ticker.stop()
    stalls = sorted(max(0.0, g - 5.0) for g in gaps)
    close(window)
    return stalls[-1], stalls[int(len(stalls) * 0.99)], len(gaps), len(answer)


def open_long_chat(tmp: Path, messages: int = 2000, runs: int = 5) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from devtools.fake_worker import FakeWorker

    window = make_window(tmp, FakeWorker())
    store = window.store
    chat = store.create_conversation("Long chat")
    parent = None
    for i in range(messages):
        role = "user" if i % 2 == 0 else "assistant"
        text = f"Question {i}: how does this work?" if role == "user" else ANSWER_PARAGRAPH.format(n=i)
        parent = store.add_message(chat, parent, role, text)
    window.sidebar.refresh()
    times = []
    for _ in range(runs):
        window.new_chat()
        QApplication.processEvents()
        start = time.perf_counter()
        window.session.open(chat)
        QApplication.processEvents()  # layout and first paint
        times.append((time.perf_counter() - start) * 1000)
    close(window)
    return times


def main() -> None:
    from PySide6.QtWidgets import QApplication

    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, python {sys.version.split()[0]}")
    launch = startup()
    print(f"1. launch to visible window: {', '.join(f'{t:.2f}' for t in launch)} s (target < 1.5 s)")
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        worst, p99, ticks, chars = streaming_stalls(Path(tmp))
        print(
            f"2. streaming {chars} characters: longest event-loop stall {worst:.1f} ms, "
            f"99th percentile {p99:.1f} ms over {ticks} ticks (target <= 50 ms)"
        )
    with tempfile.TemporaryDirectory() as tmp:
        times = open_long_chat(Path(tmp))
        print(
            f"3. opening a 2,000-message chat: median {statistics.median(times):.0f} ms, "
            f"worst {max(times):.0f} ms (target < 500 ms)"
        )
    app.quit()


if __name__ == "__main__":
    main()
