"""runtime.owner_only: folders 0700 and files 0600, created so and tightened when found looser."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from runtime.owner_only import open_private, private_file, private_folder, tighten_tree
from runtime.store.store import ModelStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_private_folder_is_created_and_tightened_owner_only(tmp_path: Path) -> None:
    assert mode(private_folder(tmp_path / "a" / "b")) == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    assert mode(private_folder(loose)) == 0o700


def test_private_file_is_created_owner_only_and_keeps_its_bytes(tmp_path: Path) -> None:
    assert mode(private_file(tmp_path / "new")) == 0o600
    old = tmp_path / "old"
    old.write_text("kept")
    os.chmod(old, 0o644)
    assert mode(private_file(old)) == 0o600
    assert old.read_text() == "kept"


def test_open_private_writes_owner_only_even_over_a_looser_file(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_text("old")
    os.chmod(path, 0o666)
    with open_private(path, "w", encoding="utf-8") as f:
        f.write("new")
    assert (mode(path), path.read_text()) == (0o600, "new")
    with open_private(path, "ab") as f:
        f.write(b"+")
    assert path.read_text() == "new+"


def test_tighten_tree_fixes_an_old_install_without_following_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.write_text("not ours to change")
    os.chmod(outside, 0o644)
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "file").write_text("x")
    os.chmod(root / "sub", 0o755)
    os.chmod(root / "sub" / "file", 0o664)
    (root / "link").symlink_to(outside)
    tighten_tree(root)
    assert (mode(root), mode(root / "sub"), mode(root / "sub" / "file")) == (0o700, 0o700, 0o600)
    assert mode(outside) == 0o644


def test_default_model_store_folder_is_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "data" / "models"
    root.mkdir(parents=True)
    os.chmod(root, 0o755)  # made by an earlier version
    monkeypatch.setattr("runtime.store.store.default_store_dir", lambda: root)
    assert mode(ModelStore().root) == 0o700
    chosen = tmp_path / "chosen"
    assert mode(ModelStore(chosen).root) == 0o700  # created by Oriel: owner-only
    os.chmod(chosen, 0o755)
    assert mode(ModelStore(chosen).root) == 0o755  # the user's own folder keeps the mode they gave it


def test_open_private_refuses_to_write_through_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    trap = tmp_path / "trap"  # what another user could leave in a shared temp folder
    trap.symlink_to(victim)
    with pytest.raises(OSError):
        open_private(trap, "w")
    assert victim.read_text() == "keep me"
