"""The tool loop: model -> call -> consent -> run -> result -> model, until the model answers.

`ToolLoop.run` is a generator of events (the shape the rest of the runtime uses): the model's
text as it streams, each call proposed, the consent decision, the result, folds of old results,
and one `LoopFinished` at the end with the conversation as it now stands. It is bounded:

- `max_steps` model turns that call tools; then the loop stops and says so (`StepLimitReached`).
- `cancel` is checked while the model writes (the model stops), while a tool runs (the tool host
  is killed) and between steps.
- each tool gets `tool_timeout` seconds, in the tool host, never in the model worker.
- a result longer than `result_chars` is cut, with a note the model and the user both see.
- when the tool results in the conversation pass `fold_tokens`, or the prompt comes within
  `reserve_tokens` of the context length, the oldest results are replaced by a short placeholder
  (Qwen's context folding for its search agents); the latest step's results are kept, and a
  `ResultsFolded` event says how many were folded and how much room it made.

Calls the parser could not read (`MalformedCall`) and calls the user denied get an error result
the model sees, so it can correct itself or answer without the tool.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import Finish
from runtime.protocol import TextDelta
from runtime.tools.calls import ContentPart, ToolCall, ToolResult
from runtime.tools.consent import Ask, Consent, ConsentRequest
from runtime.tools.parser import CALL_CLOSE, CALL_OPEN, MalformedCall, ParsedCall
from runtime.tools.registry import ToolSpec

FOLDED = (
    "[Folded: an earlier result of {tool} ({tokens:,} tokens) was removed to make room. "
    "Call the tool again if you need it.]"
)
CUT = "\n[Cut: the result had {total:,} characters; only the first {kept:,} are shown.]"
DENIED = "The user did not allow this call to {tool}. Answer without it, or ask the user."


@dataclass(frozen=True)
class Turn:
    """A message of the conversation with the images it carries: encoded files (a tool's image
    result) or paths (images the user attached, already stored)."""

    message: ChatMessage
    images: tuple[bytes | str, ...] = ()


class ChatModel(Protocol):
    """What the loop needs from a model: a turn of events, and a token count for folding."""

    context_length: int

    def turn(
        self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]], cancel: threading.Event | None
    ) -> Iterator[object]: ...

    def count_tokens(self, turns: Sequence[Turn], tools: Sequence[Mapping[str, Any]]) -> int:
        """The prompt's length for `turns` with `tools`."""
        ...

    def count_text(self, text: str) -> int:
        """The length of `text` in tokens."""
        ...


class Runner(Protocol):
    def call(
        self, call: ToolCall, *, timeout: float, cancel: threading.Event | None = None
    ) -> ToolResult: ...


@dataclass(frozen=True)
class LoopLimits:
    max_steps: int = 8
    tool_timeout: float = 30.0
    result_chars: int = 12_000
    fold_tokens: int | None = None  # None: half the context length
    reserve_tokens: int = 1024  # room kept for the model's next turn


@dataclass(frozen=True)
class CallProposed:
    call: ToolCall
    spec: ToolSpec
    in_thinking: bool


@dataclass(frozen=True)
class CallRejected:
    """A call that could not be read or names no offered tool; `message` went to the model."""

    name: str
    message: str
    raw: str


@dataclass(frozen=True)
class CallDenied:
    call: ToolCall


@dataclass(frozen=True)
class CallStarted:
    call: ToolCall


@dataclass(frozen=True)
class CallFinished:
    result: ToolResult


@dataclass(frozen=True)
class ResultsFolded:
    count: int
    tokens_freed: int


@dataclass(frozen=True)
class StepLimitReached:
    steps: int


@dataclass(frozen=True)
class LoopFinished:
    reason: str  # "answered" | "cancelled" | "step_limit" | a model Finish reason ("length", ...)
    turns: tuple[Turn, ...]
    steps: int


LoopEvent = (
    TextDelta
    | CallProposed
    | CallRejected
    | CallDenied
    | CallStarted
    | CallFinished
    | ResultsFolded
    | StepLimitReached
    | LoopFinished
)


def cut_result(result: ToolResult, limit: int) -> ToolResult:
    """`result` with its text cut to `limit` characters and a note, if it is longer."""
    total = sum(len(p.text) for p in result.parts if p.kind == "text")
    if total <= limit:
        return result
    parts: list[ContentPart] = []
    left = limit
    for part in result.parts:
        if part.kind != "text":
            parts.append(part)
            continue
        parts.append(ContentPart("text", part.text[: max(left, 0)]))
        left -= len(part.text)
    note = CUT.format(total=total, kept=limit)
    parts.append(ContentPart("text", note.strip()))
    return dataclasses.replace(result, parts=tuple(parts), note=(result.note + note).strip())


def result_turn(result: ToolResult) -> Turn:
    images = result.images
    return Turn(ChatMessage("tool", result.text, images=len(images)), tuple(p.data for p in images))


