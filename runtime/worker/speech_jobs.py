"""The worker's speech lane: `Transcribe` in, `Progress` and one `Transcript` (or `Error`) out.

Speech has a lane of its own (runtime.worker.lanes), so dictating while an answer streams does
not wait for the answer. The speech model stays loaded between requests (a few hundred MB for
whisper-base) and is replaced when another one is asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from runtime.errors import UserError
from runtime.protocol import ErrorCode, Event, Progress, Request, Transcribe, Transcript
from runtime.speech.audio import AudioError
from runtime.speech.languages import whisper_language
from runtime.speech.package import find_speech_model
from runtime.speech.transcriber import SpeechModel
from runtime.speech.whisper import Cancelled
from runtime.store import ModelStore

ModelLoader = Callable[[Path], SpeechModel]


class SpeechJobs:
    def __init__(self, emit: Callable[[Event], None], *, load: ModelLoader = SpeechModel) -> None:
        self._emit = emit
        self._load = load
        self._model: SpeechModel | None = None

    def run(self, request: Request, cancel: threading.Event) -> None:
        assert isinstance(request, Transcribe)
        rid = request.request_id
        if cancel.is_set():
            raise UserError(ErrorCode.CANCELLED, "The transcription was cancelled.")
        model = self._model_for(request)
        language = whisper_language(request.language, model.languages)

        def progress(fraction: float, detail: str) -> None:
            self._emit(Progress(rid, "transcribe", fraction, detail))

        try:
            result = model.transcribe_file(
                Path(request.audio_path), language, cancel=cancel, progress=progress
            )
        except AudioError as e:
            raise UserError(ErrorCode.BAD_AUDIO, str(e)) from e
        except Cancelled as e:
            raise UserError(ErrorCode.CANCELLED, "The transcription was cancelled.") from e
        self._emit(Transcript(rid, result.text, result.language, result.seconds, result.audio_seconds))

    def _model_for(self, request: Transcribe) -> SpeechModel:
        store = ModelStore(Path(request.store_dir) if request.store_dir else None)
        folder = find_speech_model(store, request.model)
        if self._model is not None and self._model.folder == folder:
            return self._model
        self._model = None  # let go of the old one before loading the next
        try:
            self._model = self._load(folder)
        except MemoryError as e:
            raise UserError(
                ErrorCode.NOT_ENOUGH_MEMORY, f"The memory ran out while loading {folder.name}."
            ) from e
        except Exception as e:  # missing files, a graph ORT rejects, a damaged tokenizer
            raise UserError(
                ErrorCode.MODEL_DAMAGED,
                f"The speech model {folder.name} could not be loaded ({e}). Download it again in "
                "Settings (Model tab, “Speech model (voice input)”).",
            ) from e
        return self._model
