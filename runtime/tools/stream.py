"""Token ids of one assistant turn in; its text (thinking apart from the answer) and calls out.

The chain is: streaming detokenizer (whole characters only) -> tool-call parser (takes calls out
and holds back partial tags) -> thinking splitter. `Assistant.reply` and the tests' scripted model
both stream through `TurnDecoder`, so what the tests drive is what the app runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from runtime.generate.detokenizer import StreamingDetokenizer, ThinkingSplitter
from runtime.protocol import TextDelta
from runtime.tools.parser import CALL_CLOSE, MalformedCall, ParsedCall, ToolCallParser

if TYPE_CHECKING:
    from runtime.generate.tokenizer import Tokenizer

TurnPiece = TextDelta | ParsedCall | MalformedCall


def call_stop_ids(tokenizer: Tokenizer) -> frozenset[int]:
    """The ids that end a turn once a call is written: the model must not go on to imagine the
    result (`</tool_call>` is one token in Qwen3.5's vocabulary)."""
    found = tokenizer.token_id(CALL_CLOSE)
    return frozenset() if found is None else frozenset({found})


class TurnDecoder:
    """One assistant turn, token by token. Without tools it is detokenizer + splitter only."""

    def __init__(
        self, tokenizer: Tokenizer, *, tools: Sequence[Mapping[str, Any]] = (), in_thinking: bool = False
    ) -> None:
        self._detok = StreamingDetokenizer(tokenizer)
        self._splitter = ThinkingSplitter(start_in_thinking=in_thinking)
        self._parser = ToolCallParser(tools, in_thinking=in_thinking) if tools else None

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
