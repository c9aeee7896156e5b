"""Whisper's input features: the log-mel spectrogram of one 30-second window, in numpy.

The same numbers as transformers' `WhisperFeatureExtractor` (and openai-whisper's
`log_mel_spectrogram`): the window is zero-padded (or cut) to 30 s at 16 kHz, framed with a
400-sample periodic Hann window every 160 samples (reflect-padded at both ends, as torch.stft
with center=True), turned into a power spectrum, projected on 80 or 128 Slaney mel filters from
0 to 8 kHz, floored at 1e-10, log10'd, clipped to 8 decades below its maximum and scaled to
about [-1, 1]. The last frame is dropped, leaving 3000.

    frames    = 1 + N / hop                       N = 480,000 samples -> 3001 frames, keep 3000
    power     = |rfft(frame * hann)|^2            [201, 3000]
    mel       = filters @ power                   [n_mels, 3000]
    log_mel   = max(log10(max(mel, 1e-10)), max - 8);  features = (log_mel + 4) / 4
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

SAMPLE_RATE = 16_000
N_FFT = 400
HOP = 160
WINDOW_SECONDS = 30
WINDOW_SAMPLES = WINDOW_SECONDS * SAMPLE_RATE  # 480,000
FRAMES = WINDOW_SAMPLES // HOP  # 3,000


@dataclass(frozen=True)
class FeatureConfig:
    """What a model's preprocessor_config.json says about its features (80 bins; 128 for large-v3)."""

    n_mels: int = 80
    sample_rate: int = SAMPLE_RATE
    n_fft: int = N_FFT
    hop: int = HOP
    window_samples: int = WINDOW_SAMPLES

    @classmethod
    def from_preprocessor(cls, raw: dict[str, object]) -> FeatureConfig:
        config = cls(
            n_mels=int(raw.get("feature_size", 80)),  # type: ignore[call-overload]
            sample_rate=int(raw.get("sampling_rate", SAMPLE_RATE)),  # type: ignore[call-overload]
            n_fft=int(raw.get("n_fft", N_FFT)),  # type: ignore[call-overload]
            hop=int(raw.get("hop_length", HOP)),  # type: ignore[call-overload]
            window_samples=int(raw.get("n_samples", WINDOW_SAMPLES)),  # type: ignore[call-overload]
        )
        if (config.sample_rate, config.n_fft, config.hop) != (SAMPLE_RATE, N_FFT, HOP):
            raise ValueError(
                f"unsupported features: {config.sample_rate} Hz, n_fft {config.n_fft}, hop {config.hop} "
                f"(Oriel reads Whisper's {SAMPLE_RATE} Hz, {N_FFT}, {HOP})"
            )
        return config


def _hertz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney's mel scale: linear below 1 kHz, logarithmic above (librosa's default, htk=False)."""
    mel = 3.0 * hz / 200.0
    log_region = hz >= 1000.0
    mel[log_region] = 15.0 + np.log(hz[log_region] / 1000.0) * (27.0 / np.log(6.4))
    return mel


def _mel_to_hertz(mel: np.ndarray) -> np.ndarray:
    hz = 200.0 * mel / 3.0
    log_region = mel >= 15.0
    hz[log_region] = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mel[log_region] - 15.0))
    return hz


@cache
def mel_filters(n_mels: int, n_fft: int = N_FFT, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Slaney-normalised triangular filters from 0 to 8 kHz: [n_mels, 1 + n_fft // 2], float64."""
    fft_hz = np.linspace(0.0, sample_rate // 2, 1 + n_fft // 2)
    edges_mel = np.linspace(
        _hertz_to_mel(np.array([0.0]))[0], _hertz_to_mel(np.array([8000.0]))[0], n_mels + 2
    )
    edges_hz = _mel_to_hertz(edges_mel)  # [n_mels + 2]
    slopes = edges_hz[None, :] - fft_hz[:, None]  # [F, n_mels + 2]
    widths = np.diff(edges_hz)  # [n_mels + 1]
    down = -slopes[:, :-2] / widths[:-1]
    up = slopes[:, 2:] / widths[1:]
    filters = np.maximum(0.0, np.minimum(down, up))  # [F, n_mels]
    filters *= 2.0 / (edges_hz[2:] - edges_hz[:-2])  # equal area per filter
    filters.flags.writeable = False
    return np.ascontiguousarray(filters.T)


@cache
def _hann(n_fft: int) -> np.ndarray:
    window = 0.5 - 0.5 * np.cos(2.0 * np.pi * np.arange(n_fft) / n_fft)  # periodic, as torch.hann_window
    window.flags.writeable = False
    return window


def log_mel(audio: np.ndarray, config: FeatureConfig = FeatureConfig()) -> np.ndarray:
    """Features of one window of 16 kHz mono audio (at most 30 s): float32 [n_mels, 3000]."""
    assert audio.ndim == 1, f"mono audio expected, got shape {audio.shape}"
    assert len(audio) <= config.window_samples, "one window at a time: split longer audio first"
    padded = np.zeros(config.window_samples, np.float64)
    padded[: len(audio)] = audio
    half = config.n_fft // 2
    signal = np.pad(padded, half, mode="reflect")  # center=True
    frames = np.lib.stride_tricks.sliding_window_view(signal, config.n_fft)[:: config.hop]
    frames = frames[: config.window_samples // config.hop]  # drop the last frame, as Whisper does
    spectrum = np.fft.rfft(frames * _hann(config.n_fft), axis=-1)  # [T, F]
    power = spectrum.real**2 + spectrum.imag**2
    mel = mel_filters(config.n_mels, config.n_fft, config.sample_rate) @ power.T  # [n_mels, T]
    log_spec = np.log10(np.maximum(mel, 1e-10))
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    return ((log_spec + 4.0) / 4.0).astype(np.float32)
