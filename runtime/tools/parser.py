"""A streaming parser for Qwen3.5's tool calls.

The model writes a call as

    <tool_call>
    <function=get_weather>
    <parameter=city>
    Paris
    </parameter>
    </function>
    </tool_call>

`ToolCallParser.feed` takes the decoded text chunk by chunk and returns, in order, the text that is
safe to show and each call once it is complete. No part of a call's XML is ever returned as text:
a chunk that ends in what may be the start of a tag (`<`, `<tool_`, `<function=get_we`) is held
back until the next chunk tells (raw XML leaked into streamed deltas in Rapid-MLX #171 and
club-3090 #145, while non-streaming was fine). Tags split across chunks and several calls in one
turn are found by scanning the buffer, not by checking for a tag's presence in the whole text (the
bugs vllm-mlx PR #55 fixed).

Tolerated, because small models do it: a `<function=...>` block without the `<tool_call>` around
it (llama.cpp PR #15019 notes Qwen3-Coder dropping it), a missing `</parameter>` before the next
parameter or `</function>`, and a stray `</tool_call>`. A call that names an unknown tool, lacks
a required parameter, has a value that does not fit its schema, or is cut off becomes a
`MalformedCall`: the loop sends its message back to the model as the call's result, so the model
can correct itself, and shows the user a note.

Calls inside `<think>` are calls: the parser runs before the thinking splitter, so a call the model
makes before closing its thought (vllm #39056, #42021 lost those) is taken out of the thinking
text and run like any other, and the history renders it after the thought, where the template puts
every call. `in_thinking` records where it was found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from runtime.generate.detokenizer import THINK_CLOSE, THINK_OPEN
from runtime.tools.calls import ToolCall
from runtime.tools.schema import ArgumentError, coerce

CALL_OPEN = "<tool_call>"
CALL_CLOSE = "</tool_call>"
FUNCTION_OPEN = "<function="
FUNCTION_CLOSE = "</function>"
# Text outside a call is held back while it ends in the start of one of these.
_WATCHED = (CALL_OPEN, FUNCTION_OPEN, CALL_CLOSE)
_FUNCTION = re.compile(r"<function=([^>\n]*)>")
_PARAMETER = re.compile(r"<parameter=([^>\n]*)>")
_PARAMETER_END = re.compile(r"</parameter>|(?=<parameter=)|(?=</function>)|\Z")


@dataclass(frozen=True)
class ParsedCall:
    """A complete, well-formed call."""

    call: ToolCall
    in_thinking: bool = False


@dataclass(frozen=True)
class MalformedCall:
    """A call that cannot run. `message` is written for the model; `raw` is what it wrote."""

    name: str  # the function name if one could be read, else ""
    message: str
    raw: str
    in_thinking: bool = False


Piece = str | ParsedCall | MalformedCall


def tool_schemas(tools: Sequence[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Each tool's parameter schema by name, from OpenAI-style function entries."""
    schemas: dict[str, Mapping[str, Any]] = {}
    for tool in tools:
        function = tool.get("function", tool)
        if isinstance(function, Mapping) and isinstance(function.get("name"), str):
            parameters = function.get("parameters")
            schemas[function["name"]] = parameters if isinstance(parameters, Mapping) else {}
    return schemas


def _strip_value(text: str) -> str:
    # The template writes ">\n" value "\n<": one newline on each side belongs to the format.
    for newline in ("\r\n", "\n"):
        if text.startswith(newline):
            text = text[len(newline) :]
            break
    for newline in ("\r\n", "\n"):
        if text.endswith(newline):
            return text[: -len(newline)]
    return text


def parse_call(block: str, schemas: Mapping[str, Mapping[str, Any]]) -> ToolCall | MalformedCall:
    """One call from the text between `<tool_call>` and `</tool_call>` (or a bare function block)."""
    function = _FUNCTION.search(block)
    if function is None:
        return MalformedCall("", "The tool call has no <function=NAME> tag; nothing was run.", block)
    name = function.group(1).strip()
    if name not in schemas:
        known = ", ".join(sorted(schemas)) or "none"
        return MalformedCall(name, f"There is no tool named {name!r}. The tools are: {known}.", block)
    schema = schemas[name]
    properties = schema.get("properties") if isinstance(schema.get("properties"), Mapping) else {}
    assert isinstance(properties, Mapping)
    body_end = block.find(FUNCTION_CLOSE, function.end())
    body = block[function.end() : body_end if body_end >= 0 else len(block)]
    arguments: dict[str, Any] = {}
    position = 0
    while (parameter := _PARAMETER.search(body, position)) is not None:
        end = _PARAMETER_END.search(body, parameter.end())
        assert end is not None  # the pattern matches at the end of the text at the latest
        key = parameter.group(1).strip()
        try:
            arguments[key] = coerce(_strip_value(body[parameter.end() : end.start()]), properties.get(key))
        except ArgumentError as e:
            return MalformedCall(name, f"Parameter {key!r} of {name}: {e}. Nothing was run.", block)
        position = max(end.end(), parameter.end())
    required = schema.get("required") if isinstance(schema.get("required"), list) else []
    assert isinstance(required, list)
    missing = [str(r) for r in required if r not in arguments]
    if missing:
        return MalformedCall(
            name, f"{name} needs the parameter(s) {', '.join(missing)}; nothing was run.", block
        )
    return ToolCall(name, arguments)


