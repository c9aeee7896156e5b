"""Images the user attaches: checking them, and thumbnails decoded off the GUI thread.

Whether a file is an image is decided from its bytes (QImageReader), not its name, so a renamed
PDF is refused politely and a PNG without an extension is accepted.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from app.engine.mailbox import Mailbox
from runtime.protocol import IMAGE_FORMATS, MAX_IMAGE_BYTES

# The protocol's image policy, as far as Qt's readers go (a frozen build ships some of them).
FORMATS = tuple(
    f for f in IMAGE_FORMATS if f.encode() in {bytes(n.data()) for n in QImageReader.supportedImageFormats()}
)
THUMBNAIL = 96


@dataclass(frozen=True)
class PendingImage:
    """An image chosen in the composer, not yet stored: its bytes, a file suffix, and its identity
    (the sha256 of the bytes: the store's file name, the thumbnail's key, the worker's cache key)."""

    data: bytes
    suffix: str
    name: str
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", hashlib.sha256(self.data).hexdigest())


class NotAnImage(ValueError):
    """The file is not an image Oriel can use; the message names the file."""


def image_format(data: bytes) -> str | None:
    """'png', 'jpeg', ... from the bytes, or None when they are not a supported image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    found = bytes(QImageReader.imageFormat(buffer).data()).decode()
    return found if found in FORMATS else None


def read_image_file(path: Path) -> PendingImage:
    """Raises NotAnImage (or OSError) for files that cannot be attached."""
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise NotAnImage(path.name)
    data = path.read_bytes()
    kind = image_format(data)
    if kind is None:
        raise NotAnImage(path.name)
    return PendingImage(data, "jpg" if kind == "jpeg" else kind, path.name)


def from_qimage(image: QImage, name: str) -> PendingImage:
    """A pasted image, stored as PNG (lossless; clipboard images are usually screenshots)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 6.12 takes str here, not the bytes its stub says
    return PendingImage(bytes(buffer.data().data()), "png", name)


def _thumbnail(source: str | bytes, size: int) -> QImage:
    reader = QImageReader()
    buffer = QBuffer()
    if isinstance(source, bytes):
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader.setDevice(buffer)
    else:
        reader.setFileName(source)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        reader.setScaledSize(full.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class Thumbnails(QObject):
    """Decodes thumbnails on a background thread; `ready(key, image)` arrives on the GUI thread."""

    ready = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[str, QImage] = {}
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnails")
        self._mailbox = Mailbox(self)

    def request(self, key: str, source: str | bytes, size: int = THUMBNAIL) -> QImage | None:
        """The cached thumbnail, or None and a later `ready` signal."""
        cached = self._cache.get(f"{key}@{size}")
        if cached is not None:
            return cached
        future = self._executor.submit(_thumbnail, source, size)
        future.add_done_callback(lambda f: self._mailbox.post(self._done, key, size, f.result()))
        return None

    def _done(self, key: str, size: int, image: QImage) -> None:
        self._cache[f"{key}@{size}"] = image
        self.ready.emit(key, image)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
