"""The retrieval test set (devtools/data/retrieval: 24 documents in English, German, French and
Chinese, 63 questions with the page and words that answer each) and recall@5 for BM25, embeddings
and fused, with the embedding model's tiny random twin. Its vectors are random, so the embedding
and fused figures here say nothing about quality (README, "Documents", has the real model's
published scores); the test checks the machinery, and BM25's figure, which is real."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.documents import RETRIEVAL_SET, recall_at, retrieval_questions, retrieval_words, tiny_encoder
from runtime.convert.quantize import WeightFormat
from runtime.documents.embedder import OnnxEmbedder, convert_encoder
from runtime.documents.index import Collection
from runtime.documents.readers import read_document

pytestmark = pytest.mark.timeout(300)
DOCUMENTS = RETRIEVAL_SET / "documents"


def test_the_set_is_large_enough_and_its_answers_are_where_it_says() -> None:
    questions = retrieval_questions()
    assert len(questions) >= 50
    assert len(list(DOCUMENTS.iterdir())) >= 20
    assert len({q.language for q in questions}) >= 3
    for q in questions:
        page = read_document(DOCUMENTS / q.document).pages[q.page - 1]
        assert q.passage in page.text, q


@pytest.fixture(scope="module")
def twin(tmp_path_factory: pytest.TempPathFactory) -> OnnxEmbedder:
    root = tmp_path_factory.mktemp("twin")
    folder = tiny_encoder(root / "tiny-e5", "bert", words=retrieval_words())
    (root / "int8").mkdir()
    convert_encoder(folder, root / "int8", WeightFormat("int8"))
    return OnnxEmbedder(root / "int8")


def test_recall_at_5_for_bm25_embeddings_and_fused(twin: OnnxEmbedder, tmp_path: Path) -> None:
    questions = retrieval_questions()
    with Collection(tmp_path / "set", twin) as collection:
        report = collection.add([DOCUMENTS])
        assert len(report.indexed) == len(list(DOCUMENTS.iterdir())) and not report.refused
        recall = {mode: recall_at(collection, questions, mode) for mode in ("bm25", "embedding", "fused")}
        for question in questions[:5]:
            for mode in ("bm25", "embedding", "fused"):
                assert len(collection.search(question.question, k=5, mode=mode)) == 5
    assert set(recall["bm25"]) == {"all", "en", "de", "fr", "zh"}
    # BM25 is the real thing: it must find most answers (measured: 62 of 63).
    assert recall["bm25"]["all"] >= 0.9
    for mode in ("embedding", "fused"):
        assert 0.0 <= recall[mode]["all"] <= 1.0
    # Fusion with a random ranker still keeps much of what BM25 finds.
    assert recall["fused"]["all"] >= recall["bm25"]["all"] - 0.35, recall
