"""The values tool use passes around: a call the model made, and what a tool gave back.

Stdlib only: the GUI process, the worker and the tool host all exchange these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class ToolCall:
    """One function call: the tool's name and its arguments, already coerced to their types."""

    name: str
    arguments: Mapping[str, Any] = field(default_factory=dict)
    id: str = ""  # stable within a conversation ("call_1", ...), for the API and the history

    def to_template(self) -> dict[str, Any]:
        """The call as chat templates and the OpenAI API write it."""
        return {"type": "function", "function": {"name": self.name, "arguments": dict(self.arguments)}}


@dataclass(frozen=True)
class ContentPart:
    """A piece of a tool's result: text, or an image (encoded bytes with its MIME type)."""

    kind: Literal["text", "image"]
    text: str = ""
    data: bytes = b""
    mime_type: str = ""


@dataclass(frozen=True)
class ToolResult:
    """What a call produced. `error` results go back to the model too, so it can correct itself."""

    call: ToolCall
    parts: tuple[ContentPart, ...] = ()
    error: bool = False
    seconds: float = 0.0
    note: str = ""  # for the user: why it failed, or that the result was cut

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.parts if p.kind == "text")

    @property
    def images(self) -> tuple[ContentPart, ...]:
        return tuple(p for p in self.parts if p.kind == "image")

    @classmethod
    def failure(cls, call: ToolCall, message: str, seconds: float = 0.0) -> ToolResult:
        return cls(call, (ContentPart("text", message),), error=True, seconds=seconds, note=message)
