"""Image loading and Qwen3.5 preprocessing.

Parity: `preprocess` against transformers' `Qwen2VLImageProcessorPil` (what `AutoImageProcessor`
gives `qwen3_5` without torchvision) on awkward sizes and budgets. Robustness: every kind of
bad file a user can attach gives an `ImageError` that names it, or a sane image, within a time
limit and without decoding pixels it was told not to.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from devtools.images import black_bilevel_png, encode, random_image
from runtime.vision import preprocess as vision
from runtime.vision.preprocess import (
    DEFAULT_MAX_PIXELS,
    MIN_PIXELS,
    MODEL_MAX_PIXELS,
    ImageError,
    budget_to_max_pixels,
    image_size,
    image_tokens,
    load_image,
    preprocess,
    smart_resize,
)

# A stuck decoder fails its test instead of stalling the suite.
pytestmark = pytest.mark.timeout(30)


def pixel_buffers_allocated() -> int:
    return int(Image.core.get_stats()["new_count"])


# --- the reference -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference_processor() -> Any:
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    # Qwen3.5's preprocessor_config.json values over the class's Qwen2-VL defaults.
    return Qwen2VLImageProcessorPil(
        patch_size=16,
        merge_size=2,
        temporal_patch_size=2,
        image_mean=[0.5, 0.5, 0.5],
        image_std=[0.5, 0.5, 0.5],
        size={"shortest_edge": MIN_PIXELS, "longest_edge": MODEL_MAX_PIXELS},
    )


@pytest.mark.slow
def test_qwen3_5_uses_the_reference_class() -> None:
    from transformers.models.auto.image_processing_auto import IMAGE_PROCESSOR_MAPPING_NAMES

    assert IMAGE_PROCESSOR_MAPPING_NAMES["qwen3_5"]["pil"] == "Qwen2VLImageProcessorPil"


@pytest.mark.slow
def test_smart_resize_matches_reference() -> None:
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import smart_resize as reference

    rng = np.random.default_rng(7)
    budgets = [MIN_PIXELS, DEFAULT_MAX_PIXELS, MODEL_MAX_PIXELS, 200_000, 3_000_000]
    for _ in range(3000):
        height, width = (int(side) for side in np.exp(rng.uniform(0, np.log(30000), 2)))
        max_pixels = int(rng.choice(budgets))
        try:
            expected = reference(height, width, 32, MIN_PIXELS, max_pixels)
        except ValueError:
            with pytest.raises(ImageError, match="200 times"):
                smart_resize(height, width, 32, MIN_PIXELS, max_pixels)
            continue
        assert smart_resize(height, width, 32, MIN_PIXELS, max_pixels) == expected, (height, width)


# (width, height, min_pixels, max_pixels)
PARITY_CASES = [
    (37, 53, MIN_PIXELS, MODEL_MAX_PIXELS),
    (1000, 60, MIN_PIXELS, MODEL_MAX_PIXELS),
    (60, 1000, MIN_PIXELS, MODEL_MAX_PIXELS),
    (4000, 3000, MIN_PIXELS, budget_to_max_pixels(1024)),
    (3000, 4000, MIN_PIXELS, budget_to_max_pixels(256)),
    (3000, 200, MIN_PIXELS, MODEL_MAX_PIXELS),
    (1920, 1080, MIN_PIXELS, DEFAULT_MAX_PIXELS),
    (100, 7000, MIN_PIXELS, budget_to_max_pixels(128)),
    (32, 32, MIN_PIXELS, MODEL_MAX_PIXELS),
    (33, 33, MIN_PIXELS, MODEL_MAX_PIXELS),
    (64, 64, MIN_PIXELS, MODEL_MAX_PIXELS),
    (17, 16, MIN_PIXELS, MODEL_MAX_PIXELS),
    (2, 2, MIN_PIXELS, MODEL_MAX_PIXELS),
    (2, 300, MIN_PIXELS, MODEL_MAX_PIXELS),
    (600, 3, MIN_PIXELS, MODEL_MAX_PIXELS),  # aspect ratio exactly 200
    (5000, 25, MIN_PIXELS, MODEL_MAX_PIXELS),
    (4097, 31, MIN_PIXELS, budget_to_max_pixels(64)),
    (511, 512, MIN_PIXELS, MODEL_MAX_PIXELS),
    (1023, 1025, MIN_PIXELS, MODEL_MAX_PIXELS),
    (448, 448, MIN_PIXELS, MODEL_MAX_PIXELS),  # already a multiple of 32: no resampling
    (1024, 1024, MIN_PIXELS, DEFAULT_MAX_PIXELS),
    (640, 480, MIN_PIXELS, MIN_PIXELS),  # budget at the model's minimum
    (800, 600, 2_000_000, 4_000_000),  # upscaled to reach min_pixels
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("width", "height", "min_pixels", "max_pixels"),
    [pytest.param(*case, id=f"{case[0]}x{case[1]}-max{case[3]}") for case in PARITY_CASES],
)
def test_preprocess_matches_reference(
    reference_processor: Any, width: int, height: int, min_pixels: int, max_pixels: int
) -> None:
    image = random_image(width, height, seed=width * 100_003 + height)
    expected = reference_processor(
        images=image, size={"shortest_edge": min_pixels, "longest_edge": max_pixels}, return_tensors="np"
    )
    result = preprocess(image, min_pixels=min_pixels, max_pixels=max_pixels)

    assert result.grid_thw == tuple(int(n) for n in expected["image_grid_thw"][0])
    assert result.pixel_patches.dtype == np.float32
    assert result.pixel_patches.shape == expected["pixel_values"].shape
    # Same Pillow resize, same float operations: equal bit for bit, well inside 1e-5.
    np.testing.assert_array_equal(result.pixel_patches, expected["pixel_values"])
    grid_t, grid_h, grid_w = result.grid_thw
    assert result.num_tokens == grid_t * grid_h * grid_w // 4


def test_patch_rows_are_channel_time_row_column_in_merge_block_order() -> None:
    # A 64 x 64 image whose value at (y, x) encodes the position, read back from the rows.
    y, x = np.mgrid[0:64, 0:64]
    image = Image.fromarray(np.stack([y * 4, x * 4, np.full_like(y, 200)], axis=-1).astype(np.uint8))
    result = preprocess(image, min_pixels=64 * 64, max_pixels=64 * 64)
    assert result.grid_thw == (1, 4, 4)
    rows = result.pixel_patches.reshape(16, 3, 2, 16, 16)  # [patch, channel, t, py, px]
    levels = np.rint((rows * 0.5 + 0.5) * 255)
    np.testing.assert_array_equal(rows[:, :, 0], rows[:, :, 1])
    # Patch order: merge block (0, 0) holds patches (0, 0), (0, 1), (1, 0), (1, 1); then block (0, 1).
    patch_origins = [(0, 0), (0, 16), (16, 0), (16, 16), (0, 32), (0, 48), (16, 32), (16, 48)]
    for patch, (top, left) in enumerate(patch_origins):
        np.testing.assert_array_equal(levels[patch, 0, 0], y[top : top + 16, left : left + 16] * 4)
        np.testing.assert_array_equal(levels[patch, 1, 0], x[top : top + 16, left : left + 16] * 4)
        assert np.all(levels[patch, 2] == 200)


def test_preprocess_converts_other_modes_like_load_image() -> None:
    gray = Image.fromarray(np.random.default_rng(3).integers(0, 256, (50, 70), dtype=np.uint8))
    np.testing.assert_array_equal(
        preprocess(gray).pixel_patches, preprocess(gray.convert("RGB")).pixel_patches
    )


# --- budget and shape limits ---------------------------------------------------------------------


def test_token_budget_bounds_the_tokens() -> None:
    assert budget_to_max_pixels(1024) == 1024 * 32 * 32 == DEFAULT_MAX_PIXELS
    result = preprocess(random_image(2000, 1500, seed=1))
    assert 900 < result.num_tokens <= 1024
    assert preprocess(random_image(2000, 1500, seed=1), max_pixels=budget_to_max_pixels(64)).num_tokens <= 64
    for tokens in (0, 63, 16385):
        with pytest.raises(ValueError, match="token budget"):
            budget_to_max_pixels(tokens)


def test_one_pixel_image_is_refused() -> None:
    with pytest.raises(ImageError, match=r"only 1 x 1 pixels.*at least 2 pixels"):
        preprocess(Image.new("RGB", (1, 1)))
    with pytest.raises(ImageError, match=r"only 1 x 1 pixels"):
        load_image(encode(Image.new("RGB", (1, 1)), "PNG"))


@pytest.mark.parametrize("size", [(1, 150), (300, 1)])
def test_one_pixel_wide_image_is_refused(size: tuple[int, int]) -> None:
    with pytest.raises(ImageError, match="at least 2 pixels on each side"):
        preprocess(Image.new("RGB", size))


def test_too_long_and_thin_image_is_refused() -> None:
    with pytest.raises(ImageError, match=r"2 x 500 pixels, more than 200 times"):
        preprocess(Image.new("RGB", (2, 500)))
    with pytest.raises(ImageError, match="Crop it"):
        load_image(encode(Image.new("RGB", (5000, 20)), "PNG"))


# --- bad files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "GIF", "WEBP"])
def test_truncated_file_is_reported(tmp_path: Path, image_format: str) -> None:
    data = encode(random_image(64, 64, seed=2), image_format)
    path = tmp_path / f"half.{image_format.lower()}"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match=r"'half\.\w+' is damaged or incomplete"):
        load_image(path)


def test_text_file_named_png_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("shopping list: eggs, milk\n")
    with pytest.raises(ImageError, match=r"'notes\.png' is not an image Oriel can read.*PNG, JPEG"):
        load_image(path)


def test_empty_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.touch()
    with pytest.raises(ImageError, match=r"'empty\.jpg' is empty \(0 bytes\)"):
        load_image(path)
    with pytest.raises(ImageError, match="The image is empty"):
        load_image(b"")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match=r"'gone\.png' could not be read"):
        load_image(tmp_path / "gone.png")


def test_other_formats_are_not_opened() -> None:
    # EPS would start Ghostscript; it is not on the allow-list, so Pillow never tries.
    with pytest.raises(ImageError, match="not an image Oriel can read"):
        load_image(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n")


@pytest.mark.parametrize(("side", "rows"), [(50_000, 1), (20_000, 20_000)])
def test_huge_declared_size_is_refused_before_decoding(side: int, rows: int) -> None:
    # 50000^2 is a bomb: a few bytes that declare 2.5 gigapixels. 20000^2 is a complete, valid
    # 1-bit image that would take 1.2 GB as RGB. Neither may allocate a pixel buffer.
    data = black_bilevel_png(side, side, rows)
    assert len(data) < 100_000
    allocated = pixel_buffers_allocated()
    with pytest.raises(ImageError, match=r"too large to open safely.*Save a smaller copy"):
        load_image(data)
    assert pixel_buffers_allocated() == allocated


def test_image_over_the_limit_is_refused_without_warnings() -> None:
    # 10000^2 is over Oriel's limit and Pillow's warning threshold but under Pillow's error.
    data = black_bilevel_png(10_000, 10_000, 1)
    allocated = pixel_buffers_allocated()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ImageError, match=r"10000 x 10000 pixels \(100 megapixels\); .* up to 67"):
            load_image(data)
    assert not caught
    assert pixel_buffers_allocated() == allocated


def test_large_jpeg_is_decoded_at_reduced_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vision, "MAX_DECODED_PIXELS", 1_000_000)
    gradient = np.linspace(0, 255, 2400, dtype=np.uint8)[None, :, None].repeat(1600, 0).repeat(3, 2)
    photo = Image.fromarray(gradient)  # [1600, 2400, 3]
    loaded = load_image(encode(photo, "JPEG", quality=90))
    assert loaded.size == (1200, 800)
    assert loaded.mode == "RGB"
    assert abs(int(np.asarray(loaded)[400, 600, 0]) - 128) <= 4
    with pytest.raises(ImageError, match="2400 x 1600 pixels"):
        load_image(encode(photo, "PNG"))


@pytest.mark.parametrize(
    ("width", "height", "budget"),
    [(8, 8, 1024), (300, 260, 1024), (1700, 1100, 512), (250, 700, 256), (4000, 3000, 16384), (3, 600, 64)],
)
def test_image_tokens_from_the_size_are_what_preprocess_gives(width: int, height: int, budget: int) -> None:
    image = Image.new("RGB", (width, height))
    max_pixels = budget_to_max_pixels(budget)
    assert (
        image_tokens(width, height, max_pixels=max_pixels)
        == preprocess(image, max_pixels=max_pixels).num_tokens
    )


def test_image_size_reads_the_header_without_decoding() -> None:
    data = black_bilevel_png(4000, 3000, 1)  # a few hundred bytes that decode to 12 megapixels
    image_size(black_bilevel_png(8, 8, 8))  # Pillow's first open loads its plugins, which allocate
    allocated = pixel_buffers_allocated()
    assert image_size(data) == (4000, 3000)
    assert pixel_buffers_allocated() == allocated
    with pytest.raises(ImageError, match="too large to open safely"):
        image_size(black_bilevel_png(50_000, 50_000, 1))
    with pytest.raises(ImageError, match="not an image Oriel can read"):
        image_size(b"shopping list")


def test_image_size_is_the_reduced_size_a_large_jpeg_decodes_at(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vision, "MAX_DECODED_PIXELS", 1_000_000)
    data = encode(random_image(2400, 1601, seed=1), "JPEG", quality=90)
    assert image_size(data) == load_image(data).size == (1200, 801)


# --- colour modes and orientation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("image_format", "options"),
    [("GIF", {}), ("PNG", {}), ("WEBP", {"lossless": True}), ("MPO", {"quality": 95})],
)
def test_multi_frame_image_gives_first_frame(image_format: str, options: dict[str, Any]) -> None:
    # Animated GIF, PNG (APNG) and WebP; MPO is a camera's multi-picture JPEG.
    frames = [Image.new("RGB", (8, 8), colour) for colour in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    data = encode(frames[0], image_format, save_all=True, append_images=frames[1:], duration=100, **options)
    assert getattr(Image.open(io.BytesIO(data)), "n_frames", 1) == 3
    loaded = load_image(data)
    assert loaded.mode == "RGB"
    assert loaded.size == (8, 8)
    np.testing.assert_allclose(np.asarray(loaded)[4, 4], (255, 0, 0), atol=3)


def test_cmyk_jpeg_becomes_rgb() -> None:
    red_in_cmyk = Image.new("CMYK", (16, 16), (0, 255, 255, 0))
    loaded = load_image(encode(red_in_cmyk, "JPEG", quality=95))
    assert loaded.mode == "RGB"
    np.testing.assert_allclose(np.asarray(loaded)[8, 8], (255, 0, 0), atol=6)


def test_16_bit_grayscale_png_is_scaled_not_clipped() -> None:
    levels = np.array([[0, 257 * 128, 65535, 1000]] * 2, dtype=np.uint16)
    data = encode(Image.fromarray(levels), "PNG")
    assert Image.open(io.BytesIO(data)).mode == "I;16"
    loaded = np.asarray(load_image(data))
    np.testing.assert_array_equal(loaded[0, :, 0], [0, 128, 255, 4])
    assert np.all(loaded == loaded[..., :1])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (np.array([[0, 65535, 25700, 12]] * 2, dtype=np.int32), [0, 255, 100, 0]),  # read as 16-bit
        (np.array([[0, 255, 100, 12]] * 2, dtype=np.int32), [0, 255, 100, 12]),  # read as 8-bit
        (np.array([[-1.0, 1.0, 0.5, np.nan]] * 2, dtype=np.float32), [0, 255, 191, 0]),  # stretched
    ],
)
def test_32_bit_grayscale_tiff_is_scaled(values: np.ndarray, expected: list[int]) -> None:
    data = encode(Image.fromarray(values), "TIFF")
    assert Image.open(io.BytesIO(data)).mode in ("I", "F")
    np.testing.assert_array_equal(np.asarray(load_image(data))[0, :, 0], expected)


def test_transparent_pixels_are_composited_on_white() -> None:
    rgba = np.zeros((4, 4, 4), dtype=np.uint8)
    rgba[0, 0] = (10, 20, 30, 0)  # fully transparent
    rgba[0, 1] = (255, 0, 0, 128)  # half-transparent red
    rgba[0, 2] = (0, 0, 255, 255)  # opaque blue
    loaded = load_image(encode(Image.fromarray(rgba), "PNG"))
    assert loaded.mode == "RGB"
    assert loaded.getpixel((0, 0)) == (255, 255, 255)
    assert loaded.getpixel((1, 0)) == (255, 127, 127)
    assert loaded.getpixel((2, 0)) == (0, 0, 255)


def test_palette_transparency_is_composited_on_white() -> None:
    paletted = Image.new("P", (4, 4), 0)
    paletted.putpalette([255, 0, 0, 0, 128, 0])  # 0: red, 1: green
    paletted.putpixel((1, 1), 1)
    loaded = load_image(encode(paletted, "PNG", transparency=0))  # red is transparent
    assert loaded.getpixel((0, 0)) == (255, 255, 255)
    assert loaded.getpixel((1, 1)) == (0, 128, 0)


def mode_variants() -> list[Image.Image]:
    rng = np.random.default_rng(5)
    rgba = Image.fromarray(rng.integers(0, 256, (6, 5, 4), dtype=np.uint8))
    paletted = Image.frombytes("P", (5, 6), rng.integers(0, 4, 30, dtype=np.uint8).tobytes())
    paletted.putpalette([0, 0, 0, 200, 10, 10, 10, 200, 10, 10, 10, 200])
    paletted.info["transparency"] = 2
    return [
        rgba,
        rgba.convert("LA"),
        paletted,
        rgba.convert("L"),
        rgba.convert("1"),
        rgba.convert("CMYK"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("image", mode_variants(), ids=lambda image: image.mode)
def test_colour_conversion_matches_reference(image: Image.Image) -> None:
    from transformers.image_transforms import convert_to_rgb

    image_format = "JPEG" if image.mode == "CMYK" else "PNG"
    options = {"quality": 100} if image_format == "JPEG" else {}
    data = encode(image, image_format, **options)
    expected = convert_to_rgb(Image.open(io.BytesIO(data)), return_numpy=True)
    np.testing.assert_array_equal(np.asarray(load_image(data)), expected)


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    # Stored 40 wide x 20 high, left half red, right half blue; orientation 6 means "rotate 90
    # degrees clockwise to display", so the upright image is 20 x 40 with red on top.
    stored = Image.new("RGB", (40, 20), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "phone.jpg"
    path.write_bytes(encode(stored, "JPEG", quality=95, exif=exif))
    upright = np.asarray(load_image(path)).astype(int)  # [40, 20, 3]
    assert upright.shape == (40, 20, 3)
    np.testing.assert_allclose(upright[5, 10], (255, 0, 0), atol=8)
    np.testing.assert_allclose(upright[35, 10], (0, 0, 255), atol=8)
