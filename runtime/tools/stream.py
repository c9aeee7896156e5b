"""Token ids of one assistant turn in; its text (thinking apart from the answer) and calls out.

The chain is: streaming detokenizer (whole characters only) -> tool-call parser (takes calls out
and holds back partial tags) -> thinking splitter. `Assistant.reply` and the tests' scripted model
both stream through `TurnDecoder`, so what the tests drive is what the app runs. `tool_events`
turns the parsed calls into the worker protocol's events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from runtime.generate.detokenizer import StreamingDetokenizer, ThinkingSplitter
from runtime.protocol import TextDelta, ToolCallInfo, ToolCallInvalid, ToolCallProposed
from runtime.tools.parser import (
    CALL_CLOSE,
    CALL_OPEN,
    FUNCTION_OPEN,
    MalformedCall,
    ParsedCall,
    ToolCallParser,
)

if TYPE_CHECKING:
    from runtime.generate.tokenizer import Tokenizer

TurnPiece = TextDelta | ParsedCall | MalformedCall


def call_prefix(tool_choice: str) -> str:
    """What the prompt is followed by so that the model must call: nothing for "auto", an opened
    `<tool_call>` for "required", an opened `<function=NAME>` for a named tool."""
    if tool_choice == "auto":
        return ""
    if tool_choice == "required":
        return CALL_OPEN + "\n"
    return f"{CALL_OPEN}\n{FUNCTION_OPEN}{tool_choice}>\n"


def call_stop_ids(tokenizer: Tokenizer) -> frozenset[int]:
    """The ids that end a turn once a call is written: the model must not go on to imagine the
    result (`</tool_call>` is one token in Qwen3.5's vocabulary)."""
    found = tokenizer.token_id(CALL_CLOSE)
    return frozenset() if found is None else frozenset({found})


class TurnDecoder:
    """One assistant turn, token by token. Without tools it is detokenizer + splitter only."""

    def __init__(
        self,
        tokenizer: Tokenizer,
        *,
        tools: Sequence[Mapping[str, Any]] = (),
        in_thinking: bool = False,
        call_prefix: str = "",
    ) -> None:
        self._detok = StreamingDetokenizer(tokenizer)
        self._splitter = ThinkingSplitter(start_in_thinking=in_thinking)
        self._parser = ToolCallParser(tools, in_thinking=in_thinking) if tools else None
        if self._parser is not None and call_prefix:
            # The prompt already opened the call (tool_choice): the parser starts inside it.
            assert not self._parser.feed(call_prefix), "a call prefix shows no text"

    def add(self, token_id: int) -> list[TurnPiece]:
        return self._route(self._detok.add(token_id), final=False)

    def finish(self) -> list[TurnPiece]:
        """What was held back, at the end of the turn."""
        return self._route(self._detok.flush(), final=True)

    def _route(self, text: str, *, final: bool) -> list[TurnPiece]:
        out: list[TurnPiece] = []
        if self._parser is None:
            pieces: list[str | ParsedCall | MalformedCall] = [text]
        else:
            pieces = self._parser.feed(text)
            if final:
                pieces += self._parser.flush()
        for piece in pieces:
            if isinstance(piece, str):
                out += [TextDelta("", kind, part) for kind, part in self._splitter.feed(piece)]
            else:
                out.append(piece)
        if final:
            out += [TextDelta("", kind, part) for kind, part in self._splitter.flush()]
        return out


def tool_events(request_id: str, events: Iterable[object]) -> Iterator[object]:
    """The assistant's stream with its parsed calls as protocol events (numbered per request)."""
    count = 0
    for event in events:
        if isinstance(event, ParsedCall):
            count += 1
            arguments = json.dumps(dict(event.call.arguments), ensure_ascii=False)
            info = ToolCallInfo(f"call_{request_id}_{count}", event.call.name, arguments)
            yield ToolCallProposed(request_id, info, event.in_thinking)
        elif isinstance(event, MalformedCall):
            yield ToolCallInvalid(request_id, event.name, event.message, event.raw)
        else:
            yield event
