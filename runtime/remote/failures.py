"""What went wrong with a remote server, as a stable `ErrorCode` and a sentence the user can act on.

Servers disagree on how they say things (vLLM answers an unknown model with 404 and "The model
`x` does not exist", Ollama with 404 and "model 'x' not found", llama.cpp reports a prompt that
is too long as 400 "exceed_context_size_error"), so the status is read together with the
message. Context overflow keeps the local engine's code, CONTEXT_OVERFLOW: the remedy is the same
(a new chat, fewer images), and the window need not care which engine ran out of room.
"""

from __future__ import annotations

import re
import socket
import ssl

from runtime.protocol import ErrorCode
from runtime.remote.wire import error_message

_CONTEXT = re.compile(
    r"context[ _-]?(length|window|size)|maximum context|too many tokens|prompt is too long|"
    r"input is too long|reduce the length|exceed(s|ed)?[ _]the[ _]available[ _]context|"
    r"context_length_exceeded",
    re.IGNORECASE,
)
_NO_MODEL = re.compile(r"model.*(not found|does not exist|not exist|unknown|no such)|model_not_found", re.I)


class RemoteFailure(Exception):
    """One failure of a remote request: `code` for the window's logic, `message` for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def from_status(status: int, body: bytes, destination: str, model: str) -> RemoteFailure:
    """The failure behind an HTTP error status."""
    said, code = error_message(body)
    detail = f' It said: "{said}"' if said else ""
    if status in (401, 403):
        return RemoteFailure(
            ErrorCode.REMOTE_UNAUTHORIZED,
            f"The server at {destination} refused the API key (HTTP {status}): check the key in "
            f"Settings.{detail}",
        )
    return from_message(said, code, destination, model, status=status)


def from_message(said: str, code: str, destination: str, model: str, *, status: int | None) -> RemoteFailure:
    """The failure behind an error the server reported, with or without an HTTP status (mid-stream)."""
    detail = f' It said: "{said}"' if said else ""
    where = f"The server at {destination}"
    if _CONTEXT.search(said) or _CONTEXT.search(code):
        return RemoteFailure(
            ErrorCode.CONTEXT_OVERFLOW,
            f"This conversation is longer than the server at {destination} can take: start a new chat, "
            f"remove images, or raise the server's context length.{detail}",
        )
    if _NO_MODEL.search(said) or _NO_MODEL.search(code):
        return RemoteFailure(
            ErrorCode.REMOTE_MODEL_NOT_FOUND,
            f"{where} has no model named '{model}': check the model name in Settings.{detail}",
        )
    if status == 404:
        return RemoteFailure(
            ErrorCode.REMOTE_BAD_RESPONSE,
            f"{where} has no chat-completions API at this address (HTTP 404): check the base URL; "
            f"it usually ends in /v1.{detail}",
        )
    if status == 429:
        return RemoteFailure(
            ErrorCode.REMOTE_RATE_LIMITED,
            f"{where} is busy or over its limits (HTTP 429): try again in a moment.{detail}",
        )
    if status is None or status >= 500:
        shown = f" (HTTP {status})" if status else ""
        return RemoteFailure(ErrorCode.REMOTE_SERVER_ERROR, f"{where} failed{shown}.{detail}")
    return RemoteFailure(
        ErrorCode.REMOTE_SERVER_ERROR, f"{where} did not accept the request (HTTP {status}).{detail}"
    )


def from_connection(error: OSError, destination: str) -> RemoteFailure:
    """The failure behind a connection that could not be made."""
    if isinstance(error, ssl.SSLCertVerificationError):
        why = f"its certificate could not be verified ({error.verify_message})"
    elif isinstance(error, ssl.SSLError):
        why = f"the encrypted connection failed ({error.reason or error})"
    elif isinstance(error, socket.gaierror):
        why = "that name is not known (check the address)"
    elif isinstance(error, ConnectionRefusedError):
        why = "nothing answers at that port (is the server running?)"
    elif isinstance(error, TimeoutError | socket.timeout):
        why = "it did not answer in time"
    else:
        why = error.strerror or str(error) or type(error).__name__
    return RemoteFailure(ErrorCode.REMOTE_UNREACHABLE, f"Could not reach {destination}: {why}.")


def disconnected(destination: str) -> RemoteFailure:
    return RemoteFailure(
        ErrorCode.REMOTE_DISCONNECTED,
        f"The connection to {destination} broke in the middle of the answer. The text so far is "
        "kept; send again to retry.",
    )


def stalled(destination: str, seconds: float) -> RemoteFailure:
    return RemoteFailure(
        ErrorCode.REMOTE_DISCONNECTED,
        f"The server at {destination} sent nothing for {seconds:.0f} seconds in the middle of the "
        "answer. The text so far is kept; send again to retry.",
    )


def bad_response(destination: str, what: str) -> RemoteFailure:
    return RemoteFailure(
        ErrorCode.REMOTE_BAD_RESPONSE,
        f"The server at {destination} did not answer as an OpenAI-compatible server does ({what}): "
        "check the base URL.",
    )
