"""Prompts with images, end to end, against transformers 5.23 on the tiny checkpoints.

Each conversation is rendered by the model's chat template with image files attached, prepared
by `Assistant.prompt_for` (load, preprocess, pads expanded, positions, encoder), and compared
with `Qwen3_5ForConditionalGeneration` fed the same ids and the same pixel values: last-position
logits within 1e-4 x max(1, max|logit|), then 20 greedy tokens identical, on both operator
paths. A two-turn chat runs its second turn on the engine's cached state of the first and must
match a from-scratch reference run of the whole conversation.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from devtools.images import random_image
from devtools.tiny_models import ALL_SPECS
from runtime.generate.assistant import Assistant
from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import Finish, GenerationConfig, Prompt, TokenEvent
from runtime.protocol import Sampling
from runtime.vision.preprocess import ImageInput

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

GREEDY_TOKENS = 20
OPS = ("portable", "fused")
# Every checkpoint sees one image; the longer conversations run on the one with grouped value
# heads and an untied head (the layout checks in test_vision_encoder cover the rest).
MULTI_IMAGE_SPEC = "gqa2-untied"
# (width, height) of the attached images; sizes differ so that grids and token counts do.
IMAGE_SIZES = [(256, 256), (420, 300), (250, 700), (300, 300)]


def tolerance(reference: np.ndarray) -> float:
    return 1e-4 * max(1.0, float(np.abs(reference).max()))


@pytest.fixture(scope="module")
def image_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("images")
    paths = []
    for i, (width, height) in enumerate(IMAGE_SIZES):
        path = folder / f"image{i}.png"
        random_image(width, height, seed=10 + i).save(path)
        paths.append(path)
    return paths


def conversation(kind: str, files: list[Path]) -> tuple[list[ChatMessage], list[tuple[Path, ...]]]:
    """(messages, images per message) of one test conversation."""
    if kind == "one image":
        return [ChatMessage("user", "What is in this picture?")], [(files[0],)]
    if kind == "three images":
        return [ChatMessage("user", "Compare these three.")], [tuple(files[:3])]
    assert kind == "history"
    return (
        [
            ChatMessage("system", "You are terse."),
            ChatMessage("user", "Look at this."),
            ChatMessage("assistant", "A pattern of coloured dots."),
            ChatMessage("user", "And these two? Which one is brighter?"),
        ],
        [(), (files[3],), (), (files[1], files[0])],
    )


@pytest.fixture(scope="module")
def assistants(packages):
    cache: dict[tuple[str, str], Assistant] = {}

    def get(name: str, ops: str) -> Assistant:
        if (name, ops) not in cache:
            cache[name, ops] = Assistant(packages(name), provider="cpu", ops=ops)
        return cache[name, ops]

    return get


def reference_run(model, prompt: Prompt, images: list[ImageInput]) -> tuple[np.ndarray, list[int]]:
    """Last-position logits of the prompt and the greedy continuation, transformers' own way."""
    ids = torch.from_numpy(prompt.ids)[None]
    pixels = torch.from_numpy(np.concatenate([np.ascontiguousarray(i.pixel_patches) for i in images]))
    try:
        with torch.no_grad():
            out = model(
                input_ids=ids,
                pixel_values=pixels,
                image_grid_thw=torch.tensor([i.grid_thw for i in images]),
                mm_token_type_ids=(ids == prompt.image_token_id).int(),
                use_cache=True,
            )
            logits = out.logits[0, -1].numpy().copy()
            past, token, tokens = out.past_key_values, int(out.logits[0, -1].argmax()), []
            for _ in range(GREEDY_TOKENS):
                tokens.append(token)
                out = model(input_ids=torch.tensor([[token]]), past_key_values=past, use_cache=True)
                past, token = out.past_key_values, int(out.logits[0, -1].argmax())
    finally:
        model.model.rope_deltas = None  # the reference caches it across calls: leave no trace
    return logits, tokens


def prepared_images(assistant: Assistant, images: list[tuple[Path, ...]]) -> list[ImageInput]:
    return [assistant.load_image(path) for message_images in images for path in message_images]


