"""Images a user can attach that cannot be used, through the whole reply path.

Each bad file is attached beside a good image: the reply starts with an `ImageSkipped` event that
names the file and says what to do, and the rest of the message (the good image and the text)
goes through exactly as if the bad file had never been attached. Files that can be used in a
reduced form (an animated GIF) are used. Images that would overflow the context are refused
before the encoder runs, with a message that says how to fix it.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from devtools.images import black_bilevel_png, encode, random_image
from runtime.generate.assistant import Assistant
from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import ContextOverflow, Finish, GenerationConfig, TokenEvent
from runtime.protocol import ImageSkipped, Sampling

pytestmark = [pytest.mark.slow, pytest.mark.timeout(60)]

QUESTION = [ChatMessage("user", "Describe the pictures.")]
CONFIG = GenerationConfig(max_new_tokens=4, sampling=Sampling.greedy())


def truncated_png() -> bytes:
    data = encode(random_image(300, 300, seed=3), "PNG")
    return data[: len(data) // 2]


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (320, 240), colour) for colour in ((200, 30, 30), (30, 200, 30))]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "truncated.png": (truncated_png(), "damaged or incomplete"),
    "notes.png": (b"shopping list: eggs, milk\n", "not an image Oriel can read"),
    "empty.jpg": (b"", r"is empty \(0 bytes\)"),
    "bomb.png": (black_bilevel_png(50_000, 50_000, 1), "too large to open safely"),
    "huge.png": (black_bilevel_png(20_000, 20_000, 20_000), "too large to open safely"),
}


@pytest.fixture(scope="module")
def assistant(packages) -> Assistant:
    return Assistant(packages("gqa1-tied"), provider="cpu")


@pytest.fixture(scope="module")
def good_image(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("good") / "photo.png"
    random_image(300, 260, seed=5).save(path)
    return path


def reply(assistant: Assistant, images: list[tuple[object, ...]]) -> list[object]:
    assistant.engine.reset()
    return list(assistant.reply(QUESTION, CONFIG, images=images))  # type: ignore[arg-type]


def tokens_of(events: list[object]) -> list[int]:
    return [e.token_id for e in events if isinstance(e, TokenEvent)]


def finish_of(events: list[object]) -> Finish:
    (finish,) = [e for e in events if isinstance(e, Finish)]
    return finish


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_image_is_skipped_and_the_rest_goes_through(
    name: str, assistant: Assistant, good_image: Path, tmp_path: Path
) -> None:
    data, reason = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    events = reply(assistant, [(good_image, bad)])
    skipped = events[0]
    assert isinstance(skipped, ImageSkipped)
    assert (skipped.message_index, skipped.image_index) == (0, 1)
    assert name in skipped.reason
    assert re.search(reason, skipped.reason)
    assert not any(isinstance(e, ImageSkipped) for e in events[1:])
    finish = finish_of(events)
    assert finish.generated_tokens == CONFIG.max_new_tokens

    alone = reply(assistant, [(good_image,)])
    assert tokens_of(events) == tokens_of(alone)
    assert finish.prompt_tokens == finish_of(alone).prompt_tokens


def test_bad_bytes_are_skipped_too(assistant: Assistant, good_image: Path) -> None:
    events = reply(assistant, [(b"", good_image.read_bytes(), b"GIF89a broken")])
    skipped = [e for e in events if isinstance(e, ImageSkipped)]
    assert [(e.image_index, e.reason.split(" ")[:2]) for e in skipped] == [
        (0, ["The", "image"]),
        (2, ["The", "image"]),
    ]
    assert tokens_of(events) == tokens_of(reply(assistant, [(good_image,)]))


def test_missing_file_is_skipped(assistant: Assistant, good_image: Path, tmp_path: Path) -> None:
    events = reply(assistant, [(tmp_path / "gone.png", good_image)])
    assert isinstance(events[0], ImageSkipped) and "could not be read" in events[0].reason
    assert finish_of(events).generated_tokens == CONFIG.max_new_tokens


def test_message_whose_only_image_is_bad_still_gets_an_answer(assistant: Assistant, tmp_path: Path) -> None:
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"not a picture")
    events = reply(assistant, [(bad,)])
    assert isinstance(events[0], ImageSkipped)
    text_only = list(assistant.reply(QUESTION, CONFIG))
    assert tokens_of(events) == tokens_of(text_only)


def test_animated_gif_gives_its_first_frame(assistant: Assistant, tmp_path: Path) -> None:
    gif = tmp_path / "anim.gif"
    gif.write_bytes(animated_gif())
    events = reply(assistant, [(gif,)])
    assert not any(isinstance(e, ImageSkipped) for e in events)
    first_frame = assistant.load_image(gif)
    still = assistant.load_image(encode(Image.open(gif).convert("RGB"), "PNG"))  # Pillow's first frame
    np.testing.assert_array_equal(first_frame.pixel_patches, still.pixel_patches)
    assert finish_of(events).prompt_tokens > first_frame.num_tokens


def test_images_that_overflow_the_context_are_refused_before_encoding(
    packages, good_image: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = Assistant(packages("gqa1-tied"), provider="cpu", context_length=120)
    assert small.vision is not None
    monkeypatch.setattr(small.vision, "encode", lambda *a, **k: pytest.fail("the encoder ran"))
    with pytest.raises(ContextOverflow, match=r"of them for its 2 image\(s\).*lower the image token budget"):
        list(small.reply(QUESTION, CONFIG, images=[(good_image, good_image)]))


def test_images_that_overflow_the_context_are_refused_before_any_is_decoded(packages, tmp_path: Path) -> None:
    # 40 attachments of 2000 x 2000 pixels (a few hundred bytes each): 1024 tokens each at the
    # default budget, 40,960 in all. Decoded, each would cost 12 MB of pixels and 25 MB of
    # patches; counted from their headers, none is decoded (Pillow allocates no pixel buffer).
    small = Assistant(packages("gqa1-tied"), provider="cpu", context_length=8192)
    files = []
    for n in range(40):
        files.append(tmp_path / f"photo-{n}.png")
        files[-1].write_bytes(black_bilevel_png(2000, 2000, 1))
    Image.open(files[0]).close()  # Pillow's first open loads its plugins, which allocate
    allocated = int(Image.core.get_stats()["new_count"])
    with pytest.raises(ContextOverflow, match=r"40,9\d\d of them for its 40 image\(s\)"):
        small.prompt_for(QUESTION, images=[tuple(files)])
    assert int(Image.core.get_stats()["new_count"]) == allocated, "no image was decoded"


def test_token_budget_sets_the_image_size(assistant: Assistant, good_image: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    random_image(1400, 1000, seed=8).save(big)
    assert assistant.load_image(big).num_tokens <= assistant.image_token_budget
    turn = assistant.prompt_for(QUESTION, images=[(big,)], image_token_budget=64)
    assert int((turn.prompt.ids == assistant.image_token_id).sum()) <= 64
    with pytest.raises(ValueError, match="between 64 and 16384"):
        assistant.prompt_for(QUESTION, images=[(good_image,)], image_token_budget=10)
