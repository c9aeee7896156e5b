"""Saved states on disk: the file a safetensors reader opens, atomic writes, a bounded folder, and
files that cannot be used (truncated, damaged, from another model or prefix) ignored with a clean
prefill from scratch."""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from safetensors import safe_open
from safetensors.numpy import load_file

from runtime.generate.engine import Engine, Finish, GenerationConfig, Prompt, TokenEvent
from runtime.generate.session import DecoderSession
from runtime.generate.state_file import (
    FORMAT,
    SavedState,
    StateFileError,
    package_identity,
    prefix_digest,
    read_state,
    write_state,
)
from runtime.generate.state_store import StateStore
from runtime.package import ModelPackage
from runtime.protocol import Sampling

CONFIG = GenerationConfig(4, Sampling.greedy())


@pytest.fixture(scope="module")
def session(packages) -> DecoderSession:
    return DecoderSession(ModelPackage.open(packages("gqa1-tied")), provider="cpu")


def random_ids(n: int, seed: int) -> list[int]:
    return np.random.default_rng(seed).integers(0, 900, n).tolist()


def prefilled(session: DecoderSession, ids: list[int]) -> SavedState:
    state = session.empty_state()
    logits = session.forward(
        state, np.asarray(ids), np.broadcast_to(np.arange(len(ids)), (3, len(ids))).copy()
    )
    return SavedState(state, tuple(ids), logits)


def run(engine: Engine, ids: list[int], conversation: str | None = "chat-1") -> tuple[list[int], Finish]:
    events = list(engine.generate(Prompt.from_ids(ids), CONFIG, conversation=conversation))
    finish = events[-1]
    assert isinstance(finish, Finish)
    return [e.token_id for e in events if isinstance(e, TokenEvent)], finish


def test_a_state_file_is_read_by_the_safetensors_package(session, tmp_path) -> None:
    saved = prefilled(session, random_ids(37, seed=1))
    path = tmp_path / "state.safetensors"
    size = write_state(path, "tiny-0123", saved)
    assert size == path.stat().st_size

    arrays = load_file(str(path))
    assert set(arrays) == set(saved.state.arrays) | {"keys", "logits"}
    for name, array in saved.state.arrays.items():
        expected = array[:, :, :37] if name.endswith((".key", ".value")) else array
        np.testing.assert_array_equal(arrays[name], expected)
    np.testing.assert_array_equal(arrays["keys"], saved.keys)
    np.testing.assert_array_equal(arrays["logits"], saved.logits)
    with safe_open(str(path), "numpy") as f:
        meta = f.metadata()
    assert meta["format"] == FORMAT and meta["version"] == "1"
    assert (meta["package"], meta["tokens"], meta["prefix"]) == ("tiny-0123", "37", prefix_digest(saved.keys))
    assert meta["next_position"] == str(saved.state.next_position)


def test_a_state_reads_back_exactly(session, tmp_path) -> None:
    saved = prefilled(session, random_ids(20, seed=2))
    path = tmp_path / "s.safetensors"
    write_state(path, "p", saved)
    back = read_state(path, "p", saved.keys)
    assert back.keys == saved.keys and back.state.next_position == saved.state.next_position
    for name, array in saved.state.arrays.items():
        expected = array[:, :, :20] if name.endswith((".key", ".value")) else array
        np.testing.assert_array_equal(back.state.arrays[name], expected)
    assert all(a.flags.writeable and a.flags.c_contiguous for a in back.state.arrays.values())


def test_the_write_is_atomic(session, tmp_path, monkeypatch) -> None:
    path = tmp_path / "s.safetensors"
    write_state(path, "p", prefilled(session, random_ids(10, seed=3)))
    before = path.read_bytes()

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_state(path, "p", prefilled(session, random_ids(12, seed=4)))
    assert path.read_bytes() == before  # the old file stands, whole
    assert [p.name for p in tmp_path.iterdir()] == ["s.safetensors"]  # no temporary left behind