def greedy(assistant: Assistant, prompt: Prompt) -> tuple[list[int], Finish]:
    config = GenerationConfig(max_new_tokens=GREEDY_TOKENS, sampling=Sampling.greedy())
    events = list(assistant.engine.generate(prompt, config))
    finish = events[-1]
    assert isinstance(finish, Finish)
    return [e.token_id for e in events if isinstance(e, TokenEvent)], finish


def check_against_reference(assistant: Assistant, model, prompt: Prompt, inputs: list[ImageInput]) -> Finish:
    """Logits of a from-scratch prefill, then the engine's greedy tokens (on its cached state)."""
    assert int((prompt.ids == prompt.image_token_id).sum()) == sum(i.num_tokens for i in inputs)
    expected_logits, expected_tokens = reference_run(model, prompt, inputs)
    state = assistant.session.empty_state()
    features = np.concatenate([assistant.require_vision().encode(i) for i in inputs])
    logits = assistant.session.forward(
        state, prompt.ids, prompt.positions, features, image_token_id=prompt.image_token_id
    )
    err = np.abs(logits - expected_logits).max()
    assert err <= tolerance(expected_logits), f"max |diff| {err:.3g}"
    tokens, finish = greedy(assistant, prompt)
    assert tokens == expected_tokens
    return finish


@pytest.mark.parametrize(
    ("name", "kind"),
    [(name, "one image") for name in ALL_SPECS]
    + [(MULTI_IMAGE_SPEC, "three images"), (MULTI_IMAGE_SPEC, "history")],
)
@pytest.mark.parametrize("ops", OPS)
def test_chat_with_images_matches_reference(
    name: str, ops: str, kind: str, assistants, references, image_files
) -> None:
    assistant = assistants(name, ops)
    assistant.engine.reset()
    messages, images = conversation(kind, image_files)
    turn = assistant.prompt_for(messages, images=images, thinking=False)
    assert not turn.skipped
    check_against_reference(assistant, references(name), turn.prompt, prepared_images(assistant, images))


@pytest.mark.parametrize("ops", OPS)
def test_second_turn_continues_the_first(ops: str, assistants, references, image_files) -> None:
    """Turn 1 (an image and text) is answered; turn 2 (the answer, two more images, text) runs on
    the engine's state after turn 1, whose positions already ran past the first image."""
    name = MULTI_IMAGE_SPEC
    assistant = assistants(name, ops)
    assistant.engine.reset()
    encode, render = assistant.tokenizer.encode, assistant.template.render
    first_images = [assistant.load_image(image_files[3])]
    first_ids = encode(render([ChatMessage("user", "Look at this.", images=1)], enable_thinking=False))
    first = assistant.prompt_with_images(first_ids, first_images)
    answer, _ = greedy(assistant, first)

    follow_up = render([ChatMessage("user", "And these two? Which one is brighter?", images=2)])
    second_ids = first_ids + answer + encode("<|im_end|>\n" + follow_up)
    second_images = [*first_images, *(assistant.load_image(f) for f in (image_files[1], image_files[0]))]
    second = assistant.prompt_with_images(second_ids, second_images)
    assert second.keys[: len(first)] == first.keys
    finish = check_against_reference(assistant, references(name), second, second_images)
    # the last answer token is sampled but never fed, so the state holds all the rest
    assert finish.reused_tokens == len(first) + len(answer) - 1


def test_another_image_of_the_same_size_is_not_taken_from_the_cache(assistants, tmp_path) -> None:
    """Same text, same grid, other pixels: no state past the text before the image is reused."""
    assistant = assistants(ALL_SPECS[0], "fused")
    assistant.engine.reset()
    paths = [tmp_path / "first.png", tmp_path / "second.png"]
    for seed, path in enumerate(paths):
        random_image(256, 256, seed=100 + seed).save(path)
    question = [ChatMessage("user", "What is this?")]
    first = assistant.prompt_for(question, images=[(paths[0],)]).prompt
    second = assistant.prompt_for(question, images=[(paths[1],)]).prompt
    assert np.array_equal(first.ids, second.ids) and np.array_equal(first.positions, second.positions)
    greedy(assistant, first)
    tokens, finish = greedy(assistant, second)
    assert finish.reused_tokens <= int(np.flatnonzero(second.ids == second.image_token_id)[0])
    assistant.engine.reset()
    assert tokens == greedy(assistant, second)[0]
