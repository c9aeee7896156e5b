"""The open conversation: what the chat view shows and what the composer's actions do.

`ChatSession` joins the store and the engine. Widgets call its methods (send, stop, regenerate,
edit, switch version) and listen to its signals; tests drive it directly. Text from the worker is
kept in memory as it streams and saved at most once a second (and at the end), so a crash loses
at most the last second of an answer.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot

from app.chat.images import PendingImage
from app.chat.store import DONE, ERROR, STOPPED, STREAMING, ChatMessage, ChatStore, DiskFull
from app.engine.client import EngineClient
from app.i18n import english_language_name
from app.settings.values import Settings
from runtime.protocol import Error, ErrorCode, Finished, ImageRef, ImageSkipped, Message, TextDelta

SAVE_INTERVAL = 1.0
TITLE_LENGTH = 60


def hub_host() -> str:
    """The model hub's host as the user knows it: huggingface.co, or HF_ENDPOINT's (the worker
    inherits this process's environment, and huggingface_hub reads that variable)."""
    endpoint = os.environ.get("HF_ENDPOINT", "").strip() or "https://huggingface.co"
    return urlsplit(endpoint).netloc or endpoint


def error_text(error: Error) -> str:
    """What to tell the user about a worker error: our translated words, the worker's detail."""
    # Spelled out in full each time: lupdate only recognises `QCoreApplication.translate(...)`.
    known = {
        ErrorCode.NO_MODEL_LOADED: QCoreApplication.translate(
            "errors", "No model is loaded. Choose one in Settings."
        ),
        ErrorCode.MODEL_NOT_FOUND: QCoreApplication.translate(
            "errors", "The model files were not found. Download or import the model again in Settings."
        ),
        ErrorCode.MODEL_DAMAGED: QCoreApplication.translate(
            "errors", "The model files are damaged. Download the model again in Settings."
        ),
        ErrorCode.NOT_ENOUGH_MEMORY: QCoreApplication.translate(
            "errors",
            "There is not enough memory for this model. Close other programs or choose a smaller model.",
        ),
        ErrorCode.CONTEXT_OVERFLOW: QCoreApplication.translate(
            "errors",
            "The conversation is longer than the model's context. Start a new chat or raise the context length in Settings.",  # noqa: E501
        ),
        ErrorCode.PROVIDER_UNAVAILABLE: QCoreApplication.translate(
            "errors", "The chosen accelerator is not available. Choose Auto in Settings."
        ),
        ErrorCode.BAD_IMAGE: QCoreApplication.translate("errors", "One of the images could not be read."),
        ErrorCode.WORKER_CRASHED: QCoreApplication.translate(
            "errors", "The engine stopped unexpectedly and is restarting. Your conversation is safe."
        ),
        ErrorCode.PROTOCOL_MISMATCH: QCoreApplication.translate(
            "errors", "The engine does not match this version of Oriel. Reinstall Oriel."
        ),
        ErrorCode.HUB_UNREACHABLE: QCoreApplication.translate(
            "errors", "Could not reach {host}: check the connection, or import a folder."
        ).format(host=hub_host()),
    }
    # A remote server's failures keep its own words after ours: they name the host and what it said.
    remote = {
        ErrorCode.REMOTE_UNREACHABLE: QCoreApplication.translate(
            "errors", "The remote server could not be reached. Check its address, and that it is running."
        ),
        ErrorCode.REMOTE_UNAUTHORIZED: QCoreApplication.translate(
            "errors", "The remote server refused the API key. Check the key in Settings."
        ),
        ErrorCode.REMOTE_MODEL_NOT_FOUND: QCoreApplication.translate(
            "errors", "The remote server does not have that model. Check the model name in Settings."
        ),
    }
    if error.code in remote:
        return f"{remote[error.code]}\n{error.message}" if error.message else remote[error.code]
    text = known.get(error.code, QCoreApplication.translate("errors", "Something went wrong in the engine."))
    return f"{text}\n{error.message}" if error.message and error.code not in known else text


def skipped_image_note(name: str, stored_name: str, reason: str) -> str:
    """The note on an answer for an image the model left out: our words, then the worker's reason
    (English), which names the file by its stored name: "'ab12….png' is 9000 x 9000 pixels…"."""
    quoted = f"'{stored_name}'"
    if stored_name and reason.startswith(quoted + " "):
        reason = "it " + reason[len(quoted) + 1 :]
    elif stored_name:
        reason = reason.replace(quoted, f"'{name}'")
    return QCoreApplication.translate("ChatSession", "{name} was left out: {reason}").format(
        name=name, reason=reason
    )


def default_system_prompt(language: str) -> str:
    """The system prompt when the user has not written one: answer in the interface's language.

    In English whatever the interface language: models follow English instructions best.
    """
    name = english_language_name(language)
    return f"Answer in {name}, the user's language, unless they write in another language."


@dataclass
class _Stream:
    request_id: str
    message: ChatMessage
    images: tuple[tuple[str, ...], ...] = ()  # stored image names of each message sent, in order
    started: float = field(default_factory=time.monotonic)
    thinking_started: float | None = None
    thinking_ended: float | None = None
    saved: float = field(default_factory=time.monotonic)


class ChatSession(QObject):
    pathReset = Signal()  # the whole shown path changed (open, new, edit, version switch)
    messageAdded = Signal(object)  # ChatMessage appended at the end of the path
    messageChanged = Signal(object)  # a message's text, reasoning or state changed
    busyChanged = Signal(bool)
    conversationsChanged = Signal()  # titles or the set of conversations changed
    finished = Signal(object)  # Finished of the answer just completed
    errorOccurred = Signal(str)  # for the status bar

    def __init__(
        self, store: ChatStore, engine: EngineClient, settings: Settings, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.store = store
        self.engine = engine
        self.settings = settings
        self.conversation_id: str | None = None
        self.path: list[ChatMessage] = []
        self._stream: _Stream | None = None
        self._image_names: dict[str, str] = {}  # stored name -> the file name it was attached as
        engine.textDelta.connect(self._on_delta)
        engine.imageSkipped.connect(self._on_image_skipped)
        engine.finished.connect(self._on_finished)
        engine.errorOccurred.connect(self._on_error)

    @property
    def busy(self) -> bool:
        return self._stream is not None

    # -- navigation ------------------------------------------------------------------------------

    def new_conversation(self) -> None:
        self.stop()
        self.conversation_id = None
        self.path = []
        self.pathReset.emit()

    def open(self, conversation_id: str) -> None:
        self.stop()
        self.conversation_id = conversation_id
        self.path = self.store.path(conversation_id)
        self.pathReset.emit()

    def switch_version(self, message_id: int, step: int) -> None:
        """Show the previous (step -1) or next (+1) version of a message."""
        if self.busy or self.conversation_id is None:
            return
        message = next((m for m in self.path if m.id == message_id), None)
        if message is None:
            return
        index = message.version - 1 + step
        if 0 <= index < len(message.sibling_ids):
            self.store.select_version(message.sibling_ids[index])
            self.open(self.conversation_id)

    # -- actions ---------------------------------------------------------------------------------

    def send(self, text: str, images: Sequence[PendingImage] = ()) -> None:
        if self.busy or not (text.strip() or images):
            return
        with self._saving():
            if self.conversation_id is None:
                self.conversation_id = self.store.create_conversation(self._title(text))
                self.conversationsChanged.emit()
            parent = self.path[-1].id if self.path else None
            self._add_user_message(parent, text, images)
            self._answer()

    def edit(self, message_id: int, text: str, images: Sequence[PendingImage] = ()) -> None:
        """Resend an earlier user message with new text; the old version stays reachable."""
        index = next((i for i, m in enumerate(self.path) if m.id == message_id), None)
        if self.busy or index is None or self.path[index].role != "user":
            return
        parent = self.path[index].parent_id
        del self.path[index:]
        self.pathReset.emit()
        with self._saving():
            self._add_user_message(parent, text, images)
            self._answer()

    def regenerate(self) -> None:
        """Answer the last user message again; the earlier answer stays reachable."""
        if self.busy or not self.path:
            return
        if self.path[-1].role == "assistant":
            self.path.pop()
            self.pathReset.emit()
        with self._saving():
            self._answer()

    def stop(self) -> None:
        if self._stream is not None:
            self.engine.cancel()

    # -- internals -------------------------------------------------------------------------------

    def _title(self, text: str) -> str:
        line = text.strip().split("\n", 1)[0].strip()
        if not line:
            return self.tr("Image")
        return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"

    def _add_user_message(self, parent: int | None, text: str, images: Sequence[PendingImage]) -> None:
        assert self.conversation_id is not None
        names = [self.store.add_image(image.data, image.suffix, image.sha256) for image in images]
        self._image_names.update((stored, image.name) for stored, image in zip(names, images, strict=True))
        message_id = self.store.add_message(self.conversation_id, parent, "user", text, names)
        self.path = self.store.path(self.conversation_id)
        self.messageAdded.emit(self.path[-1])
        assert self.path[-1].id == message_id

    def _answer(self) -> None:
        assert self.conversation_id is not None and self.path and self.path[-1].role == "user"
        history, images = self._history()
        message_id = self.store.add_message(
            self.conversation_id, self.path[-1].id, "assistant", state=STREAMING, model=self.settings.model
        )
        self.path = self.store.path(self.conversation_id)
        answer = self.path[-1]
        assert answer.id == message_id
        request_id = self.engine.generate(
            self.conversation_id,
            history,
            self.settings.sampling(),
            thinking=self.settings.thinking,
            image_token_budget=self.settings.image_token_budget,
        )
        self._stream = _Stream(request_id, answer, images)
        self.busyChanged.emit(True)
        self.messageAdded.emit(answer)

    def _history(self) -> tuple[tuple[Message, ...], tuple[tuple[str, ...], ...]]:
        """The messages to send, and the stored image names of each (an ImageSkipped's indices)."""
        own = self.settings.system_prompt.strip()
        messages = [Message("system", own or default_system_prompt(self.settings.language))]
        names: list[tuple[str, ...]] = [()]
        for m in self.path:
            if m.role == "assistant" and m.state == ERROR and not m.text:
                continue
            # a stored image's name is `<sha256>.<suffix>`: its identity travels with its path
            images = tuple(
                ImageRef(str(self.store.image_path(name)), name.partition(".")[0]) for name in m.images
            )
            messages.append(Message(m.role, m.text, images, m.reasoning or None))  # type: ignore[arg-type]
            names.append(m.images)
        return tuple(messages), tuple(names)

    @Slot(object)
    def _on_delta(self, delta: TextDelta) -> None:
        stream = self._stream
        if stream is None or delta.request_id != stream.request_id:
            return
        kind, text = delta.kind, delta.text
        now = time.monotonic()
        message = stream.message
        if kind == "thinking":
            stream.thinking_started = stream.thinking_started or now
            message.reasoning += text
        else:
            if stream.thinking_started is not None and stream.thinking_ended is None:
                stream.thinking_ended = now
                message.thinking_seconds = now - stream.thinking_started
            message.text += text
        if now - stream.saved >= SAVE_INTERVAL:
            stream.saved = now
            self._save(message)
        self.messageChanged.emit(message)

    @Slot(object)
    def _on_image_skipped(self, event: ImageSkipped) -> None:
        stream = self._stream
        if stream is None or event.request_id != stream.request_id:
            return
        if event.message_index != len(stream.images) - 1:
            return  # an earlier message's image: the answer to that message has its note already
        names = stream.images[event.message_index]
        stored = names[event.image_index] if event.image_index < len(names) else ""
        name = self._image_names.get(stored) or self.tr("Image {number}").format(
            number=QLocale().toString(event.image_index + 1)
        )
        stream.message.notes += (skipped_image_note(name, stored, event.reason),)
        self._save(stream.message)
        self.messageChanged.emit(stream.message)

    @Slot(object)
    def _on_finished(self, finished: Finished) -> None:
        stream = self._stream
        if stream is None or finished.request_id != stream.request_id:
            return
        message = stream.message
        if stream.thinking_started is not None and stream.thinking_ended is None:
            message.thinking_seconds = time.monotonic() - stream.thinking_started
        message.state = STOPPED if finished.reason == "cancelled" else DONE
        self._end(message)
        self.finished.emit(finished)

    @Slot(object)
    def _on_error(self, error: Error) -> None:
        stream = self._stream
        text = error_text(error)
        if stream is not None and error.request_id in (stream.request_id, None):
            if error.request_id is None and error.code != ErrorCode.WORKER_CRASHED:
                self.errorOccurred.emit(text)
                return
            stream.message.state = ERROR
            stream.message.error = text
            self._end(stream.message)
        self.errorOccurred.emit(text)

    def _end(self, message: ChatMessage) -> None:
        self._stream = None
        self._save(message)
        self.messageChanged.emit(message)
        self.busyChanged.emit(False)
        self.conversationsChanged.emit()

    def _save(self, message: ChatMessage) -> None:
        with self._saving():  # the answer stays on screen; the next save tries again
            self.store.update_message(
                message.id,
                text=message.text,
                reasoning=message.reasoning,
                state=message.state,
                error=message.error,
                thinking_seconds=message.thinking_seconds,
                notes=message.notes,
            )

    @contextlib.contextmanager
    def _saving(self) -> Iterator[None]:
        """A full disk is said in the status bar, not raised through Qt: what it stopped (a
        question, an answer's latest words) was not saved, and nothing was half-saved."""
        try:
            yield
        except DiskFull as e:
            size = QLocale().formattedDataSize(max(e.needed, 1 << 20))
            text = self.tr("The disk is full: {size} needed at {folder}. It was not saved.")
            self.errorOccurred.emit(text.format(size=size, folder=e.folder))
