"""Open an image the user attached and turn it into the patch rows Qwen3.5's vision encoder reads.

Two jobs, kept apart:

`load_image` is the trust boundary. Attached files come from anywhere (a camera, a web page, a
half-finished download), so it decodes with Pillow under explicit rules and turns every failure
into an `ImageError` whose message names the file and says what to do. Decisions:

- Formats: an allow-list (`SUPPORTED_FORMATS`). Pillow can open more, but some of its readers
  run outside programs (EPS starts Ghostscript) and the rest are attack surface nobody needs.
- Size: files up to runtime.protocol's `MAX_IMAGE_BYTES`, and at most `MAX_DECODED_PIXELS`
  (runtime.protocol's `MAX_IMAGE_PIXELS`, 8192 x 8192, 67 MP: four times the model's largest input,
  about 200 MB as RGB) are ever decoded. A larger JPEG is decoded at 1/2, 1/4 or 1/8 scale in
  the DCT domain (`Image.draft`), so a 108 MP phone photo still opens; it would be scaled down
  at least twice as much again by `smart_resize`, so nothing the model could see is lost. Other
  formats over the limit, and anything over Pillow's own hard limit (179 MP by default, checked
  when the header is read, before any pixel is allocated), are refused. Pillow's
  `DecompressionBombWarning` is silenced during decoding because the limit above is stricter
  (`warnings.catch_warnings` is process-wide: decode on one thread at a time).
- Truncated files fail: the pixels are decoded in full inside the `try` (never with Pillow's
  global `LOAD_TRUNCATED_IMAGES`), so a half-downloaded photo is reported, not shown grey.
- Shape: at least `MIN_SIDE` pixels each way (the reference would upscale a 1 x 1 tracking pixel
  to 256 x 256 and spend 64 tokens on one colour) and an aspect ratio of at most 200, the limit
  the reference enforces.
- Colour: EXIF orientation applied; transparency composited on white, as the reference does;
  16-bit and 32-bit grayscale scaled to 8 bits (Pillow's own conversion clips them at 255, which
  turns most 16-bit images white); animated images give their first frame. ICC profiles are
  not applied, as in the reference.

`preprocess` reproduces transformers 5.23's `Qwen2VLImageProcessorPil`, the class that
`AutoImageProcessor` picks for `qwen3_5` without torchvision, with the values of Qwen3.5's
preprocessor_config.json: resize with Pillow's bicubic filter on uint8 RGB, rescale by 1/255,
normalise with mean = std = 0.5, repeat each frame twice in time, emit 16 x 16 patches in 2 x 2
merge-block order. Its output equals the reference bit for bit.

How many pixels an image may keep is the caller's token budget: one image token covers a
32 x 32 block (`budget_to_max_pixels`). The default of 1024 tokens is about one megapixel; the
model accepts up to 16384. `image_size` reads the size from the header without decoding, and
`image_tokens` turns it into the token count, so a caller can compare a prompt with the context
before it decodes anything (a decoded image and its patches cost about 25 MB at the default
budget).
"""

from __future__ import annotations

import io
import math
import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from runtime.protocol import IMAGE_FORMATS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS

PATCH_SIZE = 16
MERGE_SIZE = 2
TEMPORAL_PATCH_SIZE = 2
IMAGE_MEAN = (0.5, 0.5, 0.5)
IMAGE_STD = (0.5, 0.5, 0.5)
# Pixels covered by one image token: a merge block of 2 x 2 patches of 16 x 16.
PIXELS_PER_TOKEN = (PATCH_SIZE * MERGE_SIZE) ** 2
# Qwen3.5's preprocessor_config.json: size.shortest_edge / size.longest_edge, in pixels.
MIN_PIXELS = 65_536
MODEL_MAX_PIXELS = 16_777_216
MIN_TOKEN_BUDGET = MIN_PIXELS // PIXELS_PER_TOKEN  # 64
MAX_TOKEN_BUDGET = MODEL_MAX_PIXELS // PIXELS_PER_TOKEN  # 16384
DEFAULT_TOKEN_BUDGET = 1024

MAX_ASPECT_RATIO = 200
MIN_SIDE = 2
MAX_DECODED_PIXELS = MAX_IMAGE_PIXELS
# Pillow's reader names (runtime.protocol's policy); JPEG also reads MPO, the multi-picture JPEG
# some cameras write.
SUPPORTED_FORMATS = tuple(name.upper() for name in IMAGE_FORMATS)

_HIGH_DEPTH_GRAYSCALE = ("I;16", "I;16L", "I;16B", "I;16N", "I", "F")
_T = TypeVar("_T")


class ImageError(ValueError):
    """An image cannot be used; the message says why in words a user can act on."""


