"""The recording half of voice input, plain Python (no Qt) and testable without a device.

A stream factory is injected (`open_microphone` for the real one, through `sounddevice` at 16 kHz
mono); its callback only queues the raw blocks (PortAudio's thread must not touch Qt), and
`Recorder.poll()` on the GUI thread writes them to a WAV file on disk (a long dictation never sits
in memory), measures the level and decides when the recording ends. Recordings are kept in an
owner-only folder inside Oriel's data folder (never the shared temp folder), each file 0600.
"""

from __future__ import annotations

import contextlib
import math
import operator
import os
import queue
import shutil
import sys
import tempfile
import time
import uuid
import wave
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import platformdirs

from runtime.owner_only import private_file, private_folder

RATE = 16_000  # what Whisper hears; a device that cannot record at it records at its own rate
BLOCK_SECONDS = 0.05
MIN_SECONDS = 0.3  # shorter than this is a slip of the finger: nothing to transcribe
MAX_SECONDS = 30 * 60
END_SILENCE_SECONDS = 1.5  # quiet after speech that ends the recording by itself
SPEECH_SECONDS = 0.25  # loud blocks it takes to count as speech
STALL_SECONDS = 2.0  # no audio for this long while recording: the device is gone
ZERO_SECONDS = 2.0  # exact digital silence for this long: muted, or no permission (macOS)
SPEECH_MARGIN_DB, SPEECH_FLOOR_DB = 10.0, -50.0
METER_FLOOR_DB = -60.0
SHORTCUT = "Ctrl+Shift+Space"
RECORDING_PREFIX = "oriel-recording-"
RECORDINGS_DIR = "recordings"  # in the data folder
STALE_SECONDS = 3600.0  # a recording this old was never transcribed: an earlier run ended first


def default_recordings_dir() -> Path:
    return Path(platformdirs.user_data_dir("Oriel", "Oriel")) / RECORDINGS_DIR


