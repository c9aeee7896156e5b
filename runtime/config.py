"""The model's shapes, read from a Hugging Face Qwen3.5 `config.json`.

Only what the runtime needs is kept, as frozen dataclasses that serialise into the package
manifest. Unknown keys are ignored; missing keys take the Qwen3.5 defaults that
`transformers.Qwen3_5TextConfig` uses.
"""

from __future__ import annotations

import dataclasses
import math
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


# The largest values a config may give: far above any Qwen3.5 (64 layers, dimensions in the tens of
# thousands), far below what would make the converter build a billion layers or overflow a dim.
MAX_LAYERS = 1024
MAX_DIM = (1 << 31) - 1
_REQUIRED = object()


def _require(d: dict[str, Any], key: str, where: str) -> Any:
    if key not in d:
        raise ConfigError(f"config.json has no '{key}' in {where}")
    return d[key]


def _shown(value: Any) -> str:
    try:
        text = repr(value)
    except ValueError:  # an integer of more than 4,300 digits
        return "a number too long to show"
    return text if len(text) <= 40 else text[:37] + "..."


def _int(
    d: dict[str, Any], key: str, where: str, default: Any = _REQUIRED, *, low: int = 1, high: int = MAX_DIM
) -> int:
    """`d[key]`, a whole number in [low, high]; a ConfigError naming the key otherwise."""
    value = _require(d, key, where) if default is _REQUIRED else d.get(key, default)
    return _whole(
        default if value is None and default is not _REQUIRED else value, f"{where}.{key}", low, high
    )


def _whole(value: Any, name: str, low: int, high: int) -> int:
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())  # JSON: 4 or 4.0
    if isinstance(value, bool) or not whole:
        raise ConfigError(f"config.json: {name} must be a whole number, not {_shown(value)}")
    if not low <= value <= high:
        raise ConfigError(f"config.json: {name} is {_shown(value)}; it must be from {low} to {high}")
    return int(value)


def _positive(d: dict[str, Any], key: str, where: str, default: float, *, high: float = math.inf) -> float:
    """A finite number in (0, high]."""
    value = d.get(key, default)
    try:
        number = float(value) if not isinstance(value, bool | str) else math.nan
    except (TypeError, ValueError, OverflowError):
        number = math.nan
    if not (math.isfinite(number) and 0 < number <= high):
        bound = f"at most {high}" if math.isfinite(high) else "finite"
        raise ConfigError(f"config.json: {where}.{key} is {_shown(value)}; it must be above 0 and {bound}")
    return number


def _section(d: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = d.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"config.json: {where}.{key} must be an object, not {_shown(value)}")
    return value


