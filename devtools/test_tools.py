"""Tools that misbehave on purpose, for the tool-host and loop tests (loaded into the tool host
with HostConfig(modules=(..., "devtools.test_tools")))."""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import Any

from runtime.tools.calls import ContentPart
from runtime.tools.registry import HostedTool, ToolContext, ToolSpec


def _spec(name: str, description: str, properties: dict[str, Any] | None = None) -> ToolSpec:
    return ToolSpec(name, description, {"type": "object", "properties": properties or {}})


def _echo(arguments: Mapping[str, Any], context: ToolContext) -> str:
    return str(arguments.get("text", ""))


def _crash(arguments: Mapping[str, Any], context: ToolContext) -> str:
    os._exit(3)  # what a segfaulting native library looks like from outside


def _hang(arguments: Mapping[str, Any], context: ToolContext) -> str:
    while True:
        time.sleep(1)


def _big(arguments: Mapping[str, Any], context: ToolContext) -> str:
    return "x" * int(arguments.get("size", 100_000))


def _picture(arguments: Mapping[str, Any], context: ToolContext) -> list[ContentPart]:
    from devtools.images import encode, random_image

    png = encode(random_image(32, 32, seed=0), "PNG")
    return [ContentPart("text", "a test picture"), ContentPart("image", data=png, mime_type="image/png")]


def _fail(arguments: Mapping[str, Any], context: ToolContext) -> str:
    raise KeyError("missing")


TOOLS = [
    HostedTool(_spec("echo", "Says the text back.", {"text": {"type": "string"}}), _echo),
    HostedTool(_spec("crash", "Kills its own process."), _crash),
    HostedTool(_spec("hang", "Never returns."), _hang),
    HostedTool(_spec("big", "A long result.", {"size": {"type": "integer"}}), _big),
    HostedTool(_spec("picture", "Returns an image."), _picture),
    HostedTool(_spec("fail", "Raises an exception."), _fail),
]
