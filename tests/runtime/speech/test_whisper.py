"""Transcription on ONNX Runtime against transformers, on a tiny random Whisper exported as the real
downloadable models are laid out (bench.speech): token for token, merged and split decoders."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import wave
from pathlib import Path

import numpy as np
import pytest
import torch
from transformers import WhisperFeatureExtractor

from bench.speech import load_reference, tiny_whisper
from devtools.system import require
from runtime.speech.audio import read_blocks
from runtime.speech.features import log_mel
from runtime.speech.tokenizer import WhisperTokenizer
from runtime.speech.transcriber import Options, SpeechModel, variants
from runtime.speech.whisper import (
    DecodingRules,
    ModelFilesError,
    WhisperOnnx,
    detect_language,
    find_variant_files,
    greedy_decode,
)

pytestmark = pytest.mark.timeout(120)
EXACT = Options(no_speech_threshold=None)  # transformers' generate has no "no speech" guard by default


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tiny model as two folders: with the merged decoder, and with the two split decoders."""
    built = tiny_whisper("all")
    layouts: dict[str, Path] = {"reference": built}
    for layout, leave_out in (("merged", ("decoder_model.onnx", "decoder_with_past_model.onnx")),
                              ("split", ("decoder_model_merged.onnx",))):  # fmt: skip
        folder = tmp_path_factory.mktemp(layout)
        for f in built.iterdir():
            if f.name not in leave_out:
                (folder / f.name).symlink_to(f)
        layouts[layout] = folder
    return layouts


@pytest.fixture(scope="session")
def reference(tiny: dict[str, Path]):
    return load_reference(tiny["reference"])


def speechlike(seconds: float, rate: int = 16000, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    voice = 0.3 * np.sin(2 * np.pi * (150 + 80 * np.sin(2 * np.pi * 0.5 * t)) * t)
    return (voice + 0.03 * rng.standard_normal(len(t))).astype(np.float32)


def write_wav(path: Path, samples: np.ndarray, rate: int = 16000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(samples, -1, 0.99997) * 32768).astype("<i2").tobytes())
    return path


def hf_generate(reference, samples: np.ndarray, language: str, max_new_tokens: int) -> list[int]:
    """transformers' own greedy generate on its own features: the generated tokens only."""
    features = WhisperFeatureExtractor()(samples, sampling_rate=16000, return_tensors="pt").input_features
    with torch.no_grad():
        out = reference.generate(
            features, language=language, task="transcribe", return_timestamps=False,
            max_new_tokens=max_new_tokens, do_sample=False,
        )  # fmt: skip
    tokens = out.tolist()[0]
    eot = reference.generation_config.eos_token_id
    return tokens[: tokens.index(eot)] if eot in tokens else tokens


@pytest.mark.parametrize(("layout", "language"), [("merged", "de"), ("merged", None), ("split", "en")])
def test_wav_to_tokens_matches_transformers_generate(tiny, reference, tmp_path, layout, language) -> None:
    wav = write_wav(tmp_path / "speech.wav", speechlike(7.5))
    model = SpeechModel(tiny[layout])
    assert model.layout == layout
    result = model.transcribe_file(wav, language, options=EXACT)
    (segment,) = result.segments
    samples = np.concatenate(list(read_blocks(wav)))
    expected_language = language or _hf_detect(reference, samples, model.tokenizer)
    assert result.language == expected_language
    expected = hf_generate(reference, samples, expected_language, max_new_tokens=40)
    assert list(segment.tokens[:40]) == expected
    assert len(set(expected)) > 3  # the tiny model says more than one thing over and over
    assert result.text == model.tokenizer.decode(list(segment.tokens))


def _hf_detect(reference, samples: np.ndarray, tok: WhisperTokenizer) -> str:
    features = WhisperFeatureExtractor()(samples, sampling_rate=16000, return_tensors="pt").input_features
    with torch.no_grad():
        (token,) = reference.detect_language(input_features=features).tolist()
    return tok.language_of(int(token))


def test_the_cached_decoder_equals_running_the_whole_sequence(tiny) -> None:
    model = SpeechModel(tiny["split"])
    hidden = model.onnx.encode(log_mel(speechlike(3.0))[None])
    tok = model.tokenizer
    tokens = tok.prompt("fr")
    logits, cache = model.onnx.start(tokens, hidden)
    for _ in range(12):
        token = int(np.argmax(logits[-1] if logits.ndim == 2 else logits))
        full, _ = model.onnx.start([*tokens, token], hidden)
        logits = model.onnx.step(token, cache, hidden)
        np.testing.assert_allclose(logits, full[-1], atol=1e-4)
        tokens.append(token)


def test_espeak_sentence_through_the_whole_path(tiny, reference, tmp_path) -> None:
    """A real voice (22,050 Hz, resampled on the way) through the tiny model, against transformers."""
    require(shutil.which("espeak-ng") is not None, "espeak-ng is not installed (apt install espeak-ng)")
    wav = tmp_path / "spoken.wav"
    subprocess.run(["espeak-ng", "-v", "de", "-w", str(wav), "Guten Tag, das ist ein Test."], check=True)
    result = SpeechModel(tiny["merged"]).transcribe_file(wav, "de", options=EXACT)
    samples = np.concatenate(list(read_blocks(wav)))
    assert list(result.segments[0].tokens[:40]) == hf_generate(reference, samples, "de", max_new_tokens=40)


