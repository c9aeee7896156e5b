"""`python packaging/measure_startup.py [COMMAND...]`: seconds from launch to a visible window (X11).

    python packaging/measure_startup.py                       # dist/oriel/oriel, 5 cold + 5 warm
    python packaging/measure_startup.py --runs 3 .venv/bin/python -m app

Each run starts the command with a fresh chats folder and settings (first run done, an empty
model folder, so nothing loads a model), then polls the X server until a top-level window named
"Oriel" is mapped and viewable: that is the moment the user sees the window. The process group
is then ended. Without a DISPLAY it starts its own Xvfb.

"Cold" runs first drop the bundle's files from the page cache (posix_fadvise DONTNEED, no
privileges needed), as after a reboot; the system's own libraries (X11, fontconfig) stay cached,
as on a desktop that is in use. Prints one line per run and a JSON summary (median, min, max).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TIMEOUT_S = 60.0
POLL_S = 0.01


def evict(folder: Path) -> int:
    """Ask the kernel to drop `folder`'s files from the page cache; returns how many were dropped."""
    count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


def window_visible(display: str, title: str) -> bool:
    result = subprocess.run(
        ["xwininfo", "-display", display, "-name", title],
        capture_output=True,
        text=True,
    )
    return "Map State: IsViewable" in result.stdout


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display number, up once it answers (a high random number: other Xvfb
    servers on a shared machine keep the low ones, and -displayfd races with them)."""
    for number in random.sample(range(100, 1000), 5):
        display = f":{number}"
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while xvfb.poll() is None and time.monotonic() < deadline:
            if display_answers(display):
                return xvfb, display
            time.sleep(0.1)
        xvfb.kill()
        xvfb.wait()
    raise SystemExit("Xvfb did not start")


def display_answers(display: str) -> bool:
    return subprocess.run(["xwininfo", "-display", display, "-root"], capture_output=True).returncode == 0


def one_run(command: list[str], display: str) -> float:
    if not display_answers(display):
        raise SystemExit(f"the X server {display} stopped answering")
    with tempfile.TemporaryDirectory(prefix="oriel-startup-") as tmp:
        settings = Path(tmp) / "settings.ini"
        settings.write_text(f"[app]\nfirst_run_done=true\n\n[model]\nfolder={tmp}/models\n")
        env = {**os.environ, "DISPLAY": display, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "xcb"}
        log = Path(tmp) / "output.txt"
        with log.open("wb") as output:
            started = time.perf_counter()
            process = subprocess.Popen(
                [*command, "--data-dir", f"{tmp}/chats", "--settings", str(settings)],
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            while not window_visible(display, "Oriel"):
                if process.poll() is not None:
                    raise SystemExit(
                        f"{command[0]} exited with code {process.returncode} before a window showed:\n"
                        + log.read_text(errors="replace")[-3000:]
                    )
                if time.perf_counter() - started > TIMEOUT_S:
                    raise SystemExit(f"no window within {TIMEOUT_S:.0f} s")
                time.sleep(POLL_S)
            return time.perf_counter() - started
        finally:
            end_group(process)


def end_group(process: subprocess.Popen[bytes]) -> None:
    """Stop the app and its worker (they share the session the app was started in)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(10)
            return
        except subprocess.TimeoutExpired:
            continue


def summary(times: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="*", default=[str(REPO / "dist" / "oriel" / "oriel")])
    parser.add_argument("--runs", type=int, default=5, help="cold runs, then as many warm runs")
    parser.add_argument("--evict", type=Path, help="folder to drop from the page cache before cold runs")
    args = parser.parse_args()
    folder = args.evict or Path(args.command[0]).resolve().parent
    xvfb, display = (None, os.environ["DISPLAY"]) if os.environ.get("DISPLAY") else start_xvfb()
    results: dict[str, list[float]] = {"cold": [], "warm": []}
    try:
        one_run(args.command, display)  # first launch: font caches and the like, not counted
        for kind in ("cold", "warm"):
            for _ in range(args.runs):
                if kind == "cold":
                    evict(folder)
                seconds = one_run(args.command, display)
                results[kind].append(seconds)
                print(f"{kind}: {seconds:.3f} s to a visible window")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    report = {"command": args.command, **{kind: summary(times) for kind, times in results.items()}}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
