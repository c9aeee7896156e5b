"""The Router: the one record of the loaded model, requests to the engine that answers them, events
back to the subscriber that asked, and the reload after a worker crash. On the in-process fake
worker, which speaks the real protocol."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from devtools.fake_worker import FakeWorker
from runtime.protocol import (
    Error,
    ErrorCode,
    Event,
    Finished,
    Generate,
    ListModels,
    LoadModel,
    Message,
    ModelLoaded,
    UnloadModel,
)
from runtime.transport import BlockingClient, Router

pytestmark = pytest.mark.timeout(30)

HI = (Message("user", "Hi"),)


@pytest.fixture
def fake(tmp_path: Path) -> FakeWorker:
    return FakeWorker(answer="Hello.", delay=0.0, store_dir=tmp_path / "models")


def package(fake: FakeWorker) -> str:
    return str(fake.store_dir / "Qwen3.5-2B-fp32")


def test_after_a_crash_the_next_request_reloads_the_same_model_first(fake: FakeWorker) -> None:
    client = BlockingClient(fake)
    loaded = client.request(LoadModel(client.new_id(), package(fake), provider="cpu", context_length=4096))
    assert isinstance(loaded[-1], ModelLoaded) and client.loaded == loaded[-1]
    fake.crash()
    assert client.loaded is not None, "a crash does not forget the model: the next request reloads it"
    answer = client.request(Generate(client.new_id(), "c", HI))
    assert isinstance(answer[-1], Finished)
    restore = fake.requests[-2]
    assert isinstance(restore, LoadModel) and restore.request_id.startswith("restore-")
    assert (restore.package_dir, restore.provider, restore.context_length) == (package(fake), "cpu", 4096)
    assert client.loaded is not None and client.loaded.request_id == restore.request_id
    client.shutdown()


def test_a_failed_load_leaves_no_model_and_nothing_to_restore(fake: FakeWorker, tmp_path: Path) -> None:
    client = BlockingClient(fake)
    client.request(LoadModel(client.new_id(), package(fake)))
    failed = client.request(LoadModel(client.new_id(), str(tmp_path / "missing")))
    assert isinstance(failed[-1], Error) and failed[-1].code == ErrorCode.MODEL_NOT_FOUND
    assert client.loaded is None
    fake.crash()
    client.request(Generate(client.new_id(), "c", HI))
    assert not any(isinstance(r, LoadModel) and r.request_id.startswith("restore") for r in fake.requests)
    client.shutdown()


def test_events_go_to_the_subscriber_that_asked(fake: FakeWorker) -> None:
    router = Router(fake)
    window: list[Event] = []
    router.start(window.append)
    api = BlockingClient(router, prefix="api", shared=True)
    api.request(LoadModel(api.new_id(), package(fake)))
    done = threading.Event()
    router.send(Generate("gen-1", "c", HI), lambda e: done.set() if isinstance(e, Finished) else None)
    assert done.wait(10)
    api_answer = api.request(Generate(api.new_id(), "c", HI))
    assert {e.request_id for e in api_answer} == {api_answer[0].request_id}  # type: ignore[union-attr]
    assert all(getattr(e, "request_id", None) in (None, "") for e in window), "no request of theirs"
    assert router.model_name == "Qwen3.5-2B-fp32"
    router.shutdown()


def test_a_remote_engine_answers_the_chats_and_the_store_stays_local(
    fake: FakeWorker, tmp_path: Path
) -> None:
    remote = FakeWorker(answer="From afar.", delay=0.0, store_dir=tmp_path / "remote")
    client = BlockingClient(fake)
    client.request(LoadModel(client.new_id(), package(fake)))
    client.router.set_remote(remote)
    assert client.loaded is None, "after a switch the caller loads the model to use"
    assert isinstance(fake.requests[-1], UnloadModel), "the local model gives its memory back"
    loaded = client.request(LoadModel(client.new_id(), str(remote.store_dir / "Qwen3.5-2B-fp32")))
    assert isinstance(loaded[-1], ModelLoaded) and client.loaded == loaded[-1]
    answer = client.request(Generate(client.new_id(), "c", HI))
    assert "".join(getattr(e, "text", "") for e in answer) == "From afar."
    listed = client.request(ListModels(client.new_id()))
    assert isinstance(fake.requests[-1], ListModels) and listed[-1].request_id == fake.requests[-1].request_id
    client.router.set_remote(None)
    assert client.loaded is None
    client.shutdown()


def test_a_load_after_a_crash_is_not_preceded_or_followed_by_a_restore(fake: FakeWorker) -> None:
    client = BlockingClient(fake)
    client.request(LoadModel(client.new_id(), package(fake)))
    fake.crash()
    client.request(LoadModel(client.new_id(), package(fake), provider="cpu"))
    client.request(Generate(client.new_id(), "c", HI))
    assert not any(isinstance(r, LoadModel) and r.request_id.startswith("restore") for r in fake.requests)
    client.shutdown()