def test_ten_minutes_are_transcribed_window_by_window(tiny, tmp_path) -> None:
    wav = tmp_path / "long.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        for minute in range(10):
            w.writeframes((speechlike(60.0, seed=minute) * 32767).astype("<i2").tobytes())
    progress: list[float] = []
    model = SpeechModel(tiny["merged"])
    options = Options(max_new_tokens=2, no_speech_threshold=None)
    result = model.transcribe_file(wav, None, options=options, progress=lambda f, _: progress.append(f))
    assert result.audio_seconds == pytest.approx(600.0)
    assert len(result.segments) >= 20 and all(s.end - s.start <= 30.0 for s in result.segments)
    assert progress == sorted(progress) and progress[-1] == pytest.approx(1.0)
    assert len({s.tokens[0] for s in result.segments if s.tokens}) >= 1
    assert result.language in model.languages  # detected once, on the first window


def test_silence_is_not_decoded(tiny) -> None:
    result = SpeechModel(tiny["merged"]).transcribe([np.zeros(16000 * 3, np.float32)], "de")
    assert result.text == "" and [s.skipped for s in result.segments] == ["silence"]


def test_no_speech_guard_leaves_invented_text_out(tiny) -> None:
    model = SpeechModel(tiny["merged"])
    always = Options(no_speech_threshold=0.0, logprob_threshold=0.0, max_new_tokens=5)
    result = model.transcribe([speechlike(2.0)], "de", options=always)
    assert result.text == "" and result.segments[0].skipped == "no speech"


def test_cancel_stops_between_tokens(tiny) -> None:
    from runtime.speech.whisper import Cancelled

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        SpeechModel(tiny["merged"]).transcribe([speechlike(2.0)], "de", cancel=cancel)


def test_variants_and_missing_files(tiny, tmp_path) -> None:
    assert variants(tiny["merged"]) == [""]
    (tmp_path / "onnx").mkdir()
    for name in ("encoder_model.onnx", "decoder_model_merged.onnx"):
        (tmp_path / "onnx" / name.replace(".onnx", "_int8.onnx")).symlink_to(tiny["merged"] / name)
    encoder, decoders = find_variant_files(tmp_path, "_int8")
    assert encoder.parent.name == "onnx" and [d.name for d in decoders] == ["decoder_model_merged_int8.onnx"]
    with pytest.raises(ModelFilesError, match=r"needs encoder_model\.onnx"):
        find_variant_files(tmp_path, "")


class FakeDecoder:
    """Logits chosen by the test: token 3 is best at the start, then 7 until the end token 1."""

    def __init__(self, vocab: int = 10, end_after: int = 3) -> None:
        self.shape = type("Shape", (), {"max_positions": 448})()
        self.vocab, self.end_after, self.steps = vocab, end_after, 0

    def start(self, tokens, hidden):
        logits = np.zeros((len(tokens), self.vocab), np.float32)
        logits[-1, [2, 3]] = [5.0, 4.0]  # 2 is best, but suppressed as a first token
        return logits, None

    def step(self, token, cache, hidden):
        self.steps += 1
        logits = np.zeros(self.vocab, np.float32)
        logits[1 if self.steps >= self.end_after else 7] = 5.0
        logits[9] = 9.0  # suppressed everywhere
        return logits


def test_greedy_rules_and_end_of_text() -> None:
    decoder = FakeDecoder()
    rules = DecodingRules(suppress=(9,), suppress_at_begin=(2,))
    result = greedy_decode(decoder, None, [0], eot=1, rules=rules, max_new_tokens=50)  # type: ignore[arg-type]
    assert result.tokens == [3, 7, 7] and result.reason == "stop"
    limited = greedy_decode(FakeDecoder(), None, [0], eot=1, rules=rules, max_new_tokens=2)  # type: ignore[arg-type]
    assert limited.tokens == [3, 7] and limited.reason == "length"


def test_english_only_models_take_no_language_token(tiny) -> None:
    tok = WhisperTokenizer.from_file(tiny["merged"] / "tokenizer.json", multilingual=False)
    assert tok.prompt(None) == [tok.sot, tok.no_timestamps] and not tok.multilingual
    multi = WhisperTokenizer.from_file(tiny["merged"] / "tokenizer.json")
    assert list(multi.languages)[:3] == ["en", "zh", "de"]
    with pytest.raises(ValueError, match="does not know the language"):
        multi.prompt("xx")


def test_detect_language_is_the_likeliest_language_token(tiny) -> None:
    model = SpeechModel(tiny["merged"])
    hidden = model.onnx.encode(log_mel(speechlike(2.0))[None])
    tok = model.tokenizer
    logits, _ = model.onnx.start([tok.sot], hidden)
    best = max(tok.languages, key=lambda code: logits[-1, tok.languages[code]])
    assert detect_language(model.onnx, hidden, tok.sot, tok.languages) == best
    assert isinstance(model.onnx, WhisperOnnx) and os.cpu_count()
