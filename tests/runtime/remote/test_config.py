"""Remote engine settings: the base URL, the sentence that says where messages go, and where the
API key is kept (the keyring; a file only when the user said so)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from devtools import REPO
from runtime.remote import CredentialError, KeyringUnavailable, RemoteConfig, RemoteConfigError, SecretStore
from runtime.remote.credentials import remote_key_name, system_backend


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1"),
        ("  http://127.0.0.1:8000/v1/ ", "http://127.0.0.1:8000/v1"),
        ("http://localhost:11434", "http://localhost:11434/v1"),
        ("https://gpu.example.org/openai/v1", "https://gpu.example.org/openai/v1"),
    ],
)
def test_base_urls_are_normalized(typed: str, base: str) -> None:
    config = RemoteConfig(typed, "qwen")
    assert config.base_url == base
    assert config.url("chat/completions") == f"{base}/chat/completions"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Enter the server's address"),
        ("127.0.0.1:8000", "should start with http:// or https://"),
        ("ftp://host/v1", "should start with http:// or https://"),
        ("http://host:port/v1", "is not a valid address"),
        ("http://user:secret@host/v1", "enter the key as the API key"),
        ("http://host/v1?x=1", "give only the base URL"),
    ],
)
def test_unusable_base_urls_say_what_to_type(typed: str, says: str) -> None:
    with pytest.raises(RemoteConfigError, match=says):
        RemoteConfig(typed)


def test_the_privacy_note_says_whether_messages_leave_the_machine() -> None:
    local = RemoteConfig("http://localhost:11434/v1")
    assert local.on_this_machine and "do not leave the machine" in local.privacy_note
    assert RemoteConfig("http://[::1]:8000").on_this_machine
    # documentation addresses (RFC 5737): never contacted, only described
    plain = RemoteConfig("http://192.0.2.7:8000/v1")
    assert not plain.on_this_machine
    assert plain.privacy_note == (
        "Messages and images leave this computer: they are sent to 192.0.2.7:8000 unencrypted (plain HTTP)."
    )
    assert "over an encrypted connection (HTTPS)" in RemoteConfig("https://192.0.2.7/v1").privacy_note


def test_the_key_is_not_in_the_repr() -> None:
    assert "sk-secret" not in repr(RemoteConfig("http://127.0.0.1/v1", "m", api_key="sk-secret"))


class DictKeyring:
    def __init__(self, refuse: bool = False) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.refuse = refuse

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise RuntimeError("the keyring is locked")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


def test_keys_live_in_the_keyring(tmp_path: Path) -> None:
    ring = DictKeyring()
    store = SecretStore(backend=ring, backend_name="SecretService", secrets_dir=tmp_path)
    name = remote_key_name("http://127.0.0.1:8000/v1")
    assert store.save(name, "sk-1") == "Stored in the system keyring (SecretService)."
    assert ring.entries == {("Oriel", name): "sk-1"}
    assert store.load(name) == "sk-1"
    assert list(tmp_path.iterdir()) == []
    store.delete(name)
    assert store.load(name) is None


def test_without_a_keyring_nothing_is_written_unless_the_user_agrees(tmp_path: Path) -> None:
    store = SecretStore(use_system_keyring=False, secrets_dir=tmp_path / "secrets")
    assert not store.keyring_available
    with pytest.raises(KeyringUnavailable, match="store it in a file readable only by your user account"):
        store.save("remote-api-key:x", "sk-2")
    assert not (tmp_path / "secrets").exists()

    where = store.save("remote-api-key:x", "sk-2", allow_file=True)
    (path,) = (tmp_path / "secrets").iterdir()
    assert str(path) in where and "not encrypted" in where
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.load("remote-api-key:x") == "sk-2"


def test_a_locked_keyring_is_not_silently_replaced_by_a_file(tmp_path: Path) -> None:
    store = SecretStore(backend=DictKeyring(refuse=True), secrets_dir=tmp_path)
    with pytest.raises(KeyringUnavailable, match="the keyring refused it"):
        store.save("k", "v")
    assert "not encrypted" in store.save("k", "v", allow_file=True)
    assert store.load("k") == "v"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_key_file_others_can_read_is_refused(tmp_path: Path) -> None:
    store = SecretStore(use_system_keyring=False, secrets_dir=tmp_path)
    store.save("k", "v", allow_file=True)
    (path,) = tmp_path.iterdir()
    path.chmod(0o644)
    with pytest.raises(CredentialError, match="can be read by other users"):
        store.load("k")


def test_the_keyrings_fail_backend_counts_as_none(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    backend, why = system_backend()
    assert backend is None and why == "no keyring service is running on this computer"
    assert SecretStore().keyring_problem == why


def test_the_remote_engine_and_the_server_stay_light_for_the_gui_process() -> None:
    """The window imports these: no numeric stack, no tokenizer, no onnxruntime."""
    code = (
        "import sys, runtime.remote, runtime.server; "
        "print(sorted(m for m in ('numpy', 'onnxruntime', 'tokenizers', 'PIL') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"