def parse_hf_config(raw: dict[str, Any]) -> ModelConfig:
    """Read a Hugging Face Qwen3.5 config.json (already parsed) into a `ModelConfig`.

    Every number is checked against its range first, so an absurd config (a billion layers, zero
    heads, a negative size) is a `ConfigError` that says which key, never a MemoryError or a
    ZeroDivisionError further on."""
    if not isinstance(raw, dict):
        raise ConfigError(f"config.json must hold an object, not {_shown(raw)}")
    model_type = raw.get("model_type")
    if model_type not in SUPPORTED_MODEL_TYPES:
        raise ConfigError(
            f"this is a '{str(model_type)[:40]}' checkpoint; "
            "Oriel runs Qwen3.5 ('qwen3_5') vision-language models"
        )
    t = _require(raw, "text_config", "the top level")
    if not isinstance(t, dict):
        raise ConfigError(f"config.json: text_config must be an object, not {_shown(t)}")
    where = "text_config"
    n_layers = _int(t, "num_hidden_layers", where, high=MAX_LAYERS)
    layer_types = t.get("layer_types")
    if not layer_types:
        interval = _int(t, "full_attention_interval", where, 4, high=MAX_LAYERS)
        layer_types = [
            FULL_ATTENTION if (i + 1) % interval == 0 else LINEAR_ATTENTION for i in range(n_layers)
        ]
    if (
        not isinstance(layer_types, list)
        or len(layer_types) != n_layers
        or any(x not in (LINEAR_ATTENTION, FULL_ATTENTION) for x in layer_types)
    ):
        raise ConfigError("text_config.layer_types must list 'linear_attention'/'full_attention' per layer")
    rope = _section(t, "rope_parameters", where)
    hidden = _int(t, "hidden_size", where)
    heads = _int(t, "num_attention_heads", where)
    kv_heads = _int(t, "num_key_value_heads", where, heads, high=heads)
    if heads % kv_heads:
        raise ConfigError("config.json: num_attention_heads must be a multiple of num_key_value_heads")
    tie = bool(t.get("tie_word_embeddings", raw.get("tie_word_embeddings", False)))
    vocab = _int(t, "vocab_size", where)
    mrope = rope.get("mrope_section", (11, 11, 10))
    if not isinstance(mrope, list | tuple) or not mrope:
        raise ConfigError(
            f"config.json: rope_parameters.mrope_section must list numbers, not {_shown(mrope)}"
        )
    rope_where = f"{where}.rope_parameters"
    text = TextConfig(
        vocab_size=vocab,
        hidden_size=hidden,
        intermediate_size=_int(t, "intermediate_size", where),
        num_hidden_layers=n_layers,
        num_attention_heads=heads,
        num_key_value_heads=kv_heads,
        head_dim=_int(t, "head_dim", where, max(hidden // heads, 1)),
        rms_norm_eps=_positive(t, "rms_norm_eps", where, 1e-6, high=1.0),
        layer_types=tuple(layer_types),
        linear_conv_kernel_dim=_int(t, "linear_conv_kernel_dim", where, 4, high=1024),
        linear_key_head_dim=_int(t, "linear_key_head_dim", where, 128),
        linear_value_head_dim=_int(t, "linear_value_head_dim", where, 128),
        linear_num_key_heads=_int(t, "linear_num_key_heads", where, 16),
        linear_num_value_heads=_int(t, "linear_num_value_heads", where, 32),
        rope_theta=_positive(rope, "rope_theta", rope_where, _positive(t, "rope_theta", where, 10_000_000)),
        partial_rotary_factor=_positive(
            rope,
            "partial_rotary_factor",
            rope_where,
            _positive(t, "partial_rotary_factor", where, 0.25, high=1.0),
            high=1.0,
        ),
        mrope_section=tuple(_whole(x, f"{rope_where}.mrope_section", 0, MAX_DIM) for x in mrope),
        mrope_interleaved=bool(rope.get("mrope_interleaved", True)),
        tie_word_embeddings=tie,
        max_position_embeddings=_int(t, "max_position_embeddings", where, 262144),
    )
    if text.linear_num_value_heads % text.linear_num_key_heads:
        raise ConfigError("linear_num_value_heads must be a multiple of linear_num_key_heads")
    if sum(text.mrope_section) * 2 != text.rotary_dim:
        raise ConfigError("rope_parameters.mrope_section must cover half the rotary dimension")
    v = _section(raw, "vision_config", "the top level")
    vision = None
    if v:
        where = "vision_config"
        vision = VisionConfig(
            depth=_int(v, "depth", where, high=MAX_LAYERS),
            hidden_size=_int(v, "hidden_size", where),
            num_heads=_int(v, "num_heads", where),
            intermediate_size=_int(v, "intermediate_size", where),
            patch_size=_int(v, "patch_size", where, 16, high=1024),
            temporal_patch_size=_int(v, "temporal_patch_size", where, 2, high=1024),
            spatial_merge_size=_int(v, "spatial_merge_size", where, 2, high=1024),
            in_channels=_int(v, "in_channels", where, 3, high=1024),
            out_hidden_size=_int(v, "out_hidden_size", where, hidden),
            num_position_embeddings=_int(v, "num_position_embeddings", where, 2304),
            rope_theta=_positive(
                _section(v, "rope_parameters", where),
                "rope_theta",
                f"{where}.rope_parameters",
                _positive(v, "rope_theta", where, 10_000.0),
            ),
        )
        if vision.hidden_size % vision.num_heads:
            raise ConfigError("config.json: vision_config.hidden_size must be a multiple of num_heads")
    token = {"low": 0, "high": vocab - 1}
    return ModelConfig(
        text=text,
        vision=vision,
        image_token_id=_int(raw, "image_token_id", "the top level", 248056, **token),
        video_token_id=_int(raw, "video_token_id", "the top level", 248057, **token),
        vision_start_token_id=_int(raw, "vision_start_token_id", "the top level", 248053, **token),
        vision_end_token_id=_int(raw, "vision_end_token_id", "the top level", 248054, **token),
    )
