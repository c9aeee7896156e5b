"""Where a remote engine lives, and the sentence that tells the user where their messages go.

A remote engine is any server that speaks OpenAI's chat-completions API (vLLM, SGLang,
llama.cpp's server, Ollama). The user gives its base URL as those servers print it
("http://host:8000/v1"); a bare "http://host:8000" gets "/v1" added, since every one of them
serves the API there. Only http and https are accepted, and nothing else about the URL is
guessed: Oriel never probes addresses the user did not type.

`RemoteConfig.privacy_note` is what the window shows beside the model's name whenever the remote
engine is chosen, so the user always sees that messages leave the machine, to which host, and
whether the connection is encrypted.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass, field


class RemoteConfigError(ValueError):
    """A base URL or model name that cannot be used; the message says what to type instead."""


@dataclass(frozen=True)
class RemoteConfig:
    """A remote engine. `api_key` is the key itself (from the keyring, runtime.remote.credentials),
    never written anywhere by this class; `model` "" means the server's only model."""

    base_url: str
    model: str = ""
    api_key: str | None = field(default=None, repr=False)
    connect_timeout_s: float = 10.0
    # Between two chunks of an answer: a long prompt on a slow server may take minutes to prefill.
    read_timeout_s: float = 600.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", normalize_base_url(self.base_url))
        object.__setattr__(self, "model", self.model.strip())

    @property
    def parts(self) -> urllib.parse.SplitResult:
        return urllib.parse.urlsplit(self.base_url)

    @property
    def host(self) -> str:
        return self.parts.hostname or ""

    @property
    def destination(self) -> str:
        """host[:port], as the user typed it: what the window names."""
        return self.parts.netloc

    @property
    def encrypted(self) -> bool:
        return self.parts.scheme == "https"

    @property
    def on_this_machine(self) -> bool:
        """Whether the server is on this computer (a loopback address or "localhost")."""
        return is_loopback_host(self.host)

    @property
    def sends_key_in_clear(self) -> bool:
        """Whether an API key would cross a network unencrypted (plain HTTP to another host),
        readable by anyone on the way: the window asks before saving or sending one."""
        return not self.encrypted and not self.on_this_machine

    @property
    def privacy_note(self) -> str:
        """One sentence for the window: where messages go, and how."""
        if self.on_this_machine:
            return (
                f"Messages and images are sent to another program on this computer ({self.destination}); "
                "they do not leave the machine."
            )
        how = "over an encrypted connection (HTTPS)" if self.encrypted else "unencrypted (plain HTTP)"
        return f"Messages and images leave this computer: they are sent to {self.destination} {how}."

    def url(self, endpoint: str) -> str:
        """The full URL of an API endpoint such as "chat/completions"."""
        return f"{self.base_url}/{endpoint.lstrip('/')}"


def normalize_base_url(text: str) -> str:
    """The base URL without a trailing slash, with "/v1" when no path was given."""
    text = text.strip()
    if not text:
        raise RemoteConfigError("Enter the server's address, e.g. http://127.0.0.1:8000/v1.")
    try:
        parts = urllib.parse.urlsplit(text)
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number
    except ValueError as e:
        raise RemoteConfigError(f"{text!r} is not a valid address: {e}.") from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteConfigError(
            f"{text!r} is not a web address: it should start with http:// or https://, "
            "e.g. http://127.0.0.1:8000/v1."
        )
    if parts.username or parts.password:
        raise RemoteConfigError(
            "Leave the user name and password out of the address: enter the key as the API key."
        )
    if parts.query or parts.fragment:
        raise RemoteConfigError(f"{text!r} has a query or fragment: give only the base URL, e.g. .../v1.")
    path = parts.path.rstrip("/") or "/v1"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def is_loopback_host(host: str) -> bool:
    """Whether `host` names this machine without asking a name server."""
    if host.lower() in ("localhost", "localhost.") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
