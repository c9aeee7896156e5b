"""runtime.generate.chat_template renders what transformers' `apply_chat_template` renders, byte for byte.

The template is Qwen3.5-2B's own `chat_template.jinja` (tests/data; 7,755 bytes, sha256 273d8e0e...,
the same file the 0.8B ships), which pre-fills an empty thought unless thinking is asked for.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devtools.tiny_models import CHAT_TEMPLATE, build_tiny_tokenizer
from runtime.generate.chat_template import ChatMessage, ChatTemplate, ChatTemplateError
from runtime.tools.calls import ToolCall

SMALL_MODEL_TAIL = """    {%- if enable_thinking is defined and enable_thinking is true %}
        {{- '<think>\\n' }}
    {%- else %}
        {{- '<think>\\n\\n</think>\\n\\n' }}
    {%- endif %}"""
# The 4B / 9B templates differ only here: thinking unless it is turned off.
LARGE_MODEL_TAIL = """    {%- if enable_thinking is defined and enable_thinking is false %}
        {{- '<think>\\n\\n</think>\\n\\n' }}
    {%- else %}
        {{- '<think>\\n' }}
    {%- endif %}"""


def hf_message(role: str, text: str, images: int = 0, reasoning: str | None = None) -> dict:
    """The same turn written the way Qwen's processor examples write it."""
    content: str | list[dict] = text
    if images:
        content = [{"type": "image", "image": f"file:///photo{i}.jpg"} for i in range(images)]
        content.append({"type": "text", "text": text})
    message = {"role": role, "content": content}
    if reasoning is not None:
        message["reasoning_content"] = reasoning
    return message


CONVERSATIONS = {
    "single turn": [("user", "What is the capital of France?", 0, None)],
    "system prompt": [
        ("system", "You are Oriel, a private assistant.", 0, None),
        ("user", "Hello!", 0, None),
    ],
    "one image": [("user", "What is in this picture?", 1, None)],
    "three images": [
        ("system", "Answer briefly.", 0, None),
        ("user", "Compare these.", 3, None),
    ],
    "image in an earlier turn": [
        ("user", "Describe this.", 1, None),
        ("assistant", "A cat on a sofa.", 0, None),
        ("user", "What colour is the sofa?", 0, None),
    ],
    "reasoning before the last query is dropped": [
        ("user", "2 + 2?", 0, None),
        ("assistant", "4", 0, "The user adds two and two.\n"),
        ("user", "And times 3?", 0, None),
    ],
    "unicode": [("user", "你好 🙂 مرحبا\n\n  spaces  ", 0, None)],
}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("chat")
    build_tiny_tokenizer(out)
    return out


@pytest.fixture(scope="module")
def template(model_dir: Path) -> ChatTemplate:
    return ChatTemplate.from_dir(model_dir)


@pytest.fixture(scope="module")
def reference(model_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_dir)


def render_both(template: ChatTemplate, reference, turns, **options) -> tuple[str, str]:
    ours = template.render([ChatMessage(*t) for t in turns], **options)
    hf_options = {k: v for k, v in options.items() if v is not None}
    theirs = reference.apply_chat_template(
        [hf_message(*t) for t in turns],
        tokenize=False,
        add_generation_prompt=hf_options.pop("add_generation_prompt", True),
        **hf_options,
    )
    return ours, theirs


@pytest.mark.parametrize("thinking", [None, True, False])
@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_render_matches_transformers(template: ChatTemplate, reference, name: str, thinking) -> None:
    ours, theirs = render_both(template, reference, CONVERSATIONS[name], enable_thinking=thinking)
    assert ours == theirs


def test_reasoning_of_the_last_turn_is_kept(template: ChatTemplate, reference) -> None:
    turns = [("user", "2 + 2?", 0, None), ("assistant", "4", 0, "\nAdd two and two.\n")]
    ours, theirs = render_both(template, reference, turns, add_generation_prompt=False)
    assert ours == theirs
    assert ours.endswith("<|im_start|>assistant\n<think>\nAdd two and two.\n</think>\n\n4<|im_end|>\n")


