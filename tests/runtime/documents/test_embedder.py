"""The embedding encoder built with Oriel's graph builder equals transformers on tiny random
checkpoints (seeded): BERT (multilingual-e5-small's architecture) and XLM-R (e5-base/large's), in
fp32 and in the shipped int8 format (and int4), pooled and normalised as sentence-transformers
does. The errors are stated in README, "Documents"."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from devtools.documents import tiny_encoder
from runtime.convert.checkpoint import CheckpointError
from runtime.convert.quantize import WeightFormat
from runtime.documents.embedder import OnnxEmbedder, convert_encoder

pytestmark = pytest.mark.timeout(120)
# Largest absolute difference in a unit vector of 64 values (measured: fp32 6e-8, int8 5e-4 to
# 7e-4, int4 1.1e-2 to 1.3e-2), and the least cosine to the reference (int4: 0.9992).
TOLERANCE = {"fp32": (1e-5, 0.99999), "int8": (3e-3, 0.9999), "int4": (4e-2, 0.998)}


def reference(folder: Path, ids: np.ndarray, mask: np.ndarray, pooling: str = "mean") -> np.ndarray:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(folder).eval()
    with torch.no_grad():
        h = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).last_hidden_state
    m = torch.from_numpy(mask)[..., None].float()
    pooled = h[:, 0] if pooling == "cls" else (h * m).sum(1) / m.sum(1)
    return torch.nn.functional.normalize(pooled, dim=-1).numpy()


@pytest.fixture(scope="module", params=["bert", "xlm-roberta"])
def checkpoint(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_encoder(tmp_path_factory.mktemp(request.param) / "tiny-e5", request.param)


@pytest.mark.parametrize("weights", ["fp32", "int8", "int4"])
def test_encoder_matches_transformers(checkpoint: Path, weights: str, tmp_path: Path) -> None:
    convert_encoder(checkpoint, tmp_path, WeightFormat(weights, accuracy_level=0))
    embedder = OnnxEmbedder(tmp_path)
    rng = np.random.default_rng(0)
    ids = rng.integers(4, 300, size=(3, 23), dtype=np.int64)
    mask = np.ones_like(ids)
    mask[1, 11:] = 0
    mask[2, 4:] = 0
    ids[mask == 0] = 1  # the padding id, as a tokenizer pads
    want = reference(checkpoint, ids, mask)
    got = embedder.encode_ids(ids, mask)
    largest, least_cosine = TOLERANCE[weights]
    assert np.abs(got - want).max() < largest
    assert (got * want).sum(axis=1).min() > least_cosine
    # Padding does not leak into the pool: the short row alone gives the same vector.
    alone = embedder.encode_ids(ids[2:, :4], mask[2:, :4])
    np.testing.assert_allclose(alone[0], got[2], atol=1e-5)


def test_cls_pooling_and_prefixes(checkpoint: Path, tmp_path: Path) -> None:
    convert_encoder(
        checkpoint,
        tmp_path,
        WeightFormat("fp32"),
        settings={"pooling": "cls", "query_prefix": "w1 ", "passage_prefix": "w2 "},
    )
    embedder = OnnxEmbedder(tmp_path)
    ids = np.array([[0, 5, 6, 7, 2]], np.int64)
    np.testing.assert_allclose(
        embedder.encode_ids(ids, np.ones_like(ids)),
        reference(checkpoint, ids, np.ones_like(ids), "cls"),
        atol=1e-5,
    )
    # Text goes through the tokenizer with the prefix of its role; vectors are unit length.
    query, passage = embedder.embed(["w5 w6"], query=True), embedder.embed(["w5 w6"], query=False)
    tokens = np.array([[0, 5, 9, 10, 2]])  # <s> w1 w5 w6 </s>
    expected = reference(checkpoint, tokens, np.ones((1, 5), np.int64), "cls")
    np.testing.assert_allclose(query, expected, atol=1e-5)
    assert not np.allclose(query, passage)
    texts = ["w3 w4 w5 w6 w7 w8", "w9", "", "w10 w11"]
    batch = embedder.embed(texts, query=False)
    np.testing.assert_allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    for row, text in zip(batch, texts, strict=True):  # sorting and padding by length change nothing
        np.testing.assert_allclose(row, embedder.embed([text], query=False)[0], atol=1e-5)


def test_a_decoder_checkpoint_is_not_an_embedding_model(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"model_type": "qwen3_5"}')
    with pytest.raises(CheckpointError, match="not an encoder Oriel can convert"):
        convert_encoder(tmp_path, tmp_path, WeightFormat("fp32"))
