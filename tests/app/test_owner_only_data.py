"""Chats, images, voice recordings and settings are readable by the user only (0700 / 0600),
also for a data folder an earlier version left readable by everyone."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from app.chat.store import DB_NAME, ChatStore
from app.main import open_settings
from app.voice.recorder import Recorder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_chats_database_wal_and_images_are_owner_only(tmp_path: Path) -> None:
    os.umask(0o022)
    store = ChatStore(tmp_path / "data")
    chat = store.create_conversation("Private")
    store.add_message(chat, None, "user", "my secret", images=[store.add_image(b"png bytes", "png")])
    image = store.image_path(store.add_image(b"other", "png"))
    data = tmp_path / "data"
    assert mode(data) == 0o700
    for file in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
        assert mode(data / file) == 0o600, file
    assert (mode(data / "images"), mode(image.parent), mode(image)) == (0o700, 0o700, 0o600)


def test_an_old_readable_data_folder_is_tightened_on_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = ChatStore(data)
    image = store.image_path(store.add_image(b"png bytes", "png"))
    store.create_conversation("x")
    store.close()
    for path in (data, data / "images", image.parent):
        os.chmod(path, 0o755)
    for path in (image, data / DB_NAME):
        os.chmod(path, 0o644)
    ChatStore(data)
    assert [mode(p) for p in (data, data / "images", image.parent)] == [0o700] * 3
    assert [mode(p) for p in (image, data / DB_NAME)] == [0o600] * 2


def test_settings_file_is_owner_only_before_qt_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    qsettings = open_settings(path)
    qsettings.setValue("remote/base_url", "https://example.org")
    qsettings.sync()
    assert mode(path) == 0o600
    os.chmod(path, 0o644)
    open_settings(path)
    assert mode(path) == 0o600


class SilentMic:
    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_recordings_are_owner_only_inside_the_data_folder(tmp_path: Path) -> None:
    recorder = Recorder(lambda on_block, on_finished: (SilentMic(), 16_000), tmp_path / "recordings")
    recorder.start()
    (file,) = (tmp_path / "recordings").glob("*.wav")
    assert (mode(tmp_path / "recordings"), mode(file)) == (0o700, 0o600)
    recorder.cancel()


def test_recordings_are_not_kept_in_the_shared_temp_folder() -> None:
    assert not Recorder().folder.is_relative_to(tempfile.gettempdir())


def test_the_window_records_inside_its_data_folder(window) -> None:  # type: ignore[no-untyped-def]
    folder = window.voice.recorder.folder
    assert folder.is_relative_to(window.store.folder)
