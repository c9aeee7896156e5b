"""A conversation as a chat-completions request, and the server's stream back as thinking and answer.

Request: Oriel's `Message`s become OpenAI messages, with images as data-URL parts before the text
(where the local chat template places them). An image that cannot be sent is left out and
reported, as the local engine does. Earlier answers go back without their reasoning, as Qwen's
template drops old thinking. Sampling travels as OpenAI's fields plus `top_k`, `min_p` and
`repetition_penalty`, which vLLM, SGLang, llama.cpp and Ollama all read; thinking on or off as
`chat_template_kwargs.enable_thinking` (vLLM, SGLang, llama.cpp).

Response: servers return thinking in one of three ways, and all give the same parts here:
`reasoning_content` deltas (DeepSeek's convention, vLLM and llama.cpp), `reasoning` deltas
(newer vLLM, Ollama), or `<think>...</think>` inside the content (no reasoning parser). A server
whose template opens `<think>` in the prompt and that has no reasoning parser streams the thought
without its opening tag, which cannot be told from an answer: turn its parser on (vLLM
`--reasoning-parser qwen3`, llama.cpp `--reasoning-format deepseek`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from runtime.generate.detokenizer import PartKind, ThinkingSplitter
from runtime.protocol import ImageSkipped, Message, Sampling
from runtime.remote import failures
from runtime.remote.wire import ImageUnusable, image_data_url


@dataclass(frozen=True)
class Part:
    kind: PartKind
    text: str


@dataclass(frozen=True)
class End:
    finish_reason: str  # "stop" | "length"
    prompt_tokens: int  # 0 when the server did not say
    completion_tokens: int | None  # None when the server did not say


def request_body(
    messages: Sequence[Message],
    sampling: Sampling,
    *,
    model: str,
    thinking: bool | None,
    max_new_tokens: int,
) -> tuple[dict[str, Any], list[ImageSkipped]]:
    """The JSON body of a streaming chat-completions request, and the images left out of it."""
    skipped: list[ImageSkipped] = []
    wire: list[dict[str, Any]] = []
    for m_index, message in enumerate(messages):
        parts: list[dict[str, Any]] = []
        for i_index, image in enumerate(message.images):
            try:
                parts.append({"type": "image_url", "image_url": {"url": image_data_url(image.path)}})
            except ImageUnusable as e:
                skipped.append(ImageSkipped("", m_index, i_index, f"{e} The image was left out."))
        content: str | list[dict[str, Any]] = message.text
        if parts:
            content = [*parts, {"type": "text", "text": message.text}]
        wire.append({"role": message.role, "content": content})
    body: dict[str, Any] = {
        "model": model,
        "messages": wire,
        "stream": True,
        "stream_options": {"include_usage": True},
        "max_tokens": max_new_tokens,
        "temperature": sampling.temperature,
        "top_p": sampling.top_p,
        "top_k": sampling.top_k,
        "min_p": sampling.min_p,
        "presence_penalty": sampling.presence_penalty,
        "repetition_penalty": sampling.repetition_penalty,
    }
    if sampling.seed is not None:
        body["seed"] = sampling.seed
    if thinking is not None:
        body["chat_template_kwargs"] = {"enable_thinking": thinking}
    return body, skipped


class _Splitter:
    """Thinking and answer from reasoning deltas and from content (which may hold <think> tags)."""

    def __init__(self) -> None:
        self._reasoning = ThinkingSplitter(start_in_thinking=True)
        self._content = ThinkingSplitter()

    def feed(self, reasoning: str, content: str) -> list[Part]:
        return [Part(k, t) for k, t in self._reasoning.feed(reasoning) + self._content.feed(content)]

    def flush(self) -> list[Part]:
        return [Part(k, t) for k, t in self._reasoning.flush() + self._content.flush()]


def read_stream(events: Iterable[str], destination: str, model: str) -> Iterator[Part | End]:
    """Parts of the answer from the `data` of each server-sent event, then one End.

    Raises `RemoteFailure`: an error the server sent mid-stream, a chunk that is not JSON, or a
    stream that stopped before the server said it was done (a dropped connection).
    """
    splitter = _Splitter()
    finish: str | None = None
    usage: dict[str, Any] = {}
    done = False
    for data in events:
        if data.strip() == "[DONE]":
            done = True
            break
        try:
            chunk = json.loads(data)
        except ValueError:
            raise failures.bad_response(destination, f"a chunk is not JSON: {data[:80]!r}") from None
        if not isinstance(chunk, dict):
            raise failures.bad_response(destination, "a chunk is not a JSON object")
        if "error" in chunk:
            said, code = _error_of(chunk["error"])
            raise failures.from_message(said, code, destination, model, status=None)
        usage = chunk.get("usage") or usage
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or choice.get("message") or {}
            reasoning = delta.get("reasoning_content") or delta.get("reasoning") or ""
            yield from splitter.feed(str(reasoning), str(delta.get("content") or ""))
            finish = choice.get("finish_reason") or finish
    if not done and finish is None:
        raise failures.disconnected(destination)
    yield from splitter.flush()
    completion = usage.get("completion_tokens")
    yield End(
        "length" if finish == "length" else "stop",
        int(usage.get("prompt_tokens") or 0),
        int(completion) if isinstance(completion, int) else None,
    )


def read_completion(body: bytes, destination: str, model: str) -> Iterator[Part | End]:
    """The same parts from a server that ignored `stream` and sent one JSON answer."""
    try:
        answer = json.loads(body)
    except ValueError:
        raise failures.bad_response(destination, "the answer is not JSON") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("choices"), list):
        raise failures.bad_response(destination, "the answer has no choices")
    yield from read_stream([json.dumps(answer), "[DONE]"], destination, model)


def _error_of(error: Any) -> tuple[str, str]:
    if isinstance(error, dict):
        return str(error.get("message") or error), str(error.get("code") or error.get("type") or "")
    return str(error), ""
