"""The tool loop end to end: a scripted model (real tokenizer, template, detokenizer and parser),
the real consent rules, and the real tool host process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.scripted_model import Hang, ScriptedModel
from runtime.generate.chat_template import ChatMessage
from runtime.protocol import TextDelta
from runtime.tools.consent import Consent, ConsentRequest, Decision
from runtime.tools.host import DEFAULT_MODULES, HostConfig, ToolHost
from runtime.tools.loop import (
    CallDenied,
    CallFinished,
    CallProposed,
    CallRejected,
    CallStarted,
    LoopFinished,
    LoopLimits,
    ResultsFolded,
    StepLimitReached,
    ToolLoop,
    Turn,
)
from runtime.tools.registry import load_tools

MODULES = (*DEFAULT_MODULES, "devtools.test_tools")
SPECS = [t.spec for t in load_tools(MODULES).values()]


def call(name: str, **arguments: object) -> str:
    params = "".join(f"<parameter={k}>\n{v}\n</parameter>\n" for k, v in arguments.items())
    return f"<tool_call>\n<function={name}>\n{params}</function>\n</tool_call>"


@pytest.fixture(scope="module")
def host() -> Iterator[ToolHost]:
    with ToolHost(HostConfig(modules=MODULES)) as h:
        yield h


class Asker:
    """The user at the consent card: answers in order, and records what was asked."""

    def __init__(self, *answers: Decision) -> None:
        self.answers = list(answers)
        self.asked: list[ConsentRequest] = []

    def __call__(self, request: ConsentRequest) -> Decision:
        self.asked.append(request)
        return self.answers.pop(0)


def never(request: ConsentRequest) -> Decision:
    raise AssertionError(f"asked about {request.call.name}")


def run_loop(
    tiny_tokenizer_dir: Path,
    host: ToolHost,
    replies: list,
    ask=never,
    *,
    consent: Consent | None = None,
    limits: LoopLimits | None = None,
    cancel: threading.Event | None = None,
    on_event=None,
) -> tuple[ScriptedModel, list]:
    model = ScriptedModel(tiny_tokenizer_dir, replies)
    loop = ToolLoop(model, host, SPECS, consent or Consent(), limits or LoopLimits())
    events = []
    for event in loop.run([Turn(ChatMessage("user", "Go."))], ask=ask, cancel=cancel):
        events.append(event)
        if on_event is not None:
            on_event(event)
    assert not model.replies, "the model was not asked for every scripted reply"
    return model, events


def of(events: list, kind: type) -> list:
    return [e for e in events if isinstance(e, kind)]


def test_allowed_call_runs_in_the_host_and_its_result_reaches_the_model(tiny_tokenizer_dir, host) -> None:
    asker = Asker(Decision.ALLOW_ONCE)
    model, events = run_loop(
        tiny_tokenizer_dir,
        host,
        ["I will echo. " + call("echo", text="hello world"), "It said hello."],
        asker,
    )
    assert [type(e) for e in events if not isinstance(e, TextDelta)] == [
        CallProposed,
        CallStarted,
        CallFinished,
        LoopFinished,
    ]
    assert [r.call.name for r in asker.asked] == ["echo"]
    (finished,) = of(events, CallFinished)
    assert finished.result.text == "hello world" and not finished.result.error
    assert "<tool_response>\nhello world\n</tool_response>" in model.prompts[1]
    assert "<tool_call>\n<function=echo>\n<parameter=text>\nhello world\n</parameter>" in model.prompts[1]
    done = events[-1]
    assert done.reason == "answered" and done.steps == 1
    assert done.turns[-1].message.text == "It said hello."
    assert "".join(e.text for e in of(events, TextDelta)) == "I will echo.It said hello."


def test_denied_call_does_not_run_and_the_model_is_told(tiny_tokenizer_dir, host) -> None:
    model, events = run_loop(
        tiny_tokenizer_dir, host, [call("echo", text="secret"), "Fine."], Asker(Decision.DENY)
    )
    assert of(events, CallDenied) and not of(events, CallStarted)
    assert "The user did not allow this call to echo" in model.prompts[1]


def test_allow_for_this_conversation_asks_once(tiny_tokenizer_dir, host) -> None:
    asker = Asker(Decision.ALLOW_CONVERSATION)
    consent = Consent()
    run_loop(
        tiny_tokenizer_dir,
        host,
        [call("echo", text="a"), call("echo", text="b"), "Done."],
        asker,
        consent=consent,
    )
    assert len(asker.asked) == 1 and consent.allowed_here == {"echo"}


def test_always_allowed_and_off_tools(tiny_tokenizer_dir, host) -> None:
    consent = Consent({"echo": "allow", "big": "off"})
    model, events = run_loop(
        tiny_tokenizer_dir, host, [call("big", size=3), call("echo", text="x"), "Done."], consent=consent
    )
    assert '"name": "echo"' in model.prompts[0] and '"name": "big"' not in model.prompts[0]
    assert [e.result.text for e in of(events, CallFinished)] == ["x"]
    assert "no tool named 'big'" in of(events, CallRejected)[0].message


def test_built_in_calculator_and_clock_run_without_asking(tiny_tokenizer_dir, host) -> None:
    _, events = run_loop(
        tiny_tokenizer_dir, host, [call("calculate", expression="2**10 + 1/3"), call("current_time"), "ok"]
    )
    calc, clock = (e.result for e in of(events, CallFinished))
    assert calc.text.startswith("3073/3") and not clock.error


def test_malformed_call_is_sent_back_and_noted(tiny_tokenizer_dir, host) -> None:
    model, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("big", size="lots"), call("big", size=5), "Five x."],
        consent=Consent({"big": "allow"}),
    )
    (rejected,) = of(events, CallRejected)
    assert "'size'" in rejected.message and "integer" in rejected.message
    assert f"<tool_response>\n{rejected.message}\n</tool_response>" in model.prompts[1]
    assert [e.result.text for e in of(events, CallFinished)] == ["xxxxx"]


def test_a_tool_that_crashes_takes_down_only_the_host(tiny_tokenizer_dir, host) -> None:
    _, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("crash"), call("echo", text="still here"), "ok"],
        consent=Consent({"crash": "allow", "echo": "allow"}),
    )
    crashed, echoed = (e.result for e in of(events, CallFinished))
    assert crashed.error and "crashed the tool host (exit code 3)" in crashed.text
    assert echoed.text == "still here"


def test_a_tool_that_hangs_is_stopped_at_its_limit(tiny_tokenizer_dir, host) -> None:
    _, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("hang"), call("echo", text="next"), "ok"],
        consent=Consent({"hang": "allow", "echo": "allow"}),
        limits=LoopLimits(tool_timeout=0.5),
    )
    hung, echoed = (e.result for e in of(events, CallFinished))
    assert hung.error and "did not finish within 0.5 s" in hung.text
    assert echoed.text == "next"


def test_cancel_while_a_tool_runs(tiny_tokenizer_dir, host) -> None:
    cancel = threading.Event()

    def on_event(event) -> None:
        if isinstance(event, CallStarted):
            threading.Timer(0.2, cancel.set).start()

    _, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("hang")],
        consent=Consent({"hang": "allow"}),
        cancel=cancel,
        on_event=on_event,
    )
    (finished,) = of(events, CallFinished)
    assert "stopped by the user" in finished.result.text
    assert events[-1].reason == "cancelled"


def test_cancel_while_the_model_writes(tiny_tokenizer_dir, host) -> None:
    cancel = threading.Event()
    _, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [Hang("A long answer that never ends " + call("echo", text="x"), at=3)],
        cancel=cancel,
        on_event=lambda e: cancel.set() if isinstance(e, TextDelta) else None,
    )
    assert events[-1].reason == "cancelled" and not of(events, CallProposed)


def test_steps_are_bounded(tiny_tokenizer_dir, host) -> None:
    _, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("echo", text=str(i)) for i in range(3)],
        consent=Consent({"echo": "allow"}),
        limits=LoopLimits(max_steps=3),
    )
    assert of(events, StepLimitReached) == [StepLimitReached(3)]
    assert events[-1].reason == "step_limit"


def test_long_results_are_cut_with_a_note(tiny_tokenizer_dir, host) -> None:
    model, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("big", size=50_000), "ok"],
        consent=Consent({"big": "allow"}),
        limits=LoopLimits(result_chars=1000),
    )
    (finished,) = of(events, CallFinished)
    assert "[Cut: the result had 50,000 characters; only the first 1,000 are shown.]" in finished.result.text
    assert "x" * 1001 not in model.prompts[1] and "[Cut: the result had 50,000" in model.prompts[1]
    assert "Cut" in finished.result.note


def test_old_results_are_folded_when_they_fill_the_context(tiny_tokenizer_dir, host) -> None:
    model, events = run_loop(
        tiny_tokenizer_dir,
        host,
        [call("big", size=3000), call("big", size=3000), call("big", size=3000), "ok"],
        consent=Consent({"big": "allow"}),
        limits=LoopLimits(fold_tokens=2500),
    )
    folds = of(events, ResultsFolded)
    assert folds and all(f.count >= 1 and f.tokens_freed > 0 for f in folds)
    assert "[Folded: an earlier result of big" in model.prompts[-1]
    # The latest result is kept whole.
    assert "x" * 3000 in model.prompts[-1]


def test_an_image_result_goes_back_as_an_image(tiny_tokenizer_dir, host) -> None:
    model, events = run_loop(
        tiny_tokenizer_dir, host, [call("picture"), "A picture."], consent=Consent({"picture": "allow"})
    )
    turns = events[-1].turns
    tool_turn = next(t for t in turns if t.message.role == "tool")
    assert tool_turn.message.images == 1 and tool_turn.images[0].startswith(b"\x89PNG")
    assert (
        "<tool_response>\n<|vision_start|><|image_pad|><|vision_end|>a test picture\n</tool_response>"
        in (model.prompts[1])
    )


def test_a_tool_that_raises_gives_an_error_result(tiny_tokenizer_dir, host) -> None:
    _, events = run_loop(tiny_tokenizer_dir, host, [call("fail"), "ok"], consent=Consent({"fail": "allow"}))
    (finished,) = of(events, CallFinished)
    assert finished.result.error and finished.result.text == "The tool failed: KeyError: 'missing'"
