"""runtime.generate.detokenizer: streamed text equals the whole decode; thinking is split from the answer."""

from __future__ import annotations

import pytest

from devtools.tiny_models import build_tiny_tokenizer
from runtime.generate.detokenizer import StreamingDetokenizer, ThinkingSplitter
from runtime.generate.tokenizer import Tokenizer

# Characters outside the tiny tokenizer's training corpus fall apart into single bytes.
MULTILINGUAL = [
    "数学很有趣。我们明天见！",
    "🎉 party 😀 time 🧪✅",
    "العربية جميلة، أليس كذلك؟",
    "mixed: naïve café — 東京 🗼 and ١٢٣",
]


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Tokenizer:
    out = tmp_path_factory.mktemp("detok")
    build_tiny_tokenizer(out)
    return Tokenizer.from_dir(out)


def stream(tokenizer: Tokenizer, ids: list[int], skip_special_tokens: bool = True) -> list[str]:
    detok = StreamingDetokenizer(tokenizer, skip_special_tokens=skip_special_tokens)
    return [detok.add(i) for i in ids] + [detok.flush()]


@pytest.mark.parametrize("text", MULTILINGUAL)
def test_streamed_text_equals_whole_decode_without_partial_characters(
    tokenizer: Tokenizer, text: str
) -> None:
    ids = tokenizer.encode(text)
    assert any("\ufffd" in tokenizer.decode([i]) for i in ids), "the text must split a character"
    chunks = stream(tokenizer, ids)
    assert "".join(chunks) == tokenizer.decode(ids) == text
    assert not any("\ufffd" in c for c in chunks)


def test_text_is_emitted_as_soon_as_it_is_final(tokenizer: Tokenizer) -> None:
    ids = tokenizer.encode("The quick brown fox")
    chunks = stream(tokenizer, ids)
    assert all(chunks[:-1]) and chunks[-1] == ""


def test_special_tokens_are_skipped_or_kept(tokenizer: Tokenizer) -> None:
    ids = tokenizer.encode("数学 🙂<|im_end|>")
    assert "".join(stream(tokenizer, ids)) == "数学 🙂"
    assert "".join(stream(tokenizer, ids, skip_special_tokens=False)) == "数学 🙂<|im_end|>"


def test_flush_returns_a_dangling_partial_character(tokenizer: Tokenizer) -> None:
    ids = tokenizer.encode("ok 🧪")[:-1]  # cut inside the emoji
    chunks = stream(tokenizer, ids)
    assert chunks[-1].endswith("\ufffd")
    assert "".join(chunks) == tokenizer.decode(ids)


def split_all(chunks: list[str], start_in_thinking: bool = False) -> list[tuple[str, str]]:
    """Run chunks through a splitter and merge neighbouring parts of the same kind."""
    splitter = ThinkingSplitter(start_in_thinking=start_in_thinking)
    parts = [p for c in chunks for p in splitter.feed(c)] + splitter.flush()
    merged: list[tuple[str, str]] = []
    for kind, text in parts:
        assert text, "no empty parts"
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


THOUGHT = "<think>\nThe user greets me.\n\nI reply.\n</think>\n\nHello! How can I help?"
EXPECTED = [("thinking", "The user greets me.\n\nI reply."), ("answer", "Hello! How can I help?")]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, len(THOUGHT)])
def test_tags_split_across_chunks(size: int) -> None:
    chunks = [THOUGHT[i : i + size] for i in range(0, len(THOUGHT), size)]
    assert split_all(chunks) == EXPECTED


def test_stream_can_start_inside_a_thought() -> None:
    # The prompt ended in "<think>\n", so the first generated text is already thinking.
    assert split_all(["Think", "ing.\n</th", "ink>\n\nDone."], start_in_thinking=True) == [
        ("thinking", "Thinking."),
        ("answer", "Done."),
    ]


def test_text_without_tags_is_all_answer() -> None:
    assert split_all(["a < b and <thin", "king> is not a tag <"]) == [
        ("answer", "a < b and <thinking> is not a tag <")
    ]


def test_empty_thought_prefilled_by_the_prompt() -> None:
    assert split_all(["Sure", ", here it is."]) == [("answer", "Sure, here it is.")]
    assert split_all(["<think>\n\n</think>\n\n", "Answer"]) == [("answer", "Answer")]


def test_unclosed_thought_is_flushed_as_thinking() -> None:
    assert split_all(["<think>still going\n", "</thi"]) == [("thinking", "still going\n</thi")]


def test_detokenizer_and_splitter_together(tokenizer: Tokenizer) -> None:
    # As in Qwen3.5's tokenizer, <think> is an added token but not a special one: it stays in the text.
    ids = tokenizer.encode("<think>\n思考 🧪\n</think>\n\n答案 🗼<|im_end|>")
    assert tokenizer.token_id("<think>") in ids
    assert "".join(stream(tokenizer, ids)) == "<think>\n思考 🧪\n</think>\n\n答案 🗼"
    detok = StreamingDetokenizer(tokenizer)
    chunks = [detok.add(i) for i in ids] + [detok.flush()]
    assert split_all(chunks) == [("thinking", "思考 🧪"), ("answer", "答案 🗼")]
