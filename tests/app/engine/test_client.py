"""EngineClient: protocol events become Qt signals on the GUI thread; state follows the worker."""

from __future__ import annotations

import dataclasses
import logging
import threading
import typing

import pytest

from app.engine.client import EngineClient, EngineState
from devtools.fake_worker import FakeWorker
from runtime.protocol import EVENTS, ErrorCode, ImageSkipped, Message, Ready, Sampling
from runtime.transport import Router

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.timeout(30)]


@pytest.fixture
def engine(qtbot, worker: FakeWorker):  # type: ignore[no-untyped-def]
    client = EngineClient(Router(worker))
    with qtbot.waitSignal(client.ready, timeout=3000):
        client.start()
    package = worker.store_dir / "Qwen3.5-2B-fp32"
    with qtbot.waitSignal(client.modelLoaded, timeout=3000):
        client.load_model(str(package))
    yield client
    client.shutdown()
    client.deleteLater()


def ask(client: EngineClient, text: str = "hi") -> str:
    return client.generate("c1", (Message("user", text),), Sampling(), thinking=False, image_token_budget=256)


def test_events_arrive_on_the_gui_thread(qtbot, engine: EngineClient, worker: FakeWorker) -> None:
    threads: set[int] = set()
    engine.textDelta.connect(lambda *_: threads.add(threading.get_ident()))
    with qtbot.waitSignal(engine.finished, timeout=3000):
        ask(engine)
    assert threads == {threading.main_thread().ident}
    assert worker.generates[-1].messages == (Message("user", "hi"),)


def test_ready_load_and_generate(qtbot, engine: EngineClient) -> None:
    assert engine.providers == ("cuda", "cpu")
    assert engine.loaded is not None and engine.loaded.provider == "cuda"
    pieces: list[str] = []
    engine.textDelta.connect(lambda delta: pieces.append(delta.text))
    with qtbot.waitSignal(engine.finished, timeout=3000) as finished:
        request_id = ask(engine)
        assert engine.state == EngineState.GENERATING
    assert finished.args[0].request_id == request_id and finished.args[0].reason == "stop"
    assert "".join(pieces).startswith("Here is a **short** answer.")
    assert engine.state == EngineState.IDLE


def test_cancel_ends_with_finished_cancelled(qtbot, engine: EngineClient, worker: FakeWorker) -> None:
    worker.hold.clear()
    ask(engine)
    with qtbot.waitSignal(engine.finished, timeout=3000) as finished:
        engine.cancel()
        worker.hold.set()
    assert finished.args[0].reason == "cancelled"


def test_errors_are_values_with_codes(qtbot, engine: EngineClient, worker: FakeWorker) -> None:
    worker.fail_next(ErrorCode.CONTEXT_OVERFLOW, "the prompt has 40000 tokens")
    with qtbot.waitSignal(engine.errorOccurred, timeout=3000) as error:
        ask(engine)
    assert error.args[0].code == ErrorCode.CONTEXT_OVERFLOW
    assert engine.state == EngineState.IDLE


def test_worker_crash_and_restart(qtbot, engine: EngineClient, worker: FakeWorker) -> None:
    with qtbot.waitSignal(engine.errorOccurred, timeout=3000) as error:
        threading.Thread(target=worker.crash).start()
    assert error.args[0].code == ErrorCode.WORKER_CRASHED
    assert engine.state == EngineState.IDLE  # the client reloads the model with the next request
    with qtbot.waitSignals([engine.ready, engine.modelLoaded, engine.finished], timeout=3000):
        ask(engine)
    assert engine.state == EngineState.IDLE and engine.loaded is not None


def test_protocol_mismatch_makes_the_engine_unavailable(qtbot) -> None:
    class OldWorker(FakeWorker):
        def start(self, on_event):  # type: ignore[no-untyped-def]
            on_event(Ready(0, 1, ("cpu",)))

    client = EngineClient(Router(OldWorker()))
    with qtbot.waitSignal(client.errorOccurred, timeout=3000) as error:
        client.start()
    assert error.args[0].code == ErrorCode.PROTOCOL_MISMATCH
    assert client.state == EngineState.UNAVAILABLE
    client.deleteLater()


def test_every_event_type_has_a_signal() -> None:
    assert set(EngineClient.SIGNALS) == set(EVENTS)
    assert all(hasattr(EngineClient, name) for name in EngineClient.SIGNALS.values())


def test_an_image_skipped_reaches_its_signal(qtbot, engine: EngineClient, worker: FakeWorker) -> None:
    skipped = ImageSkipped("gen-x", 1, 0, "huge.png is too large")
    with qtbot.waitSignal(engine.imageSkipped, timeout=3000) as signal:
        worker._emit(skipped)
    assert signal.args[0] == skipped


def test_an_unknown_event_is_reported_not_dropped_silently(qtbot, engine: EngineClient, caplog) -> None:
    @dataclasses.dataclass(frozen=True)
    class Novel:
        request_id: str

    with caplog.at_level(logging.WARNING, logger="app.engine.client"):
        engine._dispatch(typing.cast(typing.Any, Novel("x")))
    assert "Novel" in caplog.text
