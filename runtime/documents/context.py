"""Whole document or retrieval: what goes into the prompt, and the sources its citations name.

The user allows a share of the context window for documents (`document_budget`). Attached
documents are placed whole, in the order given, while their tokens fit in that budget (text
tokens from the model's tokenizer, plus each scanned page's image tokens at the image budget);
the rest are indexed and searched, and only the passages retrieved for the question go in.

Both ways the prompt text marks where each piece came from, and `Source`s map the marks back to
(document, page), so an answer's "[2]" opens the right page:

    whole:      <document name="report.pdf">[page 1] ... [page 2] ...</document>
    retrieved:  [1] report.pdf, page 4: ...passage...
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from runtime.documents.index import Hit
from runtime.documents.readers import Document
from runtime.vision.preprocess import PIXELS_PER_TOKEN

DEFAULT_DOCUMENT_SHARE = 0.5
# Left for the system prompt, the conversation and the answer whatever the share.
RESERVED_TOKENS = 4096


def document_budget(context_window: int, share: float = DEFAULT_DOCUMENT_SHARE) -> int:
    if not 0.0 < share <= 1.0:
        raise ValueError(f"the document share of the window must be in (0, 1], not {share}")
    return max(0, min(int(context_window * share), context_window - RESERVED_TOKENS))


@dataclass(frozen=True)
class Source:
    number: int  # the [n] the prompt and the answer use
    document: str  # path
    name: str
    page: int


@dataclass
class ContextPlan:
    budget: int
    whole: list[Document] = field(default_factory=list)
    retrieve: list[Document] = field(default_factory=list)
    whole_tokens: int = 0


def whole_text(document: Document) -> str:
    pages = "\n".join(f"[page {p.number}]\n{p.text}" for p in document.pages if p.text or p.is_scan)
    return f'<document name="{document.name}">\n{pages}\n</document>'


def document_tokens(document: Document, count_tokens: Callable[[str], int]) -> int:
    images = sum(p.image.width * p.image.height // PIXELS_PER_TOKEN for p in document.pages if p.image)
    return count_tokens(whole_text(document)) + images


def plan_context(
    documents: Sequence[Document],
    *,
    context_window: int,
    count_tokens: Callable[[str], int],
    share: float = DEFAULT_DOCUMENT_SHARE,
) -> ContextPlan:
    plan = ContextPlan(budget=document_budget(context_window, share))
    for document in documents:
        tokens = document_tokens(document, count_tokens)
        if plan.whole_tokens + tokens <= plan.budget:
            plan.whole.append(document)
            plan.whole_tokens += tokens
        else:
            plan.retrieve.append(document)
    return plan


def passages_text(hits: Sequence[Hit]) -> tuple[str, list[Source]]:
    """Retrieved passages as numbered sources; the same passage page cited twice shares a number."""
    sources: list[Source] = []
    numbers: dict[tuple[str, int], int] = {}
    lines = []
    for hit in hits:
        key = (hit.document, hit.page)
        if key not in numbers:
            numbers[key] = len(sources) + 1
            sources.append(Source(numbers[key], hit.document, hit.name, hit.page))
        lines.append(f"[{numbers[key]}] {hit.name}, page {hit.page}:\n{hit.text}")
    return "\n\n".join(lines), sources


def cited_sources(answer: str, sources: Sequence[Source]) -> list[Source]:
    """The sources an answer cites as [n], in the order it first cites them."""
    import re

    by_number = {s.number: s for s in sources}
    seen: dict[int, Source] = {}
    for match in re.finditer(r"\[(\d+(?:\s*,\s*\d+)*)\]", answer):
        for n in (int(x) for x in match.group(1).split(",")):
            if n in by_number:
                seen.setdefault(n, by_number[n])
    return list(seen.values())
