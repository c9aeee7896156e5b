"""Crafted folders, graphs and hubs cannot make Oriel read, write or empty a file outside its place.

Each case plants a victim file next to the store (`chats.sqlite3`, as the user's conversations
would be), hands Oriel something whose names point at it (a package manifest, a safetensors
index, an ONNX external-data location, a hub's file list or commit), and checks that the job is
refused with a message naming the problem, that the victim is byte for byte what it was, and that
nothing was installed. runtime/contained_paths.py is the one check they all go through.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import onnx
import pytest

from devtools.fake_hub import Hub, serve
from devtools.tiny_models import tiny_checkpoint
from runtime.contained_paths import UnsafePath, check_name, inside
from runtime.convert.checkpoint import Checkpoint, CheckpointError
from runtime.convert.converter import convert
from runtime.errors import UserError
from runtime.generate.session import DecoderSession
from runtime.package import DECODER, MANIFEST, ModelPackage, PackageError
from runtime.protocol import ErrorCode
from runtime.speech.package import download_speech_model, import_speech_folder
from runtime.store import ModelStore

pytestmark = pytest.mark.timeout(60)
VICTIM_BYTES = b"SQLite format 3\x00 the user's conversations"
REPO = "test-org/Qwen3.5-Tiny"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "chats.sqlite3"
    path.write_bytes(VICTIM_BYTES)
    return path


@pytest.fixture
def store(tmp_path: Path) -> ModelStore:
    return ModelStore(tmp_path / "models", retry_delays=(0.01,))


def assert_untouched(victim: Path, store: ModelStore) -> None:
    assert victim.read_bytes() == VICTIM_BYTES
    assert store.installed() == []


def hostile_package(packages, tmp_path: Path, edit) -> Path:
    """A copy of a real package (in tmp/incoming/) whose manifest `edit(files)` rewrote."""
    folder = tmp_path / "incoming" / "tiny"
    shutil.copytree(packages("gqa1-tied"), folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    edit(manifest)
    (folder / MANIFEST).write_text(json.dumps(manifest))
    return folder


def entry_for(data: bytes) -> dict[str, object]:
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


# -- the names themselves --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../chats.sqlite3", "leads out of its folder"),
        ("onnx/../../chats.sqlite3", "leads out of its folder"),
        ("/etc/passwd", "an absolute path"),
        ("C:/Users/me/chats.sqlite3", "an absolute path"),
        ("..\\chats.sqlite3", "backslash"),
        ("", "empty"),
        ("a\x00b", "NUL"),
    ],
)
def test_names_that_could_leave_their_folder_are_refused(tmp_path, name, why) -> None:
    with pytest.raises(UnsafePath, match=why):
        inside(tmp_path, name, "the test manifest")


def test_ordinary_names_pass(tmp_path) -> None:
    assert check_name("onnx/encoder_model.onnx", "a hub") == "onnx/encoder_model.onnx"
    assert inside(tmp_path, "decoder.onnx.data", "a graph") == tmp_path / "decoder.onnx.data"


def test_a_hugging_face_cache_snapshot_may_link_into_its_blobs(tmp_path) -> None:
    repo = tmp_path / "hub" / "models--org--name"
    (repo / "blobs").mkdir(parents=True)
    (repo / "blobs" / "abc").write_text("{}")
    snapshot = repo / "snapshots" / ("0" * 40)
    snapshot.mkdir(parents=True)
    (snapshot / "config.json").symlink_to("../../blobs/abc")
    assert inside(snapshot, "config.json", "a checkpoint") == snapshot / "config.json"
    (snapshot / "escape.json").symlink_to(tmp_path)
    with pytest.raises(UnsafePath, match="outside"):
        inside(snapshot, "escape.json", "a checkpoint")


# -- package manifests -----------------------------------------------------------------------------


def test_a_manifest_naming_a_file_beside_the_store_does_not_empty_it(packages, tmp_path, victim, store):
    # From the store's scratch folder (models/.tiny.partial-N/) and from incoming/tiny/, two levels
    # up is tmp_path: before the check, the import opened the victim for reading and for writing.
    def edit(manifest):
        manifest["files"]["../../chats.sqlite3"] = entry_for(VICTIM_BYTES)

    src = hostile_package(packages, tmp_path, edit)
    with pytest.raises(UserError, match=r"'\.\./\.\./chats\.sqlite3', which leads out of its folder") as e:
        store.import_folder(src)
    assert e.value.code == ErrorCode.MODEL_DAMAGED
    assert_untouched(victim, store)


def test_a_manifest_naming_an_absolute_path_does_not_overwrite_it(packages, tmp_path, victim, store):
    def edit(manifest):
        manifest["files"][str(victim)] = entry_for(VICTIM_BYTES)

    src = hostile_package(packages, tmp_path, edit)
    with pytest.raises(UserError, match="an absolute path"):
        store.import_folder(src)
    assert_untouched(victim, store)


def test_a_manifest_graph_outside_the_package_is_refused(packages, tmp_path) -> None:
    def edit(manifest):
        manifest["graphs"]["decoder"] = "../../elsewhere/decoder.onnx"

    with pytest.raises(PackageError, match="leads out of its folder"):
        ModelPackage.open(hostile_package(packages, tmp_path, edit))


def test_a_symlink_out_of_the_package_is_not_followed(packages, tmp_path, victim, store) -> None:
    def edit(manifest):
        manifest["files"]["tokenizer.json"] = entry_for(VICTIM_BYTES)

    src = hostile_package(packages, tmp_path, edit)
    (src / "tokenizer.json").unlink()
    (src / "tokenizer.json").symlink_to(victim)
    with pytest.raises(UserError, match=r"'tokenizer\.json', which is a link to .*chats\.sqlite3, outside"):
        store.import_folder(src)
    assert_untouched(victim, store)


@pytest.mark.timeout(20)  # before the check, reading the FIFO blocked until this timeout
def test_a_fifo_in_the_package_is_refused_before_it_is_read(packages, tmp_path, store) -> None:
    def edit(manifest):
        manifest["files"]["tokenizer.json"] = {"size": 0, "sha256": hashlib.sha256(b"").hexdigest()}

    src = hostile_package(packages, tmp_path, edit)
    (src / "tokenizer.json").unlink()
    os.mkfifo(src / "tokenizer.json")
    with pytest.raises(UserError, match="a device, pipe or socket, not a regular file"):
        store.import_folder(src)
    assert store.installed() == []


def test_a_link_to_a_device_is_refused(packages, tmp_path, store) -> None:
    def edit(manifest):
        manifest["files"]["tokenizer.json"] = {"size": 0, "sha256": hashlib.sha256(b"").hexdigest()}

    src = hostile_package(packages, tmp_path, edit)
    (src / "tokenizer.json").unlink()
    (src / "tokenizer.json").symlink_to("/dev/zero")
    with pytest.raises(UserError, match="outside"):
        store.import_folder(src)
    assert store.installed() == []


def test_a_manifest_without_a_hash_is_not_imported(packages, tmp_path, store) -> None:
    def edit(manifest):
        del manifest["files"]["tokenizer.json"]["sha256"]

    with pytest.raises(UserError, match=r"tokenizer\.json has no sha256") as e:
        store.import_folder(hostile_package(packages, tmp_path, edit))
    assert e.value.code == ErrorCode.MODEL_DAMAGED
    assert store.installed() == []


def test_a_file_that_does_not_match_its_hash_is_not_imported(packages, tmp_path, store) -> None:
    src = hostile_package(packages, tmp_path, lambda manifest: None)
    data = bytearray((src / "tokenizer.json").read_bytes())
    data[0] ^= 0xFF
    (src / "tokenizer.json").write_bytes(bytes(data))
    with pytest.raises(UserError, match=r"tokenizer\.json does not match its checksum"):
        store.import_folder(src)
    assert store.installed() == [] and [p.name for p in store.root.iterdir()] == []


def test_a_speech_folder_linking_out_is_not_installed(tmp_path, victim, store) -> None:
    folder = tmp_path / "incoming" / "whisper"
    (folder / "onnx").mkdir(parents=True)
    for name in ("config.json", "generation_config.json", "preprocessor_config.json", "tokenizer.json"):
        (folder / name).write_text('{"model_type": "whisper"}')
    (folder / "onnx" / "decoder_model_merged.onnx").write_bytes(b"graph")
    (folder / "onnx" / "encoder_model.onnx").symlink_to(victim)
    with pytest.raises(UserError, match=r"which is a link to .*chats\.sqlite3, outside"):
        import_speech_folder(store, folder, weights="fp32")
    assert_untouched(victim, store)


# -- checkpoints: the safetensors index ------------------------------------------------------------


def hostile_checkpoint(tmp_path: Path, shard: str) -> Path:
    folder = tmp_path / "incoming" / "ckpt"
    shutil.copytree(tiny_checkpoint("gqa1-tied"), folder)
    header = Checkpoint(folder)
    weights = folder / "model.safetensors"
    outside = tmp_path / "secret.safetensors"  # a real shard, but not this folder's
    weights.rename(outside)
    index = {"metadata": {}, "weight_map": dict.fromkeys(header.names(), shard)}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    return folder


@pytest.mark.parametrize("where", ["relative", "absolute"])
def test_a_weight_map_naming_a_shard_outside_the_checkpoint_is_refused(tmp_path, store, where) -> None:
    shard = "../../secret.safetensors" if where == "relative" else str(tmp_path / "secret.safetensors")
    folder = hostile_checkpoint(tmp_path, shard)
    with pytest.raises(CheckpointError, match=r"model\.safetensors\.index\.json names"):
        Checkpoint(folder)
    with pytest.raises(UserError, match=r"could not be converted: model\.safetensors\.index\.json names"):
        store.import_folder(folder)
    assert store.installed() == []


# -- ONNX external data ----------------------------------------------------------------------------


def with_outside_weights(package: Path, tmp_path: Path) -> Path:
    """`package`'s copy whose decoder points every external initializer at a file beside it."""
    folder = tmp_path / "relocated"
    shutil.copytree(package, folder)
    (folder / f"{DECODER}.data").rename(tmp_path / "outside.data")
    model = onnx.load(str(folder / DECODER), load_external_data=False)
    for tensor in model.graph.initializer:
        for entry in tensor.external_data:
            if entry.key == "location":
                entry.value = "../outside.data"
    onnx.save(model, str(folder / DECODER))
    return folder


