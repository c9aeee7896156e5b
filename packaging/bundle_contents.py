"""What Oriel's PyInstaller bundle holds and what it leaves out; read by packaging/oriel.spec.

PyInstaller follows imports from packaging/launcher.py and the hooks add each package's data and
libraries. Left alone, that brings in about 350 MB: the optional extras of Oriel's dependencies
(pydantic and mypy through huggingface_hub, setuptools, rich), every matplotlib backend, every Qt
translation and plugin, and on Linux the build machine's desktop libraries. The lists here cut it
to what Oriel uses; tests/packaging/test_packaging.py checks that the app and the worker import and run
with the excluded modules blocked.

Linux: libraries that load the host's drivers, read its configuration or plug its modules in are
left to the system (the .deb depends on them): OpenGL (PyInstaller's own rule), X11 and the core
xcb libraries, Wayland, fontconfig / FreeType / HarfBuzz, GLib / GIO, D-Bus, GTK's stack,
Kerberos, libstdc++ and libgcc_s (a bundled libstdc++ older than the host's breaks Mesa's drivers).
OpenSSL 3 also stays with the system (it reads the host's openssl.cnf and providers; every
distribution with glibc 2.35 or later ships it), and so does the audio stack voice input uses.
Kept: Qt and ICU, Python with the libraries it was built against (SQLite, libffi, zlib, bz2,
lzma, expat), and the xcb-util libraries Qt's xcb plugin needs that many desktops do not install
(libxcb-cursor0 since Qt 6.5, -icccm, -image, -keysyms, -render-util).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path, PurePosixPath

# Modules never imported by the app or the worker, or imported only for optional features Oriel
# does not use (`pydantic` by huggingface_hub's webhooks, `fsspec` by its file system, `rich` by
# httpx2's command line). A module listed here takes its submodules with it.
EXCLUDES = [
    # the test and reference stack
    "torch",
    "torchvision",
    "transformers",
    "onnxruntime_genai",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    # other toolkits and interactive shells
    "tkinter",
    "_tkinter",
    "IPython",
    "curses",
    "_curses",
    "readline",
    # optional extras other packages reach for; hf_xet serves hf_hub_download, and Oriel's
    # downloads run their own resumable byte loop over plain HTTP (runtime/store/hub.py)
    "hf_xet",
    "huggingface_hub.cli",
    "click",
    "pydoc_data",
    "yaml._yaml",  # PyYAML's optional C parser; the pure-Python one reads model cards as well
    "PIL._imagingft",  # text drawing (FreeType, HarfBuzz): Oriel draws no text with Pillow
    "pydantic",
    "pydantic_core",
    "rich",
    "fsspec",
    "requests",
    "urllib3",
    "setuptools",
    "pkg_resources",
    "distutils",
    "wheel",
    "numpy.f2py",
    "sympy",
    "scipy",
    "pandas",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.AvifImagePlugin",
    "PIL._avif",
    # Qt modules the window does not use (matplotlib's Qt backend would pull them in); QtNetwork
    # stays for QLocalServer, the single-instance hand-over (app/single_instance.py, 3.4 MB)
    "PySide6.QtSvg",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    # formulas are drawn by mathtext on the Agg canvas: every other matplotlib backend stays out
    *(
        f"matplotlib.backends.{name}"
        for name in (
            "qt_compat",
            "qt_editor",
            "backend_qt",
            "backend_qtagg",
            "backend_qtcairo",
            "backend_qt5",
            "backend_qt5agg",
            "backend_qt5cairo",
            "backend_tkagg",
            "backend_tkcairo",
            "_backend_tk",
            "backend_gtk3",
            "backend_gtk3agg",
            "backend_gtk3cairo",
            "backend_gtk4",
            "backend_gtk4agg",
            "backend_gtk4cairo",
            "_backend_gtk",
            "backend_wx",
            "backend_wxagg",
            "backend_wxcairo",
            "backend_macosx",
            "backend_webagg",
            "backend_webagg_core",
            "backend_nbagg",
            "backend_cairo",
            "backend_pdf",
            "backend_pgf",
            "backend_ps",
            "backend_svg",
            "backend_template",
        )
    ),
]

# Qt plugin folders the window needs, and within `platforms` the ones for real desktops plus
# `offscreen` (the self-test and headless runs).
QT_PLUGIN_FOLDERS = {
    "platforms",
    "platformthemes",  # native dialogs and colours: GTK, xdg-desktop-portal
    "platforminputcontexts",  # input methods (Chinese, Japanese, Korean)
    "imageformats",
    "iconengines",
    "styles",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
QT_PLATFORMS = re.compile(r"(lib)?q(xcb|wayland.*|offscreen|windows|cocoa)\.(so|dll|dylib)$")
# Wayland shells and buffer integrations of desktop compositors (not IVI, fullscreen-shell or
# Qt's own compositor protocols).
QT_WAYLAND_CLIENTS = re.compile(r"lib(xdg-shell|qt-plugin-wayland-egl|adwaita|bradient)\.so$")
# Formats the composer accepts (app/chat/images.py), SVG and ICO for icons.
QT_IMAGE_FORMATS = re.compile(r"(lib)?q(gif|jpeg|webp|svg|ico)\.(so|dll|dylib)$")
QT_LIBRARIES_DROPPED = re.compile(
    r"(lib)?Qt6(EglFS|EglFsKms|Quick|Qml|Pdf|VirtualKeyboard)"
    r"|opengl32sw\.dll$"  # Windows' software OpenGL (20 MB): the window paints with Qt's raster engine
)

# Linux: left to the system (see the docstring). Matched against the library's file name.
SYSTEM_LIBRARIES = re.compile(
    r"lib("
    r"X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|Xinerama"
    r"|xcb|xcb-(glx|randr|render|shape|shm|sync|xfixes|xkb|xinerama|xinput|dri2|dri3|present)"
    r"|xkbcommon|xkbcommon-x11|wayland-(client|cursor|egl)"
    r"|fontconfig|freetype|harfbuzz|graphite2|png16|brotli(common|dec)"
    r"|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0|pcre2-8|ffi-gobject"
    r"|dbus-1|systemd|gcrypt|gpg-error|cap|lz4|zstd|bsd|md"
    r"|gtk-3|gdk-3|atk-1\.0|atk-bridge-2\.0|atspi|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0"
    r"|cairo|cairo-gobject|gdk_pixbuf-2\.0|pixman-1|thai|datrie|fribidi|epoxy"
    r"|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils|selinux|mount|blkid"
    r"|stdc\+\+|gcc_s|tinfo|ncursesw|readline"
    r"|portaudio|asound|jack|db-5\.3"  # voice input: the host's audio stack (libportaudio2)
    r"|ssl|crypto"  # OpenSSL 3 reads the host's openssl.cnf and providers; every glibc >= 2.35 has it
    r")\.so(\.\d+)*$"
)

# Data that no code path of Oriel reads.
DROPPED_DATA = (
    "matplotlib/mpl-data/sample_data/",
    "matplotlib/mpl-data/images/",  # the interactive toolbar's icons
    "matplotlib/mpl-data/fonts/afm/",  # metrics for the PDF and PostScript backends
    "matplotlib/mpl-data/fonts/pdfcorefonts/",
    "matplotlib/mpl-data/plot_directive/",
    "matplotlib/mpl-data/kpsewhich.lua",
    # mathtext's "dejavusans" set draws with DejaVu Sans, DejaVu Sans Mono (regular) and STIX
    "matplotlib/mpl-data/fonts/ttf/DejaVuSerif",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono-",
)
DROPPED_DIST_INFO = re.compile(
    r"^(pydantic|pydantic_core|rich|setuptools|wheel|mypy|fsspec|hf_xet|click)-[^/]*\.dist-info/"
)


def keep_binary(dest: str, platform: str = sys.platform) -> bool:
    """Whether a library PyInstaller collected (its path inside the bundle) stays in it."""
    path = PurePosixPath(dest.replace("\\", "/"))
    name = path.name
    if QT_LIBRARIES_DROPPED.match(name):
        return False
    folder = _qt_plugin_folder(path)
    if folder is not None:
        if folder == "platforms":
            return bool(QT_PLATFORMS.match(name))
        if folder == "imageformats":
            return bool(QT_IMAGE_FORMATS.match(name))
        if folder.startswith("wayland-"):
            return bool(QT_WAYLAND_CLIENTS.match(name))
        return folder in QT_PLUGIN_FOLDERS
    return not (platform.startswith("linux") and len(path.parts) == 1 and SYSTEM_LIBRARIES.match(name))


def prune(binaries: list[tuple], datas: list[tuple], platform: str = sys.platform) -> tuple[list, list]:
    """The Analysis' binaries and datas (PyInstaller TOC entries: dest, source, typecode) without
    what the bundle leaves out, including links that would point at a library left out."""
    binaries = [entry for entry in binaries if keep_binary(entry[0], platform)]
    kept = {entry[0] for entry in binaries} | {entry[0] for entry in datas}
    datas = [entry for entry in datas if (entry[1] in kept if entry[2] == "SYMLINK" else keep_data(entry[0]))]
    return binaries, datas


def _qt_plugin_folder(path: PurePosixPath) -> str | None:
    """'platforms' for PySide6/Qt/plugins/platforms/libqxcb.so; None outside Qt's plugins."""
    parts = path.parts
    if parts[0] != "PySide6" or "plugins" not in parts[:-2]:
        return None
    return parts[parts.index("plugins") + 1]


