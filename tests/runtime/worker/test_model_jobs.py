"""The worker's model lane in-process: every way a request can go wrong becomes a coded Error.

These run the real `ModelHost` and `Lane` on a tiny package, without spawning a process (the
process tests in test_worker_process.py cover the wire and the lifecycle).
"""

from __future__ import annotations

import json
import queue
import shutil
import threading

import pytest

from runtime.protocol import (
    Error,
    ErrorCode,
    Event,
    Finished,
    Generate,
    ImageRef,
    LoadModel,
    Message,
    ModelLoaded,
    Request,
    Sampling,
    TextDelta,
    ends_request,
)
from runtime.worker.lanes import Lane
from runtime.worker.model_jobs import ModelHost

GREEDY = Sampling(temperature=0.0)
HELLO = (Message("user", "Hello there"),)
MISSING_IMAGE = ImageRef("/a.png", "0" * 64)


class Harness:
    def __init__(self) -> None:
        self.events: queue.Queue[Event] = queue.Queue()
        self.host = ModelHost(self.events.put)
        self.lane = Lane("model", self.host.run, self.events.put)

    def run(self, request: Request) -> list[Event]:
        """Submit and return the request's events, up to its final one."""
        self.lane.submit(request)
        return self.collect(request.request_id)  # type: ignore[union-attr]

    def collect(self, request_id: str) -> list[Event]:
        seen: list[Event] = []
        while True:
            event = self.events.get(timeout=30)
            if getattr(event, "request_id", None) == request_id:
                seen.append(event)
                if ends_request(event):
                    return seen


@pytest.fixture
def harness():
    h = Harness()
    yield h
    h.lane.stop(5.0)


def error_of(events: list[Event]) -> Error:
    assert isinstance(events[-1], Error), events
    return events[-1]


@pytest.mark.timeout(60)
def test_generate_before_any_load(harness) -> None:
    error = error_of(harness.run(Generate("g", "c", HELLO)))
    assert error.code == ErrorCode.NO_MODEL_LOADED


@pytest.mark.timeout(60)
def test_bad_generate_requests_are_refused_with_the_reason(harness, packages) -> None:
    harness.run(LoadModel("l", str(packages("gqa1-tied"))))
    cases = {
        "sampling": Generate("g1", "c", HELLO, Sampling(top_p=0.0)),
        "length": Generate("g2", "c", HELLO, max_new_tokens=0),
        "budget": Generate("g3", "c", (Message("user", "x", images=(MISSING_IMAGE,)),), image_token_budget=1),
        "empty": Generate("g4", "c", ()),
    }
    for name, request in cases.items():
        error = error_of(harness.run(request))
        assert error.code == ErrorCode.INVALID_REQUEST, name
    assert "top_p" in error_of(harness.run(cases["sampling"])).message


@pytest.mark.timeout(60)
def test_a_prompt_longer_than_the_context(harness, packages) -> None:
    harness.run(LoadModel("l", str(packages("gqa1-tied")), context_length=8))
    error = error_of(harness.run(Generate("g", "c", HELLO)))
    assert error.code == ErrorCode.CONTEXT_OVERFLOW
    assert "context length of 8 tokens" in error.message


@pytest.mark.timeout(60)
def test_images_for_a_text_only_model(harness, packages, tmp_path) -> None:
    text_only = tmp_path / "text-only"
    shutil.copytree(packages("gqa1-tied"), text_only)
    manifest = json.loads((text_only / "manifest.json").read_text())
    manifest["graphs"].pop("vision", None)
    (text_only / "manifest.json").write_text(json.dumps(manifest))
    harness.run(LoadModel("l", str(text_only)))
    error = error_of(
        harness.run(Generate("g", "c", (Message("user", "What is it?", images=(MISSING_IMAGE,)),)))
    )
    assert error.code == ErrorCode.BAD_IMAGE
    assert "text only" in error.message


