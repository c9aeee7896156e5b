"""What a tool is: its schema and consent defaults (`ToolSpec`), and, for tools Oriel hosts, the
function that runs it (`HostedTool`), which only the tool-host process ever calls.

A module of hosted tools exposes `TOOLS: list[HostedTool]`; the tool host imports the modules it
is configured with (`runtime.tools.builtin` by default) and the GUI process imports the same
modules only to read their specs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from runtime.tools.calls import ContentPart

# ask: every call needs a yes; allow: runs without asking (the user's "always allow", or a
# built-in that touches nothing outside Oriel); off: not offered to the model at all.
Policy = Literal["ask", "allow", "off"]
BUILT_IN = "Oriel"


class ToolError(Exception):
    """A tool's failure, explained for the model (and shown to the user)."""


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    parameters: Mapping[str, Any]  # JSON schema of the arguments (an "object")
    source: str = BUILT_IN  # "Oriel", or the MCP server's name
    default_policy: Policy = "ask"
    touches: str = ""  # for the consent card: what the tool can read or change

    def schema(self) -> dict[str, Any]:
        """The OpenAI-style function entry the chat template renders."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": dict(self.parameters),
            },
        }


@dataclass(frozen=True)
class ToolContext:
    """What the tool host grants hosted tools."""

    granted_folders: tuple[Path, ...] = ()
    history_db: Path | None = None
    max_file_bytes: int = 2_000_000
    extra: Mapping[str, Any] = field(default_factory=dict)


ToolOutput = str | Sequence[ContentPart]


@dataclass(frozen=True)
class HostedTool:
    spec: ToolSpec
    run: Callable[[Mapping[str, Any], ToolContext], ToolOutput]


def load_tools(modules: Sequence[str]) -> dict[str, HostedTool]:
    """The hosted tools of `modules` by name; a later module's tool replaces an earlier one's."""
    tools: dict[str, HostedTool] = {}
    for name in modules:
        for tool in importlib.import_module(name).TOOLS:
            tools[tool.spec.name] = tool
    return tools


def as_parts(output: ToolOutput) -> tuple[ContentPart, ...]:
    if isinstance(output, str):
        return (ContentPart("text", output),)
    return tuple(output)