@dataclass
class ToolLoop:
    model: ChatModel
    runner: Runner
    specs: Sequence[ToolSpec]
    consent: Consent = field(default_factory=Consent)
    limits: LoopLimits = field(default_factory=LoopLimits)

    def run(
        self, turns: Sequence[Turn], *, ask: Ask, cancel: threading.Event | None = None
    ) -> Iterator[LoopEvent]:
        history = list(turns)
        offered = {s.name: s for s in self.specs if self.consent.offered(s)}
        schemas = [s.schema() for s in offered.values()]
        calls_made = sum(len(t.message.tool_calls) for t in history)
        steps = 0
        while True:
            if cancel is not None and cancel.is_set():
                yield LoopFinished("cancelled", tuple(history), steps)
                return
            fold = self._fold(history, schemas)
            if fold is not None:
                yield fold
            answer, thinking, proposed, rejected = "", "", [], []
            finish: Finish | None = None
            for event in self.model.turn(history, schemas, cancel):
                if isinstance(event, TextDelta):
                    if event.kind == "answer":
                        answer += event.text
                    else:
                        thinking += event.text
                    yield event
                elif isinstance(event, ParsedCall):
                    calls_made += 1
                    proposed.append((dataclasses.replace(event.call, id=f"call_{calls_made}"), event))
                elif isinstance(event, MalformedCall):
                    rejected.append(event)
                elif isinstance(event, Finish):
                    finish = event
            # What the model wrote, as the template will render it back: calls it could not make
            # stay in its text, so it sees them next to their error results.
            raw = "".join(f"\n\n{CALL_OPEN}{m.raw}{CALL_CLOSE}" for m in rejected)
            history.append(
                Turn(
                    ChatMessage(
                        "assistant",
                        (answer + raw).strip(),
                        reasoning=thinking or None,
                        tool_calls=tuple(c for c, _ in proposed),
                    )
                )
            )
            if finish is not None and finish.reason == "cancelled":
                yield LoopFinished("cancelled", tuple(history), steps)
                return
            if not proposed and not rejected:
                yield LoopFinished(
                    finish.reason if finish and finish.reason != "stop" else "answered", tuple(history), steps
                )
                return
            steps += 1
            for malformed in rejected:
                yield CallRejected(malformed.name, malformed.message, malformed.raw)
                history.append(Turn(ChatMessage("tool", malformed.message)))
            for call, parsed in proposed:
                result = yield from self._run_one(call, parsed, offered, ask, cancel)
                history.append(result_turn(result))
                if cancel is not None and cancel.is_set():
                    yield LoopFinished("cancelled", tuple(history), steps)
                    return
            if steps >= self.limits.max_steps:
                yield StepLimitReached(steps)
                yield LoopFinished("step_limit", tuple(history), steps)
                return

    def _run_one(
        self,
        call: ToolCall,
        parsed: ParsedCall,
        offered: Mapping[str, ToolSpec],
        ask: Ask,
        cancel: threading.Event | None,
    ) -> Generator[LoopEvent, None, ToolResult]:
        spec = offered[call.name]  # the parser only passes calls to offered tools
        yield CallProposed(call, spec, parsed.in_thinking)
        if not self.consent.decide(ConsentRequest(call, spec), ask) or (
            cancel is not None and cancel.is_set()
        ):
            yield CallDenied(call)
            result = ToolResult.failure(call, DENIED.format(tool=call.name))
        else:
            yield CallStarted(call)
            result = self.runner.call(call, timeout=self.limits.tool_timeout, cancel=cancel)
            result = cut_result(result, self.limits.result_chars)
        yield CallFinished(result)
        return result

    def _fold(self, history: list[Turn], schemas: Sequence[Mapping[str, Any]]) -> ResultsFolded | None:
        """Fold the oldest tool results while they pass the budget or crowd out the next turn."""
        context = self.model.context_length
        budget = self.limits.fold_tokens if self.limits.fold_tokens is not None else context // 2
        # The latest step's results are never folded: the model asked for them to answer now.
        last_call = max((i for i, t in enumerate(history) if t.message.role == "assistant"), default=0)
        results = [
            i for i, t in enumerate(history[:last_call]) if t.message.role == "tool" and not _is_folded(t)
        ]
        sizes = {i: self.model.count_text(history[i].message.text) for i in results}
        total = sum(sizes.values())
        prompt = self.model.count_tokens(history, schemas)
        folded = freed = 0
        names = _result_names(history)
        for i in results:
            if total <= budget and prompt + self.limits.reserve_tokens <= context:
                break
            placeholder = FOLDED.format(tool=names.get(i, "a tool"), tokens=sizes[i])
            history[i] = Turn(ChatMessage("tool", placeholder))
            saved = sizes[i] - self.model.count_text(placeholder)
            total -= sizes[i]
            prompt -= saved
            folded += 1
            freed += saved
        return ResultsFolded(folded, freed) if folded else None


def _is_folded(turn: Turn) -> bool:
    return turn.message.text.startswith("[Folded: ")


def _result_names(history: Sequence[Turn]) -> dict[int, str]:
    """The tool each result answers: results follow their assistant turn in call order."""
    names: dict[int, str] = {}
    pending: list[str] = []
    for i, turn in enumerate(history):
        if turn.message.role == "assistant":
            pending = [c.name for c in turn.message.tool_calls]
            rejected = turn.message.text.count(CALL_OPEN)
            pending = ["a tool"] * rejected + pending
        elif turn.message.role == "tool" and pending:
            names[i] = pending.pop(0)
    return names
