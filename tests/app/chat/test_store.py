"""ChatStore: schema and migrations, crash safety, content-addressed images, versions, search, export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.chat.store import DB_NAME, INTERRUPTED, MIGRATIONS, SCHEMA_VERSION, STREAMING, ChatStore, StoreError
from devtools import small_disk


def test_new_database_is_at_the_latest_schema_in_wal_mode(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    assert store.schema_version == SCHEMA_VERSION
    mode = sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_old_database_is_migrated_keeping_its_chats(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    db.execute("INSERT INTO conversations VALUES ('c1', 'Old chat', 1.0, 1.0, NULL)")
    db.commit()
    db.close()
    store = ChatStore(tmp_path)
    assert store.schema_version == SCHEMA_VERSION
    assert [c.title for c in store.conversations()] == ["Old chat"]


def test_database_from_a_newer_oriel_is_refused(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer Oriel"):
        ChatStore(tmp_path)


def test_an_answer_cut_by_a_crash_is_kept_as_interrupted(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    chat = store.create_conversation("Crash")
    question = store.add_message(chat, None, "user", "Tell me a story")
    answer = store.add_message(chat, question, "assistant", state=STREAMING)
    store.update_message(answer, text="Once upon a", reasoning="", state=STREAMING)
    # No close(): the process "dies" here. A new process opens the same folder.
    reopened = ChatStore(tmp_path)
    path = reopened.path(chat)
    assert [m.text for m in path] == ["Tell me a story", "Once upon a"]
    assert path[-1].state == INTERRUPTED


def test_images_are_stored_once_by_content(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    first = store.add_image(b"same bytes", "png")
    second = store.add_image(b"same bytes", "png")
    assert first == second
    assert store.image_path(first).read_bytes() == b"same bytes"
    assert len(list((tmp_path / "images").rglob("*.png"))) == 1


def test_deleting_a_chat_removes_images_no_other_chat_uses(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    shared, own = store.add_image(b"shared", "png"), store.add_image(b"own", "png")
    a, b = store.create_conversation("a"), store.create_conversation("b")
    store.add_message(a, None, "user", "x", [shared, own])
    store.add_message(b, None, "user", "y", [shared])
    store.delete(a)
    assert store.image_path(shared).exists()
    assert not store.image_path(own).exists()


def test_versions_of_a_message_and_switching_between_them(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    chat = store.create_conversation("v")
    q1 = store.add_message(chat, None, "user", "first question")
    a1 = store.add_message(chat, q1, "assistant", "first answer")
    store.add_message(chat, a1, "user", "follow-up")
    q1b = store.add_message(chat, None, "user", "edited question")  # an edit of q1
    store.add_message(chat, q1b, "assistant", "answer to the edit")
    path = store.path(chat)
    assert [m.text for m in path] == ["edited question", "answer to the edit"]
    assert (path[0].version, path[0].versions) == (2, 2)
    store.select_version(q1)
    path = store.path(chat)
    assert [m.text for m in path] == ["first question", "first answer", "follow-up"]
    assert (path[0].version, path[0].versions) == (1, 2)


def test_search_finds_titles_and_message_text_literally(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    recipes = store.create_conversation("Recipes")
    store.add_message(recipes, None, "user", "How long to boil an egg?")
    discount = store.create_conversation("Shopping")
    store.add_message(discount, None, "user", "Is 100% cotton better?")
    assert [c.title for c in store.conversations("recip")] == ["Recipes"]
    assert [c.title for c in store.conversations("EGG")] == ["Recipes"]
    assert [c.title for c in store.conversations("100%")] == ["Shopping"]
    assert store.conversations("0%c") == []  # % is not a wildcard
    assert len(store.conversations("")) == 2


def test_export_markdown_and_json(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    chat = store.create_conversation("Export me")
    image = store.add_image(b"\x89PNG fake", "png")
    q = store.add_message(chat, None, "user", "What is in this picture?", [image])
    a = store.add_message(chat, q, "assistant")
    store.update_message(a, text="A **cat**.", reasoning="Looks furry.", state="done")
    markdown = store.export_markdown(
        chat, user_label="You", assistant_label="Oriel", thinking_label="Thinking"
    )
    assert markdown.startswith("# Export me\n")
    assert "## You" in markdown and "## Oriel" in markdown and "A **cat**." in markdown
    assert store.image_path(image).as_uri() in markdown
    assert "<summary>Thinking</summary>" in markdown
    document = json.loads(store.export_json(chat))
    assert document["format"] == "oriel-conversation" and document["title"] == "Export me"
    assert [m["role"] for m in document["messages"]] == ["user", "assistant"]
    assert document["messages"][1]["reasoning"] == "Looks furry."
    assert document["messages"][0]["images"] == [str(store.image_path(image))]


def _corrupt_page(path: Path, page: int) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with open(path, "r+b") as f:
        f.seek(page_size * page)
        f.write(bytes(range(256)) * (page_size // 256))


def test_a_damaged_page_is_reported_as_a_store_error_at_open(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    for i in range(30):
        chat = store.create_conversation(f"chat {i}")
        parent = None
        for _ in range(8):
            parent = store.add_message(chat, parent, "user", "words " * 100)
    store.close()
    pages = (tmp_path / DB_NAME).stat().st_size // 4096
    for page in (2, pages // 2, pages - 1):  # table and index pages, wherever they fall
        damaged = tmp_path / f"copy{page}"
        damaged.mkdir()
        (damaged / DB_NAME).write_bytes((tmp_path / DB_NAME).read_bytes())
        _corrupt_page(damaged / DB_NAME, page)
        with pytest.raises(StoreError, match="damaged"):
            ChatStore(damaged)


def test_a_damaged_database_reaches_the_dialog_instead_of_crashing(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """app.main shows "Oriel cannot open your chats" for a StoreError from build_window."""
    from PySide6.QtCore import QSettings

    from app.wiring import build_window

    store = ChatStore(tmp_path / "data")
    for i in range(20):
        store.add_message(store.create_conversation(f"c{i}"), None, "user", "x" * 2000)
    store.close()
    _corrupt_page(tmp_path / "data" / DB_NAME, 3)
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    with pytest.raises(StoreError, match="damaged"):
        build_window(qapp, tmp_path / "data", qsettings, None)


def test_a_cycle_in_the_message_tree_shows_the_chat_without_looping(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    chat = store.create_conversation("Loop")
    first = store.add_message(chat, None, "user", "one")
    second = store.add_message(chat, first, "assistant", "two")
    third = store.add_message(chat, second, "user", "three")
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute("UPDATE messages SET parent_id = ? WHERE id = ?", (third, first))  # one -> three -> two -> one
    db.commit()
    db.close()
    assert [m.text for m in store.path(chat)] == ["one", "two", "three"]
    store.select_version(second)  # walks down two -> three -> one -> two...: stops at one
    assert [m.text for m in store.path(chat)] == ["two", "three", "one"]


def test_paired_writes_are_atomic_a_failure_mid_pair_leaves_neither(tmp_path: Path) -> None:
    store = ChatStore(tmp_path)
    chat = store.create_conversation("Pair")
    db = sqlite3.connect(tmp_path / DB_NAME)  # the second write of the pair fails, as a full disk would
    db.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE OF current_leaf ON conversations "
        "BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    db.commit()
    db.close()
    with pytest.raises(sqlite3.IntegrityError):
        store.add_message(chat, None, "user", "half written")
    assert sqlite3.connect(tmp_path / DB_NAME).execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0


FILL_THE_DISK = """
import json, sys
from pathlib import Path
from app.chat.store import ChatStore, DiskFull
store = ChatStore(Path(sys.argv[1]))
chat = store.create_conversation("Full")
seen = {}
try:
    store.add_image(b"x" * 600_000, "png")
except DiskFull as e:
    seen["image"] = [str(e.folder), e.needed]
parent = None
try:
    for i in range(1000):
        parent = store.add_message(chat, parent, "user", f"{i} " + "words " * 20_000)
except DiskFull as e:
    seen["message"] = [str(e.folder), e.needed]
seen["kept"] = len(store.path(chat))
seen["files"] = sorted(p.name for p in (Path(sys.argv[1]) / "images").rglob("*") if p.is_file())
print(json.dumps(seen))
"""


def test_a_full_disk_while_saving_raises_disk_full_and_keeps_what_was_saved(tmp_path: Path) -> None:
    if reason := small_disk.why_not():
        pytest.skip(reason)
    disk = tmp_path / "disk"
    disk.mkdir()
    done = small_disk.run_python(disk, "512k", FILL_THE_DISK, str(disk))
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["image"] == [str(disk), 600_000]
    assert seen["message"][0] == str(disk)
    assert seen["kept"] >= 1  # every message saved before the disk filled is still there
    assert seen["files"] == []  # no half-written image
