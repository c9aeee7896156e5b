"""Streaming generated tokens back to text, and splitting the thinking from the answer.

Qwen's tokenizer is byte-level BPE: one token can hold half of an emoji or of a CJK character,
and decoding it alone gives U+FFFD. `StreamingDetokenizer` decodes a short window of recent
tokens (the prefix/read offsets of text-generation-inference and vLLM) and holds text back while
it ends in U+FFFD, so what it emits is always final and, joined, equals decoding all the tokens at
once. The window also keeps decoders that look at neighbouring tokens right.

`ThinkingSplitter` routes the text between `<think>` and `</think>` to the thinking pane and the
rest to the answer. The tags can arrive split across chunks, and the stream can begin inside a
thought when the prompt already opened `<think>\\n`. Each part is trimmed of the whitespace at its
edges, as the chat template trims them when the turn is rendered again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the remote engine uses the splitter in the GUI process, which need not load tokenizers
    from runtime.generate.tokenizer import Tokenizer

REPLACEMENT_CHAR = "\ufffd"
THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"

PartKind = Literal["thinking", "answer"]


class StreamingDetokenizer:
    """Token ids in, finished text out."""

    def __init__(self, tokenizer: Tokenizer, skip_special_tokens: bool = True) -> None:
        self._tokenizer = tokenizer
        self._skip_special = skip_special_tokens
        self._ids: list[int] = []  # the window: already-emitted context, then pending tokens
        self._read_offset = 0  # _ids[:_read_offset] is context whose text was emitted

    def _decode(self, ids: list[int]) -> str:
        return self._tokenizer.decode(ids, skip_special_tokens=self._skip_special)

    def add(self, token_id: int) -> str:
        """Take one token; return the text that became final (often "", never a partial character)."""
        self._ids.append(token_id)
        context = self._decode(self._ids[: self._read_offset])
        text = self._decode(self._ids)
        if len(text) <= len(context) or text.endswith(REPLACEMENT_CHAR):
            return ""
        # Slide the window: the tokens just emitted become the context for the next ones.
        self._ids = self._ids[self._read_offset :]
        self._read_offset = len(self._ids)
        return text[len(context) :]

    def flush(self) -> str:
        """The text still held back (at the end of generation), even if it ends in U+FFFD."""
        context = self._decode(self._ids[: self._read_offset])
        text = self._decode(self._ids)
        self._ids, self._read_offset = [], 0
        return text[len(context) :]


class ThinkingSplitter:
    """Text chunks in, (kind, text) parts out, kind being "thinking" or "answer"."""

    def __init__(self, start_in_thinking: bool = False) -> None:
        self._thinking = start_in_thinking
        self._buffer = ""  # text that may be the start of a tag
        self._part_started = False  # the current part has shown non-whitespace text
        self._held_space = ""  # trailing whitespace, shown only if more text follows in this part

    @property
    def kind(self) -> PartKind:
        """Where text goes now."""
        return "thinking" if self._thinking else "answer"

    def feed(self, text: str) -> list[tuple[PartKind, str]]:
        """Route one chunk; returns the parts that are final, in order."""
        parts: list[tuple[PartKind, str]] = []
        self._buffer += text
        while True:
            tag = THINK_CLOSE if self._thinking else THINK_OPEN
            at = self._buffer.find(tag)
            if at < 0:
                break
            self._emit(self._buffer[:at], parts)
            self._buffer = self._buffer[at + len(tag) :]
            self._thinking = not self._thinking
            self._part_started, self._held_space = False, ""
        keep = _partial_tag_length(self._buffer, tag)
        self._emit(self._buffer[: len(self._buffer) - keep], parts)
        self._buffer = self._buffer[len(self._buffer) - keep :]
        return parts

    def flush(self) -> list[tuple[PartKind, str]]:
        """The rest, at the end of the stream (a dangling partial tag is ordinary text)."""
        parts: list[tuple[PartKind, str]] = []
        self._emit(self._buffer, parts)
        self._buffer, self._held_space = "", ""
        return parts

    def _emit(self, text: str, parts: list[tuple[PartKind, str]]) -> None:
        if not self._part_started:
            text = text.lstrip()
            if not text:
                return
            self._part_started = True
        text = self._held_space + text
        shown = text.rstrip()
        self._held_space = text[len(shown) :]
        if shown:
            parts.append((self.kind, shown))


def _partial_tag_length(text: str, tag: str) -> int:
    """The length of the longest end of `text` that is a proper start of `tag`."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0
