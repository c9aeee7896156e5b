"""Whisper's log-mel features in numpy (runtime.speech.features) against transformers' extractor."""

from __future__ import annotations

import numpy as np
import pytest
from transformers import WhisperFeatureExtractor
from transformers.audio_utils import mel_filter_bank

from runtime.speech.features import FeatureConfig, log_mel, mel_filters

pytestmark = pytest.mark.timeout(60)


def speechlike(seconds: float, seed: int = 0) -> np.ndarray:
    """Tones that glide, bursts of noise and pauses: a spectrum with the spread of speech."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 16000)) / 16000
    voice = 0.3 * np.sin(2 * np.pi * (180 + 60 * np.sin(2 * np.pi * 0.7 * t)) * t)
    noise = 0.05 * rng.standard_normal(len(t)) * (np.sin(2 * np.pi * 1.3 * t) > 0.5)
    return ((voice + noise) * (np.sin(2 * np.pi * 0.4 * t) > -0.6)).astype(np.float32)


@pytest.mark.parametrize("n_mels", [80, 128])
def test_mel_filters_match_transformers(n_mels: int) -> None:
    reference = mel_filter_bank(
        num_frequency_bins=201,
        num_mel_filters=n_mels,
        min_frequency=0.0,
        max_frequency=8000.0,
        sampling_rate=16000,
        norm="slaney",
        mel_scale="slaney",
    )
    np.testing.assert_allclose(mel_filters(n_mels), reference.T, rtol=0, atol=1e-12)


@pytest.mark.parametrize("n_mels", [80, 128])
@pytest.mark.parametrize("seconds", [0.01, 3.7, 30.0])
def test_log_mel_matches_whisper_feature_extractor(n_mels: int, seconds: float) -> None:
    audio = speechlike(seconds)
    reference = WhisperFeatureExtractor(feature_size=n_mels)(audio, sampling_rate=16000, return_tensors="np")
    expected = reference.input_features[0]  # [n_mels, 3000]
    ours = log_mel(audio, FeatureConfig(n_mels=n_mels))
    assert ours.shape == expected.shape == (n_mels, 3000) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-4)


def test_silence_gives_the_floor_everywhere() -> None:
    features = log_mel(np.zeros(16000, np.float32))
    np.testing.assert_allclose(features, (-10.0 + 4.0) / 4.0)  # log10(1e-10), not -inf


def test_feature_config_from_preprocessor() -> None:
    assert FeatureConfig.from_preprocessor({"feature_size": 128}).n_mels == 128
    assert FeatureConfig.from_preprocessor({}).n_mels == 80
    with pytest.raises(ValueError, match="unsupported features"):
        FeatureConfig.from_preprocessor({"sampling_rate": 8000})
