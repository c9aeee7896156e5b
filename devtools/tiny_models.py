"""Tiny random Qwen3.5 checkpoints, built with transformers (the reference) and cached.

Each checkpoint is a real Hugging Face folder: config.json, model.safetensors, tokenizer.json,
tokenizer_config.json and chat_template.jinja, so the converter reads it exactly as it reads a
downloaded model. Weights are drawn from a seeded generator with scales that give the logits a
healthy spread (greedy decoding on near-uniform logits would compare noise, not models).

The cache lives in `.cache/tiny-models/` (ignored by git) and is keyed by a hash of the spec, so
changing a spec rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from devtools import REPO

CACHE = Path(os.environ.get("ORIEL_TEST_CACHE", REPO / ".cache")) / "tiny-models"
CHAT_TEMPLATE = REPO / "devtools" / "data" / "qwen3_5_chat_template.jinja"

# Qwen3.5's special tokens, in the order of the real vocabulary (ids differ in the tiny one).
SPECIAL_TOKENS = [
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
]
# Added tokens that are not special (the real tokenizer keeps them in decoded text).
TEXT_TOKENS = ["<tool_call>", "</tool_call>", "<think>", "</think>"]

TINY_VOCAB = 1024
_CORPUS = """
The quick brown fox jumps over the lazy dog. Oriel is a private desktop assistant that runs on
your own machine. It reads pictures, answers questions, and never sends anything away.
Bonjour, comment allez-vous ? Guten Tag! ¿Qué tal? 你好，世界。こんにちは。مرحبا بالعالم. Привет, мир!
def main():\n    print("hello world")\n    return 42\n
Numbers: 0 1 2 3 4 5 6 7 8 9 10 100 1000 3.14159 2.71828. Emoji: 🙂 🚀 ✨.
"""


def build_tiny_tokenizer(out_dir: Path) -> dict[str, int]:
    """Train a byte-level BPE on a small multilingual corpus and add Qwen's special tokens.

    Returns the special tokens' ids.
    """
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=TINY_VOCAB - len(SPECIAL_TOKENS) - len(TEXT_TOKENS) - 8,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([_CORPUS] * 4, trainer=trainer)
    tok.add_special_tokens(SPECIAL_TOKENS)
    tok.add_tokens([AddedToken(t, special=False, normalized=False) for t in TEXT_TOKENS])
    out_dir.mkdir(parents=True, exist_ok=True)
    tok.save(str(out_dir / "tokenizer.json"))
    ids = {t: tok.token_to_id(t) for t in SPECIAL_TOKENS + TEXT_TOKENS}
    assert max(ids.values()) < TINY_VOCAB
    (out_dir / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "Qwen2Tokenizer",
                "eos_token": "<|im_end|>",
                "pad_token": "<|endoftext|>",
                "model_max_length": 262144,
            },
            indent=2,
        )
    )
    shutil.copyfile(CHAT_TEMPLATE, out_dir / "chat_template.jinja")
    return ids


@dataclass(frozen=True)
class TinySpec:
    """The knobs the parity tests vary."""

    name: str
    layer_types: tuple[str, ...]
    linear_num_key_heads: int = 2
    linear_num_value_heads: int = 2
    tie_word_embeddings: bool = True
    hidden_size: int = 64
    intermediate_size: int = 128
    num_attention_heads: int = 4
    num_key_value_heads: int = 2
    head_dim: int = 32
    linear_head_dim: int = 16
    dtype: str = "float32"  # the checkpoint's storage dtype
    seed: int = 0
    vision: dict[str, int] = field(
        default_factory=lambda: {
            "depth": 2,
            "hidden_size": 32,
            "num_heads": 2,
            "intermediate_size": 64,
            "num_position_embeddings": 16,
        }
    )

    def key(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True) + CHAT_TEMPLATE.read_text() + _CORPUS + "v2"
        return hashlib.sha256(blob.encode()).hexdigest()[:12]


L, F = "linear_attention", "full_attention"

# Three configs cover what the runtime must get right: value heads equal to and twice the key
# heads, tied and untied heads, two or more full-attention layers, and a non-default layer order.
SPECS = {
    "gqa1-tied": TinySpec("gqa1-tied", (L, L, L, F, L, L, L, F)),
    "gqa2-untied": TinySpec(
        "gqa2-untied", (L, F, L, L, F), linear_num_value_heads=4, tie_word_embeddings=False, seed=1
    ),
    "gqa2-bf16": TinySpec(
        "gqa2-bf16", (F, L, L, F, L, F), linear_num_value_heads=4, dtype="bfloat16", seed=2
    ),
}


def hf_config_dict(spec: TinySpec, ids: dict[str, int]) -> dict:
    rotary = spec.head_dim // 4
    half = rotary // 2
    section = [half - 2 * (half // 3), half // 3, half // 3]
    text = {
        "model_type": "qwen3_5_text",
        "vocab_size": TINY_VOCAB,
        "hidden_size": spec.hidden_size,
        "intermediate_size": spec.intermediate_size,
        "num_hidden_layers": len(spec.layer_types),
        "num_attention_heads": spec.num_attention_heads,
        "num_key_value_heads": spec.num_key_value_heads,
        "head_dim": spec.head_dim,
        "hidden_act": "silu",
        "max_position_embeddings": 4096,
        "rms_norm_eps": 1e-6,
        "tie_word_embeddings": spec.tie_word_embeddings,
        "attention_bias": False,
        "attn_output_gate": True,
        "linear_conv_kernel_dim": 4,
        "linear_key_head_dim": spec.linear_head_dim,
        "linear_value_head_dim": spec.linear_head_dim,
        "linear_num_key_heads": spec.linear_num_key_heads,
        "linear_num_value_heads": spec.linear_num_value_heads,
        "layer_types": list(spec.layer_types),
        "eos_token_id": ids["<|endoftext|>"],
        "pad_token_id": ids["<|endoftext|>"],
        "bos_token_id": None,
        "rope_parameters": {
            "rope_type": "default",
            "rope_theta": 10000000,
            "partial_rotary_factor": 0.25,
            "mrope_section": section,
            "mrope_interleaved": True,
        },
        "dtype": spec.dtype,
    }
    vision = {
        "model_type": "qwen3_5_vision",
        "hidden_act": "gelu_pytorch_tanh",
        "in_channels": 3,
        "patch_size": 16,
        "temporal_patch_size": 2,
        "spatial_merge_size": 2,
        "out_hidden_size": spec.hidden_size,
        "deepstack_visual_indexes": [],
        **spec.vision,
    }
    return {
        "architectures": ["Qwen3_5ForConditionalGeneration"],
        "model_type": "qwen3_5",
        "image_token_id": ids["<|image_pad|>"],
        "video_token_id": ids["<|video_pad|>"],
        "vision_start_token_id": ids["<|vision_start|>"],
        "vision_end_token_id": ids["<|vision_end|>"],
        "tie_word_embeddings": spec.tie_word_embeddings,
        "text_config": text,
        "vision_config": vision,
    }


def _randomize(model, seed: int) -> None:
    """Give every parameter a seeded value with a scale that keeps activations near unit size."""
    import torch

    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in sorted(model.named_parameters()):
            if name.endswith("A_log"):
                p.copy_(torch.log(torch.empty(p.shape).uniform_(0.5, 8.0, generator=gen)))
            elif name.endswith("dt_bias"):
                p.copy_(torch.randn(p.shape, generator=gen))
            elif "norm" in name and p.ndim == 1:
                # zero-centred (1 + w) norms and the plain-w GDN norm alike: stay near their identity
                base = 1.0 if name.endswith("linear_attn.norm.weight") or "visual" in name else 0.0
                p.copy_(base + 0.2 * torch.randn(p.shape, generator=gen))
            elif "embed_tokens" in name or name.endswith("lm_head.weight"):
                p.copy_(torch.randn(p.shape, generator=gen))
            elif p.ndim >= 2:
                fan_in = p[0].numel()
                p.copy_(torch.randn(p.shape, generator=gen) / fan_in**0.5)
            else:
                p.copy_(0.1 * torch.randn(p.shape, generator=gen))


def build_checkpoint(spec: TinySpec, out_dir: Path) -> None:
    """Write a Hugging Face checkpoint folder for `spec` (slow: imports torch)."""
    import torch
    from transformers import Qwen3_5Config, Qwen3_5ForConditionalGeneration

    tmp = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    ids = build_tiny_tokenizer(tmp)
    raw = hf_config_dict(spec, ids)
    cfg = Qwen3_5Config(**{k: v for k, v in raw.items() if k not in ("architectures", "model_type")})
    torch.manual_seed(spec.seed)
    model = Qwen3_5ForConditionalGeneration(cfg).eval()
    _randomize(model, spec.seed)
    model = model.to(getattr(torch, spec.dtype))
    model.save_pretrained(tmp, safe_serialization=True)
    # save_pretrained writes its own config.json; keep ours, which is what a hub download has.
    (tmp / "config.json").write_text(json.dumps(raw, indent=2))
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)


def tiny_checkpoint(name: str) -> Path:
    """The cached checkpoint folder for one of `SPECS`, built on first use."""
    spec = SPECS[name]
    out = CACHE / f"{name}-{spec.key()}"
    if not (out / "config.json").exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        build_checkpoint(spec, out)
    return out


def load_reference(checkpoint: Path):
    """The transformers model for a checkpoint folder, in fp32 on CPU."""
    import torch
    from transformers import Qwen3_5ForConditionalGeneration

    model = Qwen3_5ForConditionalGeneration.from_pretrained(checkpoint, dtype=torch.float32)
    return model.eval()


ALL_SPECS = sorted(SPECS)
