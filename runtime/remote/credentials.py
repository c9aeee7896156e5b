"""Secrets Oriel keeps: a remote server's API key, and the local API server's bearer token.

They live in the operating system's keyring (the `keyring` package: macOS Keychain, Windows
Credential Locker, the Secret Service on Linux desktops). Many Linux machines have no keyring
running (a minimal desktop, SSH); `keyring` then has only its "fail" backend. Oriel never falls
back to a plain file on its own: `save` raises `KeyringUnavailable`, whose message says so and
what to do, and only a caller that got the user's explicit consent passes `allow_file=True`. The
file is then written owner-only (0600, in a 0700 folder), refused when someone else could read it
(as ssh does with keys), and `save` returns a sentence naming it, for the window to show.

The API server's token is not a credential for anything else and is replaced at will, so it may
use the file without asking (runtime.server.token); the remote key must not.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Any, Protocol

import platformdirs

from runtime.owner_only import open_private, private_folder

SERVICE = "Oriel"


class CredentialError(Exception):
    """A secret that could not be stored or read; the message tells the user what to do."""


class KeyringUnavailable(CredentialError):
    pass


class Backend(Protocol):
    """The part of a `keyring` backend Oriel uses."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def system_backend() -> tuple[Backend | None, str]:
    """The keyring backend and its name, or None with the reason there is none."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None, "the 'keyring' package is not installed"
    backend: Any = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None, "no keyring service is running on this computer"
    return backend, type(backend).__module__.rsplit(".", 1)[-1]


def default_secrets_dir() -> Path:
    return Path(platformdirs.user_config_dir(SERVICE, appauthor=False)) / "secrets"


def remote_key_name(base_url: str) -> str:
    """The entry of the API key for a server: one key per base URL."""
    return f"remote-api-key:{base_url}"


class SecretStore:
    def __init__(
        self,
        *,
        backend: Backend | None = None,
        backend_name: str = "",
        secrets_dir: Path | None = None,
        use_system_keyring: bool = True,
    ) -> None:
        """`backend` None with `use_system_keyring`: the system's keyring, if it has one."""
        self._why_none = ""
        if backend is None and use_system_keyring:
            backend, backend_name = system_backend()
            self._why_none = backend_name if backend is None else ""
        elif backend is None:
            self._why_none = "the keyring is turned off"
        self._backend = backend
        self._backend_name = backend_name or "keyring"
        self.secrets_dir = secrets_dir or default_secrets_dir()

    @property
    def keyring_available(self) -> bool:
        return self._backend is not None

    @property
    def keyring_problem(self) -> str:
        """Why there is no keyring ("" when there is one): for the settings dialog."""
        return self._why_none

    def save(self, name: str, value: str, *, allow_file: bool = False) -> str:
        """Store a secret; returns where it went, as a sentence for the user.

        Raises `KeyringUnavailable` when there is no keyring and `allow_file` is False.
        """
        if self._backend is not None:
            try:
                self._backend.set_password(SERVICE, name, value)
            except Exception as e:  # keyring backends raise their own types (D-Bus, Keychain...)
                if not allow_file:
                    raise KeyringUnavailable(self._refusal(f"the keyring refused it ({e})")) from e
            else:
                self._delete_file(name)  # an older copy in a file is no longer needed
                return f"Stored in the system keyring ({self._backend_name})."
        if not allow_file:
            raise KeyringUnavailable(self._refusal(self._why_none))
        path = self._file(name)
        self._write_private(path, value)
        return (
            f"Stored in {path}, readable only by your user account but not encrypted, because "
            f"{self._why_none or 'the keyring refused it'}."
        )

    def load(self, name: str) -> str | None:
        """The secret, from the keyring or else from its file; None when there is none."""
        if self._backend is not None:
            with contextlib.suppress(Exception):  # a locked or broken keyring: try the file
                value = self._backend.get_password(SERVICE, name)
                if value is not None:
                    return value
        path = self._file(name)
        if not path.exists():
            return None
        if os.name == "posix" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise CredentialError(
                f"{path} can be read by other users, so Oriel will not use it: run `chmod 600 {path}` "
                "or delete the file and enter the secret again."
            )
        return path.read_text(encoding="utf-8").strip() or None

    def delete(self, name: str) -> None:
        if self._backend is not None:
            with contextlib.suppress(Exception):  # not there, or no keyring: nothing to delete
                self._backend.delete_password(SERVICE, name)
        self._delete_file(name)

    def _refusal(self, why: str) -> str:
        return (
            f"Oriel cannot keep the key safely: {why}. Start your desktop's keyring (e.g. GNOME Keyring "
            "or KWallet) and try again, or choose to store it in a file readable only by your user "
            "account (not encrypted), or enter it each time Oriel starts."
        )

    def _file(self, name: str) -> Path:
        # readable, and distinct for names that differ only in characters a file name cannot hold
        digest = hashlib.sha256(name.encode()).hexdigest()[:12]
        return self.secrets_dir / f"{re.sub(r'[^A-Za-z0-9._-]', '_', name)[:80]}-{digest}"

    def _delete_file(self, name: str) -> None:
        self._file(name).unlink(missing_ok=True)

    def _write_private(self, path: Path, value: str) -> None:
        private_folder(path.parent)
        temp = path.with_name(path.name + ".tmp")
        temp.unlink(missing_ok=True)
        # created owner-only: never readable by others, not even for a moment
        with open_private(temp, "x", encoding="utf-8") as f:
            f.write(value)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
