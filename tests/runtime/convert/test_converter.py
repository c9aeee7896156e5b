"""`python -m runtime.convert` on tiny checkpoints: what it writes, and how it refuses bad input.

Every refusal is one line on stderr, a non-zero exit, and no trace on disk: neither the package
folder nor its hidden scratch sibling. Checkpoints are copied into the test's folder before being
damaged; the cached originals stay as they are.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from devtools import small_disk
from devtools.tiny_models import REPO, tiny_checkpoint
from runtime.convert import converter as convert_module
from runtime.convert.converter import ConversionError, convert, main
from runtime.package import DECODER, MANIFEST, TOKENIZER_FILES, ModelPackage, PackageError

WEIGHTS = "model.safetensors"
UP_PROJ = "model.language_model.layers.0.mlp.up_proj.weight"
DATA = DECODER + ".data"


def copy_checkpoint(tmp_path: Path, name: str = "gqa1-tied") -> Path:
    return Path(shutil.copytree(tiny_checkpoint(name), tmp_path / "checkpoint"))


def edit_tensors(folder: Path, edit: Callable[[dict[str, np.ndarray]], None]) -> None:
    """Rewrite an fp32 checkpoint's weights through the `safetensors` library."""
    tensors = load_file(folder / WEIGHTS)
    edit(tensors)
    save_file(tensors, folder / WEIGHTS)


def read_header(path: Path) -> tuple[dict, bytes]:
    """A safetensors file's header and its data bytes (parsed by hand: numpy has no bfloat16)."""
    raw = path.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    return json.loads(raw[8 : 8 + length]), raw[8 + length :]


def edit_header(folder: Path, edit: Callable[[dict], object]) -> None:
    """Rewrite the JSON header of model.safetensors, keeping the data bytes."""
    header, data = read_header(folder / WEIGHTS)
    blob = json.dumps(edit(header)).encode()
    (folder / WEIGHTS).write_bytes(struct.pack("<Q", len(blob)) + blob + data)


def leftovers(root: Path) -> list[Path]:
    """Scratch folders a failed conversion must not leave behind."""
    return [p for p in root.rglob(".*") if ".partial-" in p.name or ".old-" in p.name]


def assert_refused(capsys, tmp_path: Path, src: Path, dst: Path, message: str, *extra: str) -> None:
    code = main([str(src), str(dst), *extra])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("oriel-convert: error: "), err
    assert message in err
    assert not leftovers(tmp_path)


# -- refusals ---------------------------------------------------------------------------------------


def no_config(folder: Path) -> None:
    (folder / "config.json").unlink()


def llama_config(folder: Path) -> None:
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "model_type": "llama"}))


def missing_tensor(folder: Path) -> None:
    edit_tensors(folder, lambda t: t.pop(UP_PROJ))


def misshapen_tensor(folder: Path) -> None:
    def shorten(tensors: dict[str, np.ndarray]) -> None:
        tensors[UP_PROJ] = tensors[UP_PROJ][:-1]

    edit_tensors(folder, shorten)


def truncated_weights(folder: Path) -> None:
    data = (folder / WEIGHTS).read_bytes()
    (folder / WEIGHTS).write_bytes(data[: len(data) // 2])


def garbage_header(folder: Path) -> None:
    data = bytearray((folder / WEIGHTS).read_bytes())
    data[8:40] = b"\xff" * 32
    (folder / WEIGHTS).write_bytes(bytes(data))


def header_without_offsets(folder: Path) -> None:
    edit_header(folder, lambda h: {**h, UP_PROJ: {"dtype": "F32", "shape": [128, 64]}})


def header_that_is_a_list(folder: Path) -> None:
    edit_header(folder, lambda h: list(h))


def missing_shard(folder: Path) -> None:
    names = load_file(folder / WEIGHTS)
    index = {"weight_map": {n: "model-00001-of-00002.safetensors" for n in names}}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))


def unreadable_dtype(folder: Path) -> None:
    """Right shape, a dtype the reader refuses: found only while the package is being written."""
    name = "model.language_model.norm.weight"
    edit_header(folder, lambda h: {**h, name: {**h[name], "dtype": "I32"}})


