"""The model store on disk: imports, checks, deletion, leftovers, and the worker's store lane."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from devtools import small_disk
from devtools.tiny_models import tiny_checkpoint
from runtime.errors import UserError
from runtime.package import ModelPackage
from runtime.protocol import (
    DeleteModel,
    Error,
    ErrorCode,
    Event,
    ImportModel,
    ListModels,
    ModelDeleted,
    ModelInstalled,
    ModelList,
    VerifyModel,
    ends_request,
)
from runtime.store import ModelStore, default_store_dir
from runtime.worker.lanes import Lane
from runtime.worker.store_jobs import StoreJobs


@pytest.fixture
def store(tmp_path) -> ModelStore:
    return ModelStore(tmp_path / "models")


def code_of(call) -> str:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value.code


def flip_a_byte(path: Path, at: int = 100) -> None:
    with open(path, "r+b") as f:
        f.seek(at)
        byte = f.read(1)
        f.seek(at)
        f.write(bytes([byte[0] ^ 0xFF]))


def test_import_a_hugging_face_folder_converts_it(store) -> None:
    progress: list[tuple[str, float]] = []
    src = tiny_checkpoint("gqa1-tied")
    info = store.import_folder(src, progress=lambda stage, fraction, _: progress.append((stage, fraction)))
    assert info.name == f"{src.name}-fp32"
    assert (info.weights, info.source, info.has_vision, info.problem) == (
        "fp32",
        str(src.resolve()),
        True,
        "",
    )
    assert info.size_bytes > 0 and info.created_at
    assert store.installed() == [info]
    ModelPackage.open(Path(info.path)).verify()
    assert progress[-1] == ("convert", 1.0)
    assert sorted(p.name for p in store.root.iterdir()) == [info.name]  # nothing else left behind


def test_import_an_oriel_package_copies_and_checks_it(store, packages) -> None:
    progress: list[str] = []
    info = store.import_folder(
        packages("gqa1-tied"), name="tiny", progress=lambda s, f, d: progress.append(s)
    )
    assert info.name == "tiny" and set(progress) == {"copy"}
    store.verify("tiny")
    original = ModelPackage.open(packages("gqa1-tied")).manifest
    assert ModelPackage.open(Path(info.path)).manifest == original


def test_a_damaged_package_is_not_imported(store, packages, tmp_path) -> None:
    damaged = tmp_path / "damaged"
    shutil.copytree(packages("gqa1-tied"), damaged)
    flip_a_byte(damaged / "decoder.onnx.data")
    with pytest.raises(UserError) as caught:
        store.import_package(damaged)
    assert caught.value.code == ErrorCode.MODEL_DAMAGED
    assert "decoder.onnx.data does not match its checksum" in caught.value.message
    assert list(store.root.iterdir()) == []


def test_verify_finds_a_changed_byte_and_the_list_a_missing_file(store, packages) -> None:
    info = store.import_package(packages("gqa1-tied"), name="tiny")
    path = Path(info.path)
    flip_a_byte(path / "decoder.onnx.data")
    assert store.installed()[0].problem == ""  # the list checks sizes only: it must stay fast
    assert code_of(lambda: store.verify("tiny")) == ErrorCode.MODEL_DAMAGED
    (path / "tokenizer.json").unlink()
    assert "tokenizer.json is missing" in store.installed()[0].problem
    assert code_of(lambda: store.verify("tiny")) == ErrorCode.MODEL_DAMAGED


def test_delete(store, packages) -> None:
    store.import_package(packages("gqa1-tied"), name="tiny")
    store.delete("tiny")
    assert store.installed() == [] and list(store.root.iterdir()) == []
    assert code_of(lambda: store.delete("tiny")) == ErrorCode.MODEL_NOT_FOUND


def test_names_must_be_new_and_plain(store, packages) -> None:
    store.import_package(packages("gqa1-tied"), name="tiny")
    assert code_of(lambda: store.import_package(packages("gqa1-tied"), name="tiny")) == ErrorCode.MODEL_EXISTS
    for bad in ("../escape", "a/b", ".hidden", "x" * 101):
        assert code_of(lambda bad=bad: store.import_package(packages("gqa1-tied"), name=bad)) == (
            ErrorCode.INVALID_REQUEST
        )


def test_what_is_not_a_model_is_refused(store, tmp_path) -> None:
    (tmp_path / "photos").mkdir()
    assert code_of(lambda: store.import_folder(tmp_path / "photos")) == ErrorCode.CONVERSION_FAILED
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(UserError, match=r"Qwen3\.5"):
        store.import_folder(tmp_path / "other")
    assert (
        code_of(lambda: store.import_folder(tmp_path / "other", weights="fp8")) == ErrorCode.INVALID_REQUEST
    )


def test_not_enough_disk_is_refused_before_writing(tmp_path, packages) -> None:
    store = ModelStore(tmp_path / "models", disk_free=lambda path: 1 << 20)
    for call in (
        lambda: store.import_checkpoint(tiny_checkpoint("gqa1-tied")),
        lambda: store.import_package(packages("gqa1-tied")),
    ):
        with pytest.raises(UserError) as caught:
            call()
        assert caught.value.code == ErrorCode.NOT_ENOUGH_DISK
        assert "choose another models folder" in caught.value.message
    assert list(store.root.iterdir()) == []


def test_a_cancelled_conversion_leaves_nothing(store) -> None:
    cancel = threading.Event()
    with pytest.raises(UserError) as caught:
        store.import_checkpoint(
            tiny_checkpoint("gqa1-tied"), progress=lambda stage, fraction, _: cancel.set(), cancel=cancel
        )
    assert caught.value.code == ErrorCode.CANCELLED
    assert list(store.root.iterdir()) == []


def test_leftovers_of_dead_processes_are_swept(tmp_path) -> None:
    root = tmp_path / "models"
    root.mkdir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = int(gone.stdout)
    leftovers = [f".tiny.partial-{dead}", f".tiny.staging-{dead}", f".old.deleting-{dead}"]
    kept = [f".busy.partial-{os.getpid()}", ".downloads", "tiny"]
    for name in leftovers + kept:
        (root / name).mkdir()
    ModelStore(root)
    assert sorted(p.name for p in root.iterdir()) == sorted(kept)


def test_the_default_folder_is_in_the_users_data_dir() -> None:
    assert default_store_dir().name == "models" and "Oriel" in str(default_store_dir())


class StoreLane:
    """The worker's store lane in-process, with `loaded` standing for the model lane's package."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.loaded: str | None = None
        self.done = threading.Condition()
        self.lane = Lane("store", StoreJobs(self._emit, loaded_package=lambda: self.loaded).run, self._emit)

    def _emit(self, event: Event) -> None:
        with self.done:
            self.events.append(event)
            self.done.notify_all()

    def run(self, request) -> Event:
        self.lane.submit(request)

        def answered() -> bool:
            last = self.events[-1] if self.events else None
            return (
                last is not None
                and ends_request(last)
                and getattr(last, "request_id", None) == request.request_id
            )

        with self.done:
            self.done.wait_for(answered, 30)
        return self.events[-1]


