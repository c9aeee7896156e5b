"""Chunks keep their provenance; a collection's index finds passages by BM25, cites (document,
page), skips unchanged files, survives a process killed mid-document, is cancellable in the
background, and goes with its collection."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from devtools import REPO
from devtools.documents import Scan, write_docx, write_pdf
from runtime.documents.chunking import CHUNK_CHARS, chunk_document, split_text
from runtime.documents.index import (
    DATABASE,
    Collection,
    IndexJob,
    Progress,
    delete_collection,
    match_expression,
)
from runtime.documents.readers import Document, Page, read_document

LOREM = (
    "Sea otters hold hands while they sleep so that they do not drift apart. "
    "They wrap themselves in kelp, and a group of resting otters is called a raft. "
)


class HashingEmbedder:
    """Bag of hashed words: close texts share words. Stands in for the model where a test is about
    the index's bookkeeping (the ONNX embedder has its own tests)."""

    name = "hashing-64"

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), 64), np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, zlib.crc32(word.strip(".,?").encode()) % 64] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)


def test_chunks_point_back_into_their_page() -> None:
    text = (LOREM * 30).strip()
    document = Document(Path("otters.txt"), "text", (Page(1, "short page"), Page(2, text)))
    chunks = chunk_document(document)
    assert chunks[0].page == 1 and chunks[0].text == "short page"
    assert len(chunks) > 3
    for chunk in chunks:
        assert document.pages[chunk.page - 1].text[chunk.start : chunk.end] == chunk.text
        assert len(chunk.text) <= CHUNK_CHARS
    covered = set()
    for chunk in chunks[1:]:
        covered |= set(range(chunk.start, chunk.end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    # Consecutive chunks overlap, so a sentence cut at one boundary is whole in a neighbour.
    assert all(b.start < a.end for a, b in itertools.pairwise(chunks[1:]))


def test_text_without_spaces_is_still_cut() -> None:
    text = "海獺は眠るとき手をつなぐ。" * 100
    spans = split_text(text, size=200, overlap=20)
    assert all(0 < e - s <= 200 for s, e in spans) and spans[-1][1] == len(text)


def test_query_words_are_quoted_not_operators() -> None:
    assert (
        match_expression('otters AND "rafts" NEAR(x) -kelp')
        == '"otters" OR "and" OR "rafts" OR "near" OR "x" OR "kelp"'
    )
    assert match_expression("?!") == ""
    assert match_expression("海獺") == '"海" OR "獺"'


def make_library(folder: Path) -> Path:
    folder.mkdir()
    write_pdf(folder / "otters.pdf", ["Otters: an introduction", LOREM, Scan()])
    write_docx(folder / "owls.docx", [["Owls hunt at night with silent feathers."], ["Barn owls eat mice."]])
    (folder / "bats.md").write_text(
        "# Bats\nBats find insects by echolocation.\n## Roosts\nBats sleep upside down.\n"
    )
    (folder / "notes.txt").write_text("Shopping: bread, milk, kelp crisps.")
    (folder / "locked.pdf").write_bytes(write_pdf(folder / "tmp.pdf", ["x"], encrypted=True).read_bytes())
    (folder / "tmp.pdf").unlink()
    (folder / ".hidden.txt").write_text("otters otters otters")
    (folder / "image.png").write_bytes(b"\x89PNG")
    return folder


def test_search_cites_document_and_page(tmp_path: Path) -> None:
    library = make_library(tmp_path / "library")
    with Collection(tmp_path / "c") as collection:
        report = collection.add([library])
        assert sorted(Path(p).name for p in report.indexed) == [
            "bats.md",
            "notes.txt",
            "otters.pdf",
            "owls.docx",
        ]
        assert list(report.refused) == [str((library / "locked.pdf").resolve())]
        assert "protected by a password" in next(iter(report.refused.values()))
        otters = next(d for d in collection.documents() if d["name"] == "otters.pdf")
        assert otters["pages"] == 3 and otters["scans"] == [3]

        hit = collection.search("do otters hold hands when they sleep?", k=3)[0]
        assert (hit.name, hit.page) == ("otters.pdf", 2)
        assert hit.citation == (str((library / "otters.pdf").resolve()), 2)
        assert hit.bm25_rank == 1 and hit.vector_rank is None
        assert collection.search("barn owls mice")[0].page == 2
        assert collection.search("sleep upside down")[0].name == "bats.md"
        assert collection.search("???") == []


def test_unchanged_files_are_skipped_and_changed_ones_replaced(tmp_path: Path) -> None:
    library = make_library(tmp_path / "library")
    with Collection(tmp_path / "c") as collection:
        collection.add([library])
        chunks = collection.chunk_count()
        again = collection.add([library])
        assert again.indexed == [] and len(again.unchanged) == 4
        notes = library / "notes.txt"
        notes.write_text("Shopping: seaweed only.")
        os.utime(notes, ns=(1, 1))
        third = collection.add([library])
        assert [Path(p).name for p in third.indexed] == ["notes.txt"]
        assert collection.chunk_count() == chunks
        assert collection.search("seaweed")[0].name == "notes.txt"
        assert collection.search("bread milk") == [] or collection.search("bread milk")[0].name != "notes.txt"
        collection.remove(notes)
        assert collection.search("seaweed") == []
        assert len(collection.documents()) == 3


def test_fused_search_uses_both_lists(tmp_path: Path) -> None:
    library = make_library(tmp_path / "library")
    embedder = HashingEmbedder()
    with Collection(tmp_path / "c", embedder) as collection:
        collection.add([library])
        for mode in ("fused", "bm25", "embedding"):
            hits = collection.search("otters hold hands sleep", k=3, mode=mode)
            assert (hits[0].name, hits[0].page) == ("otters.pdf", 2), mode
        fused = collection.search("otters hold hands sleep", k=3)[0]
        assert fused.bm25_rank == 1 and fused.vector_rank == 1
        assert fused.score == pytest.approx(2 / 61)

    # Another model's vectors are not comparable: opening with it indexes everything again.
    class Other(HashingEmbedder):
        name = "hashing-other"

    with Collection(tmp_path / "c", Other()) as collection:
        assert len(collection.add([library]).indexed) == 4


def test_background_indexing_reports_progress_and_cancels(tmp_path: Path) -> None:
    library = tmp_path / "many"
    library.mkdir()
    for i in range(12):
        (library / f"doc{i:02}.txt").write_text(f"Document number {i}. " + LOREM * 5)
    seen: list[Progress] = []
    job = IndexJob(tmp_path / "c", [library], progress=seen.append)
    report = job.wait(timeout=60)
    assert report is not None and len(report.indexed) == 12 and not report.cancelled
    assert [p.done for p in seen] == [*range(12), 12] and seen[-1].current == "" and seen[-1].pages == 12

    gate = threading.Event()
    release = threading.Event()

    def slow_read(path: Path) -> Document:
        if path.name == "doc03.txt":
            gate.set()
            release.wait(30)
        return read_document(path)

    for i in range(12):  # change every file so each is indexed again
        os.utime(library / f"doc{i:02}.txt", ns=(5, 5))

    cancel = threading.Event()
    results: dict[str, object] = {}

    def run() -> None:
        with Collection(tmp_path / "c") as collection:
            results["report"] = collection.add([library], cancel=cancel, read=slow_read)

    thread = threading.Thread(target=run)
    thread.start()
    assert gate.wait(30)
    cancel.set()
    release.set()
    thread.join(30)
    partial = results["report"]
    assert partial.cancelled  # type: ignore[attr-defined]
    assert [Path(p).name for p in partial.indexed] == ["doc00.txt", "doc01.txt", "doc02.txt", "doc03.txt"]  # type: ignore[attr-defined]
    with Collection(tmp_path / "c") as collection:
        assert len(collection.documents()) == 12  # the older committed rows stay


CRASH_SCRIPT = """
import sys, time
from pathlib import Path
import numpy as np
from runtime.documents.index import Collection

class StallingEmbedder:
    name = "stall"
    def __init__(self):
        self.documents = 0
    def embed(self, texts, *, query):
        self.documents += 1
        if self.documents == 4:  # inside the fourth document's transaction
            print("mid-transaction", flush=True)
            time.sleep(600)
        return np.ones((len(texts), 8), np.float32) / np.sqrt(8)

collection = Collection(Path(sys.argv[1]), StallingEmbedder())
collection.add([Path(sys.argv[2])], progress=lambda p: print("progress", p.done, flush=True))
"""


def test_a_process_killed_mid_index_leaves_a_consistent_index(tmp_path: Path) -> None:
    library = tmp_path / "docs"
    library.mkdir()
    for i in range(6):
        (library / f"doc{i}.txt").write_text(f"Paragraph {i} about otter number {i}.")
    folder = tmp_path / "c"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, str(folder), str(library)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == "mid-transaction":
            break
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    assert lines[-1] == "mid-transaction", lines
    assert (folder / f"{DATABASE}-wal").exists()  # killed with the log open, as a crash leaves it

    with Collection(folder, HashingEmbedder()) as reopened:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reopened.db.execute("INSERT INTO chunk_text(chunk_text) VALUES ('integrity-check')")
        names = [d["name"] for d in reopened.documents()]
        assert names == ["doc0.txt", "doc1.txt", "doc2.txt"]  # the torn fourth one rolled back
        counts = reopened.db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        assert counts == reopened.db.execute("SELECT count(*) FROM chunk_text").fetchone()[0] == 3
        # Another embedder: everything is indexed again, and the crash is forgotten.
        report = reopened.add([library])
        assert len(report.indexed) == 6
        assert reopened.search("otter number 5", k=1)[0].name == "doc5.txt"


def test_a_collection_is_deleted_with_its_index(tmp_path: Path) -> None:
    root = tmp_path / "collections"
    library = make_library(tmp_path / "library")
    collection = Collection.open("Field notes", root)
    collection.add([library])
    collection.close()
    assert (root / "Field notes" / DATABASE).exists()
    delete_collection(root / "Field notes")
    assert not (root / "Field notes").exists()
    with pytest.raises(ValueError, match="cannot name a collection"):
        Collection.open("../escape", root)
