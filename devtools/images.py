"""Test images: random pixels, encoded files, and crafted PNGs that declare more than they hold."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

import numpy as np
from PIL import Image

from runtime.vision.preprocess import ImageInput, budget_to_max_pixels, preprocess


def random_image(width: int, height: int, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8))


def encode(image: Image.Image, image_format: str, **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def black_bilevel_png(width: int, height: int, rows: int) -> bytes:
    """A 1-bit PNG of `width` x `height` whose first `rows` rows are stored (all black), written
    row by row so that a 20000 x 20000 file costs 50 KB and no image in memory."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + (width + 7) // 8)  # filter byte, then 1 bit per pixel
    data = b"".join(compressor.compress(row) for _ in range(rows)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # bit depth 1, grayscale
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")
    )


# (width, height, token budget): 64 tokens (the minimum), oblong, tall, and a grid far larger
# than the tiny 4 x 4 position table (and than the real 48 x 48 one).
IMAGE_SIZES = [(256, 256, 64), (420, 300, 1024), (250, 700, 256), (1700, 1100, 512)]


def tiny_image(index: int) -> ImageInput:
    """The `index`-th of IMAGE_SIZES, random pixels, preprocessed for the encoder."""
    width, height, budget = IMAGE_SIZES[index]
    return preprocess(random_image(width, height, seed=index), max_pixels=budget_to_max_pixels(budget))
