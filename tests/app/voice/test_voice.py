"""Voice input: the recorder's state machine on a fake microphone, and the flow in the window
(mic button and shortcut, level meter, transcript into the composer, errors in the status bar)."""

from __future__ import annotations

import math
import os
import shutil
import time
import wave
from array import array
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QPalette

from app.main_window import MainWindow
from app.voice import recorder as voice
from app.voice.input import VoiceInput, VoiceState
from app.voice.recorder import MicrophoneError, Recorder, meter
from devtools.fake_worker import FakeWorker
from devtools.system import portaudio_available, require
from runtime.protocol import Error, ErrorCode, Event, Request, Transcribe, Transcript

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(30),
]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class FakeMic:
    """A stream factory and its stream: the test feeds blocks as PortAudio's thread would."""

    def __init__(
        self, rate: int = 16000, clock: Clock | None = None, error: MicrophoneError | None = None
    ) -> None:
        self.rate, self.clock, self.error = rate, clock, error
        self.on_block: Callable[[bytes], None] | None = None
        self.on_finished: Callable[[], None] | None = None
        self.started = self.closed = False
        self._blocks: dict[tuple[int, float, float], bytes] = {}

    def __call__(
        self, on_block: Callable[[bytes], None], on_finished: Callable[[], None]
    ) -> tuple[FakeMic, int]:
        if self.error is not None:
            raise self.error
        self.on_block, self.on_finished = on_block, on_finished
        return self, self.rate

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        if self.closed:
            raise RuntimeError("the device is gone")  # as PortAudio does after an unplug

    def close(self) -> None:
        self.closed = True

    def feed(self, seconds: float, db: float | None = -12.0, hz: float = 200.0, block: float = 0.05) -> None:
        """`seconds` of a tone at `db` dBFS (None: exact zeros), in blocks; the clock moves along.
        Each block holds whole periods of the tone, so one block's bytes are sent again and again."""
        assert self.on_block is not None
        n = int(self.rate * block)
        amplitude = 0 if db is None else 32767 * 10 ** (db / 20) * math.sqrt(2)
        key = (n, amplitude, hz)
        if key not in self._blocks:
            wave_ = (int(amplitude * math.sin(2 * math.pi * hz * i / self.rate)) for i in range(n))
            self._blocks[key] = array("h", wave_).tobytes()
        data = self._blocks[key]
        for _ in range(round(seconds / block)):
            self.on_block(data)
            if self.clock is not None:
                self.clock.now += block

    def unplug(self) -> None:
        assert self.on_finished is not None
        self.closed = True
        self.on_finished()


def frames_of(path: Path) -> tuple[int, int]:
    with wave.open(str(path), "rb") as w:
        return w.getnframes(), w.getframerate()


# -- the recorder ----------------------------------------------------------------------------------


