"""Images are carried by identity: a later turn places an image it has seen by its sha256 and
token budget, without decoding it, and encodes only the images the cached state lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.images import random_image
from devtools.tiny_models import ALL_SPECS
from runtime.generate import assistant as assistant_module
from runtime.generate.assistant import Assistant
from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import Finish, GenerationConfig
from runtime.protocol import ImageRef, ImageSkipped, Sampling, image_ref

CONFIG = GenerationConfig(max_new_tokens=4, sampling=Sampling.greedy())


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the assistant decodes, in order."""
    names: list[str] = []
    real = assistant_module.load_image

    def counting(source):  # type: ignore[no-untyped-def]
        names.append(Path(source).name if isinstance(source, Path) else "<bytes>")
        return real(source)

    monkeypatch.setattr(assistant_module, "load_image", counting)
    return names


def reply(assistant: Assistant, turns: list[tuple[str, tuple[ImageRef, ...]]], budget: int = 64) -> Finish:
    messages = [ChatMessage("user", text, images=len(images)) for text, images in turns]
    events = list(
        assistant.reply(
            messages, CONFIG, images=[i for _, i in turns], image_token_budget=budget, thinking=False
        )
    )
    assert not any(isinstance(e, ImageSkipped) for e in events)
    finish = events[-1]
    assert isinstance(finish, Finish)
    return finish


def test_a_later_turn_decodes_only_the_new_image(packages, tmp_path: Path, decoded: list[str]) -> None:
    assistant = Assistant(packages(ALL_SPECS[0]), provider="cpu")
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    random_image(200, 150, seed=1).save(a)
    random_image(120, 180, seed=2).save(b)
    first = ("What is this?", (image_ref(a),))
    reply(assistant, [first])
    assert decoded == ["a.png"]
    reply(assistant, [first, ("And this?", (image_ref(b),))])
    assert decoded == ["a.png", "b.png"], "the first image is placed by its identity, not decoded again"
    reply(assistant, [first, ("And this?", (image_ref(b),))])  # the same turn again (a regenerate)
    assert decoded == ["a.png", "b.png"]
    reply(assistant, [first], budget=128)  # another budget is another size: decoded for it
    assert decoded == ["a.png", "b.png", "a.png"]


def test_a_seen_image_the_cache_lost_is_decoded_again_to_encode_it(packages, tmp_path: Path, decoded) -> None:
    assistant = Assistant(packages(ALL_SPECS[0]), provider="cpu")
    a = tmp_path / "a.png"
    random_image(200, 150, seed=3).save(a)
    turn = [("What is this?", (image_ref(a),))]
    expected = reply(assistant, turn)
    assistant.engine.reset()
    vision = assistant.require_vision()
    vision._cache.clear()
    again = reply(assistant, turn)
    assert decoded == ["a.png", "a.png"]
    assert (again.prompt_tokens, again.reused_tokens) == (expected.prompt_tokens, 0)