def damage_truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def damage_flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-500] ^= 0x40
    path.write_bytes(bytes(data))


def damage_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:8] + b"{not json" + data[17:])


def damage_empty(path: Path) -> None:
    path.write_bytes(b"")


def rewrite(path: Path, *, package: str | None = None, keys_delta: int = 0) -> None:
    """Change the package id or the saved keys, with a checksum that matches again: only the
    check of that field can catch it."""
    data = bytearray(path.read_bytes())
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    start = 8 + length
    if keys_delta:
        lo, _ = header["keys"]["data_offsets"]
        at = start + lo + 3 * 8  # the fourth key
        (key,) = struct.unpack("<q", data[at : at + 8])
        data[at : at + 8] = struct.pack("<q", key + keys_delta)
    if package is not None:
        header["__metadata__"]["package"] = package[: len(header["__metadata__"]["package"])]
    header["__metadata__"]["crc32"] = f"{zlib.crc32(data[start:]):08x}"
    text = json.dumps(header, separators=(",", ":")).encode()
    assert len(text) <= length
    path.write_bytes(bytes(data[:8]) + text + b" " * (length - len(text)) + bytes(data[start:]))


def damage_other_model(path: Path) -> None:
    """The same tensors under another package's identity (what a converted-again model leaves)."""
    rewrite(path, package="another-model-" + "0" * 64)  # cut to the length of the real id


def damage_other_prefix(path: Path) -> None:
    """Keys that differ from what the name and header say (a file copied by hand)."""
    rewrite(path, keys_delta=1)


DAMAGES = [
    damage_truncate,
    damage_flip_a_byte,
    damage_header,
    damage_empty,
    damage_other_model,
    damage_other_prefix,
]


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.__name__.removeprefix("damage_"))
def test_an_unusable_state_file_falls_back_to_a_clean_prefill(session, tmp_path, damage) -> None:
    store = StateStore(tmp_path)
    first = random_ids(30, seed=5)
    answer, _ = run(Engine(session, states=store), first)
    (path,) = tmp_path.glob("*/*/*.safetensors")
    damage(path)

    follow_up = first + answer + random_ids(6, seed=6)
    reopened = Engine(session, states=store)  # another process: nothing in memory
    tokens, finish = run(reopened, follow_up, conversation=None)
    assert (finish.reused_tokens, finish.restored) == (0, False)
    assert not path.exists()  # not tried again
    assert tokens == run(Engine(session), follow_up, conversation=None)[0]


def test_read_state_says_why_a_file_is_refused(session, tmp_path) -> None:
    saved = prefilled(session, random_ids(16, seed=7))
    path = tmp_path / "s.safetensors"
    write_state(path, "p", saved)
    with pytest.raises(StateFileError, match="another model"):
        read_state(path, "q", saved.keys)
    with pytest.raises(StateFileError, match="another conversation prefix"):
        read_state(path, "p", (*saved.keys[:-1], saved.keys[-1] + 1))
    damage_truncate(path)
    with pytest.raises(StateFileError, match="truncated"):
        read_state(path, "p", saved.keys)


def test_package_identity_follows_the_files(packages) -> None:
    package = ModelPackage.open(packages("gqa1-tied"))
    other = ModelPackage.open(packages("gqa2-untied"))
    assert package_identity(package) == package_identity(ModelPackage.open(package.path))
    assert package_identity(package) != package_identity(other)
    assert package_identity(package).startswith(package.path.name + "-")


def test_least_recently_used_states_go_first(session, tmp_path) -> None:
    saved = {name: prefilled(session, random_ids(24, seed=i)) for i, name in enumerate("abc")}
    store = StateStore(tmp_path)
    paths = {}
    for t, (name, s) in enumerate(saved.items()):
        path = store.save(name, "p", s)
        assert path is not None
        os.utime(path, (1000 + t, 1000 + t))
        paths[name] = path
    one = paths["a"].stat().st_size
    assert store.disk_bytes() == 3 * one

    assert store.find("p", saved["a"].keys) is not None  # "a" is now the most recent
    store.set_budget(2 * one)
    assert not paths["b"].exists()
    assert paths["a"].exists() and paths["c"].exists()
    assert store.disk_bytes() == 2 * one

    path = store.save("d", "p", prefilled(session, random_ids(24, seed=9)))  # over budget again
    assert path is not None and path.exists()
    assert not paths["c"].exists() and paths["a"].exists()


