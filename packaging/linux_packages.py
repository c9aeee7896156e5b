"""Linux installers from the one-folder bundle: a .deb (dpkg-deb) and a portable .tar.gz.

The .deb installs the bundle in /opt/oriel, a link /usr/bin/oriel, the desktop entry
(packaging/linux/oriel.desktop) and the icon in every hicolor size. Its Depends are worked out as
dpkg-shlibdeps would: the libraries each file of the bundle links to directly (`readelf -d`), where
`ldd` finds those that are not in the bundle, and `dpkg -S` for the packages that hold them on
the build machine. Build on the oldest distribution
you support (CI: Ubuntu 22.04); the package then installs on it and anything newer. Libraries
needed only by Qt's optional plugins (the GTK platform theme) are not required.

The .tar.gz is the same folder, run in place: `oriel-<version>/oriel`.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from make_icons import PNG_SIZES

INSTALL_DIR = "opt/oriel"
# Loaded with ctypes, so ldd does not see them: voice input (app/voice/input.py, through sounddevice).
RECOMMENDS = ["libportaudio2"]
# Plugins whose libraries the system may lack: Qt skips such a plugin and goes on.
OPTIONAL_PLUGINS = ("plugins/platformthemes/",)
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
NEEDED_LINE = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def build_deb(bundle: Path, repo: Path, out_dir: Path, version: str) -> Path:
    """dist/oriel_<version>_<arch>.deb, built with dpkg-deb from a staged root."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="oriel-deb-") as tmp:
        root = Path(tmp) / "root"
        stage_root(root, bundle, repo)
        depends = debian_depends(bundle)
        control = root / "DEBIAN" / "control"
        control.parent.mkdir(parents=True)
        control.write_text(control_file(version, arch, depends, installed_kib=_kib(root)), encoding="utf-8")
        normalize_modes(root)
        deb = out_dir / f"oriel_{version}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def stage_root(root: Path, bundle: Path, repo: Path) -> None:
    """The file system tree the .deb installs, under `root`."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/oriel").symlink_to(f"/{INSTALL_DIR}/oriel")
    applications = root / "usr/share/applications"
    applications.mkdir(parents=True)
    shutil.copyfile(repo / "packaging/linux/oriel.desktop", applications / "oriel.desktop")
    icons = repo / "assets/icons"
    for size in PNG_SIZES:
        folder = root / f"usr/share/icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / f"oriel-{size}.png", folder / "oriel.png")
    scalable = root / "usr/share/icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(icons / "oriel.svg", scalable / "oriel.svg")
    doc = root / "usr/share/doc/oriel"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Oriel, a private offline desktop assistant.\n"
        "License: Apache-2.0 (/usr/share/common-licenses/Apache-2.0).\n"
        "The bundle in /opt/oriel contains Qt (LGPL-3.0), Python (PSF) and other components\n"
        "under their own licenses.\n",
        encoding="utf-8",
    )


def control_file(version: str, arch: str, depends: list[str], installed_kib: int) -> str:
    return (
        "Package: oriel\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Oriel developers <oriel@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: private, offline desktop assistant that chats about text and images\n"
        " Oriel runs Qwen3.5 vision-language models on this computer with ONNX Runtime.\n"
        " Nothing leaves the machine except the model download you ask for.\n"
    )


def debian_depends(bundle: Path) -> list[str]:
    """The packages holding the system libraries the bundle links to, plus libc6 (>= build's)."""
    provided = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    missing: set[str] = set()
    for library in _elf_files(bundle):
        relative = library.relative_to(bundle).as_posix()
        if any(part in relative for part in OPTIONAL_PLUGINS):
            continue
        direct = _needed(library)
        for name, path in _ldd(library):
            if name in provided or name not in direct:
                continue
            if path == "not found":
                missing.add(name)
            else:
                needed.add(path)
    if missing:
        print(f"warning: no library on this machine for {', '.join(sorted(missing))}: not in Depends")
    packages = _owning_packages(needed)
    glibc = platform.libc_ver()[1]
    packages.discard("libc6")
    return [f"libc6 (>= {glibc})", *sorted(packages)]


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(library: Path) -> set[str]:
    """The libraries `library` links to itself (DT_NEEDED), not those of its dependencies."""
    result = subprocess.run(["readelf", "-d", "-W", str(library)], capture_output=True, text=True)
    return set(NEEDED_LINE.findall(result.stdout))


def _ldd(library: Path) -> list[tuple[str, str]]:
    result = subprocess.run(["ldd", str(library)], capture_output=True, text=True)
    return [(m[1], m[2]) for line in result.stdout.splitlines() if (m := LDD_LINE.match(line))]


def _owning_packages(paths: set[str]) -> set[str]:
    """dpkg -S for each path, trying the merged-/usr spelling too ('libfoo:amd64: /lib/...')."""
    candidates: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        for spelling in {path, real, *_usr_variants(path), *_usr_variants(real)}:
            candidates.setdefault(spelling, path)
    result = subprocess.run(["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        package, _, file = line.partition(": ")
        if file in candidates:
            owners.setdefault(candidates[file], package.split(":")[0].split(",")[0])
    unowned = sorted(paths - owners.keys())
    if unowned:
        print(f"warning: no package owns {', '.join(unowned)}: not in Depends")
    return set(owners.values())


def _usr_variants(path: str) -> list[str]:
    if path.startswith("/usr/"):
        return [path.removeprefix("/usr")]
    return [f"/usr{path}"]


def _kib(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def normalize_modes(root: Path) -> None:
    """0755 for folders and executables, 0644 for the rest, whatever the build's umask was."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def build_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    """dist/oriel-<version>-linux-<machine>.tar.gz: the bundle as oriel-<version>/, owned by root."""
    archive = out_dir / f"oriel-{version}-linux-{platform.machine()}.tar.gz"

    def as_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"oriel-{version}", filter=as_root)
    return archive
