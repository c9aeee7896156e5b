"""The runtime's one user-facing exception: a request it cannot serve, with a stable code.

The worker's lanes turn it into the protocol's `Error` event (runtime.worker.lanes); the model
store, the loader and the request checks all raise it.
"""

from __future__ import annotations


class UserError(Exception):
    """`code` is a `runtime.protocol.ErrorCode`; `message` tells the user what happened and what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
