"""Worker events as OpenAI chat-completions answers: chunks, whole answers, errors, stop strings.

Tool calls go out as OpenAI's `tool_calls`: whole in a non-streaming answer (with `content` null
when the model wrote no text), and in a stream as the deltas clients parse (a first delta with
the call's index, id, type and name and empty arguments, then one with the arguments), with
`finish_reason` "tool_calls".

Thinking goes out as `reasoning_content` (the field vLLM and DeepSeek use, which Oriel's remote
client reads back), the answer as `content`. Worker errors keep their meaning in HTTP terms: a
conversation too long is 400 `context_length_exceeded`, as OpenAI says it.
"""

from __future__ import annotations

from typing import Any

from runtime.generate.detokenizer import _partial_tag_length as partial_tag_length
from runtime.protocol import Error, ErrorCode, Finished, ToolCallInvalid, ToolCallProposed
from runtime.server.chat_request import ApiError
from runtime.tools.parser import CALL_CLOSE, CALL_OPEN

_STATUS = {
    ErrorCode.INVALID_REQUEST: (400, "invalid_request_error", "invalid_request"),
    ErrorCode.BAD_IMAGE: (400, "invalid_request_error", "invalid_image"),
    ErrorCode.CONTEXT_OVERFLOW: (400, "invalid_request_error", "context_length_exceeded"),
    ErrorCode.NO_MODEL_LOADED: (503, "server_error", "no_model_loaded"),
    ErrorCode.WORKER_CRASHED: (503, "server_error", "worker_crashed"),
}


# What an API client reads for a failure inside Oriel; the worker's own text (exception names,
# file paths) goes to the server's log only.
INTERNAL_MESSAGES = {
    ErrorCode.WORKER_CRASHED: "The model process stopped unexpectedly; Oriel restarts it: try again.",
    ErrorCode.NO_MODEL_LOADED: "No model is loaded in Oriel: load one (in the window, or with --model).",
}
INTERNAL_MESSAGE = "The model failed to answer: the details are in Oriel's log."


def api_error(error: Error, hidden: str = "") -> ApiError:
    """The HTTP face of a worker error. Errors the user can fix keep their message (less any
    mention of `hidden`, the request's private folder); internal ones get a fixed sentence."""
    status, kind, code = _STATUS.get(error.code, (500, "server_error", "internal_error"))
    if status >= 500:
        return ApiError(status, INTERNAL_MESSAGES.get(error.code, INTERNAL_MESSAGE), code, kind=kind)
    message = error.message.replace(hidden + "/", "").replace(hidden, "") if hidden else error.message
    return ApiError(status, message, code, kind=kind)


def finish_reason(finished: Finished, stopped: bool) -> str:
    if stopped:
        return "stop"
    return "length" if finished.reason in ("length", "context") else "stop"


def usage(finished: Finished | None) -> dict[str, int]:
    prompt = finished.prompt_tokens if finished else 0
    completion = finished.generated_tokens if finished else 0
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def tool_call(event: ToolCallProposed) -> dict[str, Any]:
    call = event.call
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}


def tool_call_deltas(index: int, call: dict[str, Any]) -> list[dict[str, Any]]:
    """A call as the stream deltas clients merge by index: the name first, then the arguments."""
    name = call["function"]["name"]
    opening = {
        "index": index,
        "id": call["id"],
        "type": "function",
        "function": {"name": name, "arguments": ""},
    }
    arguments = {"index": index, "function": {"arguments": call["function"]["arguments"]}}
    return [{"tool_calls": [opening]}, {"tool_calls": [arguments]}]


def invalid_call_text(event: ToolCallInvalid) -> str:
    return f"{CALL_OPEN}{event.raw}{CALL_CLOSE}"


def chunk(rid: str, created: int, model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{rid}",
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def usage_chunk(rid: str, created: int, model: str, finished: Finished | None) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{rid}",
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [],
        "usage": usage(finished),
    }


def completion(
    rid: str,
    created: int,
    model: str,
    answer: str,
    thinking: str,
    finish: str,
    finished: Finished | None,
    calls: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": answer or (None if calls else "")}
    if calls:
        message["tool_calls"] = calls
    if thinking:
        message["reasoning_content"] = thinking
    return {
        "id": f"chatcmpl-{rid}",
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": usage(finished),
    }


class StopStrings:
    """Cuts the answer at the first stop string, holding back text that may be the start of one."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self._stops = stops
        self._held = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """The text that is safe to send now ("" once stopped)."""
        if self.stopped or not self._stops:
            return "" if self.stopped else text
        self._held += text
        hits = [at for at in (self._held.find(s) for s in self._stops) if at >= 0]
        if hits:
            self.stopped = True
            out, self._held = self._held[: min(hits)], ""
            return out
        keep = max((partial_tag_length(self._held, s) for s in self._stops), default=0)
        out, self._held = self._held[: len(self._held) - keep], self._held[len(self._held) - keep :]
        return out

    def flush(self) -> str:
        out, self._held = self._held, ""
        return out
