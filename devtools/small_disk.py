"""A real full disk for tests: a command run in a mount namespace of its own with a small tmpfs
over one folder, so writing there fails with ENOSPC exactly as on a full drive.

Linux only: `unshare -m` as root, `unshare -rm` (a user namespace) otherwise; the tmpfs vanishes
with the command. `why_not()` says why this machine cannot, for a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from devtools import REPO

_MOUNT = 'mount -t tmpfs -o size="$1" oriel-small-disk "$2" && shift 2 && exec "$@"'


def command(folder: Path, size: str, argv: list[str]) -> list[str]:
    """`argv`, run with a tmpfs of `size` ("512k", "2m") mounted over the existing `folder`."""
    user = [] if os.geteuid() == 0 else ["-r"]
    return ["unshare", "-m", *user, "sh", "-c", _MOUNT, "sh", size, str(folder), *argv]


def run_python(folder: Path, size: str, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -c code *args`, run from the repository with `folder` on a disk of `size`."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    argv = command(folder, size, [sys.executable, "-c", code, *args])
    return subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)


def why_not() -> str:
    """ "" when this machine can mount a small disk for a test, else the reason."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return "needs Linux mount namespaces (unshare)"
    probe = subprocess.run(command(Path("/tmp"), "64k", ["true"]), capture_output=True, text=True, timeout=30)
    return "" if probe.returncode == 0 else f"cannot mount a tmpfs here: {probe.stderr.strip()}"
