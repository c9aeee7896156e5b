"""The worker's one exception type: a request it cannot serve, with a stable code and a message."""

from __future__ import annotations


class WorkerError(Exception):
    """`code` is a `runtime.protocol.ErrorCode`; `message` tells the user what happened and what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
