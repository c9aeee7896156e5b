"""The tool loop's model over the worker protocol: how the window (or a script) runs the loop
against the model worker, which it reaches only through runtime.transport.

Each model turn is one `Generate` with the tools; its `TextDelta`s, `ToolCallProposed`s and
`ToolCallInvalid`s become the loop's events, and a set cancel flag sends `Cancel`. Images a tool
returned (bytes) are handed to `save_image`, which stores them where the worker can read them
(the app's content-addressed image folder) and returns the path.

Token counts for folding come without a tokenizer in this process: the worker reports each
prompt's exact length (`Finished.prompt_tokens`), and the next counts are estimated from the
characters per token that prompt had (3 before the first answer).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from runtime.generate.engine import Finish
from runtime.protocol import (
    DEFAULT_CONTEXT_LENGTH,
    DEFAULT_MAX_NEW_TOKENS,
    Error,
    Finished,
    Generate,
    Message,
    Sampling,
    TextDelta,
    ToolCallInfo,
    ToolCallInvalid,
    ToolCallProposed,
    image_ref,
)
from runtime.tools.calls import ToolCall
from runtime.tools.loop import Turn
from runtime.tools.parser import MalformedCall, ParsedCall
from runtime.transport import BlockingClient

_CANCEL_POLL_S = 0.05
_IMAGE_CHARS = 1024 * 3  # an image's share of the estimate: about a default image token budget


class WorkerTurnError(RuntimeError):
    """The worker answered a turn with an Error; `code` is the protocol's ErrorCode."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _chars(turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]]) -> int:
    text = sum(
        len(t.message.text) + len(t.message.reasoning or "") + _IMAGE_CHARS * len(t.images) for t in turns
    )
    calls = sum(len(json.dumps(dict(c.arguments))) + len(c.name) for t in turns for c in t.message.tool_calls)
    return text + calls + sum(len(json.dumps(t)) for t in tools)


class WorkerModel:
    def __init__(
        self,
        client: BlockingClient,
        conversation_id: str,
        *,
        save_image: Callable[[bytes], str],
        sampling: Sampling | None = None,
        thinking: bool | None = None,
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        context_length: int = DEFAULT_CONTEXT_LENGTH,
    ) -> None:
        self.client = client
        self.conversation_id = conversation_id
        self.save_image = save_image
        self.sampling = sampling or Sampling()
        self.thinking = thinking
        self.max_new_tokens = max_new_tokens
        self.context_length = context_length
        self._chars_per_token = 3.0

    def _message(self, turn: Turn) -> Message:
        message = turn.message
        paths = (i if isinstance(i, str) else self.save_image(i) for i in turn.images)
        images = tuple(image_ref(path) for path in paths)  # the worker knows an image by its hash
        calls = tuple(
            ToolCallInfo(c.id, c.name, json.dumps(dict(c.arguments), ensure_ascii=False))
            for c in message.tool_calls
        )
        return Message(message.role, message.text, images, message.reasoning, calls)  # type: ignore[arg-type]

    def turn(
        self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]], cancel: threading.Event | None
    ) -> Iterator[object]:
        rid = self.client.new_id()
        request = Generate(
            rid,
            self.conversation_id,
            tuple(self._message(t) for t in turns),
            self.sampling,
            self.thinking,
            self.max_new_tokens,
            tools=tuple(json.dumps(t, ensure_ascii=False) for t in tools),
        )
        done = threading.Event()
        if cancel is not None:
            threading.Thread(target=self._watch, args=(rid, cancel, done), daemon=True).start()
        try:
            for event in self.client.stream(request):
                if isinstance(event, TextDelta):
                    yield event
                elif isinstance(event, ToolCallProposed):
                    call = event.call
                    yield ParsedCall(
                        ToolCall(call.name, json.loads(call.arguments), call.id), event.in_thinking
                    )
                elif isinstance(event, ToolCallInvalid):
                    yield MalformedCall(event.name, event.message, event.raw)
                elif isinstance(event, Finished):
                    chars = _chars(turns, tools)
                    if event.prompt_tokens and chars:
                        self._chars_per_token = max(chars / event.prompt_tokens, 0.5)
                    yield Finish(event.reason, event.prompt_tokens, 0, event.generated_tokens, 0.0, 0.0)
                elif isinstance(event, Error):
                    raise WorkerTurnError(event.code, event.message)
        finally:
            done.set()

    def _watch(self, rid: str, cancel: threading.Event, done: threading.Event) -> None:
        while not done.is_set():
            if cancel.wait(_CANCEL_POLL_S):
                if not done.is_set():
                    self.client.cancel(rid)
                return

    def count_tokens(self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]]) -> int:
        return int(_chars(turns, tools) / self._chars_per_token)

    def count_text(self, text: str) -> int:
        return int(len(text) / self._chars_per_token)