def budget_to_max_pixels(tokens: int) -> int:
    """The largest pixel count an image may keep so that it costs at most about `tokens`."""
    if not MIN_TOKEN_BUDGET <= tokens <= MAX_TOKEN_BUDGET:
        raise ValueError(
            f"an image token budget must be between {MIN_TOKEN_BUDGET} and {MAX_TOKEN_BUDGET}, got {tokens}"
        )
    return tokens * PIXELS_PER_TOKEN


DEFAULT_MAX_PIXELS = budget_to_max_pixels(DEFAULT_TOKEN_BUDGET)


@dataclass(frozen=True)
class ImageLayout:
    """Where an image's tokens go: its patch grid and merge size, known without its pixels."""

    grid_thw: tuple[int, int, int]  # patches along time, height, width
    merge_size: int = MERGE_SIZE

    @property
    def num_tokens(self) -> int:
        """How many `<|image_pad|>` tokens the image takes in the prompt."""
        grid_t, grid_h, grid_w = self.grid_thw
        return grid_t * grid_h * grid_w // self.merge_size**2


@dataclass(frozen=True, eq=False)
class ImageInput:
    """One image ready for the vision encoder."""

    pixel_patches: np.ndarray  # [grid_t*grid_h*grid_w, 3*temporal_patch*patch*patch] float32
    grid_thw: tuple[int, int, int]  # patches along time, height, width
    merge_size: int = MERGE_SIZE
    key: int | None = None  # its reuse key (runtime.vision.prompt.image_key), once known

    def __post_init__(self) -> None:
        assert self.pixel_patches.ndim == 2
        assert self.pixel_patches.shape[0] == math.prod(self.grid_thw)

    @property
    def layout(self) -> ImageLayout:
        return ImageLayout(self.grid_thw, self.merge_size)

    @property
    def num_tokens(self) -> int:
        """How many `<|image_pad|>` tokens the image takes in the prompt."""
        return self.layout.num_tokens


def load_image(source: Path | bytes) -> Image.Image:
    """Decode a file or in-memory bytes into an upright RGB image, or raise `ImageError`."""
    return _with_file(source, _decode)


def image_size(source: Path | bytes) -> tuple[int, int]:
    """(width, height) that `load_image` would decode `source` at, from its header alone.

    Nothing is decoded: Pillow reads the header and stops. Raises `ImageError` for every
    problem the header shows (unreadable, not an allowed format, too large, a bad shape), with
    `load_image`'s message; damage in the pixel data shows only when they are decoded.
    """
    return _with_file(source, _header_size)


