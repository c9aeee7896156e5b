"""Downloads from a local stand-in for the Hugging Face hub, reached through `HF_ENDPOINT`.

The stand-in (127.0.0.1 only) answers the calls `huggingface_hub` makes for a download: the
revision's commit (`/api/models/<repo>/revision/<rev>`), the file tree with sizes and hashes
(`/tree/<commit>`: git blob sha1 for every file, sha256 under `lfs` for LFS files), and the files
at `/<repo>/resolve/<commit>/<path>` with HTTP Range. It can cut a connection halfway through a
file or serve corrupted bytes, and it records every request, so the tests see resumes as Range
headers.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from runtime.package import ModelPackage
from runtime.protocol import DownloadModel, ErrorCode, Event, ModelInstalled, Progress, ends_request
from runtime.store import ModelStore, StoreError
from runtime.store.hub import PART_SUFFIX
from runtime.worker import WorkerClient

sys.path.insert(0, str(Path(__file__).parent))
from tiny_models import tiny_checkpoint

REPO = "test-org/Qwen3.5-Tiny"

COMMIT = "0123456789abcdef0123456789abcdef01234567"
LFS_SUFFIXES = (".safetensors",)


@dataclass
class Hub:
    repos: dict[str, dict[str, bytes]] = field(default_factory=dict)  # repo -> path -> bytes
    cuts: dict[str, int] = field(default_factory=dict)  # path -> how many more GETs to cut halfway
    down_after: dict[str, int] = field(default_factory=dict)  # path -> GETs served before it goes down
    corrupt: set[str] = field(default_factory=set)
    pause: float = 0.0  # seconds between 64 KiB pieces of a file
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, path, Range
    url: str = ""

    def add_repo(self, repo_id: str, folder: Path, extra: dict[str, bytes] | None = None) -> None:
        files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
        self.repos[repo_id] = files | (extra or {})

    def gets(self, name: str) -> list[str | None]:
        """The Range headers of the GETs of file `name`."""
        return [r for method, path, r in self.requests if method == "GET" and path.endswith("/" + name)]

    def tree(self, repo_id: str) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = []
        for path, data in self.repos[repo_id].items():
            blob = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
            entry: dict[str, object] = {"type": "file", "oid": blob, "size": len(data), "path": path}
            if path.endswith(LFS_SUFFIXES):
                sha = hashlib.sha256(data).hexdigest()
                entry["lfs"] = {"oid": sha, "size": len(data), "pointerSize": 134}
            entries.append(entry)
        return entries


def _handler(hub: Hub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def do_GET(self) -> None:
            self._serve(body=True)

        def _serve(self, body: bool) -> None:
            path = urlsplit(self.path).path
            hub.requests.append((self.command, path, self.headers.get("Range")))
            if path.startswith("/api/models/"):
                return self._api(path[len("/api/models/") :])
            repo_id, sep, rest = path.lstrip("/").partition("/resolve/")
            if not sep or repo_id not in hub.repos:
                return self._missing("RepoNotFound")
            _, _, name = rest.partition("/")
            if name not in hub.repos[repo_id]:
                return self._missing("EntryNotFound")
            if body and len(hub.gets(name)) > hub.down_after.get(name, len(hub.requests)):
                self.close_connection = True  # no response at all: the connection just drops
                return
            self._file(name, hub.repos[repo_id][name], body)

        def _api(self, rest: str) -> None:
            for repo_id in hub.repos:
                if rest.startswith(repo_id + "/revision/"):
                    siblings = [{"rfilename": p} for p in hub.repos[repo_id]]
                    return self._json({"id": repo_id, "sha": COMMIT, "siblings": siblings})
                if rest.startswith(repo_id + "/tree/"):
                    return self._json(hub.tree(repo_id))
            self._missing("RepoNotFound")

        def _json(self, data: object) -> None:
            raw = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def _missing(self, code: str) -> None:
            self.send_response(404)
            self.send_header("X-Error-Code", code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _file(self, name: str, data: bytes, body: bool) -> None:
            if name in hub.corrupt:
                data = bytes([data[0] ^ 0xFF]) + data[1:]
            start = 0
            if body and (range_header := self.headers.get("Range")):
                start = int(range_header.removeprefix("bytes=").split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.send_header("ETag", f'"{hashlib.sha256(data).hexdigest()}"')
            self.send_header("X-Repo-Commit", COMMIT)
            self.end_headers()
            if not body:
                return
            payload = data[start:]
            if hub.cuts.get(name, 0) > 0:
                hub.cuts[name] -= 1
                payload = payload[: len(payload) // 2]  # then the connection drops
            for at in range(0, len(payload), 1 << 16):
                self.wfile.write(payload[at : at + (1 << 16)])
                self.wfile.flush()
                time.sleep(hub.pause)

    return Handler


@contextmanager
def serve(hub: Hub) -> Iterator[Hub]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hub))
    server.daemon_threads = True
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


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
    with pytest.raises(StoreError) as caught:
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

    with pytest.raises(StoreError) as caught:
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
    with pytest.raises(StoreError) as caught:
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
    with pytest.raises(StoreError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.CHECKSUM_MISMATCH and "tokenizer.json" in caught.value.message


@pytest.mark.timeout(60)
def test_offline_mode_refuses_before_any_request(hub, store, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(StoreError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.OFFLINE
    assert hub.requests == []


@pytest.mark.timeout(60)
def test_an_unknown_repository(hub, store) -> None:
    with pytest.raises(StoreError) as caught:
        store.download("test-org/Nothing-Here")
    assert caught.value.code == ErrorCode.DOWNLOAD_FAILED
    assert "no model named test-org/Nothing-Here" in caught.value.message


@pytest.mark.timeout(60)
def test_not_enough_disk_is_found_before_the_weights_are_fetched(hub, tmp_path) -> None:
    store = ModelStore(tmp_path / "models", disk_free=lambda path: 50 << 20)
    with pytest.raises(StoreError) as caught:
        store.download(REPO)
    assert caught.value.code == ErrorCode.NOT_ENOUGH_DISK
    assert "only 52 MB is free" in caught.value.message
    assert hub.gets("model.safetensors") == []
    assert_nothing_installed(store)


@pytest.mark.timeout(90)
def test_download_through_the_worker(hub, tmp_path) -> None:
    """The worker inherits HF_ENDPOINT from the GUI's environment and reports progress."""
    events: queue.Queue[Event] = queue.Queue()
    client = WorkerClient()
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
