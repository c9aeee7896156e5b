"""The vision encoder and the prompt layout against transformers 5.23 on the tiny checkpoints.

- layout: the learned-position interpolation taps and the rotary patch positions equal the
  reference's vision_utils helpers; the decoder's 3-D M-RoPE positions equal `get_rope_index`.
- encoder: `vision.onnx` on both operator paths equals `get_image_features` within
  1e-4 x max(1, max|feature|), for square, oblong, tall and larger-than-the-table grids.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from devtools.images import IMAGE_SIZES
from devtools.images import tiny_image as image
from devtools.tiny_models import ALL_SPECS
from runtime.package import ModelPackage
from runtime.vision.encoder import VisionEncoder
from runtime.vision.positions import interpolation_taps, mrope_positions, rotary_positions
from runtime.vision.preprocess import ImageInput
from runtime.vision.prompt import expand_image_pads, image_key, image_prompt

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

OPS = ("portable", "fused")


def tolerance(reference: np.ndarray) -> float:
    return 1e-4 * max(1.0, float(np.abs(reference).max()))


@pytest.mark.parametrize("index", range(len(IMAGE_SIZES)))
def test_layout_matches_reference_helpers(index: int) -> None:
    from transformers.vision_utils import (
        get_vision_interpolation_indices_and_weights,
        get_vision_position_ids,
    )

    img = image(index)
    grid = torch.tensor([img.grid_thw])
    ref_indices, ref_weights = get_vision_interpolation_indices_and_weights(
        grid, num_grid_per_side=4, mode="bilinear", align_corners=True, spatial_merge_size=2
    )
    indices, weights = interpolation_taps(img.grid_thw, 16, 2)
    np.testing.assert_array_equal(indices, ref_indices.numpy())
    np.testing.assert_array_equal(weights, ref_weights.numpy())
    np.testing.assert_array_equal(rotary_positions(img.grid_thw, 2), get_vision_position_ids(grid, 2).numpy())


@pytest.fixture(scope="module")
def encoders(packages):
    cache: dict[tuple[str, str], VisionEncoder] = {}

    def get(name: str, ops: str) -> VisionEncoder:
        if (name, ops) not in cache:
            cache[name, ops] = VisionEncoder(ModelPackage.open(packages(name)), ops=ops)
        return cache[name, ops]

    return get


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("name", ALL_SPECS)
def test_encoder_matches_reference(name: str, ops: str, encoders, references) -> None:
    model = references(name)
    encoder = encoders(name, ops)
    for index in range(len(IMAGE_SIZES)):
        img = image(index)
        with torch.no_grad():
            expected = model.model.get_image_features(
                torch.from_numpy(np.ascontiguousarray(img.pixel_patches)), torch.tensor([img.grid_thw])
            ).pooler_output[0]
        expected = expected.numpy()
        features = encoder.encode(img)
        assert features.shape == expected.shape == (img.num_tokens, model.config.text_config.hidden_size)
        err = np.abs(features - expected).max()
        assert err <= tolerance(expected), f"{IMAGE_SIZES[index]}: max |diff| {err:.3g}"


def test_encoder_caches_by_reuse_key(packages) -> None:
    encoder = VisionEncoder(ModelPackage.open(packages("gqa1-tied")), cache_size=1)
    first = dataclasses.replace(image(0), key=image_key("a" * 64, 64))
    second = dataclasses.replace(image(1), key=image_key("b" * 64, 64))
    assert encoder.cached(first.key or 0) is None
    features = encoder.encode(first)
    assert encoder.cached(first.key or 0) is features
    assert encoder.encode(first) is features
    encoder.encode(second)  # evicts the first
    again = encoder.encode(first)
    assert again is not features
    np.testing.assert_array_equal(again, features)


def reference_rope_index(model, ids: np.ndarray, images: list[ImageInput], image_token_id: int):
    input_ids = torch.from_numpy(ids)[None]
    with torch.no_grad():
        positions, deltas = model.model.get_rope_index(
            input_ids,
            mm_token_type_ids=(input_ids == image_token_id).int(),
            image_grid_thw=torch.tensor([img.grid_thw for img in images]),
        )
    return positions[:, 0].numpy(), int(deltas[0, 0]) + len(ids)


def test_positions_match_get_rope_index(references) -> None:
    model = references(ALL_SPECS[0])
    pad = model.config.image_token_id
    start, end = model.config.vision_start_token_id, model.config.vision_end_token_id
    images = [image(i) for i in range(len(IMAGE_SIZES))]
    layouts = {
        "image first": ([start, pad, end, 5, 6, 7], images[:1]),
        "text around": ([1, 2, start, pad, end, 9], images[1:2]),
        "ends with an image": ([3, start, pad, end], images[2:3]),
        "four images": (
            [1, start, pad, end, 2, 3, start, pad, end, start, pad, end, 4, start, pad, end, 5],
            images,
        ),
    }
    for label, (compact, imgs) in layouts.items():
        prompt = image_prompt(compact, [i.layout for i in imgs], pad, range(len(imgs)))
        expected, next_position = reference_rope_index(model, prompt.ids, imgs, pad)
        np.testing.assert_array_equal(prompt.positions, expected, err_msg=label)
        assert prompt.next_position == next_position, label


def test_pads_expand_in_order_with_identity_keys() -> None:
    a, b = image(0).layout, image(2).layout
    key_a, key_b = image_key("a" * 64, 1024), image_key("b" * 64, 1024)
    prompt = image_prompt([7, 99, 8, 99], [a, b], 99, [key_a, key_b])
    assert len(prompt) == 2 + a.num_tokens + b.num_tokens
    assert prompt.keys[0] == 7 and prompt.keys[1 + a.num_tokens] == 8
    assert set(prompt.keys[1 : 1 + a.num_tokens]) == {key_a}
    assert set(prompt.keys[2 + a.num_tokens :]) == {key_b}
    assert key_a < 0 and key_a != key_b
    # the same file at another budget is another image (another size); the same at the same is one
    assert image_key("a" * 64, 256) != key_a and image_key("a" * 64, 1024) == key_a


def test_pad_count_must_match_the_images() -> None:
    with pytest.raises(ValueError, match="2 image placeholders but 1 images"):
        expand_image_pads(np.array([5, 9, 9]), [4], image_token_id=9)
    with pytest.raises(ValueError, match="must be consecutive"):
        mrope_positions(np.array([9, 9, 1, 9, 9]), 9, [(1, 4, 4)], 2)


def test_encoder_reaches_a_plugin_provider_through_its_devices(packages, monkeypatch) -> None:
    """The decoder's plugin EP (WebGPU) is not a `providers=` name: ORT drops it with a warning and
    runs on the CPU. The encoder must go through the plugin's devices as the decoder does (here
    the CPU's own OrtEpDevice stands in for the GPU's, since this machine has none)."""
    import onnxruntime as ort

    from runtime import providers

    webgpu = "WebGpuExecutionProvider"
    cpu_device = [d for d in ort.get_ep_devices() if d.ep_name == providers.CPU]
    asked: list[str] = []

    def devices(ep_name: str):
        asked.append(ep_name)
        return cpu_device if ep_name == webgpu else []

    monkeypatch.setattr(providers, "plugin_devices", devices)
    encoder = VisionEncoder(ModelPackage.open(packages("gqa1-tied")), providers=(webgpu, providers.CPU))
    assert asked == [webgpu]
    assert encoder.provider_failure is None
    assert encoder.encode(image(0)).shape[0] == image(0).num_tokens
