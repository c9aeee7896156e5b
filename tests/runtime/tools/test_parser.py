"""The streaming tool-call parser: calls out, no XML in the text, types from the schema.

Cases marked with an issue number are failures other engines shipped.
"""

from __future__ import annotations

import random

import pytest

from devtools.tool_schemas import TYPED, WEATHER
from runtime.generate.tokenizer import Tokenizer
from runtime.protocol import TextDelta
from runtime.tools.calls import ToolCall
from runtime.tools.parser import MalformedCall, ParsedCall, ToolCallParser
from runtime.tools.schema import ArgumentError, coerce
from runtime.tools.stream import TurnDecoder, call_stop_ids

TOOLS = [WEATHER, TYPED]
PARIS = (
    "<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n</function>\n</tool_call>"
)
OSLO = (
    "<tool_call>\n<function=get_weather>\n<parameter=city>\nOslo\n</parameter>\n"
    "<parameter=days>\n3\n</parameter>\n</function>\n</tool_call>"
)
XML_BITS = ("<tool_call", "tool_call>", "<function", "</function", "<parameter", "</parameter", "</tool")


def run(chunks: list[str], tools=TOOLS) -> tuple[str, list]:
    parser = ToolCallParser(tools)
    pieces = [p for chunk in chunks for p in parser.feed(chunk)] + parser.flush()
    text = "".join(p for p in pieces if isinstance(p, str))
    return text, [p for p in pieces if not isinstance(p, str)]


def calls(found: list) -> list[ToolCall]:
    assert all(isinstance(p, ParsedCall) for p in found), found
    return [p.call for p in found]


def test_one_call_with_text_before() -> None:
    text, found = run(["Let me check.\n\n" + PARIS])
    assert text == "Let me check.\n\n"
    assert calls(found) == [ToolCall("get_weather", {"city": "Paris"})]


def test_several_calls_in_one_turn() -> None:
    # vllm-mlx #55: the second call leaked as text because "</tool_call>" was already in the text.
    text, found = run([PARIS + "\n" + OSLO])
    assert text.strip() == ""
    assert calls(found) == [
        ToolCall("get_weather", {"city": "Paris"}),
        ToolCall("get_weather", {"city": "Oslo", "days": 3}),
    ]


@pytest.mark.parametrize("seed", range(20))
def test_any_chunking_gives_the_same_result_and_never_shows_xml(seed: int) -> None:
    # Rapid-MLX #171, club-3090 #145: XML leaked into streamed deltas; vllm-mlx #55: a closing tag
    # split across two chunks was never seen.
    stream = "Checking both < cities >.\n" + PARIS + "\n" + OSLO + " Done"
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, len(stream)), rng.randint(1, 40)))
    chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    parser = ToolCallParser(TOOLS)
    shown = ""
    for chunk in chunks:
        for piece in parser.feed(chunk):
            if isinstance(piece, str):
                shown += piece
                assert not any(bit in shown for bit in XML_BITS), shown
    shown += "".join(p for p in parser.flush() if isinstance(p, str))
    assert shown == "Checking both < cities >.\n\n Done"
    assert run([stream])[1] == run(list(stream))[1]
    assert len(run(chunks)[1]) == 2


def test_a_partial_tag_that_is_not_a_tag_is_released() -> None:
    parser = ToolCallParser(TOOLS)
    assert parser.feed("x <tool") == ["x "]
    assert parser.feed("s are fun") == ["<tools are fun"]
    assert parser.feed(" <") == [" "]
    assert parser.flush() == ["<"]


def test_bare_function_block_without_tool_call_tags() -> None:
    # llama.cpp PR #15019: Qwen3-Coder sometimes drops the <tool_call> wrapper.
    text, found = run(
        ["<function=get_weather>\n<parameter=city>\nRome\n</parameter>\n</function>\n</tool_call>"]
    )
    assert text.strip() == ""
    assert calls(found) == [ToolCall("get_weather", {"city": "Rome"})]


def test_missing_closing_parameter_tags() -> None:
    _text, found = run(
        [
            "<tool_call>\n<function=get_weather>\n<parameter=city>\nRome\n<parameter=days>\n2\n</function>\n</tool_call>"
        ]
    )
    assert calls(found) == [ToolCall("get_weather", {"city": "Rome", "days": 2})]


def test_multiline_string_values_keep_their_inner_whitespace() -> None:
    value = "  line one\n\n\tline two </para> <b>\n"
    _, found = run(
        [
            f"<tool_call>\n<function=get_weather>\n<parameter=city>\n{value}\n</parameter>\n</function>\n</tool_call>"
        ]
    )
    assert calls(found)[0].arguments["city"] == value


