"""What the store's long jobs share: throttled progress, cancellation, hashing, careful writes."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from runtime.errors import UserError
from runtime.protocol import ErrorCode

Progress = Callable[[str, float, str], None]  # stage, fraction in [0, 1], detail for the user


class Cancelled(Exception):
    """The user stopped the job; the store turns it into UserError(CANCELLED)."""


def size_text(n: float) -> str:
    return f"{n / 1e9:.1f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


class Throttle:
    """Pass progress on at most ten times a second per stage, and always the first and last call."""

    def __init__(self, progress: Progress | None, interval: float = 0.1) -> None:
        self._progress = progress
        self._interval = interval
        self._last: tuple[str, float] = ("", 0.0)

    def __call__(self, stage: str, fraction: float, detail: str) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if stage != self._last[0] or fraction >= 1.0 or now - self._last[1] >= self._interval:
            self._last = (stage, now)
            self._progress(stage, min(max(fraction, 0.0), 1.0), detail)


@contextlib.contextmanager
def cancellable(what: str) -> Iterator[None]:
    try:
        yield
    except Cancelled:
        resume = " and continues where it stopped" if what == "download" else ""
        raise UserError(
            ErrorCode.CANCELLED, f"The {what} was stopped. Nothing was installed; start it again{resume}."
        ) from None


def is_disk_full(error: BaseException) -> bool:
    """A write failed for want of space (ENOSPC), or of the user's quota (EDQUOT)."""
    full = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    return isinstance(error, OSError) and error.errno in full


def disk_full_text(folder: Path, needed: float) -> str:
    """What the user reads when a write ran out of space: how much, and where."""
    return (
        f"The disk is full: {size_text(max(needed, 1e6))} needed at {folder}. Free some space or "
        "choose another folder; nothing was installed."
    )


@contextlib.contextmanager
def disk_errors(root: Path, needed: Callable[[], float] = lambda: 0.0) -> Iterator[None]:
    """OSErrors of a store job as UserErrors; a full disk says how much the job still needs."""
    try:
        yield
    except UserError:
        raise
    except OSError as e:
        if is_disk_full(e):
            raise UserError(ErrorCode.NOT_ENOUGH_DISK, disk_full_text(root, needed())) from e
        where = e.filename or root
        raise UserError(
            ErrorCode.INTERNAL, f"could not read or write {where}: {e.strerror or e}. Nothing was installed."
        ) from e


def hash_file(
    src: BinaryIO,
    on_bytes: Callable[[int], None],
    cancel: threading.Event | None,
    copy: BinaryIO | None = None,
) -> str:
    """The sha256 of `src`, read in blocks (copied to `copy` on the way)."""
    h = hashlib.sha256()
    while block := src.read(1 << 22):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        h.update(block)
        if copy is not None:
            copy.write(block)
        on_bytes(len(block))
    if copy is not None:
        copy.flush()
        os.fsync(copy.fileno())
    return h.hexdigest()


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # also a 5,000-digit number, deep nesting
        return {}
    return data if isinstance(data, dict) else {}


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
