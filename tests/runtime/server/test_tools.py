"""OpenAI tools through the local API server, driven by the official `openai` client as a real
client drives it: `tools`, `tool_choice`, `tool_calls` whole and streamed, `tool` messages and
finish_reason "tool_calls".

The worker is the fake one with tools (devtools/fake_tool_worker.py): its scripted answer goes
through the real parser and the worker's own event mapping, so the calls reach the server as the
model worker sends them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from devtools.fake_tool_worker import FakeToolWorker
from runtime.protocol import Generate, LoadModel, ModelLoaded
from runtime.server import ApiServer
from runtime.transport import BlockingClient

pytestmark = pytest.mark.timeout(60)

TOKEN = "test-token-0123456789"
MODEL = "Qwen3.5-2B-fp32"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city"],
        },
    },
}
CALL = (
    "<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n"
    "<parameter=days>\n3\n</parameter>\n</function>\n</tool_call>"
)
ASK = [{"role": "user", "content": "Weather in Paris for three days?"}]


class Scripted:
    """The fake model's answer for each request, and the requests it got."""

    def __init__(self) -> None:
        self.answer = "Let me check. " + CALL
        self.seen: list[Generate] = []

    def __call__(self, request: Generate) -> str:
        self.seen.append(request)
        return self.answer


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[openai.OpenAI, Scripted]]:
    script = Scripted()
    fake = FakeToolWorker(answer=script, delay=0.0005)
    worker = BlockingClient(fake, prefix="api")
    (tmp_path / MODEL).mkdir()
    assert isinstance(list(worker.stream(LoadModel(worker.new_id(), str(tmp_path / MODEL))))[-1], ModelLoaded)
    server = ApiServer(worker, TOKEN, port=0)
    server.start()
    client = openai.OpenAI(base_url=server.url, api_key=TOKEN, max_retries=0)
    try:
        yield client, script
    finally:
        client.close()
        server.close()
        worker.shutdown()


def test_a_call_comes_back_as_tool_calls(api) -> None:
    client, script = api
    response = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER])
    choice = response.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content == "Let me check. "
    (call,) = choice.message.tool_calls
    assert call.type == "function" and call.function.name == "get_weather" and call.id.startswith("call_")
    assert json.loads(call.function.arguments) == {"city": "Paris", "days": 3}  # typed from the schema
    assert json.loads(script.seen[0].tools[0]) == WEATHER and script.seen[0].tool_choice == "auto"


def test_streamed_calls_arrive_as_deltas_and_no_xml_in_content(api) -> None:
    client, _ = api
    stream = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER], stream=True)
    content, calls, finish = "", {}, None
    for chunk in stream:
        delta = chunk.choices[0].delta
        content += delta.content or ""
        for part in delta.tool_calls or []:
            call = calls.setdefault(part.index, {"id": None, "name": "", "arguments": ""})
            call["id"] = part.id or call["id"]
            if part.function is not None:
                call["name"] += part.function.name or ""
                call["arguments"] += part.function.arguments or ""
        finish = chunk.choices[0].finish_reason or finish
    assert "<" not in content and content == "Let me check. "
    assert finish == "tool_calls"
    assert [(c["name"], json.loads(c["arguments"])) for c in calls.values()] == [
        ("get_weather", {"city": "Paris", "days": 3})
    ]
    assert calls[0]["id"].startswith("call_")


def test_the_client_stream_helper_assembles_the_call(api) -> None:
    client, _ = api
    with client.chat.completions.stream(model=MODEL, messages=ASK, tools=[WEATHER]) as stream:
        final = stream.get_final_completion()
    (call,) = final.choices[0].message.tool_calls
    assert call.function.name == "get_weather" and json.loads(call.function.arguments)["days"] == 3
    assert final.choices[0].finish_reason == "tool_calls"


def test_tool_results_go_back_to_the_model(api) -> None:
    client, script = api
    script.answer = "It is 21 °C in Paris."
    first = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER])
    call = first.choices[0].message.tool_calls  # the fake answers without a call now
    assert call is None and first.choices[0].finish_reason == "stop"
    messages = [
        *ASK,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris", "days": 3}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"temperature": 21}'},
    ]
    answer = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER])
    assert answer.choices[0].message.content == "It is 21 °C in Paris."
    sent = script.seen[-1].messages
    assert [m.role for m in sent] == ["user", "assistant", "tool"]
    assert (
        sent[1].tool_calls[0].name == "get_weather"
        and json.loads(sent[1].tool_calls[0].arguments)["days"] == 3
    )
    assert sent[2].text == '{"temperature": 21}'


def test_tool_choice(api) -> None:
    client, script = api
    client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER], tool_choice="none")
    assert script.seen[-1].tools == ()
    response = client.chat.completions.create(
        model=MODEL, messages=ASK, tools=[WEATHER], tool_choice="required"
    )
    assert script.seen[-1].tool_choice == "required" and response.choices[0].finish_reason == "tool_calls"
    # A named function: the call is opened in the prompt, so the model writes only its parameters.
    script.answer = "<parameter=city>\nRome\n</parameter>\n</function>\n</tool_call>"
    named = {"type": "function", "function": {"name": "get_weather"}}
    response = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER], tool_choice=named)
    assert script.seen[-1].tool_choice == "get_weather"
    assert json.loads(response.choices[0].message.tool_calls[0].function.arguments) == {"city": "Rome"}
    with pytest.raises(openai.BadRequestError, match="not in 'tools'"):
        other = {"type": "function", "function": {"name": "send_email"}}
        client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER], tool_choice=other)


def test_a_call_the_parser_rejects_is_shown_as_written(api) -> None:
    client, script = api
    script.answer = (
        "<tool_call>\n<function=get_weather>\n<parameter=days>\nsoon\n</parameter>\n</function>\n</tool_call>"
    )
    response = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER])
    choice = response.choices[0]
    assert choice.message.tool_calls is None and choice.finish_reason == "stop"
    assert "<function=get_weather>" in choice.message.content