def keep_data(dest: str) -> bool:
    """Whether a data file PyInstaller collected (its path inside the bundle) stays in it."""
    dest = dest.replace("\\", "/")
    if "/translations/" in f"/{dest}" and dest.endswith(".qm"):
        return Path(dest).name.startswith("qtbase_")  # Qt's own strings: dialogs' buttons
    if dest.startswith(DROPPED_DATA):
        return False
    return not DROPPED_DIST_INFO.match(dest)


def datas(repo: Path) -> list[tuple[str, str]]:
    """Oriel's own data files: (source, folder in the bundle)."""
    model = repo / "build" / "selftest-model"
    if not (model / "manifest.json").is_file():
        raise SystemExit(f"{model} is missing: build it with `python packaging/bundle.py --model-only`")
    found = [(str(model), "selftest-model"), (str(repo / "assets" / "icons"), "assets/icons")]
    found += [(str(p), "i18n") for p in sorted((repo / "i18n").glob("*.qm"))]
    return found


def icon_for_platform(repo: Path, platform: str = sys.platform) -> str | None:
    """The executable's icon; None on Linux, where the desktop entry names it instead."""
    icons = repo / "assets" / "icons"
    return {"win32": str(icons / "oriel.ico"), "darwin": str(icons / "oriel.icns")}.get(platform)


def app_version(repo: Path) -> str:
    return str(tomllib.loads((repo / "pyproject.toml").read_text())["project"]["version"])