def test_image_placeholders_come_before_the_text(template: ChatTemplate) -> None:
    prompt = template.render([ChatMessage("user", "Look", images=3)])
    assert (
        "<|im_start|>user\n" + "<|vision_start|><|image_pad|><|vision_end|>" * 3 + "Look<|im_end|>" in prompt
    )


def test_generation_prompt_follows_the_thinking_flag(template: ChatTemplate) -> None:
    turns = [ChatMessage("user", "Hi")]
    assert template.render(turns).endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert template.render(turns, enable_thinking=False).endswith("<think>\n\n</think>\n\n")
    assert template.render(turns, enable_thinking=True).endswith("<|im_start|>assistant\n<think>\n")
    assert not template.render(turns, add_generation_prompt=False).endswith("assistant\n")


def test_thinking_default_is_read_from_the_template() -> None:
    small = CHAT_TEMPLATE.read_text(encoding="utf-8")
    assert SMALL_MODEL_TAIL in small
    assert ChatTemplate(small).thinking_by_default is False
    assert ChatTemplate(small.replace(SMALL_MODEL_TAIL, LARGE_MODEL_TAIL)).thinking_by_default is True


def test_template_from_tokenizer_config(tmp_path: Path) -> None:
    source = CHAT_TEMPLATE.read_text(encoding="utf-8")
    (tmp_path / "tokenizer_config.json").write_text(
        json.dumps({"chat_template": source, "eos_token": {"content": "<|im_end|>"}})
    )
    assert (
        ChatTemplate.from_dir(tmp_path).render([ChatMessage("user", "Hi")]).startswith("<|im_start|>user\nHi")
    )


def test_missing_template_says_what_is_expected(tmp_path: Path) -> None:
    (tmp_path / "tokenizer_config.json").write_text("{}")
    with pytest.raises(ChatTemplateError, match="no chat template"):
        ChatTemplate.from_dir(tmp_path)


def test_invalid_template_is_reported() -> None:
    with pytest.raises(ChatTemplateError, match="not valid Jinja"):
        ChatTemplate("{% if %}")


def test_template_errors_become_chat_template_errors(template: ChatTemplate) -> None:
    with pytest.raises(ChatTemplateError, match="System message cannot contain images"):
        template.render([ChatMessage("system", "x", images=1), ChatMessage("user", "Hi")])
    with pytest.raises(ChatTemplateError, match="No user query"):
        template.render([ChatMessage("system", "x")])


# --- tools: the schemas in the system turn, calls in assistant turns, results as `tool` turns ---

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather now in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "City name"}},
            "required": ["city"],
        },
    },
}
CALCULATOR = {
    "type": "function",
    "function": {
        "name": "calculate",
        "description": "Exact arithmetic.",
        "parameters": {
            "type": "object",
            "properties": {"expression": {"type": "string"}},
            "required": ["expression"],
        },
    },
}
# Nested schema: objects in arrays, enums, anyOf with null, defaults, non-ASCII descriptions.
BOOKING = {
    "type": "function",
    "function": {
        "name": "book_trip",
        "description": "Réserve un voyage — 予約 <fast>",
        "parameters": {
            "type": "object",
            "properties": {
                "travellers": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "age": {"type": "integer", "minimum": 0},
                            "seat": {"type": "string", "enum": ["window", "aisle"]},
                        },
                        "required": ["name"],
                    },
                },
                "budget": {"anyOf": [{"type": "number"}, {"type": "null"}], "default": None},
                "options": {
                    "type": "object",
                    "properties": {"refundable": {"type": "boolean"}, "tags": {"type": "array"}},
                },
            },
            "required": ["travellers"],
        },
    },
}


def weather_call(city: str) -> ToolCall:
    return ToolCall("get_weather", {"city": city})


def hf_turn(message: ChatMessage) -> dict:
    """Our message the way an OpenAI / transformers user writes it (images as content items)."""
    turn = hf_message(message.role, message.text, message.images, message.reasoning)
    if message.tool_calls:
        turn["tool_calls"] = [
            {"type": "function", "function": {"name": c.name, "arguments": dict(c.arguments)}}
            for c in message.tool_calls
        ]
    return turn


