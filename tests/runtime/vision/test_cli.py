"""Images through `python -m runtime.generate`, and models without a vision tower.

`--image` with `--prompt` goes through the chat template like `Assistant.reply`; with
`--input-ids` each image-pad id stands for the next `--image`. A checkpoint without the tower's
tensors converts to a text-only package, which answers text and refuses images clearly.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from safetensors.numpy import load_file, save_file

from devtools.images import random_image
from devtools.tiny_models import tiny_checkpoint
from runtime.convert.converter import convert
from runtime.errors import UserError
from runtime.generate.assistant import Assistant
from runtime.generate.chat_template import ChatMessage
from runtime.generate.cli import main
from runtime.generate.engine import GenerationConfig, TokenEvent
from runtime.package import VISION, ModelPackage
from runtime.protocol import Sampling

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]


@pytest.fixture(scope="module")
def model(packages) -> Path:
    return packages("gqa1-tied")


@pytest.fixture(scope="module")
def images(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("cli-images")
    paths = [folder / "a.png", folder / "b.jpg"]
    random_image(300, 260, seed=1).save(paths[0])
    random_image(256, 512, seed=2).save(paths[1], quality=95)
    return paths


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--provider", "cpu", "--greedy", "--max-new-tokens", "5"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_json(capsys, *args: str) -> dict:
    code, out, err = cli(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def image_args(paths: list[Path]) -> list[str]:
    return [arg for path in paths for arg in ("--image", str(path))]


def test_prompt_with_images_answers_as_the_assistant_does(model, images, capsys) -> None:
    result = cli_json(capsys, str(model), "--prompt", "Which is brighter?", *image_args(images))
    assistant = Assistant(model, provider="cpu")
    config = GenerationConfig(max_new_tokens=5, sampling=Sampling.greedy())
    events = assistant.reply([ChatMessage("user", "Which is brighter?")], config, images=[tuple(images)])
    assert result["token_ids"] == [e.token_id for e in events if isinstance(e, TokenEvent)]
    image_tokens = sum(assistant.load_image(p).num_tokens for p in images)
    assert result["prompt_tokens"] > image_tokens
    assert result["skipped_images"] == []


def test_input_ids_pads_stand_for_the_images_in_order(model, images, capsys) -> None:
    assistant = Assistant(model, provider="cpu")
    pad = assistant.image_token_id
    ids = [5, 17, pad, 40, pad, 9]
    result = cli_json(capsys, str(model), "--input-ids", ",".join(map(str, ids)), *image_args(images))
    loaded = [assistant.load_image(p) for p in images]
    assert result["prompt_tokens"] == len(ids) - 2 + sum(i.num_tokens for i in loaded)
    prompt = assistant.prompt_with_images(ids, loaded)
    config = GenerationConfig(max_new_tokens=5, sampling=Sampling.greedy())
    expected = [e.token_id for e in assistant.engine.generate(prompt, config) if isinstance(e, TokenEvent)]
    assert result["token_ids"] == expected
    swapped = cli_json(capsys, str(model), "--input-ids", ",".join(map(str, ids)), *image_args(images[::-1]))
    assert swapped["token_ids"] != result["token_ids"]


def test_input_ids_and_images_must_agree(model, images, capsys) -> None:
    pad = ModelPackage.open(model).config.image_token_id
    code, _, err = cli(capsys, str(model), "--input-ids", f"5,{pad},6", *image_args(images))
    assert code == 1
    assert "1 image placeholders but 2 images" in err


def test_bad_image_is_a_warning_with_prompt_and_an_error_with_input_ids(
    model, images, capsys, tmp_path
) -> None:
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    result = cli_json(capsys, str(model), "--prompt", "Hi", *image_args([images[0], bad]))
    assert len(result["skipped_images"]) == 1 and "'broken.png'" in result["skipped_images"][0]
    code, _, err = cli(capsys, str(model), "--prompt", "Hi", *image_args([bad]))
    assert code == 0 and "warning: 'broken.png'" in err and "left out" in err
    pad = ModelPackage.open(model).config.image_token_id
    code, _, err = cli(capsys, str(model), "--input-ids", f"5,{pad}", *image_args([bad]))
    assert code == 1 and "'broken.png'" in err


def test_image_token_budget_is_checked(model, images, capsys) -> None:
    code, _, err = cli(capsys, str(model), "--prompt", "Hi", "--image-tokens", "20000", *image_args(images))
    assert code == 2 and "between 64 and 16384" in err


@pytest.fixture(scope="module")
def text_only_model(tmp_path_factory) -> Path:
    """The tiny checkpoint with its vision tower and vision_config removed, converted."""
    source = tiny_checkpoint("gqa1-tied")
    folder = tmp_path_factory.mktemp("text-only")
    checkpoint = folder / "checkpoint"
    shutil.copytree(source, checkpoint)
    tensors = load_file(checkpoint / "model.safetensors")
    save_file(
        {k: v for k, v in tensors.items() if not k.startswith("model.visual.")},
        checkpoint / "model.safetensors",
    )
    config = json.loads((checkpoint / "config.json").read_text())
    del config["vision_config"]
    (checkpoint / "config.json").write_text(json.dumps(config))
    return convert(checkpoint, folder / "package")


def test_text_only_checkpoint_converts_and_refuses_images(text_only_model, model, images, capsys) -> None:
    package = ModelPackage.open(text_only_model)
    assert "vision" not in package.manifest["graphs"] and not (text_only_model / VISION).exists()
    assert ModelPackage.open(model).manifest["graphs"]["vision"] == VISION
    assistant = Assistant(text_only_model, provider="cpu")
    assert assistant.vision is None
    config = GenerationConfig(max_new_tokens=3, sampling=Sampling.greedy())
    with pytest.raises(UserError, match=r"reads text only .* choose a model that can see"):
        list(assistant.reply([ChatMessage("user", "Hi")], config, images=[(images[0],)]))
    answer = assistant.reply([ChatMessage("user", "Hi")], config)
    assert len([e for e in answer if isinstance(e, TokenEvent)]) == 3
    code, _, err = cli(capsys, str(text_only_model), "--prompt", "Hi", *image_args(images))
    assert code == 1 and "reads text only" in err
