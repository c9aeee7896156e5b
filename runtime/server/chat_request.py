"""An OpenAI chat-completions request body, checked and turned into a protocol `Generate`.

Every problem is an `ApiError` with the HTTP status and OpenAI's error shape, so clients show
the message. What the local model cannot do is refused plainly instead of ignored: several
choices (`n` > 1), legacy `functions`, logprobs, JSON modes, frequency penalty.

Tools are OpenAI's: `tools` (function schemas, rendered by the model's chat template), `tool_choice`
("auto"; "none" offers no tools; "required" and a named function open the call in the prompt, so
the model must write one), assistant `tool_calls` with JSON `arguments`, and `tool` messages
(Qwen's template pairs results with calls by order, so `tool_call_id` is not needed).
Fields OpenAI clients send by habit (`user`, `store`, `metadata`, ...) are ignored.

`max_tokens` above `MAX_NEW_TOKENS` is lowered to it, so a request nobody waits for any more
cannot run for hours. Sampling defaults are the command line's (`python -m runtime.generate`),
so a request and a CLI run with the same settings and seed give the same tokens. vLLM's
extensions `top_k` (-1: off), `min_p`, `repetition_penalty` and
`chat_template_kwargs.enable_thinking` are read too.

Images arrive as data URLs (runtime.remote.wire). The protocol passes images as files, so each is
written to the request's own private folder, which the caller deletes when the answer ends. In a
message, images come before its text, as the chat template places them: the order of text and
image parts within one message is not kept.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtime.protocol import Generate, ImageRef, Message, Sampling, ToolCallInfo
from runtime.remote.wire import ImageUnusable, decode_data_url

DEFAULT_MAX_TOKENS = 2048
# A larger max_tokens is lowered to this: no answer runs longer (the context ends sooner anyway).
MAX_NEW_TOKENS = 32768
# Whole numbers travel to the worker as 64-bit integers.
INT64_MAX = 2**63 - 1
# The command line's defaults (`python -m runtime.generate`).
DEFAULT_SAMPLING = Sampling(
    temperature=0.7, top_p=0.8, top_k=20, min_p=0.0, repetition_penalty=1.0, presence_penalty=0.0
)
ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant", "tool": "tool"}


class ApiError(Exception):
    """A request the server refuses: HTTP `status`, OpenAI `kind` and `code`, and a message."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        *,
        kind: str = "invalid_request_error",
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.kind = kind
        self.param = param


@dataclass(frozen=True)
class ChatRequest:
    generate: Generate
    stream: bool
    include_usage: bool
    stop: tuple[str, ...]


