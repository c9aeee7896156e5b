"""Speech to text: a Whisper model folder in, the text of a recording out.

    blocks (16 kHz)  ->  windows of <= 30 s  ->  log-mel [n_mels, 3000]  ->  encoder  ->  greedy decoder
                         (cut where it is quiet)                                         (per window)

A window is left out when it is (nearly) digital silence, or when Whisper itself says there is no
speech in it: the probability of <|nospeech|> above `no_speech_threshold` while the decoded text
is unlikely (mean log-probability below `logprob_threshold`). That is openai-whisper's guard
against the texts it invents for silence ("Thank you for watching").

The language is the caller's (a Whisper code), or detected on the first window that holds speech
and kept for the rest, so a long recording is not split between languages.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from runtime.speech import audio
from runtime.speech.features import SAMPLE_RATE, FeatureConfig, log_mel
from runtime.speech.tokenizer import WhisperTokenizer
from runtime.speech.whisper import (
    Cancelled,
    DecodingRules,
    ModelFilesError,
    WhisperOnnx,
    detect_language,
    find_variant_files,
    greedy_decode,
)

Progress = Callable[[float, str], None]  # fraction of the audio done, detail
# Variants in order of preference when the folder holds several: full precision first.
VARIANT_ORDER = ("", "_fp32", "_int8", "_quantized", "_uint8", "_q8", "_fp16", "_q4", "_bnb4", "_q4f16")
# Written without spaces between words: windows are joined without one.
_NO_SPACES = frozenset({"zh", "ja", "th", "lo", "km", "my", "yue", "bo"})
_ENCODER = re.compile(r"encoder_model(.*)\.onnx")


@dataclass(frozen=True)
class Options:
    max_new_tokens: int = 224  # per window, as openai-whisper (half the decoder's 448 positions)
    no_speech_threshold: float | None = 0.6  # None: never leave a window out for "no speech"
    logprob_threshold: float = -1.0
    silence_peak: float = 1e-3  # a window whose loudest sample is below this is not decoded


@dataclass(frozen=True)
class Segment:
    start: float  # seconds into the audio
    end: float
    text: str
    tokens: tuple[int, ...]
    skipped: str = ""  # why the window's text was left out: "silence" | "no speech"; "" when kept


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str  # the Whisper code used or detected ("" when nothing was heard to detect it from)
    audio_seconds: float
    seconds: float  # wall-clock time the transcription took
    segments: tuple[Segment, ...] = field(default=())

    @property
    def real_time_factor(self) -> float:
        return self.seconds / self.audio_seconds if self.audio_seconds else 0.0


def variants(folder: Path) -> list[str]:
    """The weight variants a model folder holds, preferred first."""
    found = {m.group(1) for where in (folder, folder / "onnx") for p in where.glob("encoder_model*.onnx")
             if (m := _ENCODER.fullmatch(p.name))}  # fmt: skip
    usable = []
    for variant in found:
        try:
            find_variant_files(folder, variant)
        except ModelFilesError:
            continue
        usable.append(variant)
    return sorted(
        usable, key=lambda v: (VARIANT_ORDER.index(v) if v in VARIANT_ORDER else len(VARIANT_ORDER), v)
    )


class SpeechModel:
    """A Whisper model folder (onnx-community layout, or an installed speech package), loaded."""

    def __init__(self, folder: Path, *, variant: str | None = None, threads: int | None = None) -> None:
        if variant is None:
            found = variants(folder)
            if not found:
                find_variant_files(folder, "")  # raises, naming the files it needs
            variant = found[0]
        encoder, decoders = find_variant_files(folder, variant)
        self.folder = folder
        self.variant = variant
        self.config = _read_json(folder / "config.json", required=True)
        generation = _read_json(folder / "generation_config.json")
        # openai-whisper's rule: the multilingual vocabularies have 51865 tokens or more.
        multilingual = bool(generation.get("is_multilingual", int(self.config.get("vocab_size", 0)) >= 51865))
        self.tokenizer = WhisperTokenizer.from_file(folder / "tokenizer.json", multilingual=multilingual)
        self.features = FeatureConfig.from_preprocessor(_read_json(folder / "preprocessor_config.json"))
        self.rules = DecodingRules.from_generation_config(generation)
        if self.features.n_mels != int(self.config.get("num_mel_bins", self.features.n_mels)):
            raise ModelFilesError(f"{folder}: preprocessor_config.json and config.json disagree on mel bins")
        self.onnx = WhisperOnnx(encoder, decoders, self.config, threads=threads)
        self.layout = "merged" if self.onnx.merged else "split"

    @property
    def languages(self) -> list[str]:
        return list(self.tokenizer.languages)

    def transcribe_file(
        self,
        path: Path,
        language: str | None = None,
        *,
        options: Options = Options(),
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> Transcript:
        """Transcribe a WAV file; `language` is a Whisper code, or None to detect it."""
        total = audio.wav_info(path).seconds
        return self.transcribe(audio.read_blocks(path), language, total, options=options, cancel=cancel,
                               progress=progress)  # fmt: skip

    def transcribe(
        self,
        blocks: Iterable[np.ndarray],
        language: str | None = None,
        total_seconds: float | None = None,
        *,
        options: Options = Options(),
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> Transcript:
        """Transcribe a stream of 16 kHz mono float32 blocks, window by window."""
        started = time.perf_counter()
        if not self.tokenizer.multilingual:
            language = None  # an English-only model takes no language token
        elif language is not None and language not in self.tokenizer.languages:
            raise ValueError(f"this speech model does not know the language {language!r}")
        segments: list[Segment] = []
        position = 0.0
        for window in audio.windows(blocks):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            segment, language = self._window(window, position, language, options, cancel)
            segments.append(segment)
            position = segment.end
            if progress is not None:
                done = min(1.0, position / total_seconds) if total_seconds else 0.0
                progress(
                    done,
                    f"{position:.0f} s of {total_seconds:.0f} s" if total_seconds else f"{position:.0f} s",
                )
        texts = [s.text for s in segments if s.text and not s.skipped]
        joiner = "" if language in _NO_SPACES else " "
        return Transcript(
            text=joiner.join(texts),
            language=language or ("" if self.tokenizer.multilingual else "en"),
            audio_seconds=position,
            seconds=time.perf_counter() - started,
            segments=tuple(segments),
        )

    def _window(
        self,
        samples: np.ndarray,
        start: float,
        language: str | None,
        options: Options,
        cancel: threading.Event | None,
    ) -> tuple[Segment, str | None]:
        end = start + len(samples) / SAMPLE_RATE
        if len(samples) == 0 or float(np.max(np.abs(samples))) < options.silence_peak:
            return Segment(start, end, "", (), skipped="silence"), language
        features = log_mel(samples, self.features)[None]  # [1, n_mels, 3000]
        hidden = self.onnx.encode(features)  # [1, 1500, D]
        tok = self.tokenizer
        if language is None and tok.multilingual:
            language = detect_language(self.onnx, hidden, tok.sot, tok.languages)
        result = greedy_decode(
            self.onnx,
            hidden,
            tok.prompt(language),
            tok.eot,
            self.rules,
            max_new_tokens=options.max_new_tokens,
            no_speech=tok.no_speech,
            cancel=cancel,
        )
        silent = (
            options.no_speech_threshold is not None
            and result.no_speech_prob > options.no_speech_threshold
            and result.avg_logprob < options.logprob_threshold
        )
        text = tok.decode(result.tokens)
        return Segment(
            start, end, text, tuple(result.tokens), skipped="no speech" if silent else ""
        ), language


def _read_json(path: Path, *, required: bool = False) -> dict[str, Any]:
    if not path.is_file():
        if required:
            raise ModelFilesError(f"{path.parent} is not a speech model: it has no {path.name}")
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ModelFilesError(f"{path} is damaged: not a JSON object")
    return data
