"""Voice input: record from the microphone, have the worker transcribe it, hand the text over.

    IDLE --toggle--> RECORDING --toggle, or 1.5 s of quiet after speech, or 30 min--> TRANSCRIBING
     ^                  | no device, permission refused, device lost before anything   | Transcript
     +------------------+------------------------------------------------------------+ or Error

`VoiceInput` is the QObject the composer's mic button listens to: it drives the recorder
(app.voice.recorder) with a timer, sends the finished WAV to the worker (`Transcribe`) and emits
the text. The recording file is deleted once transcribed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, SignalInstance

from app.voice.recorder import MicrophoneError, Recorder, Recording, meter, portaudio_install_command
from runtime.protocol import Error, ErrorCode, Transcript


class SpeechEngine(Protocol):
    """What VoiceInput needs of app.engine.client.EngineClient."""

    transcriptReady: SignalInstance  # Transcript
    errorOccurred: SignalInstance  # Error

    def transcribe(
        self, audio_path: str, language: str | None, store_dir: str | None = None, model: str | None = None
    ) -> str: ...

    def cancel(self, request_id: str | None = None) -> None: ...


class VoiceState(enum.Enum):
    IDLE = "idle"
    RECORDING = "recording"
    TRANSCRIBING = "transcribing"


class VoiceInput(QObject):
    """The voice flow for the composer; `toggle()` is the mic button and its shortcut."""

    stateChanged = Signal()
    levelChanged = Signal(float)  # 0..1 while recording
    transcriptReady = Signal(str)  # the text to put in the composer
    notice = Signal(str)  # a message for the status bar

    def __init__(
        self,
        engine: SpeechEngine,
        language: Callable[[], str] = lambda: QLocale().name(),
        store_dir: Callable[[], str | None] = lambda: None,
        recorder: Recorder | None = None,
        parent: QObject | None = None,
        *,
        model: Callable[[], str | None] = lambda: None,
        poll_ms: int = 50,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._language = language  # the UI language: the worker maps it to the model's, or detects
        self._store_dir = store_dir
        self._model = model  # the speech model's name; None: the first one installed
        self.recorder = recorder or Recorder()
        self.state = VoiceState.IDLE
        self._request: str | None = None
        self._recording: Recording | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)
        engine.transcriptReady.connect(self._on_transcript)
        engine.errorOccurred.connect(self._on_error)

    def toggle(self) -> None:
        if self.state is VoiceState.IDLE:
            self.start()
        elif self.state is VoiceState.RECORDING:
            self._finish(self.recorder.stop())
        else:
            self.cancel()

    def start(self) -> None:
        if self.state is not VoiceState.IDLE:
            return
        try:
            self.recorder.start()
        except MicrophoneError as e:
            self.notice.emit(self.describe(e))
            return
        self._set_state(VoiceState.RECORDING)
        self._timer.start()

    def cancel(self) -> None:
        """Stop without a transcript: throws the recording away, or stops the transcription."""
        if self.state is VoiceState.RECORDING:
            self.recorder.cancel()
        elif self._request is not None:
            self._engine.cancel(self._request)
            self._forget_recording()
        self._request = None
        self._timer.stop()
        self._set_state(VoiceState.IDLE)

    def _poll(self) -> None:
        try:
            ended = self.recorder.poll()
        except MicrophoneError as e:
            self._timer.stop()
            self._set_state(VoiceState.IDLE)
            self.notice.emit(self.describe(e))
            return
        if ended is not None:
            self._finish(ended)
        else:
            self.levelChanged.emit(meter(self.recorder.level_db))

    def _finish(self, recording: Recording | None) -> None:
        self._timer.stop()
        self.levelChanged.emit(0.0)
        if recording is None:
            self._set_state(VoiceState.IDLE)
            self.notice.emit(self.tr("The recording was too short to transcribe."))
            return
        if recording.reason == "lost":
            self.notice.emit(self.tr("The microphone was disconnected. Transcribing what was recorded."))
        elif recording.reason == "limit":
            self.notice.emit(self.tr("Recordings stop after %n minute(s). Transcribing it now.", "", 30))
        self._recording = recording
        self._request = self._engine.transcribe(
            str(recording.path), self._language() or None, self._store_dir(), self._model()
        )
        self._set_state(VoiceState.TRANSCRIBING)

    def _on_transcript(self, event: Transcript) -> None:
        if event.request_id != self._request:
            return
        self._request = None
        self._forget_recording()
        self._set_state(VoiceState.IDLE)
        if event.text.strip():
            self.transcriptReady.emit(event.text.strip())
        else:
            self.notice.emit(self.tr("Oriel heard no words in the recording."))

    def _on_error(self, error: Error) -> None:
        if error.request_id is None or error.request_id != self._request:
            return
        self._request = None
        self._forget_recording()
        self._set_state(VoiceState.IDLE)
        if error.code == ErrorCode.MODEL_NOT_FOUND:
            self.notice.emit(
                self.tr(
                    "No speech model is installed. Download one in Settings: on the Model tab, under "
                    "“Speech model (voice input)”."
                )
            )
        elif error.code != ErrorCode.CANCELLED:
            self.notice.emit(
                self.tr("The recording could not be transcribed: {reason}").format(reason=error.message)
            )

    def _forget_recording(self) -> None:
        if self._recording is not None:
            self._recording.path.unlink(missing_ok=True)
            self._recording = None

    def _set_state(self, state: VoiceState) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit()

    def describe(self, error: MicrophoneError) -> str:
        """A message the user can act on."""
        if error.code == MicrophoneError.NO_DEVICE:
            return self.tr(
                "No microphone was found. Connect one, or choose it as the input device in your system's sound settings."  # noqa: E501
            )
        if error.code == MicrophoneError.PERMISSION:
            return self.tr(
                "Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system's privacy settings."  # noqa: E501
            )
        if error.code == MicrophoneError.LOST:
            return self.tr("The microphone was disconnected before anything was recorded.")
        if error.code == MicrophoneError.NO_DRIVER:
            command = portaudio_install_command()
            if command is not None:
                return self.tr(
                    "Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel."  # noqa: E501
                ).format(command=command)
            return self.tr("Voice input is not available: the audio library (PortAudio) is missing.")
        return self.tr(
            "The microphone could not be opened ({reason}). Another program may be using it."
        ).format(reason=error.detail)
