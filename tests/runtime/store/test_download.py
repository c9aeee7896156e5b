"""Downloads from a local stand-in for the Hugging Face hub (devtools.fake_hub), reached through
`HF_ENDPOINT`: resumes are seen as Range headers."""

from __future__ import annotations

import json
import os
import queue
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools import small_disk
from devtools.fake_hub import COMMIT, Hub, serve
from devtools.tiny_models import tiny_checkpoint
from runtime.errors import UserError
from runtime.package import ModelPackage
from runtime.protocol import DownloadModel, ErrorCode, Event, ModelInstalled, Progress, ends_request
from runtime.store import ModelStore
from runtime.store.hub import PART_SUFFIX
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient

REPO = "test-org/Qwen3.5-Tiny"


@pytest.fixture
def hub(monkeypatch) -> Iterator[Hub]:
    fake = Hub()
    fake.add_repo(REPO, tiny_checkpoint("gqa1-tied"), extra={"README.md": b"# not needed"})
    with serve(fake) as running:
        monkeypatch.setenv("HF_ENDPOINT", running.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
        yield running


@pytest.fixture
def store(tmp_path) -> ModelStore:
    return ModelStore(tmp_path / "models", retry_delays=(0.01, 0.01))


def safetensors_size(hub: Hub) -> int:
    return len(hub.repos[REPO]["model.safetensors"])


def staged(store: ModelStore, name: str) -> Path:
    return store.root / ".downloads" / f"{REPO.replace('/', '--')}@{COMMIT}" / name


def assert_nothing_installed(store: ModelStore) -> None:
    assert store.installed() == []
    assert [p.name for p in store.root.iterdir()] in ([], [".downloads"])


@pytest.mark.timeout(60)
def test_download_converts_and_installs(hub, store) -> None:
    progress: list[tuple[str, float]] = []
    info = store.download(REPO, progress=lambda stage, fraction, detail: progress.append((stage, fraction)))
    assert (info.name, info.source, info.weights) == ("Qwen3.5-Tiny-fp32", f"{REPO}@{COMMIT}", "fp32")
    assert info.has_vision and info.problem == ""
    assert store.installed() == [info]
    ModelPackage.open(Path(info.path)).verify()
    assert hub.gets("README.md") == []  # only what a conversion reads is fetched
    stages = [stage for stage, _ in progress]
    assert stages[0] == "download" and stages[-1] == "convert" and progress[-1][1] == 1.0
    downloads = [f for s, f in progress if s == "download"]
    assert downloads == sorted(downloads) and all(0 <= f <= 1 for _, f in progress)
    assert not (store.root / ".downloads" / f"{REPO.replace('/', '--')}@{COMMIT}").exists()


@pytest.mark.timeout(60)
def test_a_connection_cut_halfway_resumes_where_it_stopped(hub, store) -> None:
    hub.cuts["model.safetensors"] = 1
    info = store.download(REPO)
    ranges = hub.gets("model.safetensors")
    assert ranges[0] is None and len(ranges) == 2
    resumed_at = int(ranges[1].removeprefix("bytes=").rstrip("-"))  # type: ignore[union-attr]
    assert 0 < resumed_at < safetensors_size(hub)
    ModelPackage.open(Path(info.path)).verify()


@pytest.mark.timeout(60)
def test_an_interrupted_download_resumes_on_the_next_attempt(hub, store) -> None:
    hub.cuts["model.safetensors"] = 1  # half the file arrives, then the server stops answering
    hub.down_after["model.safetensors"] = 1
    with pytest.raises(UserError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.DOWNLOAD_FAILED
    assert "continues where it stopped" in caught.value.message
    assert_nothing_installed(store)
    part = staged(store, "model.safetensors" + PART_SUFFIX)
    kept = part.stat().st_size
    assert 0 < kept < safetensors_size(hub)

    hub.down_after.clear()
    hub.requests.clear()
    info = store.download(REPO)
    assert hub.gets("model.safetensors") == [f"bytes={kept}-"]
    assert hub.gets("config.json") == []  # finished files are not fetched again
    ModelPackage.open(Path(info.path)).verify()


@pytest.mark.timeout(60)
def test_a_cancelled_download_resumes_later(hub, store) -> None:
    cancel = threading.Event()
    hub.pause = 0.01  # slow enough for progress reports in the middle of the weights

    def stop_in_the_weights(stage: str, fraction: float, detail: str) -> None:
        if detail.startswith("model.safetensors"):
            cancel.set()

    with pytest.raises(UserError) as caught:
        store.download(REPO, progress=stop_in_the_weights, cancel=cancel)
    assert caught.value.code == ErrorCode.CANCELLED
    assert_nothing_installed(store)
    assert staged(store, "model.safetensors" + PART_SUFFIX).stat().st_size > 0
    hub.pause = 0.0
    hub.requests.clear()
    store.download(REPO)
    assert hub.gets("model.safetensors")[0] is not None  # a Range: it resumed


@pytest.mark.timeout(60)
def test_a_corrupted_file_is_a_checksum_error_and_is_fetched_again(hub, store) -> None:
    hub.corrupt.add("model.safetensors")
    with pytest.raises(UserError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.CHECKSUM_MISMATCH
    assert "model.safetensors" in caught.value.message and "try again" in caught.value.message
    assert_nothing_installed(store)
    assert not staged(store, "model.safetensors" + PART_SUFFIX).exists()
    assert not staged(store, "model.safetensors").exists()

    hub.corrupt.clear()
    hub.requests.clear()
    store.download(REPO)
    assert hub.gets("model.safetensors") == [None]  # from the start: the bad bytes were dropped


@pytest.mark.timeout(60)
def test_a_corrupted_small_file_is_caught_by_its_git_hash(hub, store) -> None:
    hub.corrupt.add("tokenizer.json")
    with pytest.raises(UserError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.CHECKSUM_MISMATCH and "tokenizer.json" in caught.value.message


@pytest.mark.timeout(60)
def test_offline_mode_refuses_before_any_request(hub, store, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(UserError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.OFFLINE
    assert hub.requests == []


@pytest.mark.timeout(60)
def test_an_unknown_repository(hub, store) -> None:
    with pytest.raises(UserError) as caught:
        store.download("test-org/Nothing-Here")
    assert caught.value.code == ErrorCode.DOWNLOAD_FAILED
    assert "no model named test-org/Nothing-Here" in caught.value.message


@pytest.mark.timeout(60)
def test_not_enough_disk_is_found_before_the_weights_are_fetched(hub, tmp_path) -> None:
    store = ModelStore(tmp_path / "models", disk_free=lambda path: 50 << 20)
    with pytest.raises(UserError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.NOT_ENOUGH_DISK
    assert "only 52 MB is free" in caught.value.message
    assert hub.gets("model.safetensors") == []
    assert_nothing_installed(store)


@pytest.mark.timeout(90)
def test_download_through_the_worker(hub, tmp_path) -> None:
    """The worker inherits HF_ENDPOINT from the GUI's environment and reports progress."""
    events: queue.Queue[Event] = queue.Queue()
    client = BlockingClient(WorkerClient())
    try:
        client.start(on_event=events.put)
        rid = "download-1"
        client.send(DownloadModel(rid, REPO, store_dir=str(tmp_path / "models")))
        seen: list[Event] = []
        while not (seen and ends_request(seen[-1]) and getattr(seen[-1], "request_id", None) == rid):
            seen.append(events.get(timeout=60))
    finally:
        client.shutdown()
    assert isinstance(seen[-1], ModelInstalled), seen[-1]
    assert seen[-1].model.source == f"{REPO}@{COMMIT}"
    stages = {e.stage for e in seen if isinstance(e, Progress)}
    assert {"download", "convert"} <= stages
    assert os.environ["HF_ENDPOINT"] == hub.url


@pytest.mark.timeout(60)
def test_a_hub_that_cannot_be_reached_is_named(store, monkeypatch) -> None:
    with socket.socket() as probe:  # a local port nothing listens on
        probe.bind(("127.0.0.1", 0))
        host = f"127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setenv("HF_ENDPOINT", f"http://{host}")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    with pytest.raises(UserError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.HUB_UNREACHABLE
    assert caught.value.message.startswith(f"could not reach {host}: check the connection, or import")
    assert_nothing_installed(store)


def test_an_abandoned_download_folder_is_removed_and_a_recent_one_kept(hub, tmp_path) -> None:
    from runtime.store.store import ABANDONED_SECONDS

    downloads = tmp_path / "models" / ".downloads"
    abandoned, recent = downloads / "org--gone@0123abcd", downloads / "org--paused@4567cdef"
    for folder in (abandoned, recent):
        folder.mkdir(parents=True)
        (folder / ("model.safetensors" + PART_SUFFIX)).write_bytes(b"half a file")
    long_ago = time.time() - ABANDONED_SECONDS - 3600
    for path in (abandoned, *abandoned.iterdir()):
        os.utime(path, (long_ago, long_ago))
    ModelStore(tmp_path / "models")
    assert not abandoned.exists()
    assert (recent / ("model.safetensors" + PART_SUFFIX)).read_bytes() == b"half a file"  # still resumable


@pytest.mark.timeout(60)
def test_a_new_download_removes_the_folder_of_a_superseded_commit(hub, store) -> None:
    superseded = store.root / ".downloads" / f"{REPO.replace('/', '--')}@{'0' * 40}"
    superseded.mkdir(parents=True)
    (superseded / ("model.safetensors" + PART_SUFFIX)).write_bytes(b"from an older commit")
    store.download(REPO)
    assert not superseded.exists()


DOWNLOAD_TO_A_FULL_DISK = """
import json, sys
from pathlib import Path
from runtime.errors import UserError
from runtime.store import ModelStore
store = ModelStore(Path(sys.argv[1]), disk_free=lambda path: 1 << 40)  # fooled, or filled since
try:
    store.download(sys.argv[2])
except UserError as e:
    print(json.dumps({"code": e.code, "message": e.message}))
"""


@pytest.mark.timeout(120)
def test_a_full_disk_during_a_download_says_how_much_is_needed_and_where(hub, tmp_path) -> None:
    if reason := small_disk.why_not():
        pytest.skip(reason)
    disk = tmp_path / "disk"
    disk.mkdir()
    done = small_disk.run_python(disk, "512k", DOWNLOAD_TO_A_FULL_DISK, str(disk), REPO)
    assert done.returncode == 0, done.stderr
    error = json.loads(done.stdout)
    assert error["code"] == ErrorCode.NOT_ENOUGH_DISK, error
    assert re.fullmatch(rf"The disk is full: \d+ MB needed at {re.escape(str(disk))}\. .*", error["message"])
