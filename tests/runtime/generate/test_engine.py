"""The engine on a converted tiny package: state reuse across turns, the ways a generation ends,
and recovery from a failure, each checked against a from-scratch run of the same prompt."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pytest

from runtime.generate import engine as engine_module
from runtime.generate.engine import (
    ContextOverflow,
    Engine,
    EngineError,
    Finish,
    GenerationConfig,
    PrefillProgress,
    Prompt,
    TokenEvent,
)
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage
from runtime.protocol import Sampling


@pytest.fixture(scope="module")
def session(packages) -> DecoderSession:
    return DecoderSession(ModelPackage.open(packages("gqa1-tied")), provider="cpu")


@pytest.fixture
def seen_logits(monkeypatch) -> list[np.ndarray]:
    """Every logits vector the engine samples a token from, in order."""
    seen: list[np.ndarray] = []
    make_sampler = engine_module.make_sampler

    def recording(params: Sampling):
        sampler = make_sampler(params)

        def sample(logits: np.ndarray, history: Sequence[int]) -> int:
            seen.append(logits.copy())
            return sampler(logits, history)

        return sample

    monkeypatch.setattr(engine_module, "make_sampler", recording)
    return seen


def random_ids(n: int, seed: int) -> list[int]:
    # below the tiny vocabulary's special tokens
    return np.random.default_rng(seed).integers(0, 900, n).tolist()


def generate(
    engine: Engine,
    ids: Sequence[int],
    max_new_tokens: int = 6,
    stop_ids: Sequence[int] = (),
    cancel: threading.Event | None = None,
) -> tuple[list[int], Finish]:
    config = GenerationConfig(max_new_tokens, Sampling.greedy(), frozenset(stop_ids))
    events = [
        e for e in engine.generate(Prompt.from_ids(ids), config, cancel) if not isinstance(e, PrefillProgress)
    ]
    finish = events[-1]
    assert isinstance(finish, Finish)
    assert all(isinstance(e, TokenEvent) for e in events[:-1])
    return [e.token_id for e in events[:-1] if isinstance(e, TokenEvent)], finish


def from_scratch(
    session: DecoderSession, ids: Sequence[int], seen: list[np.ndarray], **kwargs
) -> tuple[list[int], list[np.ndarray]]:
    """Greedy tokens and the logits behind each, from a fresh engine."""
    seen.clear()
    tokens, finish = generate(Engine(session), ids, **kwargs)
    assert finish.reused_tokens == 0
    return tokens, list(seen)


def assert_same_logits(actual: list[np.ndarray], expected: list[np.ndarray]) -> None:
    assert len(actual) == len(expected)
    for step, (a, e) in enumerate(zip(actual, expected, strict=True)):
        err = float(np.abs(a - e).max())
        assert err <= 1e-4 * max(1.0, float(np.abs(e).max())), f"step {step}: max |diff| {err:.3g}"


def test_follow_up_turn_feeds_only_the_new_tokens(session, seen_logits) -> None:
    engine = Engine(session)
    first = random_ids(30, seed=1)
    answer, finish = generate(engine, first)
    assert (finish.reason, finish.reused_tokens, finish.prompt_tokens) == ("length", 0, 30)

    follow_up = first + answer + random_ids(9, seed=2)
    seen_logits.clear()
    tokens, finish = generate(engine, follow_up)
    # the last generated token was sampled but never fed: everything before it is reused
    assert finish.reused_tokens == len(first) + len(answer) - 1
    assert finish.prompt_tokens == len(follow_up)
    reused_logits = list(seen_logits)

    expected_tokens, expected_logits = from_scratch(session, follow_up, seen_logits)
    assert tokens == expected_tokens
    assert_same_logits(reused_logits, expected_logits)


def test_stop_token_is_yielded_but_not_fed(session, seen_logits) -> None:
    prompt = random_ids(20, seed=11)
    free, _ = generate(Engine(session), prompt, max_new_tokens=10)
    # the last token that does not occur before it, so the stop cannot come earlier
    at = max(i for i in range(len(free)) if free[i] not in free[:i])
    assert at >= 2, f"this prompt's greedy answer {free} is too repetitive for the test"
    engine = Engine(session)

    answer, finish = generate(engine, prompt, max_new_tokens=10, stop_ids=[free[at]])
    assert answer == free[: at + 1]
    assert (finish.reason, finish.generated_tokens) == ("stop", at + 1)

    # the next turn's prompt holds the stop token: it is fed then, with what follows it
    follow_up = prompt + answer + random_ids(5, seed=4)
    tokens, finish = generate(engine, follow_up)
    assert finish.reused_tokens == len(prompt) + len(answer) - 1
    assert tokens == from_scratch(session, follow_up, seen_logits)[0]


def test_regenerate_rewinds_to_the_snapshot(session, seen_logits) -> None:
    engine = Engine(session)
    first = random_ids(25, seed=5)
    answer, _ = generate(engine, first)
    first_logits = list(seen_logits)

    seen_logits.clear()
    again, finish = generate(engine, first)  # regenerate the first answer
    assert finish.reused_tokens == len(first)
    assert again == answer
    assert_same_logits(seen_logits, first_logits)

    second = first + answer + random_ids(7, seed=6)
    answer2, _ = generate(engine, second)
    seen_logits.clear()
    again2, finish = generate(engine, second)
    assert finish.reused_tokens == len(second)
    assert again2 == answer2
    regenerated_logits = list(seen_logits)
    expected_tokens, expected_logits = from_scratch(session, second, seen_logits)
    assert again2 == expected_tokens
    assert_same_logits(regenerated_logits, expected_logits)

    # a history that re-renders differently after the first prompt restarts from its snapshot
    edited = first + random_ids(11, seed=7)
    tokens, finish = generate(engine, edited)
    assert finish.reused_tokens == len(first)
    assert tokens == from_scratch(session, edited, seen_logits)[0]


def test_cancel_stops_before_the_next_token(session) -> None:
    cancel = threading.Event()
    config = GenerationConfig(20, Sampling.greedy())
    tokens, finishes = [], []
    for event in Engine(session).generate(Prompt.from_ids(random_ids(10, seed=8)), config, cancel):
        if isinstance(event, TokenEvent):
            tokens.append(event.token_id)
            if len(tokens) == 3:
                cancel.set()
        else:
            finishes.append(event)
    assert len(tokens) == 3
    assert [(f.reason, f.generated_tokens) for f in finishes] == [("cancelled", 3)]


def test_cancel_before_the_first_token(session) -> None:
    cancel = threading.Event()
    cancel.set()
    tokens, finish = generate(Engine(session), random_ids(10, seed=8), cancel=cancel)
    assert (tokens, finish.reason) == ([], "cancelled")


def test_max_new_tokens_ends_with_length(session) -> None:
    tokens, finish = generate(Engine(session), random_ids(10, seed=9), max_new_tokens=7)
    assert len(tokens) == 7
    assert (finish.reason, finish.generated_tokens) == ("length", 7)
    assert finish.prefill_seconds > 0 and finish.decode_seconds > 0


def test_a_prompt_that_fills_the_context_is_refused(session) -> None:
    engine = Engine(session, context_length=12)
    with pytest.raises(ContextOverflow, match="12 tokens long") as caught:
        generate(engine, random_ids(12, seed=10))
    assert "context length of 12 tokens" in str(caught.value)
    assert "start a new chat" in str(caught.value)


def test_the_answer_stops_at_the_context_length(session) -> None:
    engine = Engine(session, context_length=12)
    tokens, finish = generate(engine, random_ids(9, seed=10), max_new_tokens=10)
    assert len(tokens) == 12 - 9
    assert finish.reason == "context"


def test_an_empty_prompt_is_refused(session) -> None:
    with pytest.raises(EngineError, match="the prompt is empty"):
        generate(Engine(session), [])


class FailOnce:
    """Stands in for `InferenceSession.run` (or `run_with_iobinding`, which the fused CPU path
    uses): the `fail_at`-th call raises, the others run."""

    def __init__(self, run, fail_at: int) -> None:
        self.run, self.fail_at, self.calls = run, fail_at, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls == self.fail_at:
            raise RuntimeError("device lost")
        return self.run(*args, **kwargs)


@pytest.mark.parametrize(("fail_at", "where"), [(2, "prefill"), (5, "decode")])
def test_a_failure_leaves_no_corrupt_state(session, seen_logits, monkeypatch, fail_at, where) -> None:
    engine = Engine(session)
    first = random_ids(20, seed=11)
    answer, _ = generate(engine, first)
    follow_up = first + answer + random_ids(22, seed=12)  # 23 tokens to feed: 3 runs of 8

    with monkeypatch.context() as patch:
        patch.setattr(session, "chunk_size", 8)
        method = "run_with_iobinding" if session._in_place else "run"
        patch.setattr(session.session, method, FailOnce(getattr(session.session, method), fail_at))
        with pytest.raises(RuntimeError, match="device lost"):
            generate(engine, follow_up)

    seen_logits.clear()
    tokens, finish = generate(engine, follow_up)
    # after a failed prefill the first prompt's snapshot is the newest clean state; after a
    # failed decode step, the follow-up's own
    assert finish.reused_tokens == (len(first) if where == "prefill" else len(follow_up))
    reused_logits = list(seen_logits)
    expected_tokens, expected_logits = from_scratch(session, follow_up, seen_logits)
    assert tokens == expected_tokens
    assert_same_logits(reused_logits, expected_logits)


def test_a_long_prefill_reports_its_progress(session, monkeypatch) -> None:
    monkeypatch.setattr(session, "chunk_size", 8)
    config = GenerationConfig(2, Sampling.greedy())
    events = list(Engine(session).generate(Prompt.from_ids(random_ids(30, seed=13)), config))
    progress = [e for e in events if isinstance(e, PrefillProgress)]
    assert [(p.done, p.total, p.reused) for p in progress] == [
        (0, 30, 0),
        (8, 30, 0),
        (16, 30, 0),
        (24, 30, 0),
        (30, 30, 0),
    ]
    assert progress[0].seconds_left is None and progress[-1].seconds_left == 0
    assert all(p.seconds_left is not None and p.seconds_left > 0 for p in progress[1:-1])
    assert events.index(progress[-1]) < min(i for i, e in enumerate(events) if isinstance(e, TokenEvent))


def test_a_prefill_of_one_chunk_reports_nothing(session) -> None:
    config = GenerationConfig(2, Sampling.greedy())
    events = Engine(session).generate(Prompt.from_ids(random_ids(session.chunk_size, seed=14)), config)
    assert not any(isinstance(e, PrefillProgress) for e in events)


def test_a_cancelled_prefill_leaves_a_state_the_next_turn_goes_on_from(
    session, seen_logits, monkeypatch
) -> None:
    monkeypatch.setattr(session, "chunk_size", 8)
    engine = Engine(session)
    prompt = random_ids(30, seed=15)
    cancel = threading.Event()
    events = []
    for event in engine.generate(Prompt.from_ids(prompt), GenerationConfig(4, Sampling.greedy()), cancel):
        events.append(event)
        if isinstance(event, PrefillProgress) and event.done == 16:
            cancel.set()
    finish = events[-1]
    assert isinstance(finish, Finish)
    assert (finish.reason, finish.generated_tokens) == ("cancelled", 0)
    assert not any(isinstance(e, TokenEvent) for e in events)
    assert [e.done for e in events if isinstance(e, PrefillProgress)] == [0, 8, 16]

    seen_logits.clear()
    tokens, finish = generate(engine, prompt)
    assert finish.reused_tokens == 16
    resumed = list(seen_logits)
    expected_tokens, expected_logits = from_scratch(session, prompt, seen_logits)
    assert tokens == expected_tokens
    assert_same_logits(resumed, expected_logits)
