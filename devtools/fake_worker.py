"""An in-process stand-in for the worker: speaks `runtime.protocol`, streams canned text.

It is a `runtime.transport.Transport`, as the real worker client is. Like it, it calls back from its own
thread and every message crosses `encode`/`decode`, so the GUI is tested on the same path it
uses with the real worker. What it answers is set per test:

    worker = FakeWorker(answer="Hello there", thinking="Let me think", delay=0.002)
    worker.fail_next(ErrorCode.CONTEXT_OVERFLOW, "too long")
    worker.answer = lambda request: "echo " + request.messages[-1].text
"""

from __future__ import annotations

import dataclasses
import os
import queue
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from runtime.protocol import (
    PROTOCOL_VERSION,
    Cancel,
    DeleteModel,
    DownloadModel,
    Error,
    ErrorCode,
    Event,
    Finished,
    Generate,
    GetStatus,
    ImageSkipped,
    ImportModel,
    ListModels,
    LoadModel,
    ModelDeleted,
    ModelInfo,
    ModelInstalled,
    ModelList,
    ModelLoaded,
    ModelUnloaded,
    Progress,
    Ready,
    Request,
    Shutdown,
    Status,
    TextDelta,
    UnloadModel,
    decode,
    encode,
)

DEFAULT_ANSWER = (
    "Here is a **short** answer.\n\n"
    "- one\n- two\n\n"
    "```python\nprint('hello')\n```\n\n"
    "Euler: $e^{i\\pi} + 1 = 0$."
)


