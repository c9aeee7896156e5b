"""The loaded model as the tool loop sees it (`ChatModel`): one turn of events, and token counts."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from runtime.tools.loop import Turn

if TYPE_CHECKING:
    from runtime.generate.assistant import Assistant
    from runtime.generate.engine import GenerationConfig


class AssistantModel:
    """`Assistant.reply` with tools, for the loop (token ids and skipped images are dropped)."""

    def __init__(
        self, assistant: Assistant, config: GenerationConfig, *, thinking: bool | None = None
    ) -> None:
        self.assistant = assistant
        self.config = config
        self.thinking = thinking
        self.context_length = assistant.engine.context_length

    def turn(
        self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]], cancel: threading.Event | None
    ) -> Iterator[object]:
        from runtime.generate.engine import TokenEvent

        for event in self.assistant.reply(
            [t.message for t in turns],
            self.config,
            images=[list(t.images) for t in turns],
            thinking=self.thinking,
            tools=tools,
            cancel=cancel,
        ):
            if not isinstance(event, TokenEvent):
                yield event

    def count_tokens(self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]]) -> int:
        text = self.assistant.template.render(
            [t.message for t in turns], enable_thinking=self.thinking, tools=tools or None
        )
        return len(self.assistant.tokenizer.encode(text))

    def count_text(self, text: str) -> int:
        return len(self.assistant.tokenizer.encode(text))
