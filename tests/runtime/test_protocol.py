"""The GUI <-> worker wire format: every message survives a round trip; bad bytes are refused clearly."""

from __future__ import annotations

import dataclasses
import json

import pytest

from runtime import protocol as p

EXAMPLES: list[p.Request | p.Event] = [
    p.LoadModel("r1", "/models/a", provider="cuda", ops="portable", context_length=4096, threads=4),
    p.UnloadModel("r2"),
    p.Generate(
        "r3",
        "chat-1",
        (
            p.Message("system", "Be brief."),
            p.Message(
                "user",
                "What is this? ✨",
                images=(p.ImageRef("/img/a.png", "ab" * 32), p.ImageRef("/img/b.jpg", "cd" * 32)),
            ),
            p.Message("assistant", "A cat.", reasoning="It has whiskers."),
            p.Message(
                "assistant", "", tool_calls=(p.ToolCallInfo("call_1", "get_weather", '{"city": "Oslo"}'),)
            ),
            p.Message("tool", "4 °C", images=(p.ImageRef("/img/chart.png", "ef" * 32),)),
        ),
        p.Sampling(temperature=0.0, seed=7),
        thinking=False,
        max_new_tokens=16,
        tools=('{"type": "function", "function": {"name": "get_weather"}}',),
        tool_choice="required",
    ),
    p.Cancel("r3"),
    p.GetStatus("r4"),
    p.Shutdown(),
    p.ListModels("r5", store_dir="/models"),
    p.DownloadModel("r6", "Qwen/Qwen3.5-2B", revision="main", weights="int4", name="two"),
    p.ImportModel("r7", "/downloads/ckpt"),
    p.VerifyModel("r8", "two"),
    p.DeleteModel("r9", "two", store_dir=None),
    p.Ready(p.PROTOCOL_VERSION, 1234, ("cuda", "cpu")),
    p.Progress("r1", "load", 0.5, "building"),
    p.ModelLoaded("r1", "/models/a", "cpu", "no accelerated provider is available", "fused", 1.5),
    p.ModelLoaded("r1", "/models/a", "cuda", "cuda is available", "fused", 1.5, placement=(580, 587)),
    p.ModelUnloaded("r2"),
    p.TextDelta("r3", "thinking", "Hmm"),
    p.ImageSkipped("r3", 1, 0, "'b.jpg' is damaged"),
    p.ToolCallProposed("r3", p.ToolCallInfo("call_2", "get_weather", '{"city": "Paris"}'), in_thinking=True),
    p.ToolCallInvalid("r3", "get_wether", "There is no tool named 'get_wether'.", "<function=get_wether>"),
    p.Finished("r3", "stop", 10, 5, 100.0, 20.0, 0.1),
    p.Error(None, p.ErrorCode.WORKER_CRASHED, "it stopped"),
    p.Status("r4", None, None, False, 123456),
    p.ModelList(
        "r5", "/models", (p.ModelInfo("two", "/models/two", "Qwen/Qwen3.5-2B@abc", "int4", 10, True),)
    ),
    p.ModelInstalled("r6", p.ModelInfo("two", "/models/two", "x", "fp32", 1, False, "2026-01-01", "damaged")),
    p.ModelVerified("r8", "two"),
    p.ModelDeleted("r9", "two"),
    p.Transcribe("r10", "/tmp/recording.wav", "pt_BR", model="whisper-base-int8"),
    p.Transcript("r10", "Olá, mundo", "pt", 0.4, 3.2),
]


def test_every_message_type_has_an_example() -> None:
    assert {type(m) for m in EXAMPLES} == set(p.REQUESTS) | set(p.EVENTS)


@pytest.mark.parametrize("message", EXAMPLES, ids=lambda m: type(m).__name__)
def test_round_trip(message) -> None:
    assert p.decode(p.encode(message)) == message


def test_final_events_end_their_request() -> None:
    assert p.ends_request(p.Finished("r", "stop", 1, 1, 1.0, 1.0, 0.1))
    assert p.ends_request(p.Error("r", p.ErrorCode.INTERNAL, "x"))
    assert not p.ends_request(p.TextDelta("r", "answer", "x"))
    assert not p.ends_request(p.Progress("r", "download", 0.1))
    assert not p.ends_request(p.ImageSkipped("r", 0, 0, "x"))


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        (b"{not json", "not a JSON message"),
        (b"\xff\xfe", "not a JSON message"),
        (b"[1, 2]", "unknown message type"),
        (b'{"type": "Launch"}', "unknown message type"),
        (b'{"type": "GetStatus"}', "lacks 'request_id'"),
        (b'{"type": "GetStatus", "request_id": 5}', "must be str"),
        (b'{"type": "GetStatus", "request_id": "a", "extra": 1}', "unknown fields"),
        (b'{"type": "TextDelta", "request_id": "a", "kind": "shout", "text": ""}', "must be one of"),
        (b'{"type": "Generate", "request_id": "a", "conversation_id": "c", "messages": 1}', "must be a list"),
        (b'{"type": "Generate", "request_id": "", "conversation_id": "", "messages": [{}]}', "lacks 'role'"),
        (b'{"type": "Finished", "request_id": "a", "reason": "stop", "prompt_tokens": true}', "must be int"),
    ],
)
def test_malformed_messages_are_refused_with_the_reason(data: bytes, complaint: str) -> None:
    with pytest.raises(p.ProtocolError, match=complaint):
        p.decode(data)


HUGE = str(10**400).encode()


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (
            b'{"type": "GetStatus", "request_id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
            "nested too deeply",
        ),
        (b'{"type": "Progress", "request_id": "r", "stage": "load", "fraction": ' + HUGE + b"}", "too large"),
        (
            b'{"type": "Progress", "request_id": "r", "stage": "load", "fraction": 1' + b"0" * 5000 + b"}",
            "JSON",
        ),
        (
            b'{"type": "Finished", "request_id": "a", "reason": "stop", "prompt_tokens": ' + HUGE + b"}",
            "out of range",
        ),
        (b'{"type": ' + HUGE + b"}", "unknown message type"),
    ],
)
def test_hostile_json_is_a_protocol_error_not_a_crash(data: bytes, complaint: str) -> None:
    with pytest.raises(p.ProtocolError, match=complaint):
        p.decode(data)


def test_integers_are_accepted_where_floats_are_expected() -> None:
    raw = json.loads(p.encode(p.Progress("r", "load", 0.5)))
    raw["fraction"] = 1
    assert p.decode(json.dumps(raw).encode()) == p.Progress("r", "load", 1.0)


def test_defaults_fill_fields_an_older_sender_left_out() -> None:
    message = p.decode(b'{"type": "LoadModel", "request_id": "r", "package_dir": "/m"}')
    assert message == p.LoadModel("r", "/m")
    assert dataclasses.asdict(message)["provider"] == "auto"


def test_a_model_loaded_event_without_placement_still_decodes() -> None:
    """`placement` is optional: a remote engine or an older worker leaves it out."""
    raw = (
        b'{"type": "ModelLoaded", "request_id": "r1", "package_dir": "/m", "provider": "cpu", '
        b'"provider_reason": "", "ops": "fused", "load_seconds": 1.0}'
    )
    event = p.decode(raw)
    assert isinstance(event, p.ModelLoaded) and event.placement == ()