def test_a_graph_whose_weights_live_outside_its_package_is_not_opened(packages, tmp_path) -> None:
    folder = with_outside_weights(packages("gqa1-tied"), tmp_path)
    package = ModelPackage(folder, json.loads((folder / MANIFEST).read_text()))  # as if the hashes matched
    with pytest.raises(UnsafePath, match=r"external data of .* names '\.\./outside\.data', which leads out"):
        DecoderSession(package, provider="cpu", ops="portable")


@pytest.fixture(scope="module")
def int4_package(tmp_path_factory) -> Path:
    return convert(tiny_checkpoint("gqa1-tied"), tmp_path_factory.mktemp("int4") / "tiny", weights="int4")


def test_the_dequantize_lowering_does_not_read_weights_outside_the_package(int4_package, tmp_path) -> None:
    import onnxruntime as ort

    from runtime.graph.lowering import PORTABLE, lowered_graph_path

    folder = with_outside_weights(int4_package, tmp_path)
    with pytest.raises(UnsafePath, match="which leads out"):
        lowered_graph_path(folder / DECODER, PORTABLE, ort.__version__, dequantize=True)


# -- the hub: paths and commit ids ------------------------------------------------------------------


@pytest.fixture
def hub(monkeypatch) -> Iterator[Hub]:
    with serve(Hub()) as running:
        monkeypatch.setenv("HF_ENDPOINT", running.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
        yield running


def test_a_hub_path_leading_out_of_the_download_folder_is_refused(hub, tmp_path, store) -> None:
    victim = tmp_path / "encoder_model.onnx"  # named so that the speech patterns pick the hostile path
    victim.write_bytes(VICTIM_BYTES)
    files = {name: b"{}" for name in ("config.json", "generation_config.json", "preprocessor_config.json")}
    files["tokenizer.json"] = b"{}"
    # .downloads/<repo>@<commit>/onnx/../../../../ is tmp_path
    files["onnx/../../../../encoder_model.onnx"] = b"the hub's bytes"
    files["onnx/decoder_model_merged.onnx"] = b"graph"
    hub.repos["onnx-community/whisper-evil"] = files
    hub.anything = b"the hub's bytes"  # whatever URL the client makes of the path, it gets them
    with pytest.raises(UserError, match="leads out of its folder") as e:
        download_speech_model(store, "onnx-community/whisper-evil", weights="fp32")
    assert e.value.code == ErrorCode.DOWNLOAD_FAILED
    assert victim.read_bytes() == VICTIM_BYTES
    assert store.installed() == []


@pytest.mark.parametrize("commit", ["../../../../outside", "main", "0123456789ABCDEF" * 3, ""])
def test_a_commit_that_is_not_a_commit_id_is_refused(hub, tmp_path, store, commit) -> None:
    hub.add_repo(REPO, tiny_checkpoint("gqa1-tied"))
    hub.commit = commit
    with pytest.raises(UserError, match="is not a git commit id") as e:
        store.download(REPO)
    assert e.value.code == ErrorCode.DOWNLOAD_FAILED
    assert not (tmp_path / "outside").exists()
    assert not (store.root / ".downloads").exists() or list((store.root / ".downloads").iterdir()) == []


@pytest.mark.parametrize("repo_id", ["../escape", "org/..", "org/../../x", "/abs/path"])
def test_a_repo_id_that_could_name_a_folder_outside_is_refused(hub, store, repo_id) -> None:
    with pytest.raises(UserError, match="is not a Hugging Face model id") as e:
        store.download(repo_id, name="x")
    assert e.value.code == ErrorCode.INVALID_REQUEST