@pytest.mark.timeout(60)
def test_a_generate_cancelled_while_queued_ends_at_once(harness, packages) -> None:
    # Hold the lane with a load, queue a generate behind it, and cancel it before it starts.
    started, release = threading.Event(), threading.Event()
    real_load = harness.host._load

    def slow_load(request, progress):
        started.set()
        release.wait(10)
        return real_load(request, progress)

    harness.host._load = slow_load
    harness.lane.submit(LoadModel("l", str(packages("gqa1-tied"))))
    started.wait(10)
    harness.lane.submit(Generate("g", "c", HELLO))
    harness.lane.cancel("g")
    release.set()
    assert isinstance(harness.collect("l")[-1], ModelLoaded)
    assert harness.collect("g") == [Finished("g", "cancelled", 0, 0, 0.0, 0.0, 0.0)]


@pytest.mark.timeout(60)
def test_another_conversation_starts_from_a_clean_state(harness, packages) -> None:
    harness.run(LoadModel("l", str(packages("gqa1-tied"))))
    assert harness.host.model is not None
    engine = harness.host.model.assistant.engine
    resets: list[int] = []
    real_reset = engine.reset
    engine.reset = lambda: (resets.append(1), real_reset())[1]  # type: ignore[method-assign]
    for n, conversation in enumerate(["a", "a", "b", "b", "a"]):
        events = harness.run(Generate(f"g{n}", conversation, HELLO, GREEDY, max_new_tokens=3))
        assert isinstance(events[-1], Finished)
    assert len(resets) == 3  # a, b, a: each switch, never within a conversation


@pytest.mark.timeout(60)
def test_loading_what_is_loaded_answers_at_once(harness, packages) -> None:
    package = str(packages("gqa1-tied"))
    first = harness.run(LoadModel("l1", package))[-1]
    assistant = harness.host.model.assistant  # type: ignore[union-attr]
    again = harness.run(LoadModel("l2", package))
    assert [type(e) for e in again] == [ModelLoaded]
    assert isinstance(first, ModelLoaded) and first.load_seconds > 0
    assert again[0].load_seconds == 0.0  # type: ignore[union-attr]
    assert harness.host.model.assistant is assistant  # type: ignore[union-attr]


@pytest.mark.timeout(60)
def test_a_failed_load_leaves_no_model(harness, packages, tmp_path) -> None:
    harness.run(LoadModel("l1", str(packages("gqa1-tied"))))
    error = error_of(harness.run(LoadModel("l2", str(tmp_path / "missing"))))
    assert error.code == ErrorCode.MODEL_NOT_FOUND
    assert harness.host.model is None
    assert error_of(harness.run(Generate("g", "c", HELLO))).code == ErrorCode.NO_MODEL_LOADED


@pytest.mark.timeout(60)
def test_thinking_and_answer_arrive_apart(harness, packages) -> None:
    harness.run(LoadModel("l", str(packages("gqa1-tied"))))
    events = harness.run(Generate("g", "c", HELLO, GREEDY, thinking=True, max_new_tokens=20))
    deltas = [e for e in events if isinstance(e, TextDelta)]
    # thinking on opens a <think> block in the prompt: the first text is thinking
    assert deltas and deltas[0].kind == "thinking"
    assert isinstance(events[-1], Finished) and events[-1].generated_tokens == 20


@pytest.mark.timeout(60)
def test_an_unexpected_failure_is_an_internal_error(harness, packages) -> None:
    harness.run(LoadModel("l", str(packages("gqa1-tied"))))

    def broken(*args, **kwargs):
        raise RuntimeError("kernel exploded")

    engine = harness.host.model.assistant.engine  # type: ignore[union-attr]
    engine.generate = broken  # type: ignore[method-assign]
    error = error_of(harness.run(Generate("g1", "c", HELLO)))
    assert error.code == ErrorCode.INTERNAL
    assert "kernel exploded" in error.message
    del engine.generate  # the lane lives on: the next request is served
    assert isinstance(harness.run(Generate("g2", "c", HELLO, GREEDY, max_new_tokens=2))[-1], Finished)


@pytest.mark.timeout(60)
def test_a_loaded_model_reports_where_onnx_runtime_ran_its_test_run(harness, packages) -> None:
    """Read from ORT's profile of the warm-up, not from a table: on the CPU, every node."""
    loaded = harness.run(LoadModel("l1", str(packages("gqa1-tied")), provider="cpu"))[-1]
    assert isinstance(loaded, ModelLoaded)
    placed, total = loaded.placement
    assert placed == total > 100
