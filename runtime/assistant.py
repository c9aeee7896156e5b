"""A model loaded and ready to chat: package + tokenizer + chat template + engine.

`Assistant.reply` renders the conversation with the model's own template, generates, and streams
text back split into thinking and answer. The command-line tools and the worker process both
talk to the model through this class.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from runtime.chat_template import ChatMessage, ChatTemplate
from runtime.detokenizer import PartKind, StreamingDetokenizer, ThinkingSplitter
from runtime.engine import Engine, Finish, GenerationConfig, Prompt, TokenEvent
from runtime.package import ModelPackage
from runtime.session import DecoderSession
from runtime.tokenizer import Tokenizer

STOP_TOKENS = ("<|im_end|>", "<|endoftext|>")


@dataclass(frozen=True)
class TextEvent:
    kind: PartKind  # "thinking" | "answer"
    text: str


class Assistant:
    def __init__(
        self,
        package_dir: Path,
        *,
        provider: str = "auto",
        ops: str | None = None,
        threads: int | None = None,
        context_length: int | None = None,
    ) -> None:
        self.package = ModelPackage.open(package_dir)
        self.session = DecoderSession(self.package, provider=provider, ops=ops, threads=threads)
        self.engine = Engine(self.session, context_length=context_length)
        self.tokenizer = Tokenizer.from_dir(package_dir)
        self.template = ChatTemplate.from_dir(package_dir)
        self.stop_ids = frozenset(i for t in STOP_TOKENS if (i := self.tokenizer.token_id(t)) is not None)

    def prompt_for(
        self, messages: Sequence[ChatMessage], *, thinking: bool | None = None
    ) -> tuple[Prompt, bool]:
        """The prompt tokens for a conversation, and whether the prompt leaves a `<think>` open."""
        text = self.template.render(messages, enable_thinking=thinking)
        return Prompt.from_ids(self.tokenizer.encode(text)), text.endswith("<think>\n")

    def reply(
        self,
        messages: Sequence[ChatMessage],
        config: GenerationConfig,
        *,
        thinking: bool | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[TextEvent | TokenEvent | Finish]:
        """Stream the assistant's next turn: token ids, text (thinking kept apart) and a Finish."""
        prompt, in_thinking = self.prompt_for(messages, thinking=thinking)
        config = GenerationConfig(config.max_new_tokens, config.sampling, config.stop_ids | self.stop_ids)
        detok = StreamingDetokenizer(self.tokenizer)
        splitter = ThinkingSplitter(start_in_thinking=in_thinking)
        for event in self.engine.generate(prompt, config, cancel):
            yield event
            if isinstance(event, TokenEvent):
                parts = splitter.feed(detok.add(event.token_id))
            else:
                parts = splitter.feed(detok.flush()) + splitter.flush()
            for kind, text in parts:
                yield TextEvent(kind, text)