BAD_CHECKPOINTS = [
    (no_config, "has no config.json: is this a Hugging Face model folder?"),
    (llama_config, "this is a 'llama' checkpoint; Oriel runs Qwen3.5"),
    (missing_tensor, f"the checkpoint is missing tensor '{UP_PROJ}'"),
    (misshapen_tensor, f"tensor '{UP_PROJ}' has shape [127, 64], but config.json implies [128, 64]"),
    (truncated_weights, "model.safetensors is truncated"),
    (garbage_header, "model.safetensors has a corrupt safetensors header"),
    (header_without_offsets, f"model.safetensors has a corrupt safetensors header (at '{UP_PROJ}')"),
    (header_that_is_a_list, "model.safetensors has a corrupt safetensors header"),
    (missing_shard, "the weights shard model-00001-of-00002.safetensors is missing"),
    (unreadable_dtype, "has dtype I32, which Oriel cannot read"),
]


@pytest.mark.parametrize(("damage", "message"), BAD_CHECKPOINTS, ids=[d.__name__ for d, _ in BAD_CHECKPOINTS])
def test_a_bad_checkpoint_is_refused_cleanly(tmp_path, capsys, damage, message) -> None:
    src = copy_checkpoint(tmp_path)
    damage(src)
    dst = tmp_path / "out" / "package"
    assert_refused(capsys, tmp_path, src, dst, message)
    assert not dst.exists()


def test_a_destination_under_a_file_is_refused(tmp_path, capsys) -> None:
    src = copy_checkpoint(tmp_path)
    (tmp_path / "models").write_text("not a folder")
    dst = tmp_path / "models" / "sub" / "package"
    assert_refused(capsys, tmp_path, src, dst, f"{tmp_path / 'models'} is a file, not a folder")


def test_a_destination_that_is_a_file_is_refused(tmp_path, capsys) -> None:
    src = copy_checkpoint(tmp_path)
    dst = tmp_path / "package"
    dst.write_text("keep me")
    assert_refused(capsys, tmp_path, src, dst, "is a file, not a folder", "--overwrite")
    assert dst.read_text() == "keep me"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_destination_is_refused(tmp_path, capsys) -> None:
    src = copy_checkpoint(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert_refused(capsys, tmp_path, src, locked / "package", "cannot write the package to")
        assert not (locked / "package").exists()
    finally:
        locked.chmod(0o700)


def test_a_denied_write_is_reported(tmp_path, capsys, monkeypatch) -> None:
    """The same path as the read-only folder above, on any user: the scratch folder is refused."""
    src = copy_checkpoint(tmp_path)
    real_mkdir = Path.mkdir

    def denied(self: Path, *args, **kwargs) -> None:
        if ".partial-" in self.name:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", denied)
    dst = tmp_path / "package"
    assert_refused(capsys, tmp_path, src, dst, f"cannot write the package to {dst}: Permission denied")
    assert not dst.exists()


def test_a_full_disk_leaves_no_partial_package(tmp_path, capsys, monkeypatch) -> None:
    src = copy_checkpoint(tmp_path)

    def disk_full(folder: Path, fields: dict) -> None:
        assert (folder / DATA).stat().st_size > 0  # the weights were already written
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(convert_module, "write_manifest", disk_full)
    dst = tmp_path / "package"
    assert_refused(capsys, tmp_path, src, dst, f"The disk is full: 2 MB needed at {tmp_path}.")
    assert not dst.exists()


def test_a_real_full_disk_says_how_much_is_needed_and_where(tmp_path) -> None:
    if reason := small_disk.why_not():
        pytest.skip(reason)
    src, disk = copy_checkpoint(tmp_path), tmp_path / "disk"
    disk.mkdir()
    code = "import sys; from runtime.convert.converter import main; sys.exit(main(sys.argv[1:]))"
    done = small_disk.run_python(disk, "512k", code, str(src), str(disk / "package"))
    assert done.returncode == 2, done.stderr
    assert re.fullmatch(
        rf"oriel-convert: error: The disk is full: \d+ MB needed at {re.escape(str(disk))}\. .*\n",
        done.stderr,
    )


def test_an_existing_package_needs_overwrite(tmp_path, capsys) -> None:
    src = copy_checkpoint(tmp_path)
    dst = tmp_path / "package"
    dst.mkdir()
    (dst / "notes.txt").write_text("mine")
    assert_refused(capsys, tmp_path, src, dst, "already exists and is not empty (use --overwrite")
    assert [p.name for p in dst.iterdir()] == ["notes.txt"]

    assert main([str(src), str(dst), "--overwrite"]) == 0
    assert not (dst / "notes.txt").exists()
    ModelPackage.open(dst).verify()
    assert not leftovers(tmp_path)


def test_an_unknown_weight_format_is_refused(tmp_path) -> None:
    with pytest.raises(ConversionError, match="unknown weight format 'int3'"):
        convert(tiny_checkpoint("gqa1-tied"), tmp_path / "package", weights="int3")
    assert not (tmp_path / "package").exists()


# -- what a good conversion writes ------------------------------------------------------------------


def test_package_lists_every_file_with_size_and_hash(packages) -> None:
    folder = packages("gqa1-tied")
    package = ModelPackage.open(folder)
    files = package.manifest["files"]
    assert set(files) == {p.name for p in folder.iterdir() if p.is_file() and p.name != MANIFEST} - {
        p.name
        for p in [*folder.glob("*.fused-*"), *folder.glob("*.portable-*")]  # lowered copies are a cache
    }
    assert {DECODER, DATA, *TOKENIZER_FILES} <= set(files)
    for name, info in files.items():
        data = (folder / name).read_bytes()
        assert info == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}, name
    package.verify()
    assert package.manifest["weights"]["format"] == "fp32"
    assert package.config.text.num_hidden_layers == 8


