"""Oriel as a local OpenAI-compatible API server, for editors and scripts on this machine.

Off by default. `ApiServer` (http.py) serves the model the worker has loaded through a
`runtime.transport.BlockingClient`; in the window that client shares the window's Router, so both
use one worker process;
`python -m runtime.server --model PACKAGE` runs it standalone with a worker of its own. It
binds loopback only, requires the bearer token from token.py, and proves that it is Oriel to a
client that holds the installation's identity (identity.py).
"""

from runtime.server.http import DEFAULT_PORT, ApiServer, NotLoopback, loopback_address
from runtime.server.identity import CHALLENGE_HEADER, PROOF_HEADER, is_oriel, load_or_create_identity
from runtime.server.token import TOKEN_NAME, load_or_create_token

__all__ = [
    "CHALLENGE_HEADER",
    "DEFAULT_PORT",
    "PROOF_HEADER",
    "TOKEN_NAME",
    "ApiServer",
    "NotLoopback",
    "is_oriel",
    "load_or_create_identity",
    "load_or_create_token",
    "loopback_address",
]
