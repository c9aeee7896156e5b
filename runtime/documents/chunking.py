"""Cut a document's pages into overlapping chunks that remember where they came from.

A chunk never crosses a page, so its citation is one (document, page). `start`/`end` are
character offsets in that page's text (`Page.text[start:end] == chunk.text`), so a viewer can
highlight the passage. Chunks aim at `CHUNK_CHARS` characters (about 200 tokens of English: small
enough for a 512-token embedding model to read whole, large enough to hold an answer) and overlap
by `OVERLAP_CHARS` so a sentence cut by one boundary is whole in the next chunk. Cuts fall at the
last paragraph break, else sentence end, else space within the window's last third; text with no
spaces (Chinese, Japanese) is cut at sentence punctuation or, failing that, anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from runtime.documents.readers import Document

CHUNK_CHARS = 800
OVERLAP_CHARS = 120

_BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"[.!?。！？;；](?:\s|$)|[。！？]"),
    re.compile(r"\s"),
)


@dataclass(frozen=True)
class Chunk:
    page: int
    start: int
    end: int
    text: str


def split_text(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans covering `text`, each at most `size` characters, trimmed of white space."""
    spans = []
    position = 0
    n = len(text)
    while position < n:
        while position < n and text[position].isspace():
            position += 1
        if position >= n:
            break
        end = min(n, position + size)
        if end < n:
            window = text[position:end]
            floor = len(window) * 2 // 3
            for pattern in _BREAKS:
                cuts = [m.end() for m in pattern.finditer(window) if m.end() > floor]
                if cuts:
                    end = position + cuts[-1]
                    break
        stop = end
        while stop > position and text[stop - 1].isspace():
            stop -= 1
        spans.append((position, stop))
        if end >= n:
            break
        next_start = max(end - overlap, position + 1)
        # Start the overlap at a word boundary where there is one.
        space = text.find(" ", next_start, end)
        position = space + 1 if space != -1 else next_start
    return spans


def chunk_document(document: Document, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> list[Chunk]:
    return [
        Chunk(page.number, start, end, page.text[start:end])
        for page in document.pages
        for start, end in split_text(page.text, size, overlap)
    ]
