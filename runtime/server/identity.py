"""The API server's identity: how a client tells that the program on Oriel's port is Oriel.

The port is fixed (8421 by default), so while Oriel is off another local user's program could
listen there and collect the bearer tokens clients send it. Each installation therefore has an
identity: a random secret made once and kept beside the token (the system keyring, or an
owner-only 0600 file; runtime.remote.credentials), shown in Settings and printed by
`python -m runtime.server --print-identity`. A client that has it can check the server before
it sends its token:

    request header    X-Oriel-Challenge: <a fresh random string, 16 to 256 characters>
    response header   X-Oriel-Proof: hex(HMAC-SHA256(key=identity, message=challenge))

Oriel answers the proof on every response that carries a challenge, 401s included, so the check
needs no token. A squatter cannot make the proof without the identity, and cannot replay one it
saw, because each challenge is new. The identity is never sent over the connection.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from runtime.remote.credentials import SecretStore

IDENTITY_NAME = "api-server-identity"
CHALLENGE_HEADER = "X-Oriel-Challenge"
PROOF_HEADER = "X-Oriel-Proof"
MIN_CHALLENGE, MAX_CHALLENGE = 16, 256


def load_or_create_identity(store: SecretStore) -> str:
    """This installation's server identity: the stored one, or a new one saved where the
    token is (raises CredentialError when neither the keyring nor the file can take it)."""
    identity = store.load(IDENTITY_NAME)
    if not identity:
        identity = secrets.token_urlsafe(32)
        store.save(IDENTITY_NAME, identity, allow_file=True)
    return identity


def new_challenge() -> str:
    return secrets.token_urlsafe(24)


def proof(identity: str, challenge: str) -> str | None:
    """The answer to `challenge`, or None for a challenge too short or too long to answer."""
    if not MIN_CHALLENGE <= len(challenge) <= MAX_CHALLENGE:
        return None
    return hmac.new(identity.encode(), challenge.encode(), hashlib.sha256).hexdigest()


def is_oriel(identity: str, challenge: str, answer: str | None) -> bool:
    """Whether `answer` (the X-Oriel-Proof a server sent) proves it holds `identity`."""
    expected = proof(identity, challenge)
    return expected is not None and answer is not None and hmac.compare_digest(expected, answer.strip())