def image_tokens(
    width: int,
    height: int,
    *,
    min_pixels: int = MIN_PIXELS,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    patch_size: int = PATCH_SIZE,
    merge_size: int = MERGE_SIZE,
) -> int:
    """How many prompt tokens `preprocess` will give an image of this size (its `num_tokens`)."""
    resized_h, resized_w = smart_resize(height, width, patch_size * merge_size, min_pixels, max_pixels)
    return (resized_h // patch_size) * (resized_w // patch_size) // merge_size**2


def _with_file(source: Path | bytes, read: Callable[[IO[bytes], str], _T]) -> _T:
    if isinstance(source, bytes):
        _check_bytes(len(source), "The image")
        return read(io.BytesIO(source), "The image")
    name = f"'{source.name}'"
    try:
        with source.open("rb") as file:
            _check_bytes(os.fstat(file.fileno()).st_size, name)
            return read(file, name)
    except OSError as error:
        raise ImageError(f"{name} could not be read: {error.strerror or error}.") from error


def _check_bytes(size: int, name: str) -> None:
    if size > MAX_IMAGE_BYTES:
        raise ImageError(
            f"{name} is {size / 2**20:.0f} MB, more than the {MAX_IMAGE_BYTES // 2**20} MB an image may be: "
            "make it smaller."
        )


def _header_size(file: IO[bytes], name: str) -> tuple[int, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with _open(file, name) as image:
            return image.size


def _decode(file: IO[bytes], name: str) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with _open(file, name) as image:
            try:
                image.load()
                upright = ImageOps.exif_transpose(image)
            except Image.DecompressionBombError as error:
                raise ImageError(_too_large_message(name, None)) from error
            except Exception as error:
                raise ImageError(_damaged_message(name, error)) from error
    return _to_rgb(upright, name)


def _open(file: IO[bytes], name: str) -> Image.Image:
    """The image in `file` opened lazily (header read, nothing decoded), its shape checked and a
    reduced decoding size asked for when it is over the limit. Call under the warnings filter."""
    if file.seek(0, io.SEEK_END) == 0:
        raise ImageError(
            f"{name} is empty (0 bytes). If it is still being saved or downloaded, wait for that to "
            "finish and attach it again."
        )
    file.seek(0)
    formats = _readable_formats()
    try:
        image = Image.open(file, formats=formats)
    except UnidentifiedImageError as error:
        raise ImageError(
            f"{name} is not an image Oriel can read. Supported formats: {', '.join(formats)}. "
            "Convert it to PNG or JPEG and attach it again."
        ) from error
    except Image.DecompressionBombError as error:
        raise ImageError(_too_large_message(name, None)) from error
    except Exception as error:
        raise ImageError(_damaged_message(name, error)) from error
    try:
        _check_shape(image.width, image.height, name)
        _reduce_to_limit(image, name)
    except BaseException:
        image.close()
        raise
    return image


def _readable_formats() -> list[str]:
    """`SUPPORTED_FORMATS` that this Pillow build has a reader for (AVIF came in Pillow 11.2)."""
    Image.init()
    return [name for name in SUPPORTED_FORMATS if name in Image.OPEN]


def _reduce_to_limit(image: Image.Image, name: str) -> None:
    """Ask the decoder for a reduced size when the image is over `MAX_DECODED_PIXELS`.

    Only JPEG can decode at a reduced size (`draft` does nothing for other formats), and only by
    1/2, 1/4 or 1/8; whatever is still over the limit is refused before it is decoded.
    """
    width, height = image.size
    if width * height <= MAX_DECODED_PIXELS:
        return
    for scale in (2, 4, 8):
        if math.ceil(width / scale) * math.ceil(height / scale) <= MAX_DECODED_PIXELS:
            image.draft(None, (width // scale, height // scale))
            break
    if image.width * image.height > MAX_DECODED_PIXELS:
        raise ImageError(_too_large_message(name, (width, height)))


def _too_large_message(name: str, size: tuple[int, int] | None) -> str:
    limit = f"Oriel opens images up to {MAX_DECODED_PIXELS / 1e6:.0f} megapixels"
    if size is None:
        described = "is too large to open safely"
    else:
        described = f"is {size[0]} x {size[1]} pixels ({size[0] * size[1] / 1e6:.0f} megapixels)"
    return f"{name} {described}; {limit}. Save a smaller copy and attach that."


def _damaged_message(name: str, error: Exception) -> str:
    detail = str(error) or type(error).__name__
    return (
        f"{name} is damaged or incomplete and could not be decoded ({detail}). If it was still "
        "downloading or copying, wait for that to finish and attach it again."
    )


def _check_shape(width: int, height: int, name: str) -> None:
    if min(width, height) < MIN_SIDE:
        raise ImageError(
            f"{name} is only {width} x {height} pixels; images need at least {MIN_SIDE} pixels on each side."
        )
    if max(width, height) / min(width, height) > MAX_ASPECT_RATIO:
        raise ImageError(
            f"{name} is {width} x {height} pixels, more than {MAX_ASPECT_RATIO} times as long as "
            "it is wide, which the model cannot take. Crop it into shorter pieces."
        )


def _to_rgb(image: Image.Image, name: str) -> Image.Image:
    """Any Pillow mode to RGB, transparency composited on white as the reference does."""
    if image.mode in _HIGH_DEPTH_GRAYSCALE:
        image = _grayscale_to_8_bit(image)
    try:
        if image.has_transparency_data:
            rgba = image.convert("RGBA")
            white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            return Image.alpha_composite(white, rgba).convert("RGB")
        return image.convert("RGB")
    except ValueError as error:
        raise ImageError(
            f"{name} uses the colour mode {image.mode}, which Oriel cannot convert to RGB. "
            "Save it as an ordinary RGB image and attach it again."
        ) from error


def _grayscale_to_8_bit(image: Image.Image) -> Image.Image:
    """Scale 16-bit, 32-bit integer or float grayscale to mode L.

    16-bit modes use their full range. Modes I and F carry no range of their own: values are read
    against the smallest of 0..255 and 0..65535 that holds them all (Pillow's convention is
    0..255), and anything else (negative, larger, mixed) is stretched from its minimum to its
    maximum. NaN and infinities become the ends of that range. A transparent grey level declared
    on such an image is not kept: it is rare and names a 16-bit value that no longer exists.
    """
    values = np.asarray(image, dtype=np.float32)  # [H, W]
    if image.mode.startswith("I;16"):
        low, high = 0.0, 65535.0
    else:
        finite = values[np.isfinite(values)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
        if low >= 0 and high <= 255:
            low, high = 0.0, 255.0
        elif low >= 0 and high <= 65535:
            low, high = 0.0, 65535.0
    values = np.nan_to_num(values, nan=low, posinf=high, neginf=low)
    scaled = (values - low) * (255 / max(high - low, 1.0))
    return Image.fromarray(np.clip(np.rint(scaled), 0, 255).astype(np.uint8))  # mode L


def smart_resize(
    height: int,
    width: int,
    factor: int = PATCH_SIZE * MERGE_SIZE,
    min_pixels: int = MIN_PIXELS,
    max_pixels: int = MODEL_MAX_PIXELS,
) -> tuple[int, int]:
    """The size the image is resized to: both sides multiples of `factor`, the pixel count
    within [min_pixels, max_pixels] where rounding allows, the aspect ratio kept as closely as
    possible. Transformers' `smart_resize` for Qwen2-VL, Qwen3-VL and Qwen3.5, step for step.
    """
    if max(height, width) / min(height, width) > MAX_ASPECT_RATIO:
        raise ImageError(
            f"an image of {width} x {height} pixels is more than {MAX_ASPECT_RATIO} times as long "
            "as it is wide, which the model cannot take"
        )
    h_bar = round(height / factor) * factor
    w_bar = round(width / factor) * factor
    if h_bar * w_bar > max_pixels:
        beta = math.sqrt((height * width) / max_pixels)
        h_bar = max(factor, math.floor(height / beta / factor) * factor)
        w_bar = max(factor, math.floor(width / beta / factor) * factor)
    elif h_bar * w_bar < min_pixels:
        beta = math.sqrt(min_pixels / (height * width))
        h_bar = math.ceil(height * beta / factor) * factor
        w_bar = math.ceil(width * beta / factor) * factor
    return h_bar, w_bar


def preprocess(
    image: Image.Image,
    *,
    min_pixels: int = MIN_PIXELS,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    patch_size: int = PATCH_SIZE,
    temporal_patch_size: int = TEMPORAL_PATCH_SIZE,
    merge_size: int = MERGE_SIZE,
    mean: Sequence[float] = IMAGE_MEAN,
    std: Sequence[float] = IMAGE_STD,
) -> ImageInput:
    """Resize, normalise and patchify an image exactly as `Qwen2VLImageProcessorPil` does.

    `image` should come from `load_image`; any other mode is converted to RGB first.
    """
    if not 0 < min_pixels <= max_pixels:
        raise ValueError(f"need 0 < min_pixels <= max_pixels, got {min_pixels} and {max_pixels}")
    assert len(mean) == len(std) == 3
    _check_shape(image.width, image.height, "The image")
    rgb = _to_rgb(image, "The image")
    height, width = smart_resize(rgb.height, rgb.width, patch_size * merge_size, min_pixels, max_pixels)
    # The reference resizes the uint8 RGB image with Pillow too (reducing_gap unset).
    pixels = np.asarray(rgb.resize((width, height), Image.Resampling.BICUBIC))  # [H, W, 3] uint8
    grid_h, grid_w = height // patch_size, width // patch_size
    m, p = merge_size, patch_size
    # Reorder while the values are still bytes, then look their float32 values up.
    blocks = pixels.reshape(grid_h // m, m, p, grid_w // m, m, p, 3)
    blocks = blocks.transpose(0, 3, 1, 4, 6, 2, 5)  # [gh/m, gw/m, m, m, 3, p, p]
    channel = np.arange(3).reshape(3, 1, 1)  # [3, 1, 1], broadcasts against blocks' [3, p, p]
    values = _normalisation_table(mean, std)[channel, blocks]  # [gh/m, gw/m, m, m, 3, p, p] float32
    # A still image is the same frame at every time step of the temporal patch.
    frames = np.broadcast_to(
        values[:, :, :, :, :, None], (*values.shape[:5], temporal_patch_size, p, p)
    )  # [gh/m, gw/m, m, m, 3, t, p, p]
    pixel_patches = frames.reshape(grid_h * grid_w, 3 * temporal_patch_size * p * p)
    return ImageInput(pixel_patches, (1, grid_h, grid_w), merge_size)


def _normalisation_table(mean: Sequence[float], std: Sequence[float]) -> np.ndarray:
    """The normalised float32 value of every uint8 level per channel: [3, 256].

    Computed with the reference's operations in its order (rescale in float64, cast to float32,
    then (x - mean) / std in float32), so looking values up reproduces it bit for bit.
    """
    rescaled = (np.arange(256, dtype=np.float64) * (1 / 255)).astype(np.float32)  # [256]
    mean32 = np.asarray(mean, dtype=np.float32)[:, None]  # [3, 1]
    std32 = np.asarray(std, dtype=np.float32)[:, None]  # [3, 1]
    return (rescaled[None, :] - mean32) / std32
