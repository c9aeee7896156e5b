"""Oriel as a local OpenAI-compatible API server, for editors and scripts on this machine.

Off by default. `ApiServer` (http.py) serves the model the worker has loaded through a
`runtime.transport.BlockingClient`; in the window that client shares the window's Router, so both
use one worker process;
`python -m runtime.server --model PACKAGE` runs it standalone with a worker of its own. It
binds loopback only and requires the bearer token from token.py.
"""

from runtime.server.http import DEFAULT_PORT, ApiServer, NotLoopback, loopback_address
from runtime.server.token import TOKEN_NAME, load_or_create_token

__all__ = [
    "DEFAULT_PORT",
    "TOKEN_NAME",
    "ApiServer",
    "NotLoopback",
    "load_or_create_token",
    "loopback_address",
]
