"""A model that says what the test tells it to, token by token, through the real pipeline.

`ScriptedModel.turn` renders the prompt with the real chat template (tools included), encodes the
scripted reply with the real tokenizer, and streams the ids through `TurnDecoder` (detokenizer,
tool-call parser, thinking splitter), stopping at `</tool_call>` as the engine does when tools are
on. Only the choice of tokens is scripted. A reply may be a function of the prompt it sees, and
`hang_at` makes a reply wait for the cancel flag after that many tokens (a model that is stopped
mid-answer).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtime.generate.chat_template import ChatTemplate
from runtime.generate.engine import Finish
from runtime.generate.tokenizer import Tokenizer
from runtime.tools.loop import Turn
from runtime.tools.stream import TurnDecoder, call_stop_ids

Reply = str | Callable[[str], str]


@dataclass(frozen=True)
class Hang:
    """Write `text`'s first `at` tokens, then wait until cancelled."""

    text: str
    at: int


class ScriptedModel:
    def __init__(
        self,
        model_dir: Path,
        replies: Sequence[Reply | Hang],
        *,
        thinking: bool = False,
        context_length: int = 4096,
    ) -> None:
        self.tokenizer = Tokenizer.from_dir(model_dir)
        self.template = ChatTemplate.from_dir(model_dir)
        self.replies = list(replies)
        self.thinking = thinking
        self.context_length = context_length
        self.prompts: list[str] = []  # every prompt the model was given, in order
        self._end = self.tokenizer.token_id("<|im_end|>")

    def render(self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]]) -> str:
        return self.template.render(
            [t.message for t in turns], enable_thinking=self.thinking, tools=tools or None
        )

    def turn(
        self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]], cancel: threading.Event | None
    ) -> Iterator[object]:
        prompt = self.render(turns, tools)
        self.prompts.append(prompt)
        reply = self.replies.pop(0)
        hang_at = None
        if isinstance(reply, Hang):
            reply, hang_at = reply.text, reply.at
        text = reply(prompt) if callable(reply) else reply
        ids = [*self.tokenizer.encode(text), self._end]
        stops = (call_stop_ids(self.tokenizer) if tools else frozenset()) | {self._end}
        decoder = TurnDecoder(self.tokenizer, tools=tools, in_thinking=prompt.endswith("<think>\n"))
        reason, generated = "stop", 0
        for n, token in enumerate(ids):
            if n == hang_at and cancel is not None:
                cancel.wait()
            if cancel is not None and cancel.is_set():
                reason = "cancelled"
                break
            generated += 1
            yield from decoder.add(token)
            if token in stops:
                break
        yield from decoder.finish()
        yield Finish(reason, len(self.tokenizer.encode(prompt)), 0, generated, 0.0, 0.0)

    def count_tokens(self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]]) -> int:
        return len(self.tokenizer.encode(self.render(turns, tools)))

    def count_text(self, text: str) -> int:
        return len(self.tokenizer.encode(text))