class FakeWorker:
    def __init__(
        self,
        answer: str | Callable[[Generate], str] = DEFAULT_ANSWER,
        thinking: str = "",
        delay: float = 0.002,
        providers: tuple[str, ...] = ("cuda", "cpu"),
        store_dir: Path | None = None,
        installed: tuple[str, ...] = ("Qwen/Qwen3.5-2B",),
        download_steps: int = 10,
        speed: float | None = None,
    ) -> None:
        self.answer = answer
        self.thinking = thinking
        self.delay = delay
        self.providers = providers
        self.placement: tuple[int, ...] = ()  # ModelLoaded.placement: (on the provider, all)
        self.requests: list[Request] = []
        self.loaded: LoadModel | None = None  # the fake worker process's own model
        self._failures: list[tuple[str, str]] = []
        self._on_event: Callable[[Event], None] | None = None
        self._queue: queue.Queue[Request | None] = queue.Queue()
        self._cancelled: set[str] = set()
        self._crashed = False
        self._thread: threading.Thread | None = None
        self.hold = threading.Event()  # while clear, generation and downloads wait
        self.hold.set()
        self.store_dir = store_dir or Path(tempfile.mkdtemp(prefix="oriel-fake-store-"))
        self.download_steps = download_steps
        self.speed = speed  # decode tokens/s to report (screenshots); None: the fake's own
        self.downloaded_steps: dict[str, int] = {}  # repo id -> steps done (resume point)
        # A download clears `hold` itself once this many steps are done, so a test can act
        # mid-download without racing the worker thread.
        self.pause_download_at: int | None = None
        for repo_id in installed:
            self._install(repo_id, self.store_dir)

    # -- Transport -------------------------------------------------------------------------------

    def start(self, on_event: Callable[[Event], None]) -> None:
        self._on_event = on_event
        self._thread = threading.Thread(target=self._run, name="fake-worker", daemon=True)
        self._thread.start()
        self._emit(Ready(PROTOCOL_VERSION, os.getpid(), self.providers))

    def send(self, request: Request) -> None:
        request = decode(encode(request))  # type: ignore[assignment]
        self.requests.append(request)
        if self._crashed:  # a new worker process, with nothing loaded
            self._crashed = False
            self._emit(Ready(PROTOCOL_VERSION, os.getpid(), self.providers))
        if isinstance(request, Cancel):
            self._cancelled.add(request.request_id)
        else:
            self._queue.put(request)

    def shutdown(self) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout=2)

    # -- test controls ---------------------------------------------------------------------------

    def fail_next(self, code: str, message: str) -> None:
        """The next Generate ends in Error(code, message) after its first word."""
        self._failures.append((code, message))

    def crash(self) -> None:
        """What the real client reports when the worker dies: an error now, and a fresh Ready with
        the next request (the Router reloads the model that was loaded)."""
        self.loaded = None
        self._crashed = True
        self._emit(Error(None, ErrorCode.WORKER_CRASHED, "The model process stopped unexpectedly."))

    @property
    def generates(self) -> list[Generate]:
        return [r for r in self.requests if isinstance(r, Generate)]

    # -- the worker loop -------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        assert self._on_event is not None
        self._on_event(decode(encode(event)))  # type: ignore[arg-type]

    def _run(self) -> None:
        while (request := self._queue.get()) is not None:
            match request:
                case LoadModel():
                    self._load(request)
                case UnloadModel():
                    self.loaded = None
                    self._emit(ModelUnloaded(request.request_id))
                case Generate():
                    self._generate(request)
                case GetStatus():
                    package = self.loaded.package_dir if self.loaded else None
                    self._emit(Status(request.request_id, package, "cpu", False, 1 << 30))
                case ListModels():
                    folder = Path(request.store_dir or self.store_dir)
                    self._emit(ModelList(request.request_id, str(folder), self._packages(folder)))
                case DownloadModel():
                    self._download(request)
                case ImportModel():
                    info = self._install(
                        f"local/{Path(request.path).name}", Path(request.store_dir or self.store_dir)
                    )
                    self._emit(ModelInstalled(request.request_id, info))
                case DeleteModel():
                    (Path(request.store_dir or self.store_dir) / request.name / "manifest.json").unlink()
                    self._emit(ModelDeleted(request.request_id, request.name))
                case Shutdown():
                    return

    # -- the model store -------------------------------------------------------------------------

    @staticmethod
    def _install(repo_id: str, folder: Path, weights: str = "fp32") -> ModelInfo:
        name = f"{repo_id.split('/')[-1]}-{weights}"
        (folder / name).mkdir(parents=True, exist_ok=True)
        (folder / name / "manifest.json").write_text(repo_id)
        return FakeWorker._info(folder / name, repo_id, weights)

    @staticmethod
    def _info(path: Path, repo_id: str, weights: str) -> ModelInfo:
        """A Whisper repository makes a speech package, as runtime.speech.package does."""
        kind = "speech" if "whisper" in repo_id.lower() else "chat"
        return ModelInfo(path.name, str(path), f"{repo_id}@0123abc", weights, 1 << 20, True, kind=kind)

    def _packages(self, folder: Path) -> tuple[ModelInfo, ...]:
        found = sorted(folder.glob("*/manifest.json")) if folder.is_dir() else []
        return tuple(self._info(p.parent, p.read_text(), p.parent.name.rsplit("-", 1)[-1]) for p in found)

    def _download(self, request: DownloadModel) -> None:
        """Advances in steps; a cancelled download keeps its steps, and the next one resumes."""
        done = self.downloaded_steps.get(request.repo_id, 0)
        while done < self.download_steps:
            if done == self.pause_download_at:
                self.hold.clear()
            self.hold.wait(timeout=10)
            if request.request_id in self._cancelled:
                self._emit(Error(request.request_id, ErrorCode.CANCELLED, "The download was cancelled."))
                return
            time.sleep(self.delay)
            done += 1
            self.downloaded_steps[request.repo_id] = done
            detail = f"{done * 100} MB of {self.download_steps * 100} MB"
            self._emit(Progress(request.request_id, "download", done / self.download_steps, detail))
        info = self._install(request.repo_id, Path(request.store_dir or self.store_dir), request.weights)
        self._emit(ModelInstalled(request.request_id, info))

    def _load(self, request: LoadModel) -> None:
        if not os.path.isdir(request.package_dir):
            message = f"no model package at {request.package_dir}"
            self._emit(Error(request.request_id, ErrorCode.MODEL_NOT_FOUND, message))
            return
        for step in range(1, 4):
            time.sleep(self.delay)
            self._emit(Progress(request.request_id, "load", step / 3))
        self.loaded = request
        provider = self.providers[0] if request.provider == "auto" else request.provider
        reason = f"{provider} is available" if request.provider == "auto" else "chosen in settings"
        loaded = ModelLoaded(request.request_id, request.package_dir, provider, reason, "fused", 0.01)
        self._emit(dataclasses.replace(loaded, placement=self.placement))

    def _generate(self, request: Generate) -> None:
        if self.loaded is None:
            self._emit(Error(request.request_id, ErrorCode.NO_MODEL_LOADED, "no model is loaded"))
            return
        self.hold.wait(timeout=10)
        started = time.perf_counter()
        for index, message in enumerate(request.messages):  # as the real worker: bad images first
            for number, image in enumerate(message.images):
                reason = _unusable(Path(image.path))
                if reason is not None:
                    self._emit(ImageSkipped(request.request_id, index, number, reason))
        answer = self.answer(request) if callable(self.answer) else self.answer
        pieces = [("thinking", w) for w in _words(self.thinking if request.thinking else "")]
        pieces += [("answer", w) for w in _words(answer)]
        failure = self._failures.pop(0) if self._failures else None
        sent = 0
        for kind, word in pieces:
            if request.request_id in self._cancelled:
                self._finish(request, "cancelled", sent, started)
                return
            time.sleep(self.delay)
            self._emit(TextDelta(request.request_id, kind, word))  # type: ignore[arg-type]
            sent += 1
            if failure is not None:
                self._emit(Error(request.request_id, failure[0], failure[1]))
                return
        self._finish(request, "stop", sent, started)

    def _finish(self, request: Generate, reason: str, generated: int, started: float) -> None:
        elapsed = max(time.perf_counter() - started, 1e-6)
        prompt = sum(len(m.text.split()) + 256 * len(m.images) for m in request.messages)
        speed = self.speed if self.speed is not None else generated / elapsed
        self._emit(Finished(request.request_id, reason, prompt, generated, 500.0, speed, 0.01))


def _unusable(path: Path) -> str | None:
    """Why the real worker would leave this image out (runtime.vision.preprocess), or None."""
    from runtime.vision.preprocess import ImageError, load_image

    try:
        load_image(path).close()
    except ImageError as e:
        return str(e)
    return None


def _words(text: str) -> list[str]:
    """Split keeping the spaces, so the deltas join back to the exact text."""
    words: list[str] = []
    for part in text.split(" "):
        words.append(part if not words else " " + part)
    return [w for w in words if w] if text else []
