"""Where every patch and every prompt token sits: the layout arithmetic around the vision encoder.

Three kinds of positions, all computed here in numpy because they depend only on image grids
(`grid_thw`: patches along time, height and width), never on pixel values:

- `interpolation_taps`: the learned position table of the encoder (a square grid of
  `num_position_embeddings` rows, 48 x 48 in the real models) is resampled to each image's patch
  grid by bilinear interpolation with align_corners=True. Each patch gets 4 table rows and 4
  weights, which `vision.onnx` gathers and sums. Transformers 5.23's
  `get_vision_interpolation_indices_and_weights`, in float32 and in the same order.
- `rotary_positions`: each patch's (row, column) for the encoder's 2-D rotary embedding.
- `mrope_positions`: the decoder's 3-D M-RoPE position ids for a prompt with images. Text
  advances the temporal, height and width ids together; an image's tokens (one per 2 x 2 merge
  block) sit at (start, start + block row, start + block column), and the text after it resumes
  at start + max(blocks high, blocks wide). Transformers' `get_rope_index`.

Patches are always listed in merge-block order: the 2 x 2 patches that merge into one image
token are consecutive (as `runtime.vision.preprocess` emits them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

GridTHW = tuple[int, int, int]


def _patch_rows_and_cols(grid_thw: GridTHW, merge: int) -> tuple[np.ndarray, np.ndarray]:
    """Row and column of every patch of one image, in merge-block order, repeated per frame."""
    t, h, w = grid_thw
    assert h % merge == 0 and w % merge == 0, f"grid {grid_thw} is not a whole number of merge blocks"
    rows = np.arange(h).reshape(h // merge, merge, 1, 1)  # [h/m, m, 1, 1]
    cols = np.arange(w).reshape(1, 1, w // merge, merge)  # [1, 1, w/m, m]
    # [h/m, m, w/m, m] -> [h/m, w/m, m, m]: block row, block column, row in block, column in block
    row = np.broadcast_to(rows, (h // merge, merge, w // merge, merge)).transpose(0, 2, 1, 3).reshape(-1)
    col = np.broadcast_to(cols, (h // merge, merge, w // merge, merge)).transpose(0, 2, 1, 3).reshape(-1)
    return np.tile(row, t), np.tile(col, t)


def _axis_taps(index: np.ndarray, size: int, side: int) -> tuple[np.ndarray, np.ndarray]:
    """Bilinear (align_corners) taps into a `side`-long axis for `index` on an axis of `size`.

    Returns taps [N, 2] int64 and weights [N, 2] float32, computed in float32 as the reference.
    """
    src = index.astype(np.float32) * np.float32(side - 1) / np.float32(max(size - 1, 1))  # [N]
    floor = np.floor(src)
    offsets = np.arange(2, dtype=np.float32)  # floor, floor + 1
    taps = np.clip(floor.astype(np.int64)[:, None] + np.arange(2), 0, side - 1)
    distance = np.abs(src[:, None] - floor[:, None] - offsets)
    return taps, np.maximum(np.float32(1) - distance, np.float32(0))


def interpolation_taps(grid_thw: GridTHW, num_positions: int, merge: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the learned position table and their weights, per patch: ([P, 4] int64, [P, 4] float32).

    Tap k of a patch is (height tap k // 2, width tap k % 2).
    """
    side = int(num_positions**0.5)
    assert side * side == num_positions, "the learned position table must be a square grid"
    _, h, w = grid_thw
    row, col = _patch_rows_and_cols(grid_thw, merge)
    h_taps, h_weights = _axis_taps(row, h, side)  # [P, 2] each
    w_taps, w_weights = _axis_taps(col, w, side)
    indices = (h_taps[:, :, None] * side + w_taps[:, None, :]).reshape(-1, 4)
    weights = (h_weights[:, :, None] * w_weights[:, None, :]).reshape(-1, 4)
    return indices, weights


def rotary_positions(grid_thw: GridTHW, merge: int) -> np.ndarray:
    """(row, column) of every patch for the encoder's 2-D rotary embedding: [P, 2] int64."""
    row, col = _patch_rows_and_cols(grid_thw, merge)
    return np.stack([row, col], axis=-1).astype(np.int64)


def image_token_grid(grid_thw: GridTHW, merge: int) -> tuple[int, int, int]:
    """Image tokens along time, height and width: one token per merge block of each frame."""
    t, h, w = grid_thw
    return t, h // merge, w // merge


def mrope_positions(
    ids: np.ndarray, image_token_id: int, grids: Sequence[GridTHW], merge: int
) -> tuple[np.ndarray, int]:
    """M-RoPE position ids [3, T] of a prompt, and the position of the first token after it.

    The pad tokens of image k are the k-th run of `num_tokens(grids[k])` consecutive
    `image_token_id`s. (The chat template always separates images with `<|vision_end|>` and
    `<|vision_start|>`; `ValueError` if the pads do not split into such runs.)
    """
    assert ids.ndim == 1
    pads = np.flatnonzero(ids == image_token_id)
    counts = [int(np.prod(image_token_grid(g, merge))) for g in grids]
    if len(pads) != sum(counts):
        raise ValueError(f"the prompt has {len(pads)} image tokens but its images need {sum(counts)}")
    positions = np.empty((3, len(ids)), dtype=np.int64)
    cursor = 0  # next token index to place
    current = 0  # position of the next text token
    used = 0
    for grid, count in zip(grids, counts, strict=True):
        begin = int(pads[used]) if count else cursor
        if count and int(pads[used + count - 1]) - begin != count - 1:
            raise ValueError("the image tokens of one image must be consecutive")
        text = begin - cursor
        positions[:, cursor:begin] = np.arange(current, current + text)
        current += text
        t, h, w = image_token_grid(grid, merge)
        tt, hh, ww = np.meshgrid(np.arange(t), np.arange(h), np.arange(w), indexing="ij")
        positions[:, begin : begin + count] = np.stack([tt, hh, ww]).reshape(3, -1) + current
        current += max(h, w)
        cursor, used = begin + count, used + count
    positions[:, cursor:] = np.arange(current, current + len(ids) - cursor)
    # The reference continues decoding at max + 1 (its rope_deltas), whatever ends the prompt.
    return positions, int(positions.max()) + 1 if len(ids) else 0
