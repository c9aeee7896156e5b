"""Saved conversation states on disk, so a conversation reopens without re-reading it.

    <root>/<package id>/<conversation>/<tokens>-<prefix digest>.safetensors

`root` is `<user data dir>/states` (beside the chat history); each file is one `state_file`.
The engine saves a conversation's state after each answer and, given a prompt, asks for the
longest saved prefix of it (any conversation's: two chats that share a long system prompt share
its state). What bounds the folder:

- a conversation keeps its two newest states for a model (after each answer: where the history
  ended, and the history with the answer as the next turn will render it); older ones go;
- the whole folder stays under a budget: the least recently used files go first (a file's
  modification time is set each time it is read), and a state larger than the budget is not
  kept at all;
- `delete_conversation` removes a conversation's states with it.

The folder is owner-only. A failed save (a full disk) raises `OSError`, which the engine logs and
goes on from. A file that cannot be used (truncated, damaged, from another format version) is deleted and the
prompt is prefilled from scratch; the reason goes to the log.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import psutil

from runtime.generate.state_file import (
    SUFFIX,
    SavedState,
    StateFileError,
    prefix_digest,
    read_state,
    write_state,
)

log = logging.getLogger(__name__)

DEFAULT_BUDGET = 4 << 30
KEEP_PER_CONVERSATION = 2
_FILE = re.compile(r"(\d+)-([0-9a-f]{32})" + re.escape(SUFFIX))
_TEMP = re.compile(r"\..+\.tmp-(\d+)")
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def default_states_dir() -> Path:
    """Where saved states live unless the caller says otherwise (beside the chat history)."""
    return Path(platformdirs.user_data_dir("Oriel", "Oriel")) / "states"


@dataclass(frozen=True)
class StateEntry:
    path: Path
    tokens: int
    prefix: str


class StateStore:
    def __init__(self, root: Path | None = None, *, budget_bytes: int = DEFAULT_BUDGET) -> None:
        self.root = root or default_states_dir()
        self.budget_bytes = budget_bytes
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o700)  # conversations are private: owner only, like the chat history
        self._sweep()

    # -- writing -------------------------------------------------------------------------------

    def save(self, conversation: str, package_id: str, saved: SavedState) -> Path | None:
        """Save `saved` as `conversation`'s newest state; None when it is larger than the budget."""
        folder = self.root / package_id / _folder_name(conversation)
        path = folder / f"{len(saved.keys)}-{prefix_digest(saved.keys)}{SUFFIX}"
        size = write_state(path, package_id, saved)
        older = sorted((e.path for e in self._entries(folder) if e.path != path), key=_mtime, reverse=True)
        for old in older[KEEP_PER_CONVERSATION - 1 :]:
            old.unlink(missing_ok=True)
        if size > self.budget_bytes:
            path.unlink(missing_ok=True)
            return None
        self._evict(keep=path)
        return path

    def set_budget(self, budget_bytes: int) -> None:
        """Change the budget; files over it go at once, least recently used first."""
        self.budget_bytes = budget_bytes
        self._evict()

    def delete_conversation(self, conversation: str) -> int:
        """Remove every state saved for `conversation` (all models); returns the bytes freed."""
        freed = 0
        for folder in self.root.glob(f"*/{_folder_name(conversation)}"):
            freed += sum(e.path.stat().st_size for e in self._entries(folder) if e.path.exists())
            shutil.rmtree(folder, ignore_errors=True)
        return freed

    # -- reading -------------------------------------------------------------------------------

    def longest_prefix(self, package_id: str, keys: Sequence[int], *, longer_than: int = 0) -> int:
        """How many of `keys` the longest state `find` would try covers (0: none), judged by the
        files' names alone (nothing is read)."""
        return next((e.tokens for e in self._candidates(package_id, keys, longer_than)), 0)

    def find(self, package_id: str, keys: Sequence[int], *, longer_than: int = 0) -> SavedState | None:
        """The longest saved state of `package_id` whose keys are a prefix of `keys` and which
        covers more than `longer_than` of them; None if there is none."""
        for entry in self._candidates(package_id, keys, longer_than):
            prefix = keys[: entry.tokens]
            try:
                saved = read_state(entry.path, package_id, prefix)
            except FileNotFoundError:
                continue  # evicted by another process meanwhile
            except StateFileError as e:
                log.warning("ignoring saved state %s: %s", entry.path, e)
                entry.path.unlink(missing_ok=True)
                continue
            with contextlib.suppress(OSError):
                os.utime(entry.path)  # most recently used
            return saved
        return None

    def disk_bytes(self) -> int:
        """What the saved states take on disk (for the settings page)."""
        return sum(size for _, size in self._sizes())

    def _candidates(self, package_id: str, keys: Sequence[int], longer_than: int) -> list[StateEntry]:
        """The saved states whose names say they are prefixes of `keys`, longest first."""
        entries = [
            e
            for folder in (self.root / package_id).glob("*")
            for e in self._entries(folder)
            if longer_than < e.tokens <= len(keys)
        ]
        return [
            e for e in sorted(entries, key=lambda e: -e.tokens) if e.prefix == prefix_digest(keys[: e.tokens])
        ]

    # -- housekeeping --------------------------------------------------------------------------

    def _entries(self, folder: Path) -> list[StateEntry]:
        try:
            names = os.listdir(folder)
        except OSError:
            return []
        return [
            StateEntry(folder / name, int(m.group(1)), m.group(2))
            for name in names
            if (m := _FILE.fullmatch(name))
        ]

    def _sizes(self) -> list[tuple[Path, int]]:
        out = []
        for path in self.root.glob(f"*/*/*{SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                out.append((path, path.stat().st_size))
        return out

    def _evict(self, keep: Path | None = None) -> None:
        files = []
        for path, size in self._sizes():
            with contextlib.suppress(FileNotFoundError):
                files.append((path.stat().st_mtime, path != keep, path, size))
        total = sum(size for *_, size in files)
        for _, _, path, size in sorted(files, key=lambda f: (not f[1], f[0])):
            if total <= self.budget_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
        for folder in self.root.glob("*/*"):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty

    def _sweep(self) -> None:
        """Remove the temporary files of writes that a crash interrupted."""
        for path in self.root.glob("*/*/.*"):
            m = _TEMP.fullmatch(path.name)
            if m and not psutil.pid_exists(int(m.group(1))):
                path.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime_ns / 1e9
    except FileNotFoundError:
        return 0.0


def _folder_name(conversation: str) -> str:
    if _SAFE_NAME.fullmatch(conversation):
        return conversation
    return "c-" + hashlib.blake2b(conversation.encode(), digest_size=16).hexdigest()
