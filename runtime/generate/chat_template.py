"""The model's own chat template, rendered exactly as transformers renders it.

A Qwen3.5 checkpoint carries its prompt format as a Jinja template (`chat_template.jinja`, or the
`chat_template` key of `tokenizer_config.json` in older exports). Rendering that file, rather than
hand-writing ChatML, keeps every detail the model was trained on: where images go, how past
reasoning is dropped, and the thinking default, which differs between sizes (0.8B and 2B pre-fill
an empty `<think>\\n\\n</think>\\n\\n`; 4B and 9B open `<think>\\n`).

The Jinja environment copies transformers' `apply_chat_template` (sandboxed, `trim_blocks`,
`lstrip_blocks`, a `tojson` that does not escape HTML, `raise_exception`, `strftime_now`), and
the messages have the same shape as in Qwen's processor examples: images first, as content items
of type "image", then the text. Tests compare the output with transformers byte for byte.

Tools go in as transformers takes them (`tools=`: a list of OpenAI-style function schemas, which the
template writes into the system turn); an assistant turn carries its calls as `tool_calls`, and a
result is a turn of role "tool", which the template wraps in `<tool_response>` inside a user turn
(consecutive results share one). A tool turn may hold images (a file the model asked to read).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from runtime.tools.calls import ToolCall

TEMPLATE_FILE = "chat_template.jinja"
TOKENIZER_CONFIG_FILE = "tokenizer_config.json"
# tokenizer_config.json entries that transformers passes to every template (as `bos_token`, ...).
_SPECIAL_TOKEN_KEYS = ("bos_token", "eos_token", "unk_token", "pad_token")
_OPEN_THINKING = "<think>\n"


class ChatTemplateError(ValueError):
    """The model has no usable chat template, or its template rejected the conversation."""


@dataclass(frozen=True)
class ChatMessage:
    """One turn of a conversation.

    `images` counts the images attached to the turn; they are placed before the text. `reasoning`
    is an assistant turn's thinking, which the template keeps or drops depending on where the turn
    sits. `tool_calls` are the calls an assistant turn made; a "tool" turn is one call's result.
    """

    role: str
    text: str
    images: int = 0
    reasoning: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()

    def to_template(self) -> dict[str, Any]:
        """The message as the chat template expects it (the OpenAI / transformers shape)."""
        content: str | list[dict[str, str]] = self.text
        if self.images:
            content = [{"type": "image"} for _ in range(self.images)]
            content.append({"type": "text", "text": self.text})
        message: dict[str, Any] = {"role": self.role, "content": content}
        if self.reasoning is not None:
            message["reasoning_content"] = self.reasoning
        if self.tool_calls:
            message["tool_calls"] = [call.to_template() for call in self.tool_calls]
        return message


def _tojson(
    value: Any,
    ensure_ascii: bool = False,
    indent: int | None = None,
    separators: tuple[str, str] | None = None,
    sort_keys: bool = False,
) -> str:
    # Jinja's own tojson escapes <, > and & for HTML; prompts need the characters themselves.
    return json.dumps(
        value, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys
    )


def _raise_exception(message: str) -> None:
    raise jinja2.TemplateError(message)


def _strftime_now(format: str) -> str:
    return datetime.now().strftime(format)


def _environment() -> ImmutableSandboxedEnvironment:
    # Templates come with downloaded models: the sandbox keeps them from reaching Python internals.
    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols]
    )
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = _strftime_now
    return env


def _token_text(entry: Any) -> str | None:
    # tokenizer_config.json writes a token either as its text or as an AddedToken dict.
    if isinstance(entry, str):
        return entry
    if isinstance(entry, Mapping) and isinstance(entry.get("content"), str):
        return str(entry["content"])
    return None


class ChatTemplate:
    """Turns a conversation into the prompt text the model expects."""

    def __init__(self, source: str, special_tokens: Mapping[str, str] | None = None) -> None:
        try:
            self._template = _environment().from_string(source)
        except jinja2.TemplateSyntaxError as e:
            raise ChatTemplateError(
                f"The model's chat template is not valid Jinja (line {e.lineno}: {e})"
            ) from e
        self._special_tokens = dict(special_tokens or {})

    @classmethod
    def from_dir(cls, path: Path) -> ChatTemplate:
        """Load the template of a model directory: `chat_template.jinja`, else `tokenizer_config.json`."""
        path = Path(path)
        config = cls._read_tokenizer_config(path)
        special_tokens = {
            key: text for key in _SPECIAL_TOKEN_KEYS if (text := _token_text(config.get(key))) is not None
        }
        template_file = path / TEMPLATE_FILE
        if template_file.is_file():
            return cls(template_file.read_text(encoding="utf-8"), special_tokens)
        source = config.get("chat_template")
        if isinstance(source, list):  # named templates: [{"name": "default", "template": ...}, ...]
            source = next((t.get("template") for t in source if t.get("name") == "default"), None)
        if not isinstance(source, str):
            raise ChatTemplateError(
                f"{path} has no chat template: expected {TEMPLATE_FILE} or a 'chat_template' entry in "
                f"{TOKENIZER_CONFIG_FILE}. The model folder is incomplete; install the model again."
            )
        return cls(source, special_tokens)

    @staticmethod
    def _read_tokenizer_config(path: Path) -> dict[str, Any]:
        file = path / TOKENIZER_CONFIG_FILE
        if not file.is_file():
            return {}
        try:
            config = json.loads(file.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ChatTemplateError(f"{file} is not valid JSON ({e}); install the model again.") from e
        return config if isinstance(config, dict) else {}

    def render(
        self,
        messages: Sequence[ChatMessage],
        *,
        enable_thinking: bool | None = None,
        add_generation_prompt: bool = True,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> str:
        """The prompt for `messages`. `enable_thinking=None` keeps the template's own default;
        `tools` are function schemas (`{"type": "function", "function": {...}}`), None for none."""
        variables: dict[str, Any] = {
            **self._special_tokens,
            "messages": [m.to_template() for m in messages],
            "tools": [dict(t) for t in tools] if tools else None,
            "documents": None,
            "add_generation_prompt": add_generation_prompt,
        }
        if enable_thinking is not None:
            variables["enable_thinking"] = enable_thinking
        try:
            return self._template.render(**variables)
        except jinja2.TemplateError as e:
            raise ChatTemplateError(f"The chat template rejected the conversation: {e}") from e

    @cached_property
    def thinking_by_default(self) -> bool:
        """Whether the generation prompt opens a `<think>` block when the caller does not choose."""
        return self.render([ChatMessage("user", "Hi")]).endswith(_OPEN_THINKING)
