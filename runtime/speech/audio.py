"""Audio in: WAV files read block by block, resampled to 16 kHz mono, cut into windows of 30 s.

Nothing here holds a whole recording: a ten-minute WAV goes through in one-second blocks, and
`windows` keeps at most one window (30 s, 1.9 MB of float32) plus one block. A window ends at the
quietest 100 ms of its last five seconds when more audio follows, so a cut seldom falls inside a
word.

The recorder in the GUI writes 16-bit PCM at 16 kHz (or at the device's own rate where it cannot
record at 16 kHz); any PCM WAV file (8, 16, 24 or 32 bit, any rate, any channel count) is read.
"""

from __future__ import annotations

import math
import wave
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from runtime.speech.features import SAMPLE_RATE, WINDOW_SAMPLES

BLOCK_SECONDS = 1.0
CUT_SEARCH_SECONDS = 5.0
CUT_FRAME = SAMPLE_RATE // 10  # 100 ms
_SINC_ZEROS = 16  # zero crossings of the resampling kernel on each side


class AudioError(ValueError):
    """A file that is not audio Oriel can read; the message names it and says why."""


@dataclass(frozen=True)
class WavInfo:
    rate: int
    channels: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.rate if self.rate else 0.0


def wav_info(path: Path) -> WavInfo:
    with _open_wav(path) as wav:
        return WavInfo(wav.getframerate(), wav.getnchannels(), wav.getnframes())


def read_blocks(path: Path, block_seconds: float = BLOCK_SECONDS) -> Iterator[np.ndarray]:
    """16 kHz mono float32 blocks of `path`, in order, about `block_seconds` each."""
    with _open_wav(path) as wav:
        rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
        resampler = Resampler(rate, SAMPLE_RATE) if rate != SAMPLE_RATE else None
        per_block = max(1, int(rate * block_seconds))
        while data := wav.readframes(per_block):
            samples = _pcm_to_float(data, width).reshape(-1, channels).mean(axis=1, dtype=np.float32)
            out = resampler.process(samples) if resampler else samples
            if len(out):
                yield out
        if resampler is not None and len(tail := resampler.flush()):
            yield tail


def _open_wav(path: Path) -> wave.Wave_read:
    try:
        wav = wave.open(str(path), "rb")  # noqa: SIM115  (returned open: the caller's `with` closes it)
    except FileNotFoundError as e:
        raise AudioError(f"{path} does not exist: the recording was moved or deleted") from e
    except (wave.Error, EOFError) as e:
        raise AudioError(f"{path.name} is not a PCM WAV file Oriel can read ({e})") from e
    if wav.getsampwidth() not in (1, 2, 3, 4) or wav.getnchannels() < 1 or wav.getframerate() < 1000:
        wav.close()
        raise AudioError(f"{path.name} has an unusual format Oriel cannot read")
    return wav


def _pcm_to_float(data: bytes, width: int) -> np.ndarray:
    """Little-endian PCM (8-bit unsigned, 16/24/32-bit signed) -> float32 in [-1, 1)."""
    if width == 1:
        return (np.frombuffer(data, np.uint8).astype(np.float32) - 128.0) / 128.0
    if width == 3:  # no numpy dtype: widen each sample to 4 bytes, sign bits from the top byte
        raw = np.frombuffer(data, np.uint8).reshape(-1, 3)
        wide = np.zeros((len(raw), 4), np.uint8)
        wide[:, 1:] = raw
        return wide.view("<i4").reshape(-1).astype(np.float32) / 2.0**31
    kind = {2: "<i2", 4: "<i4"}[width]
    return np.frombuffer(data, kind).astype(np.float32) / float(2 ** (8 * width - 1))


