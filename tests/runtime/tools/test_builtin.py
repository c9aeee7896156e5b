"""Oriel's built-in tools: exact arithmetic, clock, history search, granted files."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.chat.store import ChatStore
from devtools.images import encode, random_image
from runtime.tools.builtin.calculator import calculate
from runtime.tools.builtin.clock import convert_time, current_time
from runtime.tools.builtin.files import list_folder, read_file
from runtime.tools.builtin.history import search_history
from runtime.tools.calls import ToolCall
from runtime.tools.host import HostConfig, ToolHost
from runtime.tools.registry import ToolContext, ToolError


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("1/3 + 1/6", "1/2 ≈ 0.5"),
        ("0.1 + 0.2", "3/10 ≈ 0.3"),  # exact, not 0.30000000000000004
        ("2^10", "1024"),
        ("2**100", str(2**100)),
        ("-(7 // 2) + 7 % 3", "-2"),
        ("abs(-3) + max(1, 2, 7) - min(4, 5)", "6"),
        ("round(2.675, 2)", "67/25 ≈ 2.68"),  # 2.675 is exact here, so it rounds half to even
        ("(2**-2)", "1/4 ≈ 0.25"),
        ("1e3 * 3", "3000"),
    ],
)
def test_calculator_is_exact(expression: str, expected: str) -> None:
    assert calculate(expression) == expected


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("9**9**9", "Exponents are limited"),
        ("10**3000 * 10**3000", "digits"),
        ("7**9999", "digits"),
        ("2**0.5", "whole-number exponents"),
        ("1/0", "Division by zero"),
        ("__import__('os').system('echo hi')", "not arithmetic"),
        ("(lambda: 1)()", "not arithmetic"),
        ("'a' * 3", "not a number"),
        ("x + 1", "not arithmetic"),
        ("open('/etc/passwd')", "Unknown function 'open'"),
        ("1 +", "cannot be read"),
        ("1 << 5000", "not supported"),
        ("1" * 3000, "longer than"),
    ],
)
def test_calculator_refuses_what_is_not_bounded_arithmetic(expression: str, message: str) -> None:
    with pytest.raises(ToolError, match=message):
        calculate(expression)


def test_clock_in_time_zones() -> None:
    now = datetime(2026, 12, 4, 18, 30, tzinfo=ZoneInfo("UTC"))
    assert current_time("Asia/Tokyo", now=now).startswith("Saturday 2026-12-05 03:30:00 JST (UTC+0900)")
    converted = convert_time("2026-12-04T18:30", "Europe/Paris", "America/New_York")
    assert converted.startswith("Friday 2026-12-04 12:30:00 EST (UTC-0500)")
    with pytest.raises(ToolError, match="Unknown time zone 'Mars/Olympus'"):
        current_time("Mars/Olympus")
    with pytest.raises(ToolError, match="not an ISO 8601"):
        convert_time("tomorrow", "UTC", "UTC")


@pytest.fixture
def history(tmp_path: Path) -> Path:
    store = ChatStore(tmp_path)
    trip = store.create_conversation("Trip to Lisbon")
    first = store.add_message(trip, None, "user", "Which tram goes to Belém? 100% sure please")
    store.add_message(trip, first, "assistant", "Tram 15E goes to Belém from Praça da Figueira.")
    soup = store.create_conversation("Soup")
    store.add_message(soup, None, "user", "A recipe for tomato soup")
    store.close()
    return tmp_path / "chats.sqlite3"


def test_history_search_finds_all_words_read_only(history: Path) -> None:
    before = hashlib.sha256(history.read_bytes()).hexdigest()
    found = search_history(history, "tram belém")
    assert found.startswith("2 match(es)") and "'Trip to Lisbon'" in found and "15E" in found
    assert "No past message" in search_history(history, "tram soup")
    assert "1 match" in search_history(history, "100%")  # LIKE wildcards are escaped
    assert "No past message" in search_history(history, "1_0")
    assert hashlib.sha256(history.read_bytes()).hexdigest() == before
    assert search_history(history.parent / "none.sqlite3", "x") == "There are no past conversations yet."


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, ToolContext]:
    root = tmp_path / "shared"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "todo.txt").write_text("buy milk\nfix bike\n", encoding="utf-8")
    (root / "photo.png").write_bytes(encode(random_image(16, 16, seed=1), "PNG"))
    (root / "blob.bin").write_bytes(b"\x00\x01\x02" * 10)
    (root / "big.txt").write_text("y" * 5000)
    secret = tmp_path / "secret.txt"
    secret.write_text("password")
    os.symlink(secret, root / "link-out.txt")
    return root, ToolContext(granted_folders=(root,), max_file_bytes=1000)


def test_read_file_inside_the_granted_folder(shared) -> None:
    root, context = shared
    assert read_file(str(root / "notes" / "todo.txt"), context)[0].text == "buy milk\nfix bike\n"
    assert read_file("notes/todo.txt", context)[0].text == "buy milk\nfix bike\n"
    image = read_file("photo.png", context)
    assert (
        image[1].kind == "image"
        and image[1].mime_type == "image/png"
        and image[1].data.startswith(b"\x89PNG")
    )
    assert "binary file" in read_file("blob.bin", context)[0].text
    cut = read_file("big.txt", context)[0].text
    assert cut.startswith("y" * 1000) and "y" * 1001 not in cut and "[Cut: big.txt has 5,000 bytes" in cut


@pytest.mark.parametrize("path", ["../secret.txt", "link-out.txt", "notes/../../secret.txt", "/etc/passwd"])
def test_paths_outside_the_granted_folders_are_refused(shared, path: str) -> None:
    _, context = shared
    with pytest.raises(ToolError, match="outside the folders shared"):
        read_file(path, context)


def test_nothing_is_readable_without_a_grant(shared) -> None:
    root, _ = shared
    with pytest.raises(ToolError, match="No folder is shared"):
        read_file(str(root / "notes" / "todo.txt"), ToolContext())


def test_list_folder(shared) -> None:
    root, context = shared
    listing = list_folder("", context)
    assert listing.splitlines()[:2] == [f"{root}:", "  notes/"]
    assert "todo.txt  18 bytes" in list_folder("notes", context)
    with pytest.raises(ToolError, match="outside"):
        list_folder("..", context)


def test_built_ins_through_the_tool_host(shared, history: Path) -> None:
    root, _ = shared
    config = HostConfig(granted_folders=(str(root),), history_db=str(history))
    with ToolHost(config) as host:
        host.start()
        image = host.call(ToolCall("read_file", {"path": "photo.png"}), timeout=30)
        assert [p.kind for p in image.parts] == ["text", "image"]
        found = host.call(ToolCall("search_conversations", {"query": "tomato"}), timeout=30)
        assert "'Soup'" in found.text
        refused = host.call(ToolCall("read_file", {"path": "../secret.txt"}), timeout=30)
        assert refused.error and "outside the folders shared" in refused.text


def test_calculator_computes_up_to_its_digit_limit() -> None:
    assert len(calculate("2**10000")) == 3011
    assert calculate("1**10000") == "1" and calculate("(-1)**9999") == "-1"