def test_a_state_larger_than_the_budget_is_not_kept(session, tmp_path) -> None:
    store = StateStore(tmp_path, budget_bytes=1000)
    assert store.save("a", "p", prefilled(session, random_ids(24, seed=1))) is None
    assert store.disk_bytes() == 0


def test_a_conversation_keeps_its_two_newest_states(session, tmp_path) -> None:
    store = StateStore(tmp_path)
    ids = random_ids(40, seed=2)
    store.save("chat", "p", prefilled(session, ids[:30]))
    older = store.save("chat", "p", prefilled(session, ids[:10]))  # an edited, shorter history
    newest = store.save("chat", "p", prefilled(session, ids[:20]))
    assert sorted(tmp_path.glob("*/*/*.safetensors")) == sorted([older, newest])
    found = store.find("p", [*ids, 5, 6])
    assert found is not None and found.keys == tuple(ids[:20])


def test_the_longest_saved_prefix_wins(session, tmp_path) -> None:
    store = StateStore(tmp_path)
    ids = random_ids(40, seed=3)
    store.save("one", "p", prefilled(session, ids[:10]))
    store.save("two", "p", prefilled(session, ids[:25]))
    store.save("three", "p", prefilled(session, random_ids(30, seed=4)))
    found = store.find("p", ids)
    assert found is not None and len(found.keys) == 25
    assert store.find("p", ids, longer_than=25) is None
    assert store.find("other-model", ids) is None


def test_deleting_a_conversation_deletes_its_states(session, tmp_path) -> None:
    store = StateStore(tmp_path)
    store.save("keep", "p", prefilled(session, random_ids(12, seed=1)))
    store.save("gone", "p", prefilled(session, random_ids(12, seed=2)))
    store.save("gone", "q", prefilled(session, random_ids(12, seed=3)))
    size = store.disk_bytes()
    freed = store.delete_conversation("gone")
    assert freed > 0 and store.disk_bytes() == size - freed
    assert [p.parent.name for p in tmp_path.glob("*/*/*.safetensors")] == ["keep"]
    assert store.delete_conversation("never-saved") == 0


def test_a_conversation_id_never_escapes_the_folder(session, tmp_path) -> None:
    store = StateStore(tmp_path / "states")
    path = store.save("../../etc/passwd", "p", prefilled(session, random_ids(8, seed=1)))
    assert path is not None and path.is_relative_to(tmp_path / "states" / "p")
    assert store.delete_conversation("../../etc/passwd") > 0


def test_temporary_files_of_a_crashed_write_are_swept(tmp_path) -> None:
    folder = tmp_path / "p" / "chat"
    folder.mkdir(parents=True)
    dead = folder / ".12-abc.safetensors.tmp-999999999"
    dead.write_bytes(b"half a state")
    live = folder / f".12-abc.safetensors.tmp-{os.getpid()}"
    live.write_bytes(b"being written")
    StateStore(tmp_path)
    assert not dead.exists() and live.exists()


def test_a_failed_save_does_not_fail_the_answer(session, tmp_path, monkeypatch, caplog) -> None:
    store = StateStore(tmp_path)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save", full_disk)
    tokens, finish = run(Engine(session, states=store), random_ids(20, seed=1))
    assert finish.reason == "length" and len(tokens) == 4
    assert "No space left on device" in caplog.text


def test_the_states_folder_is_owner_only(tmp_path) -> None:
    StateStore(tmp_path / "states")
    assert (tmp_path / "states").stat().st_mode & 0o777 == 0o700