class Resampler:
    """Band-limited resampling of a stream: a Hann-windowed sinc, exact in time for any two rates.

    Output sample n sits at input position n * src / dst; its value is the sum of the input around
    it weighted by the kernel, whose cutoff is the lower of the two Nyquist frequencies (so 48 kHz
    input is low-passed below 8 kHz before it is thinned). Processing a stream in blocks gives the
    same samples as processing it at once.
    """

    def __init__(self, src: int, dst: int) -> None:
        assert src > 0 and dst > 0
        g = math.gcd(src, dst)
        self.src, self.dst = src // g, dst // g  # reduced: positions stay exact integers
        self.cutoff = min(1.0, dst / src)
        self.half_width = math.ceil(_SINC_ZEROS / self.cutoff)  # in input samples
        self._buffer = np.zeros(self.half_width, np.float32)  # silence before the start
        self._base = -self.half_width  # input index of _buffer[0]
        self._received = 0  # input samples so far
        self._emitted = 0  # output samples so far

    def process(self, block: np.ndarray) -> np.ndarray:
        self._buffer = np.concatenate([self._buffer, block.astype(np.float32)])
        self._received += len(block)
        return self._drain(final=False)

    def flush(self) -> np.ndarray:
        """The outputs the last input samples still owe (their right side is taken as silence)."""
        self._buffer = np.concatenate([self._buffer, np.zeros(self.half_width + 1, np.float32)])
        return self._drain(final=True)

    def _drain(self, *, final: bool) -> np.ndarray:
        w = self.half_width
        total = (self._received * self.dst + self.src - 1) // self.src  # outputs inside the input's span
        if final:
            end = total
        else:  # outputs whose whole right side has arrived
            last_input = self._base + len(self._buffer) - 1
            end = min(max(self._emitted, ((last_input - w) * self.dst) // self.src + 1), total)
        n = np.arange(self._emitted, end, dtype=np.int64)
        if len(n) == 0:
            return np.zeros(0, np.float32)
        whole = (n * self.src) // self.dst  # [N] input index at or before each output
        frac = ((n * self.src) % self.dst) / self.dst  # [N] in [0, 1)
        taps = np.arange(-w + 1, w + 1)  # [2W]
        distance = frac[:, None] - taps[None, :]  # [N, 2W] in input samples
        kernel = self.cutoff * np.sinc(self.cutoff * distance) * (0.5 + 0.5 * np.cos(np.pi * distance / w))
        kernel[np.abs(distance) >= w] = 0.0
        values = self._buffer[whole[:, None] + taps[None, :] - self._base]  # [N, 2W]
        out = np.einsum("nk,nk->n", values, kernel.astype(np.float32))
        self._emitted = end
        keep_from = (end * self.src) // self.dst - w + 1  # the next output's first tap
        drop = max(0, keep_from - self._base)
        self._buffer = self._buffer[drop:]
        self._base += drop
        return out.astype(np.float32)


def windows(
    blocks: Iterable[np.ndarray],
    window: int = WINDOW_SAMPLES,
    search: int = int(CUT_SEARCH_SECONDS * SAMPLE_RATE),
) -> Iterator[np.ndarray]:
    """Regroup a stream of 16 kHz blocks into windows of at most `window` samples.

    A full window is cut at the quietest `CUT_FRAME` of its last `search` samples; what follows
    the cut starts the next window.
    """
    pending: list[np.ndarray] = []
    size = 0
    for block in blocks:
        pending.append(block)
        size += len(block)
        while size >= window:
            buffer = np.concatenate(pending)
            cut = quiet_cut(buffer[:window], search)
            yield buffer[:cut]
            pending, size = [buffer[cut:]], len(buffer) - cut
    if size:
        yield np.concatenate(pending)


def quiet_cut(audio: np.ndarray, search: int) -> int:
    """Where to end `audio`: the middle of its quietest 100 ms within the last `search` samples."""
    start = max(0, len(audio) - search)
    tail = audio[start:]
    frames = len(tail) // CUT_FRAME
    if frames < 2:
        return len(audio)
    energy = (tail[: frames * CUT_FRAME].reshape(frames, CUT_FRAME) ** 2).mean(axis=1)  # [frames]
    return start + int(np.argmin(energy)) * CUT_FRAME + CUT_FRAME // 2
