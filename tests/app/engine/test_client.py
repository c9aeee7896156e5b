"""EngineClient: protocol events become Qt signals on the GUI thread; state follows the worker."""

from __future__ import annotations

import threading

import pytest

from app.engine.client import EngineClient, EngineState
from devtools.fake_worker import FakeWorker
from runtime.protocol import ErrorCode, Message, Ready, Sampling

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.timeout(30)]


@pytest.fixture
def engine(qtbot, worker: FakeWorker):  # type: ignore[no-untyped-def]
    client = EngineClient(worker)
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
    engine.textDelta.connect(lambda _id, kind, text: pieces.append(text))
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

    client = EngineClient(OldWorker())
    with qtbot.waitSignal(client.errorOccurred, timeout=3000) as error:
        client.start()
    assert error.args[0].code == ErrorCode.PROTOCOL_MISMATCH
    assert client.state == EngineState.UNAVAILABLE
    client.deleteLater()


def test_without_a_worker_client_the_engine_says_so(qtbot) -> None:
    client = EngineClient(None)
    assert client.state == EngineState.UNAVAILABLE
    with qtbot.waitSignal(client.errorOccurred, timeout=1000):
        ask(client)
    client.deleteLater()
