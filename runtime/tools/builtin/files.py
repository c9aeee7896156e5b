"""Read files and list folders, only inside the folders the user granted, and only to read.

A path (absolute, or relative to a granted folder) is resolved with `os.path.realpath`, which
follows every symbolic link and `..`, and must then lie inside the real path of a granted folder:
a link that points out of the folder is refused like any other path outside it. Files are opened
read-only; nothing here writes, renames or deletes. Text files are returned up to the size limit
(cut with a note beyond it), images go back to the model as images, other binary files are
described, not dumped.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from runtime.tools.calls import ContentPart
from runtime.tools.registry import HostedTool, ToolContext, ToolError, ToolSpec

MAX_ENTRIES = 500
IMAGE_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
    b"BM": "image/bmp",
}


def resolve(path: str, granted: tuple[Path, ...]) -> Path:
    """The real path of `path` if it lies inside a granted folder; raises ToolError otherwise."""
    if not granted:
        raise ToolError("No folder is shared with tools. The user can grant one in Settings > Tools.")
    roots = [os.path.realpath(root) for root in granted]
    given = Path(path).expanduser()
    candidates = [given] if given.is_absolute() else [Path(root) / given for root in roots]
    for candidate in candidates:
        real = os.path.realpath(candidate)
        for root in roots:
            if os.path.commonpath([real, root]) == root:
                return Path(real)
    shared = ", ".join(str(g) for g in granted)
    raise ToolError(f"{path} is outside the folders shared with tools ({shared}); it was not read.")


def _image_type(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for magic, mime in IMAGE_TYPES.items() if head.startswith(magic)), None)


def read_file(path: str, context: ToolContext) -> list[ContentPart]:
    real = resolve(path, context.granted_folders)
    try:
        info = real.stat()
    except OSError as e:
        raise ToolError(f"{path} cannot be read: {e.strerror}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ToolError(f"{path} is a folder; use list_folder.")
    if not stat.S_ISREG(info.st_mode):
        raise ToolError(f"{path} is not a regular file.")
    limit = context.max_file_bytes
    with open(real, "rb") as f:  # read-only
        data = f.read(limit + 1)
    mime = _image_type(data[:16])
    if mime is not None:
        if info.st_size > limit:
            raise ToolError(f"{path} is an image of {info.st_size:,} bytes; the limit is {limit:,}.")
        return [
            ContentPart("text", f"{real.name} ({mime}, {info.st_size:,} bytes)"),
            ContentPart("image", data=data, mime_type=mime),
        ]
    if b"\x00" in data[:8192]:
        return [
            ContentPart("text", f"{real.name} is a binary file of {info.st_size:,} bytes; it is not shown.")
        ]
    text = data[:limit].decode("utf-8", errors="replace")
    if info.st_size > limit:
        text += f"\n[Cut: {real.name} has {info.st_size:,} bytes; only the first {limit:,} are shown.]"
    return [ContentPart("text", text)]


def list_folder(path: str, context: ToolContext) -> str:
    real = resolve(path or ".", context.granted_folders) if path else None
    folders = [real] if real is not None else [Path(os.path.realpath(g)) for g in context.granted_folders]
    if not folders:
        raise ToolError("No folder is shared with tools. The user can grant one in Settings > Tools.")
    lines: list[str] = []
    for folder in folders:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: (not e.is_dir(), e.name.lower()))
        except NotADirectoryError:
            raise ToolError(f"{path} is a file; use read_file.") from None
        except OSError as e:
            raise ToolError(f"{folder} cannot be listed: {e.strerror}.") from None
        lines.append(f"{folder}:")
        for entry in entries[:MAX_ENTRIES]:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            day = time.strftime("%Y-%m-%d", time.localtime(info.st_mtime))
            if entry.is_dir(follow_symlinks=False):
                lines.append(f"  {entry.name}/")
            else:
                lines.append(f"  {entry.name}  {info.st_size:,} bytes  {day}")
        if len(entries) > MAX_ENTRIES:
            lines.append(f"  [... {len(entries) - MAX_ENTRIES:,} more entries not shown]")
    return "\n".join(lines)


_PATH = {"type": "string", "description": "A path inside a shared folder (absolute, or relative to it)"}
READ = HostedTool(
    ToolSpec(
        "read_file",
        "Read a text or image file inside the folders the user shared with tools (read-only).",
        {"type": "object", "properties": {"path": _PATH}, "required": ["path"]},
        touches="Files in the folders you shared with tools (read-only).",
    ),
    lambda arguments, context: read_file(str(arguments["path"]), context),
)
LIST = HostedTool(
    ToolSpec(
        "list_folder",
        "List a folder inside the folders the user shared with tools; "
        "without a path, list the shared folders.",
        {"type": "object", "properties": {"path": _PATH}},
        touches="Names and sizes of files in the folders you shared with tools.",
    ),
    lambda arguments, context: list_folder(str(arguments.get("path") or ""), context),
)
