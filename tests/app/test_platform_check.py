"""`make run` on Linux names the xcb libraries Qt's platform plugin lacks, before Qt aborts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import platform_check
from devtools import REPO
from devtools.system import require

pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is Linux's")]

BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}  # every system has them


def test_xcb_is_only_checked_where_qt_will_use_it() -> None:
    assert platform_check.uses_xcb((), {})
    assert platform_check.uses_xcb((), {"QT_QPA_PLATFORM": "xcb"})
    assert not platform_check.uses_xcb((), {"QT_QPA_PLATFORM": "offscreen"})
    assert not platform_check.uses_xcb((), {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"})
    assert not platform_check.uses_xcb((), {"QT_QPA_PLATFORM": "wayland;xcb"})
    assert platform_check.uses_xcb(("-platform", "xcb"), {"QT_QPA_PLATFORM": "offscreen"})


def test_the_advice_gives_one_command_per_system() -> None:
    text = platform_check.advice(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-xkb.so.1", "libnew.so.1"]
    )
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-xkb1\n" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms libxcb\n" in text
    assert "which package provides libnew.so.1" in text


def test_every_library_the_plugin_links_has_its_packages() -> None:
    """The list is the wheel's own: what libqxcb.so and Qt's xcb and GUI libraries link to."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is not installed")
    qt_lib = plugin.parents[2] / "lib"
    needed: set[str] = set()
    for binary in (plugin, qt_lib / "libQt6XcbQpa.so.6", qt_lib / "libQt6Gui.so.6"):
        dynamic = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line}
    system = {name for name in needed if not name.startswith("libQt6") and not name.startswith("libicu")}
    assert system - BASE - set(platform_check.PACKAGES) == set()


def run_app(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "app",
        "--data-dir",
        str(tmp_path / "data"),
        "--settings",
        str(tmp_path / "s.ini"),
    ]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_missing_xcb_libraries_are_named_with_their_install_command(tmp_path: Path) -> None:
    """The libraries really missing on this machine (ldd on the wheel's plugin)."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    missing = platform_check.missing_libraries(plugin)
    if not missing:
        pytest.skip("Qt's xcb libraries are all installed here: nothing is missing to report")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}
    env.pop("WAYLAND_DISPLAY", None)
    result = run_app(env, tmp_path)
    assert result.returncode == 1
    assert "Qt's X11 (xcb) platform plugin needs system libraries" in result.stderr
    assert all(name in result.stderr for name in missing)
    debian = " ".join(dict.fromkeys(platform_check.PACKAGES[name][0] for name in missing))
    assert f"sudo apt install {debian}" in result.stderr
    assert "could not load the Qt platform plugin" not in result.stderr  # stopped before Qt


def test_the_window_opens_on_a_real_x_server(tmp_path: Path) -> None:
    """With the libraries installed (.ci/run does), Qt starts on xcb under Xvfb."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    missing = platform_check.missing_libraries(plugin)
    require(not missing, f"Qt's xcb libraries are missing ({', '.join(missing)}): .ci/run installs them")
    require(shutil.which("xvfb-run") is not None, "Xvfb is not installed (apt install xvfb xauth)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    script = (
        "from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([]); "
        "label = QLabel('Oriel'); label.show(); app.processEvents(); print(app.platformName())"
    )
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, "-c", script],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "xcb"
    assert platform_check.check((), env) is None
