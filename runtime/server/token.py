"""The API server's bearer token: generated once by Oriel, kept in the keyring or a 0600 file.

The token only guards the local server, and a new one is a click away, so when no keyring runs
it goes to an owner-only file without asking, unlike a remote server's API key
(runtime.remote.credentials). The sentence saying where it went is returned for the user.
"""

from __future__ import annotations

import secrets

from runtime.remote.credentials import SecretStore

TOKEN_NAME = "api-server-token"


def load_or_create_token(store: SecretStore, *, renew: bool = False) -> tuple[str, str]:
    """(token, where it is kept): the stored one, or a fresh one when there is none or `renew`."""
    token = None if renew else store.load(TOKEN_NAME)
    if token:
        where = "the system keyring" if store.keyring_available else str(store.secrets_dir)
        return token, f"Kept in {where}."
    token = secrets.token_urlsafe(32)
    return token, store.save(TOKEN_NAME, token, allow_file=True)