def test_record_then_stop_writes_a_wav(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    assert recorder.recording and mic.started
    mic.feed(1.0, db=-12)
    assert recorder.poll() is None
    assert recorder.level_db == pytest.approx(-12, abs=0.5) and meter(recorder.level_db) == pytest.approx(
        0.8, abs=0.01
    )
    recording = recorder.stop()
    assert recording is not None and recording.reason == "stopped"
    assert recording.seconds == pytest.approx(1.0) and frames_of(recording.path) == (16000, 16000)
    assert mic.closed and not recorder.recording


def test_quiet_after_speech_ends_the_recording(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    mic.feed(0.5, db=-65)  # the room
    mic.feed(1.0, db=-20)  # speech
    mic.feed(1.0, db=-65)
    assert recorder.poll() is None and recorder.heard_speech
    mic.feed(0.6, db=-65)
    ended = recorder.poll()
    assert ended is not None and ended.reason == "silence" and ended.seconds == pytest.approx(3.1)


def test_without_auto_end_only_the_button_ends_it(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path, end_on_silence=False)
    recorder.start()
    mic.feed(1.0, db=-20)
    mic.feed(3.0, db=-65)
    assert recorder.poll() is None and recorder.recording


def test_a_slip_of_the_finger_leaves_nothing(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    mic.feed(0.1)
    assert recorder.stop() is None
    assert list(tmp_path.iterdir()) == []


def test_no_device(tmp_path: Path) -> None:
    recorder = Recorder(
        FakeMic(error=MicrophoneError(MicrophoneError.NO_DEVICE, "Error querying device -1")), tmp_path
    )
    with pytest.raises(MicrophoneError) as e:
        recorder.start()
    assert e.value.code == MicrophoneError.NO_DEVICE and not recorder.recording
    assert list(tmp_path.iterdir()) == []


def test_the_real_factory_without_a_microphone_says_so() -> None:
    """PortAudio present, no audio device (a build machine): the real path fails with a clear code."""
    require(portaudio_available(), "the PortAudio library is missing (apt install libportaudio2)")
    try:
        stream, _ = voice.open_microphone(lambda data: None, lambda: None)
    except MicrophoneError as e:
        assert e.code in (MicrophoneError.NO_DEVICE, MicrophoneError.UNAVAILABLE)
    else:  # a machine with a microphone
        stream.close()


def test_without_portaudio_the_microphone_says_what_to_install(qtbot, window: MainWindow) -> None:
    """The PortAudio library really absent: the mic button explains, with this system's command."""
    if portaudio_available():
        pytest.skip("PortAudio is installed here: its absence cannot be tested on this machine")
    with pytest.raises(MicrophoneError) as e:
        voice.open_microphone(lambda data: None, lambda: None)
    assert e.value.code == MicrophoneError.NO_DRIVER
    qtbot.mouseClick(window.composer.voice_button, Qt.MouseButton.LeftButton)  # the real recorder
    assert window.voice.state is VoiceState.IDLE
    message = window.statusBar().currentMessage()
    assert "PortAudio" in message
    if shutil.which("apt-get"):
        assert "sudo apt install libportaudio2" in message
    assert window.composer.input.isEnabled()  # typing still works


def test_portaudio_install_commands() -> None:
    assert voice.portaudio_install_command("win32") is None  # the wheels bundle the library
    assert voice.portaudio_install_command("darwin") is None
    command = voice.portaudio_install_command("linux")
    assert command is not None and ("libportaudio2" in command or "portaudio" in command)


def test_device_unplugged_mid_recording_keeps_what_was_said(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    mic.feed(2.0, db=-20)
    mic.unplug()
    ended = recorder.poll()
    assert ended is not None and ended.reason == "lost" and frames_of(ended.path)[0] == 32000
    assert not recorder.recording


def test_device_gone_before_anything_was_said(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    mic.unplug()
    with pytest.raises(MicrophoneError) as e:
        recorder.poll()
    assert e.value.code == MicrophoneError.LOST and list(tmp_path.iterdir()) == []


def test_a_stream_that_stops_delivering_counts_as_lost(tmp_path: Path) -> None:
    clock = Clock()
    mic = FakeMic(clock=clock)
    recorder = Recorder(mic, tmp_path, clock=clock)
    recorder.start()
    mic.feed(1.0, db=-20)
    assert recorder.poll() is None
    clock.now += voice.STALL_SECONDS + 0.1
    ended = recorder.poll()
    assert ended is not None and ended.reason == "lost"


def test_only_exact_silence_means_muted_or_not_allowed(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    mic.feed(voice.ZERO_SECONDS + 0.1, db=None)
    with pytest.raises(MicrophoneError) as e:
        recorder.poll()
    assert e.value.code == MicrophoneError.PERMISSION and list(tmp_path.iterdir()) == []


def test_a_device_at_its_own_rate(tmp_path: Path) -> None:
    mic = FakeMic(rate=48000)
    recorder = Recorder(mic, tmp_path)
    recorder.start()
    mic.feed(0.5)
    recording = recorder.stop()
    assert recording is not None and frames_of(recording.path) == (24000, 48000)


def test_ten_minutes_stream_to_disk(tmp_path: Path) -> None:
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path, end_on_silence=False)
    recorder.start()
    rss = []
    for second in range(10 * 60):
        mic.feed(1.0, db=-20, block=1.0)
        assert recorder.poll() is None
        if second in (59, 599):
            rss.append(psutil.Process().memory_info().rss)
    recording = recorder.stop()
    assert recording is not None and frames_of(recording.path) == (10 * 60 * 16000, 16000)
    assert rss[1] - rss[0] < 6e6  # the blocks go to the file: nine more minutes (17 MB) never pile up


def test_recordings_left_by_a_crash_are_removed(tmp_path: Path) -> None:
    old, fresh = tmp_path / "oriel-recording-old.wav", tmp_path / "oriel-recording-new.wav"
    for path in (old, fresh):
        path.write_bytes(b"RIFF")
    os.utime(old, (time.time() - 2 * voice.STALE_SECONDS,) * 2)
    Recorder(FakeMic(), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name]  # one may be another window's


def test_the_length_limit_ends_the_recording(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice, "MAX_SECONDS", 2.0)
    mic = FakeMic()
    recorder = Recorder(mic, tmp_path, end_on_silence=False)
    recorder.start()
    mic.feed(2.0)
    ended = recorder.poll()
    assert ended is not None and ended.reason == "limit"


# -- the flow, with a stand-in engine ---------------------------------------------------------------


class Engine(QObject):
    transcriptReady = Signal(object)
    errorOccurred = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[tuple[str, str | None, str | None]] = []
        self.cancelled: list[str | None] = []

    def transcribe(
        self, audio_path: str, language: str | None, store_dir: str | None = None, model: str | None = None
    ) -> str:
        self.requests.append((audio_path, language, store_dir))
        return f"t{len(self.requests)}"

    def cancel(self, request_id: str | None = None) -> None:
        self.cancelled.append(request_id)


def test_voice_input_states_and_transcript(qtbot, tmp_path: Path) -> None:
    engine, mic = Engine(), FakeMic()
    flow = VoiceInput(engine, lambda: "de_DE", lambda: "/models", Recorder(mic, tmp_path), poll_ms=5)
    texts: list[str] = []
    flow.transcriptReady.connect(texts.append)
    flow.toggle()
    assert flow.state is VoiceState.RECORDING
    mic.feed(1.0, db=-20)
    with qtbot.waitSignal(flow.levelChanged, timeout=2000, check_params_cb=lambda level: level > 0.5):
        pass
    flow.toggle()
    assert flow.state is VoiceState.TRANSCRIBING
    ((path, language, store_dir),) = engine.requests
    assert (language, store_dir) == ("de_DE", "/models") and Path(path).exists()
    engine.transcriptReady.emit(Transcript("other", "not ours", "de", 0.1, 1.0))
    engine.transcriptReady.emit(Transcript("t1", " Hallo Welt ", "de", 0.1, 1.0))
    assert texts == ["Hallo Welt"] and flow.state is VoiceState.IDLE
    assert not Path(path).exists()  # the recording does not linger


def test_voice_input_error_and_cancel(qtbot, tmp_path: Path) -> None:
    engine, mic = Engine(), FakeMic()
    flow = VoiceInput(engine, recorder=Recorder(mic, tmp_path), poll_ms=5)
    notices: list[str] = []
    flow.notice.connect(notices.append)
    flow.toggle()
    mic.feed(1.0)
    flow.toggle()
    engine.errorOccurred.emit(Error("t1", ErrorCode.MODEL_NOT_FOUND, "No speech model is installed."))
    assert flow.state is VoiceState.IDLE and "No speech model is installed." in notices[-1]
    flow.toggle()
    mic.feed(1.0)
    flow.toggle()
    flow.toggle()  # a third press while transcribing stops it
    assert engine.cancelled == ["t2"] and flow.state is VoiceState.IDLE
    assert list(tmp_path.iterdir()) == []


# -- in the window, on the fake worker --------------------------------------------------------------


class SpeakingWorker(FakeWorker):
    """The fake worker, answering Transcribe with a fixed text (or an error)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.heard = "what the user said"
        self.transcribed: list[Transcribe] = []
        self.failure: tuple[str, str] | None = None

    def send(self, request: Request) -> None:
        if isinstance(request, Transcribe):
            self.transcribed.append(request)
            event: Event = (
                Error(request.request_id, *self.failure)
                if self.failure
                else Transcript(request.request_id, self.heard, "en", 0.2, 1.0)
            )
            self._emit(event)
            return
        super().send(request)


@pytest.fixture
def worker(tmp_path: Path) -> SpeakingWorker:
    return SpeakingWorker(store_dir=tmp_path / "models", delay=0.001)


def fake_mic_in(win: MainWindow, tmp_path: Path) -> FakeMic:
    mic = FakeMic()
    win.voice.recorder = Recorder(mic, tmp_path / "recordings")
    return mic


def test_mic_button_puts_the_transcript_in_the_composer(qtbot, window: MainWindow, worker, tmp_path) -> None:
    mic = fake_mic_in(window, tmp_path)
    composer = window.composer
    composer.input.setPlainText("Please summarise:")
    composer.input.moveCursor(composer.input.textCursor().MoveOperation.End)
    qtbot.mouseClick(composer.voice_button, Qt.MouseButton.LeftButton)
    assert window.voice.state is VoiceState.RECORDING and composer.level_meter.isVisible()
    assert composer.voice_button.isChecked() and "Stop recording" in composer.voice_button.accessibleName()
    mic.feed(1.0, db=-15)
    qtbot.waitUntil(lambda: composer.level_meter.value() > 50, timeout=2000)
    qtbot.mouseClick(composer.voice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.voice.state is VoiceState.IDLE, timeout=2000)
    assert composer.input.toPlainText() == "Please summarise: what the user said"
    assert not composer.level_meter.isVisible() and composer.send_button.isEnabled()
    (request,) = worker.transcribed
    assert request.language and not Path(request.audio_path).exists()


def test_shortcut_and_no_microphone_message(qtbot, window: MainWindow, tmp_path) -> None:
    error = MicrophoneError(MicrophoneError.NO_DEVICE, "Error querying device -1")
    window.voice.recorder = Recorder(FakeMic(error=error), tmp_path)
    qtbot.keyClick(
        window.composer.input,
        Qt.Key.Key_Space,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.voice.state is VoiceState.IDLE
    assert "No microphone was found" in window.statusBar().currentMessage()


def test_a_missing_speech_model_is_explained(qtbot, window: MainWindow, worker, tmp_path) -> None:
    worker.failure = (ErrorCode.MODEL_NOT_FOUND, "No speech model is installed: download one.")
    mic = fake_mic_in(window, tmp_path)
    window.voice.toggle()
    mic.feed(1.0)
    window.voice.toggle()
    qtbot.waitUntil(lambda: window.voice.state is VoiceState.IDLE, timeout=2000)
    assert "No speech model is installed" in window.statusBar().currentMessage()
    assert window.composer.input.toPlainText() == ""


def test_the_mic_button_draws_its_icon_from_an_svg_in_the_theme_colour(qtbot, window: MainWindow) -> None:
    """No emoji glyph (a box where no emoji font is installed): assets/icons/microphone.svg."""
    button = window.composer.voice_button
    assert button.text() == "" and not button.icon().isNull()

    def ink() -> set[str]:
        image = button.icon().pixmap(QSize(32, 32)).toImage()
        pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
        return {c.name() for c in pixels if c.alpha() == 255}

    window.theme.apply("light")
    qtbot.wait(1)  # the palette reaches the widgets through the event loop
    light = ink()
    window.theme.apply("dark")
    qtbot.waitUntil(lambda: ink() != light, timeout=2000)
    dark = ink()
    assert light and dark
    assert button.palette().color(QPalette.ColorRole.ButtonText).name() in dark
