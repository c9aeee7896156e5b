"""Prompts with images: pad tokens expanded, M-RoPE positions, and reuse keys that know images.

The chat template writes one `<|image_pad|>` per image (`<|vision_start|><|image_pad|><|vision_end|>`),
and so does a caller that passes token ids: each image-pad id stands for the next image, in
order. `image_prompt` replaces it by one pad per image token (a 2 x 2 merge block of patches),
computes the 3-D positions the decoder's M-RoPE reads, and gives every pad the image's reuse key
(`image_key`: from the sha256 of the image's file and the token budget it was sized for). The
engine matches prompts against its cached state by these keys, so two different images with the
same grid are never taken for one another, and the same image sent again in the next turn is
recognised without being decoded.

Only the layout of each image is needed here (`ImageLayout`); the image features are left out
(`image_features=None`): the caller checks the prompt against the context length first, then
encodes only the images the cached state does not hold.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from runtime.generate.engine import Prompt
from runtime.vision.positions import mrope_positions
from runtime.vision.preprocess import ImageLayout


def image_key(sha256: str, token_budget: int) -> int:
    """A negative int that names an image file's content at a token budget.

    Token ids are never negative, so an image key cannot equal a token's key.
    """
    digest = hashlib.blake2b(f"{sha256}/{token_budget}".encode(), digest_size=8).digest()
    return -1 - (int.from_bytes(digest, "big") >> 1)


def expand_image_pads(ids: np.ndarray, token_counts: Sequence[int], image_token_id: int) -> np.ndarray:
    """`ids` with its k-th image-pad id repeated `token_counts[k]` times."""
    pads = np.flatnonzero(ids == image_token_id)
    if len(pads) != len(token_counts):
        raise ValueError(
            f"the prompt has {len(pads)} image placeholders but {len(token_counts)} images were given "
            "(each image-pad token stands for one image)"
        )
    repeats = np.ones(len(ids), dtype=np.int64)
    repeats[pads] = token_counts
    return np.repeat(ids, repeats)


def image_prompt(
    ids: Sequence[int] | np.ndarray,
    images: Sequence[ImageLayout],
    image_token_id: int,
    keys: Sequence[int],
) -> Prompt:
    """The prompt for `ids` whose image-pad ids stand for `images` (with their `image_key`s),
    without image features."""
    assert len(keys) == len(images)
    compact = np.asarray(ids, dtype=np.int64)
    expanded = expand_image_pads(compact, [image.num_tokens for image in images], image_token_id)
    merge = images[0].merge_size if images else 1
    assert all(image.merge_size == merge for image in images)
    positions, next_position = mrope_positions(
        expanded, image_token_id, [image.grid_thw for image in images], merge
    )
    pad_keys = np.repeat(np.asarray(keys, dtype=np.int64), [image.num_tokens for image in images])
    reuse_keys = expanded.copy()
    reuse_keys[expanded == image_token_id] = pad_keys
    return Prompt(
        expanded,
        positions,
        next_position,
        image_token_id=image_token_id,
        keys=tuple(int(k) for k in reuse_keys),
    )
