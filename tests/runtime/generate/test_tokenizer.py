"""runtime.generate.tokenizer against transformers' tokenizer on the tiny checkpoint's tokenizer.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.tiny_models import SPECIAL_TOKENS, TEXT_TOKENS, build_tiny_tokenizer
from runtime.generate.tokenizer import Tokenizer, TokenizerError

TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "<|im_start|>user\nBonjour, ça va ?<|im_end|>\n<|im_start|>assistant\n",
    "你好，世界。こんにちは。مرحبا بالعالم. Привет! 🙂🚀✨",
    "<|vision_start|><|image_pad|><|vision_end|>What is this?",
    "",
]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tok")
    build_tiny_tokenizer(out)
    return out


@pytest.fixture(scope="module")
def tokenizer(model_dir: Path) -> Tokenizer:
    return Tokenizer.from_dir(model_dir)


@pytest.fixture(scope="module")
def reference(model_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_dir)


@pytest.mark.parametrize("text", TEXTS)
def test_encode_and_decode_match_transformers(tokenizer: Tokenizer, reference, text: str) -> None:
    ids = tokenizer.encode(text)
    assert ids == reference.encode(text, add_special_tokens=False)
    assert tokenizer.decode(ids) == reference.decode(ids) == text
    assert tokenizer.decode(ids, skip_special_tokens=True) == reference.decode(ids, skip_special_tokens=True)


def test_control_tokens_in_text_become_single_ids(tokenizer: Tokenizer) -> None:
    im_start, im_end = tokenizer.token_id("<|im_start|>"), tokenizer.token_id("<|im_end|>")
    ids = tokenizer.encode("<|im_start|>user\nHi<|im_end|>")
    assert ids[0] == im_start and ids[-1] == im_end
    assert tokenizer.encode("Hi")[0] != im_start  # nothing is prepended


def test_special_ids_and_vocab_size(tokenizer: Tokenizer, reference) -> None:
    assert tokenizer.special_ids == {tokenizer.token_id(t) for t in SPECIAL_TOKENS}
    assert not tokenizer.special_ids & {tokenizer.token_id(t) for t in TEXT_TOKENS}  # e.g. <think>
    assert tokenizer.vocab_size == len(reference)
    assert max(tokenizer.special_ids) < tokenizer.vocab_size


def test_token_id_of_unknown_token_is_none(tokenizer: Tokenizer) -> None:
    assert tokenizer.token_id("<|no such token|>") is None


def test_missing_tokenizer_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(TokenizerError, match=r"tokenizer\.json is missing"):
        Tokenizer.from_dir(tmp_path)


def test_damaged_tokenizer_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "tokenizer.json").write_text('{"version": "1.0", "model": ')
    with pytest.raises(TokenizerError, match="damaged"):
        Tokenizer.from_dir(tmp_path)
