"""What the suite needs from the system beyond Python packages, and how a test asks for it.

`make test` runs on any machine: a test whose system library is missing skips with the reason
and the package that brings it. `.ci/run` installs those packages and sets `ORIEL_CI=1`, which
turns such a skip into a failure, so a green CI means every test that matters ran.
"""

from __future__ import annotations

import os


def strict() -> bool:
    """Whether a missing system dependency fails the test instead of skipping it (`ORIEL_CI=1`)."""
    return os.environ.get("ORIEL_CI", "") not in ("", "0")


def require(found: bool, what: str) -> None:
    """Skip (or, under ORIEL_CI=1, fail) the calling test unless `found`; `what` says what is
    missing and which package brings it."""
    import pytest

    if found:
        return
    if strict():
        pytest.fail(f"{what} (ORIEL_CI=1: .ci/run installs it, so this test must run)")
    pytest.skip(what)


def portaudio_available() -> bool:
    """Whether sounddevice finds the PortAudio library (it raises OSError on import when not)."""
    try:
        import sounddevice  # noqa: F401
    except (ImportError, OSError):
        return False
    return True
