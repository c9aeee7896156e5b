"""A conversation resumed from its saved state gives the logits of an uninterrupted run.

Each test saves a state in one engine, opens a fresh `DecoderSession` and `Engine` on the same
package (what a restart, or a switch to another model and back, leaves: nothing in memory),
resumes, and compares every logits vector sampled from with a from-scratch ONNX run of the same
prompt, on both operator paths (fp32 packages; 1e-4 x max(1, max|logit|), the parity tests'
tolerance). The largest difference seen is printed (`pytest -s`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from devtools.images import random_image
from runtime.generate import engine as engine_module
from runtime.generate.assistant import Assistant
from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import Engine, Finish, GenerationConfig, PrefillProgress, Prompt, TokenEvent
from runtime.generate.session import DecoderSession
from runtime.generate.state_store import StateStore
from runtime.package import ModelPackage
from runtime.protocol import Sampling

OPS = ("portable", "fused")
CONFIG = GenerationConfig(6, Sampling.greedy())


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


def fresh_session(packages, ops: str, name: str = "gqa1-tied", device: str | None = None) -> DecoderSession:
    return DecoderSession(ModelPackage.open(packages(name)), provider="cpu", ops=ops, device=device)


def random_ids(n: int, seed: int) -> list[int]:
    return np.random.default_rng(seed).integers(0, 900, n).tolist()


def run(engine: Engine, prompt: Prompt, conversation: str | None = None) -> tuple[list[int], Finish]:
    events = list(engine.generate(prompt, CONFIG, conversation=conversation))
    finish = events[-1]
    assert isinstance(finish, Finish)
    return [e.token_id for e in events if isinstance(e, TokenEvent)], finish


def max_diff(actual: list[np.ndarray], expected: list[np.ndarray]) -> float:
    assert len(actual) == len(expected) > 0
    worst = 0.0
    for step, (a, e) in enumerate(zip(actual, expected, strict=True)):
        err = float(np.abs(a - e).max())
        assert err <= 1e-4 * max(1.0, float(np.abs(e).max())), f"step {step}: max |diff| {err:.3g}"
        worst = max(worst, err)
    return worst


def uninterrupted(
    session: DecoderSession, prompt: Prompt, seen: list[np.ndarray]
) -> tuple[list[int], list[np.ndarray]]:
    seen.clear()
    tokens, finish = run(Engine(session), prompt)
    assert finish.reused_tokens == 0
    return tokens, list(seen)


@pytest.mark.parametrize(("ops", "device"), [("portable", None), ("fused", None), ("fused", "cpu")])
def test_a_follow_up_after_a_restart_resumes_the_answer_state(
    packages, tmp_path, seen_logits, ops, device
) -> None:
    """device="cpu": the states stay in OrtValues between steps, as on a GPU (device_binding)."""
    store = StateStore(tmp_path)
    first = random_ids(100, seed=1)  # more than one portable chunk of 64
    saving = Engine(fresh_session(packages, ops, device=device), states=store)
    answer, _ = run(saving, Prompt.from_ids(first), "chat")

    follow_up = Prompt.from_ids(first + answer + random_ids(20, seed=2))
    reopened = Engine(fresh_session(packages, ops, device=device), states=store)
    seen_logits.clear()
    tokens, finish = run(reopened, follow_up, "chat")
    assert finish.restored and finish.reused_tokens == len(first) + len(answer) - 1
    resumed = list(seen_logits)

    expected_tokens, expected = uninterrupted(fresh_session(packages, ops), follow_up, seen_logits)
    assert tokens == expected_tokens
    print(
        f"\n{ops}: resumed after {finish.reused_tokens} tokens, max |diff| {max_diff(resumed, expected):.3g}"
    )


@pytest.mark.parametrize("ops", OPS)
def test_the_state_at_the_resume_point_is_saved_and_resumed(packages, tmp_path, seen_logits, ops) -> None:
    store = StateStore(tmp_path)
    history = random_ids(70, seed=3)
    first = Prompt.from_ids(history + random_ids(5, seed=4))
    first = Prompt(first.ids, first.positions, first.next_position, keys=first.keys, resume_at=len(history))
    run(Engine(fresh_session(packages, ops), states=store), first, "chat")
    (path,) = tmp_path.glob("*/*/*.safetensors")
    assert path.name.startswith(f"{len(history)}-")

    follow_up = Prompt.from_ids(history + random_ids(30, seed=5))
    seen_logits.clear()
    tokens, finish = run(Engine(fresh_session(packages, ops), states=store), follow_up)
    assert (finish.restored, finish.reused_tokens) == (True, len(history))
    resumed = list(seen_logits)
    expected_tokens, expected = uninterrupted(fresh_session(packages, ops), follow_up, seen_logits)
    assert tokens == expected_tokens
    print(f"\n{ops}: resumed at {len(history)}, max |diff| {max_diff(resumed, expected):.3g}")


def test_regenerating_after_a_restart_feeds_nothing(packages, tmp_path, seen_logits) -> None:
    store = StateStore(tmp_path)
    prompt = Prompt.from_ids(random_ids(40, seed=6))
    session = fresh_session(packages, "fused")
    answer, _ = run(Engine(session, states=store), prompt, "chat")  # saves the state after its answer
    # a prompt that is exactly the saved state is served without a prefill
    exact = Prompt.from_ids([*prompt.ids.tolist(), *answer[:-1]])
    seen_logits.clear()
    tokens, finish = run(Engine(fresh_session(packages, "fused"), states=store), exact)
    assert (finish.restored, finish.reused_tokens, finish.prompt_tokens) == (True, len(exact), len(exact))
    resumed = list(seen_logits)
    expected_tokens, expected = uninterrupted(session, exact, seen_logits)
    assert tokens == expected_tokens
    max_diff(resumed, expected)


def reply(assistant: Assistant, messages, images, conversation: str | None = None) -> tuple[str, Finish]:
    text, finish = [], None
    for event in assistant.reply(messages, CONFIG, images=images, conversation=conversation):
        if isinstance(event, Finish):
            finish = event
        elif hasattr(event, "text") and getattr(event, "kind", None) == "answer":
            text.append(event.text)
        assert not isinstance(event, PrefillProgress) or event.total > 64
    assert finish is not None
    return "".join(text), finish


@pytest.mark.slow
@pytest.mark.parametrize("ops", OPS)
def test_a_conversation_with_an_image_resumes_after_a_model_switch(
    packages, tmp_path, seen_logits, monkeypatch, ops
) -> None:
    photo = tmp_path / "photo.png"
    random_image(96, 80, seed=7).save(photo)
    store = StateStore(tmp_path / "states")
    question = [ChatMessage("system", "Be brief."), ChatMessage("user", "What is in the picture?", images=1)]
    first = Assistant(packages("gqa1-tied"), provider="cpu", ops=ops, states=store)
    answer, finish = reply(first, question, [(), (photo,)], "chat")
    turn = first.prompt_for(question, images=[(), (photo,)])
    assert 0 < turn.prompt.resume_at < finish.prompt_tokens
    del first

    # another model in between, with the same store and conversation
    other = Assistant(packages("gqa2-untied"), provider="cpu", ops=ops, states=store)
    reply(other, question, [(), (photo,)], "chat")
    del other

    follow_up = [*question, ChatMessage("assistant", answer), ChatMessage("user", "And the colours?")]
    images = [(), (photo,), (), ()]
    back = Assistant(packages("gqa1-tied"), provider="cpu", ops=ops, states=store)
    assert back.vision is not None
    encoded = []
    encode = back.vision.encode
    monkeypatch.setattr(
        back.vision, "encode", lambda image, key=None: encoded.append(key) or encode(image, key)
    )
    seen_logits.clear()
    resumed_text, finish = reply(back, follow_up, images)
    assert finish.restored and finish.reused_tokens > turn.prompt.resume_at  # the answer too
    asked = back.prompt_for([ChatMessage("user", "And the colours?")]).prompt
    assert finish.prompt_tokens - finish.reused_tokens < len(asked)  # the question's own tokens
    assert encoded == []  # the saved state covers the image: the encoder never runs
    resumed = list(seen_logits)

    seen_logits.clear()
    expected_text, expected_finish = reply(
        Assistant(packages("gqa1-tied"), provider="cpu", ops=ops), follow_up, images
    )
    assert expected_finish.reused_tokens == 0
    assert resumed_text == expected_text
    worst = max_diff(resumed, list(seen_logits))
    print(f"\n{ops}: image conversation resumed after {finish.reused_tokens} tokens, max |diff| {worst:.3g}")


def test_states_of_two_models_stay_apart(packages, tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    prompt = Prompt.from_ids(random_ids(30, seed=8))
    run(Engine(fresh_session(packages, "fused"), states=store), prompt, "chat")
    other = Engine(fresh_session(packages, "fused", "gqa2-untied"), states=store)
    _tokens, finish = run(other, prompt, "chat")
    assert (finish.restored, finish.reused_tokens) == (False, 0)
    assert len(list(tmp_path.glob("*/chat/*.safetensors"))) == 2


def test_an_unreadable_state_that_held_the_images_falls_back_to_encoding_them(
    packages, tmp_path, seen_logits, monkeypatch
) -> None:
    """The assistant skips encoding the images a saved state covers (judged by its file's name);
    when the file then turns out damaged, the engine asks for their rows after all. Fed in
    5-token chunks, so chunks end inside the images."""
    paths = []
    for seed in (1, 2):
        paths.append(tmp_path / f"{seed}.png")
        random_image(64 + 32 * seed, 64, seed=seed).save(paths[-1])
    store = StateStore(tmp_path / "states")
    question = [ChatMessage("user", "Compare them.", images=2)]
    images = [tuple(paths)]
    answer, _ = reply(
        Assistant(packages("gqa1-tied"), provider="cpu", ops="portable", states=store), question, images, "c"
    )
    for path in (tmp_path / "states").rglob("*.safetensors"):
        path.write_bytes(path.read_bytes()[:-10])  # truncated

    follow_up = [*question, ChatMessage("assistant", answer), ChatMessage("user", "Which is larger?")]
    back = Assistant(packages("gqa1-tied"), provider="cpu", ops="portable", states=store)
    monkeypatch.setattr(back.session, "chunk_size", 5)
    turn = back.prompt_for(follow_up, images=[*images, (), ()])
    assert turn.prompt.image_features is None and turn.prompt.image_rows_from > 0  # counted on the file
    seen_logits.clear()
    resumed_text, finish = reply(back, follow_up, [*images, (), ()])
    assert (finish.restored, finish.reused_tokens) == (False, 0)
    resumed = list(seen_logits)
    seen_logits.clear()
    expected_text, _ = reply(
        Assistant(packages("gqa1-tied"), provider="cpu", ops="portable"), follow_up, [*images, (), ()]
    )
    assert resumed_text == expected_text
    max_diff(resumed, list(seen_logits))


@pytest.mark.parametrize("thinking", [False, True])
def test_a_follow_up_after_a_restart_feeds_only_the_question(
    packages, tmp_path, seen_logits, thinking
) -> None:
    """The state saved after an answer is the history as the next turn renders it (Qwen3.5 drops
    the answer's `<think>` block once a question follows), so only the question is prefilled."""
    store = StateStore(tmp_path)
    question = [ChatMessage("system", "Be brief."), ChatMessage("user", "Name three colours.")]
    first = Assistant(packages("gqa1-tied"), provider="cpu", states=store)
    events = list(first.reply(question, CONFIG, thinking=thinking, conversation="chat"))
    answer = "".join(e.text for e in events if getattr(e, "kind", None) == "answer")
    reasoning = "".join(e.text for e in events if getattr(e, "kind", None) == "thinking")
    assert len(list(tmp_path.glob("*/chat/*.safetensors"))) == 2  # the history, then with the answer

    follow_up = [
        *question,
        ChatMessage("assistant", answer, reasoning=reasoning or None),
        ChatMessage("user", "More?"),
    ]
    back = Assistant(packages("gqa1-tied"), provider="cpu", states=store)
    seen_logits.clear()
    _, finish = reply_thinking(back, follow_up, thinking)
    asked = back.prompt_for([ChatMessage("user", "More?")], thinking=thinking).prompt
    assert finish.restored
    # what is left to feed: "More?", its end and the generation prompt, never the answer
    assert finish.prompt_tokens - finish.reused_tokens < len(asked)
    resumed = list(seen_logits)
    seen_logits.clear()
    _, expected_finish = reply_thinking(Assistant(packages("gqa1-tied"), provider="cpu"), follow_up, thinking)
    assert expected_finish.reused_tokens == 0
    max_diff(resumed, list(seen_logits))


def reply_thinking(assistant: Assistant, messages, thinking: bool) -> tuple[list[object], Finish]:
    events = list(assistant.reply(messages, CONFIG, thinking=thinking))
    finish = events[-1]
    assert isinstance(finish, Finish)
    return events, finish


@pytest.mark.parametrize("thinking", [False, True])
def test_a_follow_up_in_the_same_session_reuses_the_history(packages, thinking) -> None:
    """Without a store too: the answer's prompt ended in a `<think>` block that the follow-up's
    rendering drops, so only the state where the history ended can be reused (before resume
    points, nothing was, and every turn prefilled the whole conversation again)."""
    assistant = Assistant(packages("gqa1-tied"), provider="cpu")
    question = [ChatMessage("system", "Be brief."), ChatMessage("user", "Name three colours.")]
    turn = assistant.prompt_for(question, thinking=thinking)
    events, _ = reply_thinking(assistant, question, thinking)
    answer = "".join(e.text for e in events if getattr(e, "kind", None) == "answer")
    reasoning = "".join(e.text for e in events if getattr(e, "kind", None) == "thinking")
    follow_up = [
        *question,
        ChatMessage("assistant", answer, reasoning=reasoning or None),
        ChatMessage("user", "More?"),
    ]
    _, finish = reply_thinking(assistant, follow_up, thinking)
    history = assistant.tokenizer.encode(assistant.template.render(question, add_generation_prompt=False))
    assert finish.reused_tokens == len(history) == turn.prompt.resume_at < len(turn.prompt)