def parse_chat_request(
    body: Any, *, request_id: str, served_model: str | None, image_dir: Path
) -> ChatRequest:
    """Check `body` (parsed JSON) and build the Generate; raises ApiError."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.", "invalid_json")
    if served_model is None:
        raise ApiError(
            503,
            "No model is loaded in Oriel: load one first (in the window, or with --model).",
            "no_model_loaded",
            kind="server_error",
        )
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, f"'model' is required: this server serves '{served_model}'.", param="model")
    if model != served_model:
        raise ApiError(
            404,
            f"The model '{model}' does not exist: this server serves '{served_model}' (see GET /v1/models).",
            "model_not_found",
            param="model",
        )
    _refuse_unsupported(body)
    messages = _messages(body.get("messages"), image_dir)
    stream = _typed(body, "stream", bool, False)
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise ApiError(400, "'stream_options' must be an object.", param="stream_options")
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
    if max_tokens is None:
        max_tokens = DEFAULT_MAX_TOKENS
    if not _is_int(max_tokens) or max_tokens < 1:
        raise ApiError(400, "'max_tokens' must be a whole number of at least 1.", param="max_tokens")
    max_tokens = min(max_tokens, MAX_NEW_TOKENS)
    kwargs = body.get("chat_template_kwargs") or {}
    if not isinstance(kwargs, dict):
        raise ApiError(400, "'chat_template_kwargs' must be an object.", param="chat_template_kwargs")
    thinking = kwargs.get("enable_thinking")
    if thinking is not None and not isinstance(thinking, bool):
        raise ApiError(400, "'enable_thinking' must be true or false.", param="chat_template_kwargs")
    tools, tool_choice = _tools(body)
    generate = Generate(
        request_id,
        conversation_id=request_id,  # stateless: each request is prefilled from scratch, as the CLI does
        messages=messages,
        sampling=_sampling(body),
        thinking=thinking,
        max_new_tokens=max_tokens,
        tools=tools,
        tool_choice=tool_choice,
    )
    return ChatRequest(generate, stream, bool(options.get("include_usage")), _stop(body.get("stop")))


def _refuse_unsupported(body: dict[str, Any]) -> None:
    n = body.get("n", 1)
    if n != 1:
        raise ApiError(400, "Only one choice per request is supported ('n' must be 1).", param="n")
    if body.get("functions") or body.get("function_call"):
        raise ApiError(400, "Legacy 'functions' are not supported: send 'tools'.", param="functions")
    if body.get("logprobs") or body.get("top_logprobs"):
        raise ApiError(400, "Log probabilities are not supported by this server.", param="logprobs")
    response_format = body.get("response_format")
    if response_format not in (None, {"type": "text"}):
        raise ApiError(400, "Only plain-text answers are supported (no JSON mode).", param="response_format")
    penalty = body.get("frequency_penalty")
    if penalty not in (None, 0, 0.0):
        raise ApiError(
            400,
            "'frequency_penalty' is not supported: use 'presence_penalty' or 'repetition_penalty'.",
            param="frequency_penalty",
        )


def _messages(raw: Any, image_dir: Path) -> tuple[Message, ...]:
    if not isinstance(raw, list) or not raw:
        raise ApiError(400, "'messages' must be a non-empty list.", param="messages")
    messages: list[Message] = []
    for index, item in enumerate(raw):
        where = f"messages[{index}]"
        if not isinstance(item, dict):
            raise ApiError(400, f"{where} must be an object.", param=where)
        role = ROLES.get(str(item.get("role")))
        if role is None:
            raise ApiError(
                400,
                f"{where} has role {item.get('role')!r}: "
                "only system, user, assistant and tool are supported.",
                param=where,
            )
        text, images = _content(item.get("content"), where, image_dir)
        reasoning = item.get("reasoning_content") or item.get("reasoning")
        if reasoning is not None and not isinstance(reasoning, str):
            raise ApiError(400, f"{where}.reasoning_content must be a string.", param=where)
        calls = _tool_calls(item.get("tool_calls"), where) if role == "assistant" else ()
        messages.append(
            Message(role, text, images, reasoning if role == "assistant" else None, calls)  # type: ignore[arg-type]
        )
    return tuple(messages)


def _tools(body: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """The tools as JSON texts for the worker, and the tool choice ("auto", "required", a name)."""
    raw = body.get("tools") or []
    if not isinstance(raw, list):
        raise ApiError(400, "'tools' must be a list.", param="tools")
    names = []
    for index, tool in enumerate(raw):
        function = tool.get("function") if isinstance(tool, dict) and tool.get("type") == "function" else None
        name = function.get("name") if isinstance(function, dict) else None
        if not isinstance(name, str) or not name:
            raise ApiError(
                400,
                f"tools[{index}] must be {{'type': 'function', 'function': {{'name': ...}}}}.",
                param="tools",
            )
        parameters = function.get("parameters", {}) if isinstance(function, dict) else {}
        if not isinstance(parameters, dict):
            raise ApiError(
                400, f"tools[{index}].function.parameters must be a JSON schema object.", param="tools"
            )
        names.append(name)
    choice = body.get("tool_choice")
    if choice in (None, "auto"):
        return tuple(json.dumps(t, ensure_ascii=False) for t in raw), "auto"
    if choice == "none":
        return (), "auto"
    if choice == "required":
        wanted = "required"
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        wanted = choice["function"].get("name")
        if wanted not in names:
            raise ApiError(
                400, f"'tool_choice' names {wanted!r}, which is not in 'tools'.", param="tool_choice"
            )
    else:
        raise ApiError(
            400,
            "'tool_choice' must be 'auto', 'none', 'required' or "
            "{'type': 'function', 'function': {'name': ...}}.",
            param="tool_choice",
        )
    if not raw:
        raise ApiError(400, "'tool_choice' asks for a call but no 'tools' are given.", param="tool_choice")
    return tuple(json.dumps(t, ensure_ascii=False) for t in raw), str(wanted)


def _tool_calls(raw: Any, where: str) -> tuple[ToolCallInfo, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ApiError(400, f"{where}.tool_calls must be a list.", param=where)
    calls = []
    for index, call in enumerate(raw):
        function = call.get("function") if isinstance(call, dict) else None
        name = function.get("name") if isinstance(function, dict) else None
        arguments = function.get("arguments", "{}") if isinstance(function, dict) else None
        if not isinstance(name, str) or not isinstance(arguments, str):
            raise ApiError(
                400,
                f"{where}.tool_calls[{index}] needs function.name and function.arguments (a JSON string).",
                param=where,
            )
        try:
            parsed = json.loads(arguments or "{}")
        except json.JSONDecodeError:
            parsed = None
        if not isinstance(parsed, dict):
            raise ApiError(
                400, f"{where}.tool_calls[{index}].function.arguments is not a JSON object.", param=where
            )
        calls.append(ToolCallInfo(str(call.get("id") or ""), name, arguments or "{}"))
    return tuple(calls)


def _content(content: Any, where: str, image_dir: Path) -> tuple[str, tuple[ImageRef, ...]]:
    if content is None or isinstance(content, str):
        return content or "", ()
    if not isinstance(content, list):
        raise ApiError(400, f"{where}.content must be a string or a list of parts.", param=where)
    texts: list[str] = []
    images: list[ImageRef] = []
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            if not isinstance(url, str):
                raise ApiError(400, f"{where} has an image part without a URL.", param=where)
            images.append(_save_image(url, where, image_dir))
        else:
            raise ApiError(
                400,
                f"{where} has a part of type {kind!r}: only text and image_url are supported.",
                param=where,
            )
    return "\n".join(texts), tuple(images)


def _save_image(url: str, where: str, image_dir: Path) -> ImageRef:
    try:
        mime, data = decode_data_url(url)
    except ImageUnusable as e:
        raise ApiError(400, f"{where}: {e}.", "invalid_image", param=where) from e
    sha256 = hashlib.sha256(data).hexdigest()
    path = image_dir / f"{sha256[:16]}.{mime.split('/')[1]}"
    path.write_bytes(data)
    return ImageRef(str(path), sha256)


def _sampling(body: dict[str, Any]) -> Sampling:
    d = DEFAULT_SAMPLING
    top_k = _number(body, "top_k", d.top_k, whole=True)
    seed = body.get("seed")
    if seed is not None and (not _is_int(seed) or not 0 <= seed <= INT64_MAX):
        raise ApiError(400, "'seed' must be a whole number from 0 to 2**63 - 1.", param="seed")
    return Sampling(
        temperature=_number(body, "temperature", d.temperature),
        top_p=_number(body, "top_p", d.top_p),
        top_k=0 if top_k < 0 else int(top_k),  # vLLM's -1 means off, which Oriel writes as 0
        min_p=_number(body, "min_p", d.min_p),
        repetition_penalty=_number(body, "repetition_penalty", d.repetition_penalty),
        presence_penalty=_number(body, "presence_penalty", d.presence_penalty),
        seed=seed,
    )


def _number(body: dict[str, Any], name: str, default: float, *, whole: bool = False) -> float:
    value = body.get(name)
    if value is None:
        return default
    ok = _is_int(value) if whole else isinstance(value, int | float) and not isinstance(value, bool)
    if not ok or not (abs(value) <= INT64_MAX and math.isfinite(value)):  # 10**400 is no float
        raise ApiError(400, f"'{name}' must be a {'whole ' if whole else ''}number.", param=name)
    return float(value)


def _stop(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    stops = [raw] if isinstance(raw, str) else raw
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops) or len(stops) > 4:
        raise ApiError(400, "'stop' must be a string or a list of at most 4 strings.", param="stop")
    return tuple(s for s in stops if s)


def _typed(body: dict[str, Any], name: str, kind: type, default: Any) -> Any:
    value = body.get(name, default)
    if not isinstance(value, kind):
        raise ApiError(400, f"'{name}' must be {kind.__name__}.", param=name)
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
