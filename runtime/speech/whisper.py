"""Whisper on ONNX Runtime: the encoder, the decoder with its KV cache, and greedy decoding.

Reads the layout that Hugging Face's exporters (optimum, and the onnx-community repositories built
with it) write, so downloaded models and the tests' tiny exported ones run through this same code:

    encoder_model{v}.onnx             input_features [B, n_mels, 3000] -> last_hidden_state [B, 1500, D]
    decoder_model_merged{v}.onnx      one graph, an If on use_cache_branch selects the branch
  or
    decoder_model{v}.onnx             input_ids [B, T], encoder_hidden_states -> logits, present.*
    decoder_with_past_model{v}.onnx   input_ids [B, 1], past_key_values.* -> logits, present.*.decoder.*

`{v}` is the weight variant: "" (fp32), "_fp16", "_int8", "_quantized", "_q4", ...
The cache per layer i: past_key_values.{i}.decoder.{key,value} [B, H, past, Dh] (self-attention,
grows one position per token) and past_key_values.{i}.encoder.{key,value} [B, H, 1500, Dh]
(cross-attention, computed once per window by the first step). A merged graph's cached branch
returns empty encoder presents: the ones from the first step are kept.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

ENCODER = "encoder_model{}.onnx"
MERGED = "decoder_model_merged{}.onnx"
DECODER = "decoder_model{}.onnx"
WITH_PAST = "decoder_with_past_model{}.onnx"
_NUMPY_TYPES = {"tensor(float)": np.float32, "tensor(float16)": np.float16}


class ModelFilesError(ValueError):
    """A folder without the ONNX files a Whisper model needs."""


@dataclass(frozen=True)
class DecoderShape:
    layers: int
    heads: int
    head_dim: int
    max_positions: int  # the decoder's positions: prompt and generated tokens together (448)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> DecoderShape:
        heads = int(config["decoder_attention_heads"])
        return cls(
            layers=int(config["decoder_layers"]),
            heads=heads,
            head_dim=int(config["d_model"]) // heads,
            max_positions=int(config["max_target_positions"]),
        )


@dataclass
class _Cache:
    self_kv: list[np.ndarray]  # per layer: key, value, [B, H, past, Dh]
    cross_kv: list[np.ndarray]  # per layer: key, value, [B, H, 1500, Dh]
    length: int = 0


@dataclass(frozen=True)
class DecodingRules:
    """What generation_config.json says greedy decoding must never produce."""

    suppress: tuple[int, ...] = ()  # at every step
    suppress_at_begin: tuple[int, ...] = ()  # at the first generated position only

    @classmethod
    def from_generation_config(cls, raw: dict[str, Any]) -> DecodingRules:
        return cls(
            tuple(int(t) for t in raw.get("suppress_tokens") or ()),
            tuple(int(t) for t in raw.get("begin_suppress_tokens") or ()),
        )


def find_variant_files(folder: Path, variant: str) -> tuple[Path, list[Path]]:
    """The encoder and the decoder file(s) of `variant`, in `folder` or its onnx/ subfolder."""
    for where in (folder, folder / "onnx"):
        encoder = where / ENCODER.format(variant)
        if not encoder.is_file():
            continue
        if (where / MERGED.format(variant)).is_file():
            return encoder, [where / MERGED.format(variant)]
        split = [where / DECODER.format(variant), where / WITH_PAST.format(variant)]
        if all(p.is_file() for p in split):
            return encoder, split
    raise ModelFilesError(
        f"{folder} has no Whisper ONNX model{f' ({variant.strip(chr(95))})' if variant else ''}: it needs "
        f"{ENCODER.format(variant)} and {MERGED.format(variant)} (or {DECODER.format(variant)} and "
        f"{WITH_PAST.format(variant)})"
    )


class WhisperOnnx:
    """The encoder and decoder sessions of one Whisper model."""

    def __init__(
        self,
        encoder: Path,
        decoders: Sequence[Path],
        config: dict[str, Any],
        *,
        threads: int | None = None,
        providers: Sequence[str] = ("CPUExecutionProvider",),
    ) -> None:
        options = ort.SessionOptions()
        if threads is not None:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3  # the exporters' graphs warn about unused initializers

        def session(path: Path) -> ort.InferenceSession:
            return ort.InferenceSession(str(path), options, providers=list(providers))

        self.shape = DecoderShape.from_config(config)
        self.encoder = session(encoder)
        self.decoder = session(decoders[0])
        self.with_past = session(decoders[1]) if len(decoders) > 1 else None
        self.merged = self.with_past is None
        self._encoder_input = self.encoder.get_inputs()[0].name
        self._encoder_dtype = _NUMPY_TYPES.get(self.encoder.get_inputs()[0].type, np.float32)
        past = next((i for i in self.decoder.get_inputs() if i.name.startswith("past_key_values.")), None)
        self._kv_dtype = _NUMPY_TYPES.get(past.type if past else "", np.float32)
        if self.merged and past is None:
            raise ModelFilesError(
                f"{decoders[0].name} has no past_key_values inputs: it is not a merged decoder"
            )

    @classmethod
    def open(
        cls, folder: Path, *, variant: str = "", threads: int | None = None, providers: Sequence[str] = ()
    ) -> WhisperOnnx:
        encoder, decoders = find_variant_files(folder, variant)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        return cls(
            encoder, decoders, config, threads=threads, providers=providers or ("CPUExecutionProvider",)
        )

    def encode(self, features: np.ndarray) -> np.ndarray:
        """features [B, n_mels, 3000] -> hidden states [B, 1500, D]."""
        assert features.ndim == 3, f"features: [B, n_mels, frames], got {features.shape}"
        (hidden,) = self.encoder.run(None, {self._encoder_input: features.astype(self._encoder_dtype)})
        return np.asarray(hidden)

    def start(self, tokens: Sequence[int], hidden: np.ndarray) -> tuple[np.ndarray, _Cache]:
        """Run the prompt: the logits of every position [T, V] and the cache after it."""
        s = self.shape
        ids = np.asarray([tokens], np.int64)  # [1, T]
        feed: dict[str, Any] = {"input_ids": ids, "encoder_hidden_states": hidden}
        if self.merged:
            empty = np.zeros((1, s.heads, 0, s.head_dim), self._kv_dtype)
            feed |= {name: empty for name in _past_names(s.layers)}
            feed["use_cache_branch"] = np.array([False])
        outputs = self._run(self.decoder, feed)
        cache = _Cache(
            self_kv=[outputs[n] for n in _present_names(s.layers, "decoder")],
            cross_kv=[outputs[n] for n in _present_names(s.layers, "encoder")],
            length=len(tokens),
        )
        return np.asarray(outputs["logits"][0]), cache

    def step(self, token: int, cache: _Cache, hidden: np.ndarray) -> np.ndarray:
        """Feed one token; returns its logits [V] and grows `cache` by one position."""
        s = self.shape
        feed: dict[str, Any] = {"input_ids": np.asarray([[token]], np.int64)}
        for i in range(s.layers):
            names = _past_names(1, "decoder", layer=i) + _past_names(1, "encoder", layer=i)
            values = cache.self_kv[2 * i : 2 * i + 2] + cache.cross_kv[2 * i : 2 * i + 2]
            feed |= dict(zip(names, values, strict=True))
        if self.merged:
            feed |= {"use_cache_branch": np.array([True]), "encoder_hidden_states": hidden}
        outputs = self._run(self.with_past or self.decoder, feed)
        cache.self_kv = [outputs[n] for n in _present_names(s.layers, "decoder")]
        cache.length += 1
        return np.asarray(outputs["logits"][0, -1])

    @staticmethod
    def _run(session: ort.InferenceSession, feed: dict[str, Any]) -> dict[str, np.ndarray]:
        wanted = {i.name for i in session.get_inputs()}
        names = [o.name for o in session.get_outputs()]
        values = session.run(names, {k: v for k, v in feed.items() if k in wanted})
        return dict(zip(names, values, strict=True))


def _past_names(layers: int, which: str | None = None, *, layer: int | None = None) -> list[str]:
    kinds = (which,) if which else ("decoder", "encoder")
    indices = [layer] if layer is not None else range(layers)
    return [f"past_key_values.{i}.{w}.{kv}" for i in indices for w in kinds for kv in ("key", "value")]


def _present_names(layers: int, which: str) -> list[str]:
    return [f"present.{i}.{which}.{kv}" for i in range(layers) for kv in ("key", "value")]


class Cancelled(Exception):
    """Decoding stopped because its cancel flag was set."""


@dataclass
class Greedy:
    tokens: list[int] = field(default_factory=list)  # generated, without the prompt or <|endoftext|>
    reason: str = "stop"  # "stop" (end of text) | "length"
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0


def detect_language(model: WhisperOnnx, hidden: np.ndarray, sot: int, languages: dict[str, int]) -> str:
    """The language whose token the decoder finds likeliest after <|startoftranscript|>."""
    logits, _ = model.start([sot], hidden)
    codes = list(languages)
    ids = np.array([languages[c] for c in codes])
    return codes[int(np.argmax(logits[-1, ids]))]


def greedy_decode(
    model: WhisperOnnx,
    hidden: np.ndarray,
    prompt: Sequence[int],
    eot: int,
    rules: DecodingRules = DecodingRules(),
    *,
    max_new_tokens: int,
    no_speech: int | None = None,
    cancel: threading.Event | None = None,
) -> Greedy:
    """Greedy tokens after `prompt` until <|endoftext|> or the length limit.

    The same choices as transformers' Whisper `generate` without sampling: `rules.suppress` never,
    `rules.suppress_at_begin` not as the first token, then the arg max. Also measures what
    Whisper's hallucination guard needs: the mean log-probability of the chosen tokens (the end
    included) and the probability of <|nospeech|> right after <|startoftranscript|>.
    """
    budget = min(max_new_tokens, model.shape.max_positions - len(prompt))
    suppress = np.array(rules.suppress, np.int64)
    at_begin = np.array(rules.suppress_at_begin, np.int64)
    all_logits, cache = model.start(prompt, hidden)  # [T, V]
    result = Greedy()
    if no_speech is not None:
        result.no_speech_prob = float(np.exp(_log_softmax(all_logits[0].astype(np.float32))[no_speech]))
    logits = all_logits[-1]
    total = 0.0
    for position in range(budget):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        scores = logits.astype(np.float32)  # [V]
        scores[suppress[suppress < len(scores)]] = -np.inf
        if position == 0:
            scores[at_begin[at_begin < len(scores)]] = -np.inf
        token = int(np.argmax(scores))
        total += float(_log_softmax(scores)[token])
        if token == eot:
            break
        result.tokens.append(token)
        if position + 1 == budget:
            result.reason = "length"
        else:
            logits = model.step(token, cache, hidden)
    result.avg_logprob = total / (len(result.tokens) + 1)
    return result


def _log_softmax(x: np.ndarray) -> np.ndarray:
    shifted = x - np.max(x)
    return shifted - np.log(np.sum(np.exp(shifted)))
