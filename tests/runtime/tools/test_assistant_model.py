"""The tool loop on a real Assistant (a tiny converted model): the tools reach the prompt, the
turn ends, and a past call and its result render through the real template and engine.
Random weights never call a tool, so the loop ends with the model's answer."""

from __future__ import annotations

import pytest

from runtime.generate.assistant import Assistant
from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import GenerationConfig
from runtime.protocol import Sampling
from runtime.tools.calls import ToolCall
from runtime.tools.consent import Consent
from runtime.tools.host import ToolHost
from runtime.tools.loop import LoopFinished, ToolLoop, Turn
from runtime.tools.models import AssistantModel
from runtime.tools.registry import load_tools

SPECS = [t.spec for t in load_tools(("runtime.tools.builtin",)).values()]


@pytest.fixture(scope="module")
def assistant(packages) -> Assistant:
    return Assistant(packages("gqa1-tied"), provider="cpu")


def test_the_loop_on_a_real_assistant(assistant: Assistant) -> None:
    model = AssistantModel(assistant, GenerationConfig(8, Sampling.greedy()))
    history = [
        Turn(ChatMessage("user", "What is 6*7?")),
        Turn(
            ChatMessage("assistant", "", tool_calls=(ToolCall("calculate", {"expression": "6*7"}, "call_1"),))
        ),
        Turn(ChatMessage("tool", "42")),
    ]
    schemas = [s.schema() for s in SPECS]
    assert model.count_tokens(history, schemas) > model.count_tokens(history, []) + 100
    with ToolHost() as host:
        events = list(ToolLoop(model, host, SPECS, Consent()).run(history, ask=lambda r: None))  # type: ignore[arg-type,return-value]
    done = events[-1]
    assert isinstance(done, LoopFinished) and done.reason in ("answered", "length")
    assert done.turns[-1].message.role == "assistant"