def test_tokenizer_and_chat_template_are_copied(packages) -> None:
    folder = packages("gqa1-tied")
    for name in TOKENIZER_FILES:
        assert (folder / name).read_bytes() == (tiny_checkpoint("gqa1-tied") / name).read_bytes()


def test_a_flipped_byte_fails_verification(tmp_path) -> None:
    folder = convert(tiny_checkpoint("gqa1-tied"), tmp_path / "package")
    with open(folder / DATA, "r+b") as f:
        f.seek(1000)
        byte = f.read(1)
        f.seek(1000)
        f.write(bytes([byte[0] ^ 0x01]))
    package = ModelPackage.open(folder)  # sizes still match: only the hash can tell
    with pytest.raises(PackageError, match=re.escape(f"{DATA} does not match its checksum")):
        package.verify()


def test_a_truncated_or_missing_file_fails_to_open(tmp_path) -> None:
    folder = convert(tiny_checkpoint("gqa1-tied"), tmp_path / "package")
    data = (folder / DATA).read_bytes()
    (folder / DATA).write_bytes(data[: len(data) // 2])
    with pytest.raises(PackageError, match=re.escape(f"{DATA} has the wrong size")):
        ModelPackage.open(folder)
    (folder / DATA).write_bytes(data)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(PackageError, match=r"tokenizer\.json is missing"):
        ModelPackage.open(folder)


def test_a_package_from_an_older_format_asks_for_a_new_conversion(tmp_path) -> None:
    """An older decoder graph lacks inputs this runtime feeds: refuse it with what to do."""
    folder = convert(tiny_checkpoint("gqa1-tied"), tmp_path / "package")
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["format_version"] = 1
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(
        PackageError, match=r"uses package format 1, this Oriel reads 2: convert the model again"
    ):
        ModelPackage.open(folder)


def test_a_sharded_checkpoint_converts_to_the_same_weights(tmp_path, packages) -> None:
    src = copy_checkpoint(tmp_path)
    tensors = load_file(src / WEIGHTS)
    names = sorted(tensors)
    shards = {"model-00001-of-00002.safetensors": names[::2], "model-00002-of-00002.safetensors": names[1::2]}
    for file, part in shards.items():
        save_file({n: tensors[n] for n in part}, src / file)
    index = {"metadata": {}, "weight_map": {n: file for file, part in shards.items() for n in part}}
    (src / "model.safetensors.index.json").write_text(json.dumps(index))
    (src / WEIGHTS).unlink()

    folder = convert(src, tmp_path / "package")
    ModelPackage.open(folder).verify()
    unsharded = packages("gqa1-tied")
    assert (folder / DATA).read_bytes() == (unsharded / DATA).read_bytes()
    assert (folder / DECODER).read_bytes() == (unsharded / DECODER).read_bytes()


def test_a_bf16_checkpoint_converts_exactly(tmp_path) -> None:
    """bf16 widens to fp32 exactly, so a by-hand fp32 copy converts to the very same bytes."""
    src = tiny_checkpoint("gqa2-bf16")
    header, data = read_header(src / WEIGHTS)
    widened = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "BF16"
        begin, end = info["data_offsets"]
        bits = np.frombuffer(data[begin:end], dtype="<u2").astype(np.uint32) << 16
        widened[name] = bits.view(np.float32).reshape(info["shape"])
    fp32 = copy_checkpoint(tmp_path, "gqa2-bf16")
    save_file(widened, fp32 / WEIGHTS)

    folder = convert(src, tmp_path / "package")
    ModelPackage.open(folder).verify()
    assert (folder / DATA).read_bytes() == (convert(fp32, tmp_path / "fp32") / DATA).read_bytes()


def test_multi_token_prediction_tensors_are_skipped(tmp_path, packages) -> None:
    src = copy_checkpoint(tmp_path)
    rng = np.random.default_rng(0)

    def add_mtp(tensors: dict[str, np.ndarray]) -> None:
        tensors["mtp.fc.weight"] = rng.standard_normal((64, 128)).astype(np.float32)
        tensors["mtp.layers.0.mlp.up_proj.weight"] = rng.standard_normal((128, 64)).astype(np.float32)
        tensors["mtp.norm.weight"] = np.ones(64, np.float32)

    edit_tensors(src, add_mtp)
    folder = convert(src, tmp_path / "package")
    assert (folder / DATA).read_bytes() == (packages("gqa1-tied") / DATA).read_bytes()


def add_lm_head(tensors: dict[str, np.ndarray]) -> None:
    tensors["lm_head.weight"] = tensors["model.language_model.embed_tokens.weight"] * 0.5


def drop_lm_head(tensors: dict[str, np.ndarray]) -> None:
    del tensors["lm_head.weight"]


@pytest.mark.parametrize(
    ("name", "edit", "tied"),
    [
        ("gqa1-tied", None, True),
        ("gqa2-untied", None, False),
        ("gqa1-tied", add_lm_head, False),  # config says tied, yet a head is present: use it
        ("gqa2-untied", drop_lm_head, True),
    ],
    ids=["tied", "untied", "tied-with-head", "untied-without-head"],
)
def test_tied_embeddings_follow_the_presence_of_lm_head(tmp_path, name, edit, tied) -> None:
    src = copy_checkpoint(tmp_path, name)
    if edit is not None:
        edit_tensors(src, edit)
    folder = convert(src, tmp_path / "package")
    assert ModelPackage.open(folder).manifest["weights"]["tied_embeddings"] is tied
    if edit is not None:  # the head's weights are in the package exactly when it is untied
        plain = convert(tiny_checkpoint(name), tmp_path / "plain")
        head_bytes = 1024 * 64 * 4  # vocab x hidden, fp32
        grown = (folder / DATA).stat().st_size - (plain / DATA).stat().st_size
        assert grown == (-head_bytes if tied else head_bytes)


@pytest.mark.slow
def test_the_converter_never_imports_torch(tmp_path) -> None:
    args = [str(tiny_checkpoint("gqa1-tied")), str(tmp_path / "p")]
    code = (
        "import sys, runtime.convert.converter\n"
        f"assert runtime.convert.converter.main({args!r}) == 0\n"
        "loaded = sorted(m for m in ('torch', 'transformers') if m in sys.modules)\n"
        "assert not loaded, f'the converter imported {loaded}'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p" / MANIFEST).exists()


# -- absurd config.json values: refused up front, naming the key --------------------------------


def edit_config(folder: Path, edit: Callable[[dict], None]) -> None:
    config = json.loads((folder / "config.json").read_text())
    edit(config)
    (folder / "config.json").write_text(json.dumps(config))


ABSURD_CONFIGS = [
    (
        "a_billion_layers",
        lambda c: c["text_config"].update(num_hidden_layers=10**9, layer_types=None),
        "text_config.num_hidden_layers is 1000000000; it must be from 1 to 1024",
    ),
    (
        "zero_heads",
        lambda c: c["text_config"].update(num_attention_heads=0, head_dim=None),
        "text_config.num_attention_heads is 0",
    ),
    (
        "attention_interval_zero",
        lambda c: c["text_config"].update(full_attention_interval=0, layer_types=None),
        "text_config.full_attention_interval is 0",
    ),
    (
        "negative_hidden_size",
        lambda c: c["text_config"].update(hidden_size=-64),
        "text_config.hidden_size is -64",
    ),
    (
        "zero_linear_key_heads",
        lambda c: c["text_config"].update(linear_num_key_heads=0),
        "text_config.linear_num_key_heads is 0",
    ),
    (
        "a_fractional_size",
        lambda c: c["text_config"].update(intermediate_size=127.5),
        "text_config.intermediate_size must be a whole number, not 127.5",
    ),
    (
        "a_size_that_is_text",
        lambda c: c["text_config"].update(vocab_size="1024"),
        "text_config.vocab_size must be a whole number, not '1024'",
    ),
    (
        "a_400_digit_size",
        lambda c: c["text_config"].update(vocab_size=10**400),
        "text_config.vocab_size is 1000000000000000000000000000000000000...",
    ),
    (
        "an_infinite_epsilon",
        lambda c: c["text_config"].update(rms_norm_eps=1e400),
        "text_config.rms_norm_eps is inf",
    ),
    ("zero_vision_heads", lambda c: c["vision_config"].update(num_heads=0), "vision_config.num_heads is 0"),
    (
        "a_token_id_past_the_vocabulary",
        lambda c: c.update(image_token_id=10**6),
        "image_token_id is 1000000; it must be from 0 to 1023",
    ),
    ("a_text_config_that_is_a_list", lambda c: c.update(text_config=[1, 2]), "text_config must be an object"),
]


@pytest.mark.parametrize(
    ("edit", "message"), [a[1:] for a in ABSURD_CONFIGS], ids=[a[0] for a in ABSURD_CONFIGS]
)
def test_an_absurd_config_is_refused_with_a_clear_error(tmp_path, capsys, edit, message) -> None:
    src = copy_checkpoint(tmp_path)
    edit_config(src, edit)
    assert_refused(capsys, tmp_path, src, tmp_path / "out", message)


def test_a_config_with_a_5000_digit_number_is_refused_with_a_clear_error(tmp_path, capsys) -> None:
    src = copy_checkpoint(tmp_path)
    text = (src / "config.json").read_text().replace('"vocab_size": 1024', '"vocab_size": ' + "9" * 5000)
    (src / "config.json").write_text(text)
    assert_refused(capsys, tmp_path, src, tmp_path / "out", "config.json in")


def test_a_shape_whose_product_overflows_int64_fails_the_size_check(tmp_path) -> None:
    from runtime.convert.checkpoint import Checkpoint, CheckpointError

    src = copy_checkpoint(tmp_path)
    # 2**32 x 2**32 fp32 values: numpy's int64 product wraps to 0, matching an empty byte range
    edit_header(
        src, lambda h: {**h, "huge": {"dtype": "F32", "shape": [2**32, 2**32], "data_offsets": [0, 0]}}
    )
    with pytest.raises(CheckpointError, match="does not match its shape"):
        Checkpoint(src).read("huge")
