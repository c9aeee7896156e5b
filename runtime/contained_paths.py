"""File names that come from outside, kept inside the folder they belong to.

Oriel opens, copies and writes files named by data it did not write: a model package's manifest
(its `files` and `graphs`), a checkpoint's safetensors index (`weight_map`), an ONNX graph's
external-data `location`, and the paths and the commit id a hub lists (a custom `HF_ENDPOINT` is
a stranger's server). A crafted one could name `../chats.sqlite3` or `/home/me/.ssh/id_rsa`, be a
symlink out of its folder, or be a FIFO or a device that blocks a read forever or never ends.
Every such name goes through `inside(folder, name, what)` before anything is opened, for reading
or for writing:

- the name itself: a non-empty relative path with `/` separators, no `..` component, no
  backslash, no NUL, no drive or root (POSIX or Windows);
- the file system: the path, with every symlink followed, must stay inside `folder` (also
  resolved), and where it exists it must be a regular file. One exception: a snapshot folder of
  the Hugging Face cache (`models--org--name/snapshots/<commit>/`) holds only symlinks into its
  repository's `blobs/`, and those may lead there, so a model already downloaded by other Hugging
  Face tools imports as it is.

A refusal is an `UnsafePath` (a ValueError) whose message names the source and the offending
name; callers turn it into their own error type (PackageError, CheckpointError, UserError).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

# A git commit id: what a hub's revision resolves to (sha1; sha256 repositories use 64 digits).
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


class UnsafePath(ValueError):
    """A name that would lead out of its folder, or a file that is not a plain file."""


def check_name(name: object, what: str) -> str:
    """`name`, if it is a relative path that cannot leave the folder it is joined to."""
    if not isinstance(name, str) or not name:
        raise UnsafePath(f"{what} has an empty or non-text file name ({name!r})")
    if "\x00" in name or "\\" in name:
        raise UnsafePath(f"{what} names {name!r}: file names may not hold a backslash or a NUL")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor:
        raise UnsafePath(f"{what} names {name!r}, an absolute path: only files inside its folder are allowed")
    if ".." in PurePosixPath(name).parts:
        raise UnsafePath(f"{what} names {name!r}, which leads out of its folder")
    return name


def inside(folder: Path, name: object, what: str) -> Path:
    """`folder / name` after checking the name and where it really leads (see the module doc).

    A path that does not exist yet passes (the caller writes it or reports it missing) as long as
    its existing parents do not lead out.
    """
    path = folder / check_name(name, what)
    real = path.resolve()
    if not any(real.is_relative_to(root) for root in _roots(folder)):
        raise UnsafePath(f"{what} names {name!r}, which is a link to {real}, outside {folder}")
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return path
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
        raise UnsafePath(f"{what} names {name!r}, which is {kind}, not a regular file")
    return path


def _roots(folder: Path) -> list[Path]:
    """Where files named inside `folder` may really be."""
    roots = [folder.resolve()]
    if folder.parent.name == "snapshots" and folder.parent.parent.name.startswith("models--"):
        roots.append((folder.parent.parent / "blobs").resolve())
    return roots


def check_commit(commit: object, what: str) -> str:
    """`commit`, if it is a lowercase hexadecimal git commit id (it becomes part of a folder name)."""
    if not isinstance(commit, str) or not _COMMIT.fullmatch(commit):
        raise UnsafePath(f"{what} gave {commit!r} as the commit, which is not a git commit id")
    return commit