class InputStream(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


# A stream factory takes the block callback (raw 16-bit mono bytes) and the finished callback
# (called when the stream ends on its own: device unplugged) and returns the stream and its rate.
StreamFactory = Callable[[Callable[[bytes], None], Callable[[], None]], tuple[InputStream, int]]


class MicrophoneError(Exception):
    """Why recording failed: `code` is one of the class constants; `detail` is the system's words."""

    NO_DEVICE = "no_device"
    PERMISSION = "permission"  # refused, or only exact silence arrives (a muted or forbidden mic)
    UNAVAILABLE = "unavailable"  # in use by another program, or another driver error
    LOST = "lost"  # disappeared before anything was recorded
    NO_DRIVER = "no_driver"  # PortAudio itself is missing

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code, self.detail = code, detail


def portaudio_install_command(platform: str = sys.platform) -> str | None:
    """The command that installs PortAudio on this system; None on Windows and macOS, where
    sounddevice's wheel carries the library (missing there, the installation is damaged)."""
    if not platform.startswith("linux"):
        return None
    if shutil.which("apt-get"):
        return "sudo apt install libportaudio2"
    if shutil.which("dnf"):
        return "sudo dnf install portaudio"
    return "sudo apt install libportaudio2 (Debian, Ubuntu) / sudo dnf install portaudio (Fedora)"


def open_microphone(
    on_block: Callable[[bytes], None], on_finished: Callable[[], None]
) -> tuple[InputStream, int]:
    """The default input device through sounddevice (PortAudio), at 16 kHz where it can."""
    try:
        import sounddevice as sd
    except (ImportError, OSError) as e:  # the package, or the PortAudio library, is missing
        raise MicrophoneError(MicrophoneError.NO_DRIVER, str(e)) from e
    # PortAudio lists devices once, when it starts: restart it so a microphone plugged in since counts.
    with contextlib.suppress(Exception):
        sd._terminate()
        sd._initialize()
    try:
        device = sd.query_devices(kind="input")
    except (sd.PortAudioError, ValueError) as e:
        raise MicrophoneError(MicrophoneError.NO_DEVICE, str(e)) from e

    def callback(data: object, frames: int, when: object, status: object) -> None:
        on_block(bytes(data))  # type: ignore[call-overload]

    last: Exception | None = None
    for rate in (RATE, int(device["default_samplerate"])):
        try:
            stream = sd.RawInputStream(
                samplerate=rate,
                channels=1,
                dtype="int16",
                blocksize=int(rate * BLOCK_SECONDS),
                callback=callback,
                finished_callback=on_finished,
            )
            return stream, rate
        except sd.PortAudioError as e:
            last = e
    text = str(last).lower()
    refused = any(w in text for w in ("denied", "permission", "not authorized", "-9999"))
    raise MicrophoneError(MicrophoneError.PERMISSION if refused else MicrophoneError.UNAVAILABLE, str(last))


@dataclass(frozen=True)
class Recording:
    path: Path
    seconds: float
    reason: str  # how it ended: "stopped" | "silence" (after speech) | "limit" | "lost"


class Recorder:
    """One recording at a time: start, poll while it runs, stop (or it ends by itself)."""

    def __init__(
        self,
        open_stream: StreamFactory = open_microphone,
        folder: Path | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        end_on_silence: bool = True,
    ) -> None:
        self._open = open_stream
        self._folder = folder or default_recordings_dir()
        self._clock = clock
        self.end_on_silence = end_on_silence
        self._blocks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._stream: InputStream | None = None
        self._wav: wave.Wave_write | None = None
        self._path: Path | None = None
        self._finished = False
        self._generation = 0  # which start() a finished callback belongs to
        self._reset()
        self._sweep()

    def _sweep(self) -> None:
        """Remove recordings an earlier run left behind (it crashed before transcribing them)."""
        stale = time.time() - STALE_SECONDS
        # and where earlier versions recorded: the shared temp folder
        for old in [*self._folder.glob(f"{RECORDING_PREFIX}*.wav"), *_old_recordings()]:
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < stale:
                    old.unlink()

    def _reset(self) -> None:
        self.rate = RATE
        self.frames = 0
        self.level_db = METER_FLOOR_DB
        self.heard_speech = False
        self._speech_run = self._quiet_run = self._zero_run = 0.0
        self._noise_db = METER_FLOOR_DB
        self._last_audio = self._clock()

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def recording(self) -> bool:
        return self._stream is not None

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def start(self) -> None:
        """Open the microphone and start writing; raises MicrophoneError (nothing left open)."""
        assert self._stream is None, "already recording"
        self._reset()
        self._finished = False
        self._generation += 1
        while not self._blocks.empty():
            self._blocks.get_nowait()
        generation = self._generation
        stream, self.rate = self._open(self._blocks.put, lambda: self._on_finished(generation))
        private_folder(self._folder)
        self._path = private_file(self._folder / f"{RECORDING_PREFIX}{uuid.uuid4().hex[:12]}.wav")
        wav = wave.open(str(self._path), "wb")  # noqa: SIM115  (open across polls; closed in _close)
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(self.rate)
        self._wav = wav
        try:
            stream.start()
        except Exception as e:
            self._stream = stream
            self._close(keep=False)
            raise MicrophoneError(MicrophoneError.UNAVAILABLE, str(e)) from e
        self._stream = stream
        self._last_audio = self._clock()

    def _on_finished(self, generation: int) -> None:  # PortAudio's thread: only a flag
        if generation == self._generation:  # not a late call from the stream before
            self._finished = True

    def poll(self) -> Recording | None:
        """Take in what arrived; a Recording when it ended by itself. Raises MicrophoneError when
        the device failed before anything worth transcribing was recorded."""
        if self._stream is None:
            return None
        got = False
        while not self._blocks.empty():
            self._take(self._blocks.get_nowait())
            got = True
        now = self._clock()
        if got:
            self._last_audio = now
        if self._finished or now - self._last_audio > STALL_SECONDS:
            return self._end("lost", MicrophoneError.LOST)
        if self._zero_run >= ZERO_SECONDS and not self.heard_speech:
            self._close(keep=False)
            raise MicrophoneError(MicrophoneError.PERMISSION, "only silence arrives")
        if self.seconds >= MAX_SECONDS:
            return self._end("limit")
        if self.end_on_silence and self.heard_speech and self._quiet_run >= END_SILENCE_SECONDS:
            return self._end("silence")
        return None

    def stop(self) -> Recording | None:
        """End now; None when too little was recorded to transcribe (the file is removed)."""
        if self._stream is None:
            return None
        while not self._blocks.empty():
            self._take(self._blocks.get_nowait())
        return self._end("stopped")

    def cancel(self) -> None:
        """End and throw the recording away."""
        if self._stream is not None:
            self._close(keep=False)

    def _end(self, reason: str, failure: str | None = None) -> Recording | None:
        path, seconds = self._path, self.seconds
        keep = seconds >= MIN_SECONDS
        self._close(keep=keep)
        if not keep:
            if failure is not None:
                raise MicrophoneError(failure)
            return None
        assert path is not None
        return Recording(path, seconds, reason)

    def _close(self, *, keep: bool) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):  # a vanished device fails its stop: it is stopped anyway
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()
        if self._wav is not None:
            self._wav.close()
            self._wav = None
        if not keep and self._path is not None:
            self._path.unlink(missing_ok=True)
        self.level_db = METER_FLOOR_DB

    def _take(self, data: bytes) -> None:
        assert self._wav is not None
        self._wav.writeframes(data)
        samples = array("h", data[: len(data) // 2 * 2])
        n = len(samples)
        if n == 0:
            return
        self.frames += n
        seconds = n / self.rate
        probe = samples[::4]  # a quarter of the samples measure the level as well, at a quarter of the cost
        energy = sum(map(operator.mul, probe, probe)) / len(probe)
        self.level_db = 10 * math.log10(energy / 32768.0**2) if energy > 0 else -120.0
        self._zero_run = self._zero_run + seconds if energy == 0 else 0.0
        # A noise floor that drops at once and rises slowly, so speech stands out of a fan's hum.
        rise = min(1.0, seconds / 10.0)
        self._noise_db = min(self.level_db, self._noise_db + rise * (self.level_db - self._noise_db))
        if self.level_db > max(SPEECH_FLOOR_DB, self._noise_db + SPEECH_MARGIN_DB):
            self._speech_run += seconds
            self._quiet_run = 0.0
            self.heard_speech = self.heard_speech or self._speech_run >= SPEECH_SECONDS
        else:
            self._speech_run = 0.0
            self._quiet_run += seconds


def _old_recordings() -> list[Path]:
    temp, uid = Path(tempfile.gettempdir()), getattr(os, "getuid", lambda: None)()
    with contextlib.suppress(OSError):
        return [p for p in temp.glob(f"{RECORDING_PREFIX}*.wav") if uid is None or p.lstat().st_uid == uid]
    return []


def meter(level_db: float) -> float:
    """A level in dBFS as the meter's 0..1 (-60 dB and below is empty)."""
    return min(1.0, max(0.0, (level_db - METER_FLOOR_DB) / -METER_FLOOR_DB))
