"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) platform plugin here?

Without them Qt aborts with "no Qt platform plugin could be initialized" and names no package.
`missing_for_xcb()` asks `ldd` about the PySide6 wheel's own `libqxcb.so` (so the list is always
the plugin's real one, transitive dependencies included) and `advice()` names what is missing
with the one command that installs it on Debian/Ubuntu and on Fedora. Skipped where xcb is not
the platform (offscreen, Wayland sessions, other systems) and in the installers' bundles, which
ship those libraries themselves (packaging/bundle_contents.py).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def xcb_plugin() -> Path | None:
    """The PySide6 wheel's libqxcb.so, found without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def uses_xcb(qt_args: Sequence[str] = (), environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will start on xcb: Linux, not a bundle, no other platform asked for, no Wayland."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return False
    args = list(qt_args)
    chosen = (
        args[args.index("-platform") + 1] if "-platform" in args[:-1] else environ.get("QT_QPA_PLATFORM", "")
    )
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return environ.get("XDG_SESSION_TYPE") != "wayland" and not environ.get("WAYLAND_DISPLAY")


def missing_libraries(plugin: Path) -> list[str]:
    """The sonames `ldd` cannot find for `plugin`, in its order; [] when ldd is not there."""
    try:
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))


def advice(missing: Sequence[str]) -> str:
    """What to tell the user, in English on the terminal (Qt, and so the translations, is not up)."""
    debian = list(dict.fromkeys(PACKAGES[s][0] for s in missing if s in PACKAGES))
    fedora = list(dict.fromkeys(PACKAGES[s][1] for s in missing if s in PACKAGES))
    unknown = [s for s in missing if s not in PACKAGES]
    lines = [
        "Oriel cannot open its window: Qt's X11 (xcb) platform plugin needs system libraries that "
        "are not installed:",
        "  " + ", ".join(missing),
    ]
    if debian:
        lines += [
            "Install them, then start Oriel again:",
            "  Debian, Ubuntu: sudo apt install " + " ".join(debian),
            "  Fedora:         sudo dnf install " + " ".join(fedora),
        ]
    if unknown:
        lines.append(
            "Your system's package manager can say which package provides " + ", ".join(unknown) + "."
        )
    lines.append("(On a Wayland desktop, QT_QPA_PLATFORM=wayland uses Wayland instead.)")
    return "\n".join(lines)


def check(qt_args: Sequence[str] = (), environ: Mapping[str, str] = os.environ) -> str | None:
    """The advice when Qt would start on xcb and some of its libraries are missing, else None."""
    if not uses_xcb(qt_args, environ):
        return None
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin is not None else []
    return advice(missing) if missing else None
