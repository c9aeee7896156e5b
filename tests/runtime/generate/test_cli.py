"""`python -m runtime.generate` on a converted tiny package: output shapes, agreement with the
engine, streaming, and the errors a user can hit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devtools.tiny_models import tiny_checkpoint
from runtime.generate.cli import main
from runtime.generate.engine import Engine, GenerationConfig, Prompt, TokenEvent
from runtime.generate.session import DecoderSession
from runtime.generate.tokenizer import Tokenizer
from runtime.package import ModelPackage
from runtime.protocol import Sampling

IDS = [12, 40, 7, 99, 3, 250, 31, 64, 5, 871]
# crosses the portable path's 64-token chunk
LONG_IDS = [(i * 37 + 11) % 900 for i in range(70)]


@pytest.fixture(scope="module")
def model(packages) -> Path:
    return packages("gqa1-tied")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--provider", "cpu"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_json(capsys, *args: str) -> dict:
    code, out, err = cli(capsys, *args, "--json")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1, out
    return json.loads(lines[0])


def as_csv(ids: list[int]) -> str:
    return ",".join(map(str, ids))


def test_input_ids_json_has_ids_text_reason_and_timings(model, capsys) -> None:
    result = cli_json(capsys, str(model), "--input-ids", as_csv(IDS), "--greedy", "--max-new-tokens", "6")
    assert len(result["token_ids"]) == result["generated_tokens"] == 6
    assert result["finish_reason"] == "length"
    assert result["prompt_tokens"] == len(IDS)
    assert result["text"] == Tokenizer.from_dir(model).decode(result["token_ids"], skip_special_tokens=True)
    for timing in ("time_to_first_token_s", "prefill_tokens_per_second", "decode_tokens_per_second"):
        assert result[timing] >= 0
    assert result["provider"] == "CPUExecutionProvider"


def test_input_ids_give_the_engines_greedy_tokens(model, capsys) -> None:
    result = cli_json(capsys, str(model), "--input-ids", as_csv(IDS), "--greedy", "--max-new-tokens", "8")
    engine = Engine(DecoderSession(ModelPackage.open(model), provider="cpu"))
    config = GenerationConfig(max_new_tokens=8, sampling=Sampling.greedy())
    events = engine.generate(Prompt.from_ids(IDS), config)
    assert result["token_ids"] == [e.token_id for e in events if isinstance(e, TokenEvent)]


def test_portable_and_fused_operators_give_the_same_tokens(model, capsys) -> None:
    args = (str(model), "--input-ids", as_csv(LONG_IDS), "--greedy", "--max-new-tokens", "10")
    portable = cli_json(capsys, *args, "--ops", "portable")
    fused = cli_json(capsys, *args, "--ops", "fused")
    assert (portable["ops"], fused["ops"]) == ("portable", "fused")
    assert portable["token_ids"] == fused["token_ids"]


@pytest.mark.parametrize("thinking", [[], ["--think"]], ids=["default", "think"])
def test_streamed_text_is_the_json_text(model, capsys, thinking) -> None:
    args = (str(model), "--prompt", "hello", "--greedy", "--max-new-tokens", "12", *thinking)
    code, streamed, err = cli(capsys, *args)
    assert code == 0, err
    assert streamed.endswith("\n")
    result = cli_json(capsys, *args)
    assert result["text"] == streamed[:-1]
    # thinking streams to stderr, dimmed
    assert err.replace("\x1b[2m", "").replace("\x1b[0m", "") == result["thinking"]
    if thinking:
        assert result["thinking"], "a prompt that opens <think> starts in the thinking part"


def test_no_think_closes_the_thinking_block(model, capsys) -> None:
    args = (str(model), "--prompt", "hello", "--greedy", "--max-new-tokens", "12")
    closed = cli_json(capsys, *args, "--no-think")
    opened = cli_json(capsys, *args, "--think")
    # "<think>\n\n</think>\n\n" against "<think>\n": the empty block is pre-filled
    assert closed["prompt_tokens"] > opened["prompt_tokens"]
    assert closed["thinking"] == ""
    # every generated token is answer (the splitter trims the part's outer whitespace)
    answer = Tokenizer.from_dir(model).decode(closed["token_ids"], skip_special_tokens=True)
    assert closed["text"] == answer.strip()


def test_a_prompt_longer_than_the_context_is_an_error(model, capsys) -> None:
    code, out, err = cli(capsys, str(model), "--prompt", "hello", "--context-length", "8")
    assert code == 1
    assert out == ""
    assert "oriel-generate: error: this conversation is" in err
    assert "context length of 8 tokens" in err
    assert "Traceback" not in err


def test_a_missing_model_folder_is_an_error(tmp_path, capsys) -> None:
    missing = tmp_path / "no-such-model"
    code, out, err = cli(capsys, str(missing), "--prompt", "hello")
    assert code == 2
    assert out == ""
    assert err.strip() == f"oriel-generate: error: there is no model package at {missing} (no such folder)"


def test_an_unconverted_checkpoint_is_an_error(capsys) -> None:
    code, _, err = cli(capsys, str(tiny_checkpoint("gqa1-tied")), "--prompt", "hello")
    assert code == 2
    assert "is not an Oriel model package" in err
    assert "convert it first" in err


def test_bad_sampling_settings_are_an_error(model, capsys) -> None:
    code, _, err = cli(capsys, str(model), "--prompt", "hello", "--top-p", "0")
    assert code == 2
    assert "top_p must be in (0, 1]" in err


def test_sampling_with_a_seed_is_reproducible(model, capsys) -> None:
    args = (str(model), "--input-ids", as_csv(IDS), "--max-new-tokens", "12", "--temperature", "1.5")
    runs = {seed: cli_json(capsys, *args, "--seed", str(seed))["token_ids"] for seed in ("1", "2", "3")}
    assert cli_json(capsys, *args, "--seed", "1")["token_ids"] == runs["1"]
    assert len({tuple(ids) for ids in runs.values()}) > 1, "different seeds should draw differently"