def partial_suffix(text: str, tags: Sequence[str]) -> int:
    """The length of the longest end of `text` that is a proper start of one of `tags`."""
    window = max(len(tag) for tag in tags) - 1
    if "<" not in text[-window:]:  # every tag starts with "<": the common case costs one scan
        return 0
    longest = 0
    for tag in tags:
        for n in range(min(len(tag) - 1, len(text)), longest, -1):
            if text.endswith(tag[:n]):
                longest = n
                break
    return longest


class ToolCallParser:
    """Decoded text in; visible text, parsed calls and malformed calls out, in order."""

    def __init__(self, tools: Sequence[Mapping[str, Any]], *, in_thinking: bool = False) -> None:
        self._schemas = tool_schemas(tools)
        self._buffer = ""
        self._in_call = False
        self._bare = False  # the current call opened with <function=, not <tool_call>
        self.in_thinking = in_thinking  # inside <think>: followed through the text passed on
        self._tail = ""  # the end of the text passed on, for think tags split across chunks

    @property
    def in_call(self) -> bool:
        """Whether a call is being written (the UI may show that one is coming)."""
        return self._in_call

    def feed(self, text: str) -> list[Piece]:
        self._buffer += text
        pieces: list[Piece] = []
        while True:
            if self._in_call:
                close = FUNCTION_CLOSE if self._bare else CALL_CLOSE
                at = self._buffer.find(close)
                reopen = self._buffer.find(CALL_OPEN)
                if 0 <= reopen < (at if at >= 0 else len(self._buffer)) and not self._bare:
                    # A new call began before this one closed: this one is cut off.
                    pieces.append(self._finish(self._buffer[:reopen], cut=True))
                    self._buffer = self._buffer[reopen + len(CALL_OPEN) :]
                    self._in_call, self._bare = True, False
                    continue
                if at < 0:
                    return pieces
                block = self._buffer[: at + (len(close) if self._bare else 0)]
                self._buffer = self._buffer[at + len(close) :]
                self._in_call = False
                pieces.append(self._finish(block))
                continue
            found = [(self._buffer.find(tag), tag) for tag in _WATCHED]
            hits = [(at, tag) for at, tag in found if at >= 0]
            if not hits:
                keep = partial_suffix(self._buffer, _WATCHED)
                if len(self._buffer) > keep:
                    pieces.append(self._pass(self._buffer[: len(self._buffer) - keep]))
                self._buffer = self._buffer[len(self._buffer) - keep :]
                return pieces
            at, tag = min(hits)
            if at > 0:
                pieces.append(self._pass(self._buffer[:at]))
            if tag == CALL_CLOSE:  # stray: after a bare function block, or a model's slip
                self._buffer = self._buffer[at + len(tag) :]
                continue
            self._in_call, self._bare = True, tag == FUNCTION_OPEN
            self._buffer = self._buffer[at + (0 if self._bare else len(tag)) :]

    def flush(self) -> list[Piece]:
        """The end of the stream: a call still open is parsed if complete enough, else reported."""
        pieces: list[Piece] = []
        if self._in_call:
            pieces.append(self._finish(self._buffer, cut=FUNCTION_CLOSE not in self._buffer))
        elif self._buffer:
            pieces.append(self._buffer)  # a dangling partial tag is ordinary text
        self._buffer, self._in_call, self._bare = "", False, False
        return pieces

    def _pass(self, text: str) -> str:
        seen = self._tail + text
        opened, closed = seen.rfind(THINK_OPEN), seen.rfind(THINK_CLOSE)
        if max(opened, closed) >= 0:
            self.in_thinking = opened > closed
        self._tail = seen[-len(THINK_CLOSE) :]
        return text

    def _finish(self, block: str, cut: bool = False) -> ParsedCall | MalformedCall:
        parsed = parse_call(block, self._schemas)
        if isinstance(parsed, MalformedCall):
            return MalformedCall(parsed.name, parsed.message, parsed.raw, self.in_thinking)
        if cut:
            return MalformedCall(
                parsed.name,
                f"The call to {parsed.name} was cut off before </tool_call>; nothing was run.",
                block,
                self.in_thinking,
            )
        return ParsedCall(parsed, self.in_thinking)
