"""Reading recordings: WAV formats, resampling to 16 kHz, 30-second windows cut where it is quiet."""

from __future__ import annotations

import tracemalloc
import wave
from pathlib import Path

import numpy as np
import pytest

from runtime.speech import audio
from runtime.speech.audio import AudioError, Resampler, quiet_cut, read_blocks, wav_info, windows

pytestmark = pytest.mark.timeout(60)


def write_wav(path: Path, samples: np.ndarray, rate: int, width: int = 2, channels: int = 1) -> Path:
    """float samples in [-1, 1] ([N] or [N, channels]) as little-endian PCM."""
    scaled = np.clip(samples, -1, 1 - 2.0 ** (1 - 8 * width))
    if width == 1:
        data = (scaled * 128 + 128).astype(np.uint8).tobytes()
    elif width == 3:
        ints = (scaled * 2**23).astype("<i4").reshape(-1, 1).view(np.uint8)
        data = ints[:, :3].tobytes()
    else:
        data = (scaled * 2 ** (8 * width - 1)).astype(f"<i{width}").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(data)
    return path


def tone(hz: float, seconds: float, rate: int) -> np.ndarray:
    return 0.5 * np.sin(2 * np.pi * hz * np.arange(int(seconds * rate)) / rate)


@pytest.mark.parametrize("rate", [8000, 16000, 22050, 44100, 48000])
def test_any_rate_reads_as_the_same_16_khz_tone(tmp_path: Path, rate: int) -> None:
    path = write_wav(tmp_path / "a.wav", tone(440, 2.0, rate), rate)
    samples = np.concatenate(list(read_blocks(path, block_seconds=0.3)))
    assert len(samples) == 32000
    expected = tone(440, 2.0, 16000)
    inner = slice(800, -800)  # the kernel's half-width at the edges sees the silence around the file
    np.testing.assert_allclose(samples[inner], expected[inner], atol=2e-3)
    assert wav_info(path).seconds == pytest.approx(2.0)


def test_resampling_in_blocks_equals_resampling_at_once() -> None:
    x = np.random.default_rng(0).standard_normal(44100).astype(np.float32)
    whole = Resampler(44100, 16000)
    at_once = np.concatenate([whole.process(x), whole.flush()])
    pieces = Resampler(44100, 16000)
    blocks = [pieces.process(b) for b in np.array_split(x, 53)] + [pieces.flush()]
    np.testing.assert_array_equal(np.concatenate(blocks), at_once)


def test_downsampling_removes_what_16_khz_cannot_hold() -> None:
    resampler = Resampler(48000, 16000)
    high = tone(12000, 1.0, 48000).astype(np.float32)  # above the new Nyquist: would alias to 4 kHz
    out = np.concatenate([resampler.process(high), resampler.flush()])
    assert np.sqrt(np.mean(out[800:-800] ** 2)) < 1e-3


@pytest.mark.parametrize("width", [1, 2, 3, 4])
def test_pcm_widths_and_stereo(tmp_path: Path, width: int) -> None:
    left, right = tone(300, 0.5, 16000), tone(300, 0.5, 16000)
    stereo = np.stack([left, right], axis=1)
    path = write_wav(tmp_path / f"w{width}.wav", stereo.reshape(-1), 16000, width=width, channels=2)
    samples = np.concatenate(list(read_blocks(path)))
    np.testing.assert_allclose(samples, left, atol=2.0 ** (2 - 8 * width) + 1e-6)


def test_a_file_that_is_not_a_wav_is_refused_by_name(tmp_path: Path) -> None:
    fake = tmp_path / "voice.wav"
    fake.write_bytes(b"ID3 an mp3 with a wav name")
    with pytest.raises(AudioError, match=r"voice\.wav is not a PCM WAV"):
        list(read_blocks(fake))
    with pytest.raises(AudioError, match="does not exist"):
        wav_info(tmp_path / "gone.wav")


def test_windows_cut_in_the_quietest_moment() -> None:
    rate = 16000
    speech = tone(200, 40.0, rate).astype(np.float32)
    pause_at = int(27.3 * rate)
    speech[pause_at : pause_at + rate // 5] = 0.0  # a 200 ms pause inside the last 5 s of the window
    parts = list(windows(np.array_split(speech, 40)))
    assert max(len(p) for p in parts) <= audio.WINDOW_SAMPLES
    assert pause_at <= len(parts[0]) <= pause_at + rate // 5
    np.testing.assert_array_equal(np.concatenate(parts), speech)


def test_short_audio_is_one_window_and_nothing_is_none() -> None:
    assert [len(w) for w in windows([np.ones(1000, np.float32)])] == [1000]
    assert list(windows([])) == []
    assert quiet_cut(np.ones(100, np.float32), 50) == 100


def test_ten_minutes_go_through_in_bounded_memory(tmp_path: Path) -> None:
    rate, minutes = 16000, 10
    path = tmp_path / "long.wav"
    with wave.open(str(path), "wb") as w:  # written a minute at a time: 19 MB of PCM
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        for _ in range(minutes):
            w.writeframes((tone(220, 60.0, rate) * 32767).astype("<i2").tobytes())
    tracemalloc.start()
    try:
        sizes = [len(w) for w in windows(read_blocks(path))]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(sizes) == minutes * 60 * rate
    assert len(sizes) >= 20 and max(sizes) <= audio.WINDOW_SAMPLES
    assert peak < 12e6  # a window (1.9 MB) and its copies, never the recording (38 MB as float32)
