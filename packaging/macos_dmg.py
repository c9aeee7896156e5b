"""macOS disk image from the .app bundle: dist/Oriel-<version>-macos-<arch>.dmg.

The image opens on Oriel.app beside a link to /Applications, the usual drag-to-install layout,
compressed (UDZO) with hdiutil. The app is signed ad hoc only (PyInstaller does that much):
distributing it beyond testers needs a Developer ID signature and notarization, which need
Apple credentials (`codesign --deep --options runtime -s "Developer ID Application: ..."`, then
`xcrun notarytool submit --wait` and `xcrun stapler staple`).
"""

from __future__ import annotations

import platform
import subprocess
import tempfile
from pathlib import Path


def build_dmg(app: Path, out_dir: Path, version: str) -> Path:
    dmg = out_dir / f"Oriel-{version}-macos-{platform.machine()}.dmg"
    dmg.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="oriel-dmg-") as tmp:
        stage = Path(tmp) / "Oriel"
        stage.mkdir()
        subprocess.run(["ditto", str(app), str(stage / "Oriel.app")], check=True)  # keeps links, signatures
        (stage / "Applications").symlink_to("/Applications")
        subprocess.run(
            ["hdiutil", "create", "-volname", "Oriel", "-srcfolder", str(stage), "-format", "UDZO", str(dmg)],
            check=True,
        )
    return dmg
