"""The pieces of OpenAI's chat-completions wire format that both ends of Oriel use.

The remote client (runtime.remote.client) sends images as data URLs and reads server-sent events;
the local API server (runtime.server) reads data URLs and writes server-sent events. Keeping both
directions here means the client can be tested against the server and neither drifts.

Images travel as `data:<mime>;base64,<bytes>` URLs. The type is read from the file's first bytes,
not its name (a file may be named anything). The limits are runtime.protocol's image policy. Remote image URLs
(https://...) are never fetched: Oriel does not download what a message points at.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from runtime.protocol import MAX_IMAGE_BYTES

# The file signatures of runtime.protocol's IMAGE_FORMATS (WebP and AVIF in `image_mime`).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
)

SSE_DONE = b"data: [DONE]\n\n"


class ImageUnusable(ValueError):
    """An image that cannot be sent or read; the message names it and says why."""


def image_mime(data: bytes) -> str | None:
    """The image type of `data` from its signature, or None when it is not an image we know."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    return next((mime for magic, mime in _SIGNATURES if data.startswith(magic)), None)


def image_data_url(path: str | Path) -> str:
    """The data URL of an image file; raises ImageUnusable with a reason for the user."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ImageUnusable(
                f"{path.name} is {size / 2**20:.0f} MB, more than the {MAX_IMAGE_BYTES // 2**20} MB "
                "an image may be: make it smaller."
            )
        data = path.read_bytes()
    except OSError as e:
        raise ImageUnusable(f"{path.name} could not be read ({e.strerror or e}).") from e
    mime = image_mime(data)
    if mime is None:
        raise ImageUnusable(f"{path.name} is not a PNG, JPEG, GIF, WebP, BMP or TIFF image.")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def decode_data_url(url: str) -> tuple[str, bytes]:
    """(mime type, bytes) of an image data URL; raises ImageUnusable saying what is wrong."""
    if not url.startswith("data:"):
        raise ImageUnusable(
            "images must be sent inline as data URLs (data:image/png;base64,...): Oriel does not "
            "download images from the network"
        )
    header, comma, payload = url[5:].partition(",")
    if not comma or not header.endswith(";base64"):
        raise ImageUnusable("an image data URL must be base64: data:image/png;base64,...")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError) as e:
        raise ImageUnusable(f"an image data URL is not valid base64 ({e})") from e
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageUnusable(f"an image is larger than {MAX_IMAGE_BYTES // 2**20} MB")
    mime = image_mime(data)
    if mime is None:
        raise ImageUnusable("an attached file is not a PNG, JPEG, GIF, WebP, BMP or TIFF image")
    return mime, data


def read_sse(readline: Callable[[], bytes]) -> Iterator[str]:
    """The `data` of each server-sent event, read line by line until the stream ends.

    Follows the EventSource rules that matter here: `data:` lines of one event are joined with
    newlines, a blank line ends the event, comments (":") and other fields are skipped.
    """
    data: list[str] = []
    while True:
        raw = readline()
        if not raw:
            if data:  # a last event without its blank line: the stream was cut, let the reader judge
                yield "\n".join(data)
            return
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)


def sse_event(payload: dict[str, Any]) -> bytes:
    """One server-sent event carrying a JSON object."""
    return b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n"


def error_body(message: str, kind: str, code: str | None, param: str | None = None) -> dict[str, Any]:
    """An error as OpenAI's API writes it, so that its clients show the message."""
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def error_message(body: bytes) -> tuple[str, str]:
    """(message, code) from a server's error body, whichever of the common shapes it has.

    OpenAI, vLLM and llama.cpp send {"error": {"message", "code"}}; Ollama {"error": "..."};
    FastAPI-based servers {"detail": ...}; anything else is shown as its text, cut short.
    """
    text = body.decode("utf-8", errors="replace").strip()
    try:
        raw = json.loads(text)
    except ValueError:
        return text[:300], ""
    error = raw.get("error", raw) if isinstance(raw, dict) else raw
    if isinstance(error, dict):
        message = error.get("message") or error.get("detail") or json.dumps(error)[:300]
        return str(message)[:500], str(error.get("code") or error.get("type") or "")
    return str(error)[:500], ""