TOOL_CONVERSATIONS: dict[str, tuple[list, list[ChatMessage]]] = {
    "one tool": ([WEATHER], [ChatMessage("user", "Weather in Paris?")]),
    "several tools with a system prompt": (
        [WEATHER, CALCULATOR, BOOKING],
        [ChatMessage("system", "You are Oriel."), ChatMessage("user", "Plan my trip.")],
    ),
    "nested parameters and an image": (
        [BOOKING],
        [ChatMessage("user", "Book what is on this ticket.", images=1)],
    ),
    "a call and its result": (
        [WEATHER],
        [
            ChatMessage("user", "Weather in Paris?"),
            ChatMessage("assistant", "", tool_calls=(weather_call("Paris"),)),
            ChatMessage("tool", '{"temperature": 21, "sky": "clear"}'),
        ],
    ),
    "text before the call, reasoning, and the final answer": (
        [WEATHER],
        [
            ChatMessage("user", "Weather in Paris?"),
            ChatMessage(
                "assistant",
                "Let me check.",
                reasoning="I need the tool.",
                tool_calls=(weather_call("Paris"),),
            ),
            ChatMessage("tool", "21 °C"),
            ChatMessage("assistant", "It is 21 °C in Paris.", reasoning="The tool said 21."),
            ChatMessage("user", "And in Oslo?"),
        ],
    ),
    "several calls and several results in a row": (
        [WEATHER, CALCULATOR, BOOKING],
        [
            ChatMessage("user", "Compare Paris and Oslo, then book."),
            ChatMessage(
                "assistant",
                "",
                tool_calls=(
                    weather_call("Paris"),
                    weather_call("Oslo"),
                    ToolCall(
                        "book_trip",
                        {
                            "travellers": [{"name": "Ada", "age": 36, "seat": "window"}],
                            "budget": 1200.5,
                            "options": {"refundable": True, "tags": []},
                        },
                    ),
                ),
            ),
            ChatMessage("tool", "21 °C"),
            ChatMessage("tool", "4 °C"),
            ChatMessage("tool", '{"booking": "ok"}'),
        ],
    ),
    "a tool result with an image": (
        [CALCULATOR],
        [
            ChatMessage("user", "Read the chart."),
            ChatMessage("assistant", "", tool_calls=(ToolCall("calculate", {"expression": "1+1"}),)),
            ChatMessage("tool", "chart.png (640x480)", images=1),
        ],
    ),
    "a tool result followed by the user": (
        [WEATHER],
        [
            ChatMessage("user", "Weather in Paris?"),
            ChatMessage("assistant", "", tool_calls=(weather_call("Paris"),)),
            ChatMessage("tool", "21 °C"),
            ChatMessage("user", "Thanks, and Rome?"),
        ],
    ),
}


@pytest.mark.parametrize("thinking", [None, True, False])
@pytest.mark.parametrize("name", sorted(TOOL_CONVERSATIONS))
def test_tools_render_matches_transformers(template: ChatTemplate, reference, name: str, thinking) -> None:
    tools, messages = TOOL_CONVERSATIONS[name]
    ours = template.render(messages, tools=tools, enable_thinking=thinking)
    options = {} if thinking is None else {"enable_thinking": thinking}
    theirs = reference.apply_chat_template(
        [hf_turn(m) for m in messages], tools=tools, tokenize=False, add_generation_prompt=True, **options
    )
    assert ours == theirs


def test_tool_results_in_a_row_share_one_user_turn(template: ChatTemplate) -> None:
    _, messages = TOOL_CONVERSATIONS["several calls and several results in a row"]
    prompt = template.render(messages, tools=[WEATHER])
    assert (
        "<|im_start|>user\n<tool_response>\n21 °C\n</tool_response>\n<tool_response>\n4 °C\n"
        '</tool_response>\n<tool_response>\n{"booking": "ok"}\n</tool_response><|im_end|>\n'
    ) in prompt
    assert '<parameter=travellers>\n[{"name": "Ada", "age": 36' in prompt


def test_no_tools_renders_as_before(template: ChatTemplate) -> None:
    turns = [ChatMessage("user", "Hi")]
    assert template.render(turns, tools=[]) == template.render(turns) == template.render(turns, tools=None)
    assert "# Tools" in template.render(turns, tools=[WEATHER])
