"""A document that fits the share of the window allowed for documents is placed whole; the rest
go to retrieval; retrieved passages are numbered sources whose citations map to (document, page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.documents import Scan, write_pdf
from runtime.documents.context import (
    RESERVED_TOKENS,
    cited_sources,
    document_budget,
    document_tokens,
    passages_text,
    plan_context,
    whole_text,
)
from runtime.documents.index import Collection
from runtime.documents.readers import Document, Page, read_document
from runtime.vision.preprocess import budget_to_max_pixels


def words(text: str) -> int:
    return len(text.split())


def doc(name: str, n_words: int) -> Document:
    return Document(Path(name), "text", (Page(1, " ".join(["word"] * n_words)),))


def test_the_budget_is_the_share_less_what_the_conversation_needs() -> None:
    assert document_budget(262_144, 0.5) == 131_072
    assert document_budget(8192, 1.0) == 8192 - RESERVED_TOKENS
    assert document_budget(2048, 0.5) == 0
    with pytest.raises(ValueError, match="share"):
        document_budget(8192, 0.0)


def test_documents_that_fit_go_whole_and_the_rest_to_retrieval() -> None:
    small, medium, large = doc("small.txt", 100), doc("medium.txt", 3000), doc("large.txt", 20_000)
    plan = plan_context([small, large, medium], context_window=16_384, count_tokens=words, share=0.5)
    assert plan.budget == 8192
    assert [d.name for d in plan.whole] == ["small.txt", "medium.txt"]
    assert [d.name for d in plan.retrieve] == ["large.txt"]
    assert plan.whole_tokens == document_tokens(small, words) + document_tokens(medium, words)
    everything = plan_context([large], context_window=262_144, count_tokens=words)
    assert everything.whole and not everything.retrieve


def test_scanned_pages_count_their_image_tokens(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", ["cover page text", Scan()])
    document = read_document(path, max_pixels=budget_to_max_pixels(256))
    assert document_tokens(document, words) >= words(whole_text(document)) + 200
    assert "[page 2]" in whole_text(document)  # the scan's place is marked for the image


def test_retrieved_passages_cite_document_and_page(tmp_path: Path) -> None:
    write_pdf(
        tmp_path / "guide.pdf", ["Contents", "The boiler pressure should be 1.5 bar.", "Bleed the radiators."]
    )
    with Collection(tmp_path / "c") as collection:
        collection.add([tmp_path / "guide.pdf"])
        hits = collection.search("what pressure should the boiler have", k=2)
    text, sources = passages_text(hits)
    assert text.startswith("[1] guide.pdf, page 2:\nThe boiler pressure should be 1.5 bar.")
    assert (sources[0].name, sources[0].page) == ("guide.pdf", 2)
    answer = "Keep it at 1.5 bar [1]. See also [7] and [1, 2]."
    assert [s.number for s in cited_sources(answer, sources)] == [1, 2][: len(sources)]
