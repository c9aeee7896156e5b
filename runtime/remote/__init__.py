"""Remote engines: any OpenAI-compatible chat-completions server, in place of the local worker.

Off until the user turns it on. `RemoteEngineClient` (client.py) has the worker client's interface
and gives the same protocol events, so the window treats both engines alike; `RemoteConfig`
(config.py) says where messages go, in a sentence the window shows; the API key lives in the
system keyring (credentials.py). The wire format shared with Oriel's own API server
(runtime.server) is in wire.py. Stdlib only (plus `keyring` when present), so the GUI process can
import it without the numeric stack.
"""

from runtime.remote.client import RemoteEngineClient
from runtime.remote.config import RemoteConfig, RemoteConfigError
from runtime.remote.credentials import CredentialError, KeyringUnavailable, SecretStore, remote_key_name

__all__ = [
    "CredentialError",
    "KeyringUnavailable",
    "RemoteConfig",
    "RemoteConfigError",
    "RemoteEngineClient",
    "SecretStore",
    "remote_key_name",
]
