"""Windows installer from the one-folder bundle: dist/Oriel-<version>-setup.exe (Inno Setup 6).

packaging/windows/oriel.iss holds the installer's definition: a per-user install (no
administrator rights), a Start menu entry, an optional desktop icon and an uninstaller. ISCC is
found on PATH or in Inno Setup's default folders (GitHub's Windows runners have it; elsewhere
`choco install innosetup` or https://jrsoftware.org/isinfo.php).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path


def find_iscc() -> str:
    found = shutil.which("iscc")
    if found:
        return found
    for root in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(root or "C:/") / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return str(candidate)
    raise SystemExit("Inno Setup 6 (ISCC.exe) is not installed: choco install innosetup")


def build_setup(bundle: Path, repo: Path, out_dir: Path, version: str) -> Path:
    subprocess.run(
        [
            find_iscc(),
            "/Q",
            f"/DAppVersion={version}",
            f"/DSourceDir={bundle}",
            f"/DOutputDir={out_dir}",
            f"/DIconFile={repo / 'assets' / 'icons' / 'oriel.ico'}",
            str(repo / "packaging" / "windows" / "oriel.iss"),
        ],
        check=True,
    )
    return out_dir / f"Oriel-{version}-setup.exe"
