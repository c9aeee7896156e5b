"""The model's shapes, read from a Hugging Face Qwen3.5 `config.json`.

Only what the runtime needs is kept, as frozen dataclasses that serialise into the package
manifest. Unknown keys are ignored; missing keys take the Qwen3.5 defaults that
`transformers.Qwen3_5TextConfig` uses.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

SUPPORTED_MODEL_TYPES = ("qwen3_5",)

LINEAR_ATTENTION = "linear_attention"
FULL_ATTENTION = "full_attention"


class ConfigError(ValueError):
    """The checkpoint's config.json is missing something or describes another model."""


@dataclass(frozen=True)
class TextConfig:
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    head_dim: int
    rms_norm_eps: float
    layer_types: tuple[str, ...]
    linear_conv_kernel_dim: int
    linear_key_head_dim: int
    linear_value_head_dim: int
    linear_num_key_heads: int
    linear_num_value_heads: int
    rope_theta: float
    partial_rotary_factor: float
    mrope_section: tuple[int, ...]
    mrope_interleaved: bool
    tie_word_embeddings: bool
    max_position_embeddings: int

    @property
    def rotary_dim(self) -> int:
        return int(self.head_dim * self.partial_rotary_factor)

    @property
    def conv_dim(self) -> int:
        """Channels of the GDN causal convolution: [Q | K | V] of the delta-rule layer."""
        return 2 * self.linear_num_key_heads * self.linear_key_head_dim + self.linear_value_dim

    @property
    def linear_key_dim(self) -> int:
        return self.linear_num_key_heads * self.linear_key_head_dim

    @property
    def linear_value_dim(self) -> int:
        return self.linear_num_value_heads * self.linear_value_head_dim

    def layers_of(self, kind: str) -> list[int]:
        return [i for i, t in enumerate(self.layer_types) if t == kind]


@dataclass(frozen=True)
class VisionConfig:
    depth: int
    hidden_size: int
    num_heads: int
    intermediate_size: int
    patch_size: int
    temporal_patch_size: int
    spatial_merge_size: int
    in_channels: int
    out_hidden_size: int
    num_position_embeddings: int
    rope_theta: float = 10_000.0  # the encoder's 2-D rotary base (transformers' default)


@dataclass(frozen=True)
class ModelConfig:
    text: TextConfig
    vision: VisionConfig | None
    image_token_id: int
    video_token_id: int
    vision_start_token_id: int
    vision_end_token_id: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelConfig:
        """Inverse of `to_dict` (the manifest's form, not Hugging Face's)."""
        text = dict(d["text"])
        text["layer_types"] = tuple(text["layer_types"])
        text["mrope_section"] = tuple(text["mrope_section"])
        vision = VisionConfig(**d["vision"]) if d.get("vision") else None
        rest = {k: v for k, v in d.items() if k not in ("text", "vision")}
        return cls(text=TextConfig(**text), vision=vision, **rest)


def _require(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d:
        raise ConfigError(f"config.json has no '{key}' in {where}")
    return d[key]


def parse_hf_config(raw: dict[str, Any]) -> ModelConfig:
    """Read a Hugging Face Qwen3.5 config.json (already parsed) into a `ModelConfig`."""
    model_type = raw.get("model_type")
    if model_type not in SUPPORTED_MODEL_TYPES:
        raise ConfigError(
            f"this is a '{model_type}' checkpoint; Oriel runs Qwen3.5 ('qwen3_5') vision-language models"
        )
    t = _require(raw, "text_config", "the top level")
    n_layers = int(_require(t, "num_hidden_layers", "text_config"))
    interval = int(t.get("full_attention_interval", 4))
    layer_types = t.get("layer_types") or [
        FULL_ATTENTION if (i + 1) % interval == 0 else LINEAR_ATTENTION for i in range(n_layers)
    ]
    if len(layer_types) != n_layers or any(x not in (LINEAR_ATTENTION, FULL_ATTENTION) for x in layer_types):
        raise ConfigError("text_config.layer_types must list 'linear_attention'/'full_attention' per layer")
    rope = t.get("rope_parameters") or {}
    hidden = int(_require(t, "hidden_size", "text_config"))
    heads = int(_require(t, "num_attention_heads", "text_config"))
    tie = bool(t.get("tie_word_embeddings", raw.get("tie_word_embeddings", False)))
    text = TextConfig(
        vocab_size=int(_require(t, "vocab_size", "text_config")),
        hidden_size=hidden,
        intermediate_size=int(_require(t, "intermediate_size", "text_config")),
        num_hidden_layers=n_layers,
        num_attention_heads=heads,
        num_key_value_heads=int(t.get("num_key_value_heads", heads)),
        head_dim=int(t.get("head_dim") or hidden // heads),
        rms_norm_eps=float(t.get("rms_norm_eps", 1e-6)),
        layer_types=tuple(layer_types),
        linear_conv_kernel_dim=int(t.get("linear_conv_kernel_dim", 4)),
        linear_key_head_dim=int(t.get("linear_key_head_dim", 128)),
        linear_value_head_dim=int(t.get("linear_value_head_dim", 128)),
        linear_num_key_heads=int(t.get("linear_num_key_heads", 16)),
        linear_num_value_heads=int(t.get("linear_num_value_heads", 32)),
        rope_theta=float(rope.get("rope_theta", t.get("rope_theta", 10_000_000))),
        partial_rotary_factor=float(rope.get("partial_rotary_factor", t.get("partial_rotary_factor", 0.25))),
        mrope_section=tuple(int(x) for x in rope.get("mrope_section", (11, 11, 10))),
        mrope_interleaved=bool(rope.get("mrope_interleaved", True)),
        tie_word_embeddings=tie,
        max_position_embeddings=int(t.get("max_position_embeddings", 262144)),
    )
    if text.linear_num_value_heads % text.linear_num_key_heads:
        raise ConfigError("linear_num_value_heads must be a multiple of linear_num_key_heads")
    if sum(text.mrope_section) * 2 != text.rotary_dim:
        raise ConfigError("rope_parameters.mrope_section must cover half the rotary dimension")
    v = raw.get("vision_config")
    vision = None
    if v:
        vision = VisionConfig(
            depth=int(v["depth"]),
            hidden_size=int(v["hidden_size"]),
            num_heads=int(v["num_heads"]),
            intermediate_size=int(v["intermediate_size"]),
            patch_size=int(v.get("patch_size", 16)),
            temporal_patch_size=int(v.get("temporal_patch_size", 2)),
            spatial_merge_size=int(v.get("spatial_merge_size", 2)),
            in_channels=int(v.get("in_channels", 3)),
            out_hidden_size=int(v.get("out_hidden_size", hidden)),
            num_position_embeddings=int(v.get("num_position_embeddings", 2304)),
            rope_theta=float(
                (v.get("rope_parameters") or {}).get("rope_theta", v.get("rope_theta", 10_000.0))
            ),
        )
    return ModelConfig(
        text=text,
        vision=vision,
        image_token_id=int(raw.get("image_token_id", 248056)),
        video_token_id=int(raw.get("video_token_id", 248057)),
        vision_start_token_id=int(raw.get("vision_start_token_id", 248053)),
        vision_end_token_id=int(raw.get("vision_end_token_id", 248054)),
    )
