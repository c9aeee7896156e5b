"""The installers (packaging/): what the bundle leaves out, its entry point, the desktop entry and
icons, the app's --self-test, and (ORIEL_PACKAGE_TEST=1, `make package-test`) the real Linux
bundle: built, its .deb unpacked into a scratch root, and `oriel --self-test` run from there."""

from __future__ import annotations

import ast
import configparser
import importlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from devtools import REPO

PACKAGING = REPO / "packaging"
PACKAGE_TEST = os.environ.get("ORIEL_PACKAGE_TEST") == "1"
BUNDLE_SIZE_LIMIT = 250e6  # bytes, without the self-test model (issue 8)


def packaging_module(name: str) -> ModuleType:
    """A module of packaging/ (a folder of scripts, not a package: `packaging` is PyPI's name)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(PACKAGING))


contents = packaging_module("bundle_contents")


# -- what the bundle leaves out ------------------------------------------------------------------


def imports_in(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def excluded(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in contents.EXCLUDES)


def test_oriel_never_imports_what_the_bundle_leaves_out() -> None:
    uses = [
        f"{path.relative_to(REPO)}:{line} imports {module}: the bundle leaves it out "
        "(packaging/bundle_contents.py EXCLUDES)"
        for package in ("app", "runtime")
        for path in sorted((REPO / package).rglob("*.py"))
        for line, module in imports_in(path)
        if excluded(module)
    ]
    assert not uses, "\n".join(uses)


BLOCKER = """
import sys

BLOCKED = {blocked!r}


class LeftOutOfTheBundle:
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in BLOCKED):
            raise ModuleNotFoundError(f"{{name}} is left out of the bundle", name=name)
        return None


sys.meta_path.insert(0, LeftOutOfTheBundle())
"""

IMPORT_ALL = """
import importlib, json, pkgutil, sys
failed = {}
for package in ("app", "runtime"):
    for info in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        if info.name.endswith("__main__"):  # runs the program
            continue
        try:
            importlib.import_module(info.name)
        except Exception as e:
            failed[info.name] = f"{type(e).__name__}: {e}"