@pytest.mark.parametrize(
    ("param", "raw", "expected"),
    [
        ("zip", "007", "007"),  # sglang #13411: a zip code is a string
        ("zip", "true", "true"),
        ("zip", "null", "null"),
        ("count", "007", 7),
        ("count", '"10"', 10),  # QwenPaw #852: Qwen quotes integers
        ("count", "1e3", 1000),
        ("count", "-4", -4),
        ("ratio", "1e3", 1000.0),
        ("ratio", "72.000000", 72.0),  # llama.cpp PR #15019: excess precision
        ("ratio", "3", 3),
        ("flag", "True", True),  # the template writes Python's True back as "True"
        ("flag", "false", False),
        ("nothing", "None", None),
        ("items", '["a", "b"]', ["a", "b"]),
        ("items", "['a', 'b']", ["a", "b"]),  # a Python repr
        ("options", '{"a": {"b": [1, 2]}}', {"a": {"b": [1, 2]}}),
        ("limit", "null", None),
        ("limit", "5", 5),
        ("label", "null", None),
        ("label", "007", "007"),
        ("undeclared", "[1, 2]", [1, 2]),
        ("undeclared", "plain words", "plain words"),
    ],
)
def test_values_take_their_schema_types(param: str, raw: str, expected) -> None:
    _, found = run(
        [
            f"<tool_call>\n<function=typed>\n<parameter={param}>\n{raw}\n</parameter>\n</function>\n</tool_call>"
        ]
    )
    value = calls(found)[0].arguments[param]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("schema", "raw"),
    [
        ({"type": "integer"}, "2026-01-15"),  # mlx-lm #1310, #1330: this dropped the whole call
        ({"type": "integer"}, "1.5"),
        ({"type": "number"}, "nan"),
        ({"type": "number"}, "1_000"),
        ({"type": "boolean"}, "yes"),
        ({"type": "array"}, '{"a": 1}'),
        ({"type": "object"}, "[1"),
        ({"anyOf": [{"type": "integer"}, {"type": "null"}]}, "many"),
    ],
)
def test_values_that_do_not_fit_are_errors(schema, raw: str) -> None:
    with pytest.raises(ArgumentError, match="expected"):
        coerce(raw, schema)


def test_a_value_that_does_not_fit_becomes_an_error_for_the_model() -> None:
    text, found = run(
        [
            "<tool_call>\n<function=get_weather>\n<parameter=city>\nX\n</parameter>\n"
            "<parameter=days>\n2026-01-15\n</parameter>\n</function>\n</tool_call>"
        ]
    )
    assert text == ""
    (error,) = found
    assert isinstance(error, MalformedCall)
    assert error.name == "get_weather"
    assert "'days'" in error.message and "integer" in error.message and "2026-01-15" in error.message


def test_unknown_tool_and_missing_parameters_are_errors() -> None:
    _, found = run(
        [
            "<tool_call>\n<function=get_wether>\n</function>\n</tool_call>",
            "<tool_call>\n<function=get_weather>\n<parameter=days>\n1\n</parameter>\n</function>\n</tool_call>",
            "<tool_call>\nget_weather(city='Paris')\n</tool_call>",
        ]
    )
    assert [type(p) for p in found] == [MalformedCall] * 3
    assert "no tool named 'get_wether'" in found[0].message and "get_weather, typed" in found[0].message
    assert "needs the parameter(s) city" in found[1].message
    assert "no <function=NAME>" in found[2].message


def test_a_call_cut_off_is_an_error() -> None:
    text, found = run(["Sure. <tool_call>\n<function=get_weather>\n<parameter=city>\nPar"])
    assert text == "Sure. "
    (error,) = found
    assert isinstance(error, MalformedCall) and "cut off" in error.message


def test_a_new_call_before_the_last_one_closed() -> None:
    _, found = run(["<tool_call>\n<function=get_weather>\n<parameter=city>\nA\n" + PARIS])
    assert isinstance(found[0], MalformedCall)
    assert calls(found[1:]) == [ToolCall("get_weather", {"city": "Paris"})]


def decode(tokenizer: Tokenizer, text: str, *, in_thinking: bool = False) -> list:
    decoder = TurnDecoder(tokenizer, tools=TOOLS, in_thinking=in_thinking)
    out = [p for token in tokenizer.encode(text) for p in decoder.add(token)]
    return out + decoder.finish()


def test_streamed_tokens_never_show_xml(tokenizer: Tokenizer) -> None:
    pieces = decode(tokenizer, "Here we go: " + PARIS + OSLO)
    shown = [p.text for p in pieces if isinstance(p, TextDelta)]
    assert "".join(shown) == "Here we go:"
    assert [p.call.arguments["city"] for p in pieces if isinstance(p, ParsedCall)] == ["Paris", "Oslo"]


def test_a_call_inside_thinking_is_kept(tokenizer: Tokenizer) -> None:
    # vllm #39056 / #42021: a call written before </think> was lost (or shown as text).
    pieces = decode(tokenizer, "The user wants weather.\n" + PARIS + "\n</think>\n\n", in_thinking=True)
    assert {p.kind for p in pieces if isinstance(p, TextDelta)} == {"thinking"}
    assert "".join(p.text for p in pieces if isinstance(p, TextDelta)) == "The user wants weather."
    (call,) = [p for p in pieces if isinstance(p, ParsedCall)]
    assert call.in_thinking and call.call.arguments == {"city": "Paris"}
    after = decode(tokenizer, "Thought.</think>\n\n" + PARIS, in_thinking=True)
    assert not next(p for p in after if isinstance(p, ParsedCall)).in_thinking


def test_without_tools_the_xml_is_plain_text(tokenizer: Tokenizer) -> None:
    decoder = TurnDecoder(tokenizer)
    pieces = [p for t in tokenizer.encode(PARIS) for p in decoder.add(t)] + decoder.finish()
    assert "".join(p.text for p in pieces) == PARIS


def test_the_turn_stops_at_the_closing_tag(tokenizer: Tokenizer) -> None:
    assert call_stop_ids(tokenizer) == {tokenizer.token_id("</tool_call>")}
