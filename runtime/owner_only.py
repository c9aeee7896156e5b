"""Owner-only folders and files, for everything that holds the user's data: chats, images, voice
recordings, settings, secrets, models.

On POSIX a folder is 0700 and a file 0600, created so (never readable by others, not even for a
moment) and tightened when found looser, so an install made before Oriel did this is fixed on its
next start. SQLite gives a database's -wal and -shm files the database file's mode, so creating
the database 0600 covers them. On Windows the user's profile folders are already private and
POSIX modes mean little: every function here only creates there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Any

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """`path` as an owner-only folder: created (with its missing parents) or tightened."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _tighten(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """`path` as an owner-only file: created empty when missing, else tightened."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    _tighten(path, FILE_MODE)
    return path


def open_private(path: Path, mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """`open(path, mode)` for writing ("w", "wb", "a", "ab", "x", "xb"), the file owner-only.
    A symbolic link at `path` is refused (ELOOP), not written through: in a shared folder such as
    the temp folder, another user could point it at a file of ours."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    if mode[0] == "w":
        flags |= os.O_TRUNC
    elif mode[0] == "a":
        flags |= os.O_APPEND
    elif mode[0] == "x":
        flags |= os.O_EXCL
    else:
        raise ValueError(f"open_private writes only, not mode {mode!r}")
    fd = os.open(path, flags, FILE_MODE)
    try:
        if _POSIX:
            os.fchmod(fd, FILE_MODE)  # it existed, looser
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def tighten_tree(root: Path) -> None:
    """Make `root` and everything under it owner-only (folders 0700, files 0600); symbolic links
    are not followed, and what cannot be changed (another user's file) is left as it is."""
    if not _POSIX or not root.is_dir():
        return
    _tighten(root, FOLDER_MODE)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            _tighten(Path(folder, name), FOLDER_MODE)
        for name in files:
            _tighten(Path(folder, name), FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
            return
        if st.st_mode & 0o777 & ~mode:
            os.chmod(path, stat.S_IMODE(st.st_mode) & mode)