@pytest.mark.timeout(60)
def test_store_requests_in_the_worker(tmp_path, packages) -> None:
    lane = StoreLane()
    try:
        folder = str(tmp_path / "models")
        installed = lane.run(ImportModel("i", str(packages("gqa1-tied")), name="tiny", store_dir=folder))
        assert isinstance(installed, ModelInstalled) and installed.model.name == "tiny"
        listed = lane.run(ListModels("l", store_dir=folder))
        assert isinstance(listed, ModelList) and [m.name for m in listed.models] == ["tiny"]
        assert listed.store_dir == folder
        assert lane.run(VerifyModel("v", "tiny", store_dir=folder)).__class__.__name__ == "ModelVerified"

        lane.loaded = installed.model.path
        refused = lane.run(DeleteModel("d1", "tiny", store_dir=folder))
        assert isinstance(refused, Error) and refused.code == ErrorCode.MODEL_IN_USE
        lane.loaded = None
        assert isinstance(lane.run(DeleteModel("d2", "tiny", store_dir=folder)), ModelDeleted)
        missing = lane.run(VerifyModel("v2", "tiny", store_dir=folder))
        assert isinstance(missing, Error) and missing.code == ErrorCode.MODEL_NOT_FOUND
    finally:
        lane.lane.stop(5.0)


FILL_THE_DISK = """
import json, sys
from pathlib import Path
from runtime.errors import UserError
from runtime.store import ModelStore
store = ModelStore(Path(sys.argv[1]) / "models", disk_free=lambda path: 1 << 40)  # fooled, or filled since
try:
    getattr(store, sys.argv[2])(Path(sys.argv[3]))
except UserError as e:
    print(json.dumps({"code": e.code, "message": e.message}))
"""


@pytest.mark.parametrize("job", ["import_checkpoint", "import_package"])
def test_a_full_disk_during_an_import_says_how_much_is_needed_and_where(tmp_path, packages, job) -> None:
    if reason := small_disk.why_not():
        pytest.skip(reason)
    disk = tmp_path / "disk"
    disk.mkdir()
    src = tiny_checkpoint("gqa1-tied") if job == "import_checkpoint" else packages("gqa1-tied")
    done = small_disk.run_python(disk, "512k", FILL_THE_DISK, str(disk), job, str(src))
    assert done.returncode == 0, done.stderr
    error = json.loads(done.stdout)
    assert error["code"] == ErrorCode.NOT_ENOUGH_DISK, error
    assert re.fullmatch(
        rf"The disk is full: \d+ MB needed at {re.escape(str(disk / 'models'))}\. .*", error["message"]
    )
