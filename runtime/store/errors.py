"""The one exception the model store raises: a stable code for the GUI and a message for the user."""

from __future__ import annotations


class StoreError(Exception):
    """A store operation failed; `code` is a `runtime.protocol.ErrorCode`, `message` says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