print(json.dumps(failed))
"""


def blocked_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python processes (the worker too) cannot import the excluded modules."""
    (tmp_path / "sitecustomize.py").write_text(BLOCKER.format(blocked=tuple(contents.EXCLUDES)))
    path = os.pathsep.join([str(tmp_path), str(REPO), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_every_module_imports_without_what_the_bundle_leaves_out(tmp_path: Path) -> None:
    def failures(env: dict[str, str]) -> dict[str, str]:
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_ALL], env=env, cwd=REPO, capture_output=True, text=True, timeout=240
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    baseline = failures({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    blocked = failures(blocked_env(tmp_path))
    broken = {name: error for name, error in blocked.items() if name not in baseline}
    assert not broken, broken


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_self_test_passes_from_source_without_what_the_bundle_leaves_out(
    tmp_path: Path, packages: Callable[[str], Path]
) -> None:
    package = packages("gqa1-tied")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-test", str(package)],
        env=blocked_env(tmp_path),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    steps = ("window shown", "ready", "model loaded", "answered a question with an image", "formula drawn")
    assert all(step in done.stdout for step in steps), done.stdout
    assert "self-test passed" in done.stdout


def test_self_test_says_what_is_missing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--self-test", str(tmp_path / "nowhere")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"no model package at {tmp_path / 'nowhere'}" in done.stdout


@pytest.mark.parametrize(
    ("dest", "platform", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "linux", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlpsql.so", "linux", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "linux", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", "linux", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "linux", True),
        ("PySide6/Qt/lib/libicudata.so.73", "linux", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", "linux", True),  # QLocalServer: one Oriel per data folder
        ("PySide6/Qt/lib/libQt6Quick.so.6", "linux", False),
        ("libxcb-cursor.so.0", "linux", True),
        # the xcb-util libraries many desktops lack: `make run` asks for them, the bundle ships them
        ("libxcb-icccm.so.4", "linux", True),
        ("libxcb-keysyms.so.1", "linux", True),
        ("libxcb-image.so.0", "linux", True),
        ("libxcb-render-util.so.0", "linux", True),
        ("libxcb-util.so.1", "linux", True),
        # the SVG image plugin draws the icons (app/icons.py)
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", "linux", True),
        ("libsqlite3.so.0", "linux", True),
        ("libxcb.so.1", "linux", False),
        ("libX11.so.6", "linux", False),
        ("libfontconfig.so.1", "linux", False),
        ("libglib-2.0.so.0", "linux", False),
        ("libstdc++.so.6", "linux", False),
        ("libssl.so.3", "linux", False),
        ("PySide6/plugins/platforms/qwindows.dll", "win32", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", "win32", False),
        ("PySide6/Qt6Network.dll", "win32", True),
        ("PySide6/Qt6Qml.dll", "win32", False),
        ("PySide6/opengl32sw.dll", "win32", False),
        ("PySide6/Qt6Widgets.dll", "win32", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
    ],
)
def test_which_libraries_stay_in_the_bundle(dest: str, platform: str, kept: bool) -> None:
    assert contents.keep_binary(dest, platform) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_de.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/translations/qtbase_ar.qm", True),
        ("i18n/oriel_de.qm", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSerif.ttf", False),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("pydantic-2.14.4.dist-info/METADATA", False),
        ("keyring-25.7.0.dist-info/entry_points.txt", True),
    ],
)
def test_which_data_stays_in_the_bundle(dest: str, kept: bool) -> None:
    assert contents.keep_data(dest) is kept


def test_links_to_libraries_left_out_go_too() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("assets/icons/oriel.svg", "/x/oriel.svg", "DATA"),
    ]
    kept_binaries, kept_datas = contents.prune(binaries, datas, "linux")
    assert [b[0] for b in kept_binaries] == ["PySide6/Qt/lib/libQt6Core.so.6"]
    assert [d[0] for d in kept_datas] == ["libQt6Core.so.6", "assets/icons/oriel.svg"]


# -- the entry point -----------------------------------------------------------------------------


def test_frozen_entry_turns_into_the_worker_before_importing_anything_heavy() -> None:
    launcher = ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    assert {name for _, name in imports_in(PACKAGING / "launcher.py")} == {
        "multiprocessing",
        "sys",
        "runtime",  # stdlib only: it switches library telemetry off (tests/runtime/test_no_telemetry.py)
        "app.main",
    }
    guard = next(node for node in launcher.body if isinstance(node, ast.If))
    first = guard.body[0]
    assert isinstance(first, ast.Expr) and ast.unparse(first) == "multiprocessing.freeze_support()"


def test_app_entry_calls_freeze_support_first() -> None:
    tree = ast.parse((REPO / "app" / "main.py").read_text(encoding="utf-8"))
    main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
    assert ast.unparse(main.body[0]) == "multiprocessing.freeze_support()"


# -- desktop integration -------------------------------------------------------------------------


def test_desktop_entry() -> None:
    path = PACKAGING / "linux" / "oriel.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert (entry["Type"], entry["Name"], entry["Exec"], entry["Icon"]) == (
        "Application",
        "Oriel",
        "oriel",
        "oriel",
    )
    assert entry["Terminal"] == "false" and entry["Categories"].endswith(";")
    assert entry["StartupWMClass"] == "Oriel"  # Qt's WM_CLASS class is the application name
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_icons_come_in_every_size() -> None:
    icons = REPO / "assets" / "icons"
    for size in packaging_module("make_icons").PNG_SIZES:
        data = (icons / f"oriel-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    assert (icons / "oriel.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "oriel.icns").read_bytes()[:4] == b"icns"
    assert 'viewBox="0 0 512 512"' in (icons / "oriel.svg").read_text(encoding="utf-8")


def test_control_file_is_well_formed() -> None:
    control = packaging_module("linux_packages").control_file(
        "1.2.3", "amd64", ["libc6 (>= 2.35)", "libx11-6"], 1000
    )
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "oriel" and fields["Version"] == "1.2.3"
    assert fields["Depends"] == "libc6 (>= 2.35), libx11-6"
    lines = control.splitlines()
    description = next(i for i, line in enumerate(lines) if line.startswith("Description: "))
    assert all(line.startswith(" ") for line in lines[description + 1 :])


# -- the real bundle (minutes: ORIEL_PACKAGE_TEST=1, `make package-test`) ------------------------


@pytest.mark.slow
@pytest.mark.package
@pytest.mark.timeout(3600)
@pytest.mark.skipif(not PACKAGE_TEST, reason="builds the installers for minutes: run `make package-test`")
@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="the Linux installers need dpkg-deb")
def test_linux_bundle_installs_and_passes_its_self_test(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(PACKAGING / "bundle.py")], cwd=REPO, check=True, timeout=3000)
    version = contents.app_version(REPO)
    debs = sorted((REPO / "dist").glob(f"oriel_{version}_*.deb"))
    assert debs, "no .deb in dist/"
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(debs[-1]), str(root)], check=True)

    bundle = root / "opt" / "oriel"
    assert os.readlink(root / "usr" / "bin" / "oriel") == "/opt/oriel/oriel"
    assert (root / "usr/share/applications/oriel.desktop").is_file()
    for size in packaging_module("make_icons").PNG_SIZES:
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/oriel.png").is_file()
    size = packaging_module("bundle").bundle_size(bundle)
    assert size < BUNDLE_SIZE_LIMIT, f"the bundle is {size / 1e6:.1f} MB"
    internal = bundle / "_internal"
    for left_out in ("torch", "transformers", "pytest", "_pytest", "tkinter", "hf_xet", "pydantic"):
        assert not (internal / left_out).exists(), left_out
    depends = subprocess.run(
        ["dpkg-deb", "--field", str(debs[-1]), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert depends.startswith("libc6 (>= ") and "libxcb1" in depends

    env = {
        "HOME": str(tmp_path / "home"),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [str(bundle / "oriel"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frozen: True" in done.stdout and "self-test passed" in done.stdout

    with tarfile.open(REPO / "dist" / f"oriel-{version}-linux-{os.uname().machine}.tar.gz") as tar:
        assert f"oriel-{version}/oriel" in tar.getnames()
    print(textwrap.indent(done.stdout, "  "))
