"""A collection's search index: one SQLite database per collection, BM25 through FTS5, embedding
vectors beside the chunks, reciprocal rank fusion of the two, citations in every hit.

Layout: `<user data>/Oriel/collections/<name>/index.sqlite` (+ its `-wal`/`-shm` while open).
`delete_collection` removes the folder, so the index goes with its collection.

Crash safety: the database runs in WAL mode, and each document is written in one transaction
(its old chunks deleted, its row, chunks, FTS rows and vectors inserted, then COMMIT). A process
killed mid-document leaves the previous committed state; SQLite rolls the torn transaction back
when the file is next opened, and the next `add` indexes that document again (a document is
skipped only when a committed row has the same size and modification time).

Cancelling: `add` checks `cancel` between documents and between embedding batches; a cancelled
document's transaction is rolled back, the documents committed before it stay.

Search text: FTS5's `unicode61` tokenizer (diacritics folded) splits on spaces and punctuation,
so Chinese and Japanese, written without spaces, would become one token per phrase. Their
characters are spaced apart before indexing and in queries (`fts_text`), so BM25 ranks by single
characters there, as many CJK search engines do without a dictionary.

Scanned pages have no text to index: a document's `scans` lists them (for the vision model).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import platformdirs

from runtime.documents.chunking import Chunk, chunk_document
from runtime.documents.readers import Document, DocumentError, kind_of, read_document

DATABASE = "index.sqlite"
SCHEMA_VERSION = 1
RRF_K = 60  # Cormack, Clarke and Buettcher (SIGIR 2009): 60 works across collections
CANDIDATES = 50  # each ranker's list fused
EMBED_BATCH = 16

_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af])")
_WORD = re.compile(r"\w+", re.UNICODE)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
    kind TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    pages INTEGER NOT NULL, scans TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, vector BLOB);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')
"""


class Embedder(Protocol):
    """Text to unit vectors (runtime.documents.embedder.OnnxEmbedder is the real one)."""

    name: str  # identifies model and weights: vectors from another name are not comparable

    def embed(self, texts: Sequence[str], *, query: bool) -> np.ndarray: ...  # [n, dim] float32


def default_collections_dir() -> Path:
    return Path(platformdirs.user_data_dir("Oriel", appauthor=False)) / "collections"


def fts_text(text: str) -> str:
    return _CJK.sub(r" \1 ", text)


def match_expression(query: str) -> str:
    """An FTS5 MATCH expression: any of the query's words (quoted, so nothing is an operator)."""
    words = dict.fromkeys(w.lower() for w in _WORD.findall(fts_text(query)))
    return " OR ".join(f'"{w}"' for w in words)


@dataclass(frozen=True)
class Hit:
    document: str  # path, as added
    name: str
    page: int
    start: int
    end: int
    text: str
    score: float
    bm25_rank: int | None = None  # 1-based rank in each list, None when the list missed it
    vector_rank: int | None = None

    @property
    def citation(self) -> tuple[str, int]:
        return (self.document, self.page)


@dataclass(frozen=True)
class Progress:
    done: int  # documents finished (indexed, skipped as unchanged, or refused)
    total: int
    current: str  # the file being read next ("" when finished)
    pages: int  # pages indexed so far in this run


@dataclass
class IndexReport:
    indexed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # path -> DocumentError message
    pages: int = 0
    cancelled: bool = False


class Cancelled(Exception):
    pass


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files to index: each file given, and every readable-kind file under each folder given
    (hidden files and folders skipped), sorted so a run is repeatable."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and kind_of(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            out.append(path)
    return list(dict.fromkeys(p.resolve() for p in out))


class Collection:
    """One collection's index. Not shared between threads: each thread opens its own."""

    def __init__(self, folder: Path, embedder: Embedder | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.embedder = embedder
        self.db = sqlite3.connect(self.folder / DATABASE, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._create()
        self._vectors: tuple[np.ndarray, np.ndarray] | None = None
        if embedder is not None and self._meta("embedder") != embedder.name:
            # Vectors of another model cannot be compared with this one's: index everything again.
            with self._transaction():
                self.db.execute("UPDATE chunks SET vector = NULL")
                self.db.execute("UPDATE documents SET mtime_ns = -1")
                self._set_meta("embedder", embedder.name)

    @classmethod
    def open(cls, name: str, root: Path | None = None, embedder: Embedder | None = None) -> Collection:
        if not re.fullmatch(r"[\w][\w .-]{0,99}", name) or name.strip(" .") != name:
            raise ValueError(f"'{name}' cannot name a collection")
        return cls((root or default_collections_dir()) / name, embedder)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------------

    def _create(self) -> None:
        with self._transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            version = self._meta("schema")
            if version is None:
                self._set_meta("schema", str(SCHEMA_VERSION))
            elif int(version) != SCHEMA_VERSION:
                raise DocumentError(f"the index in {self.folder} was written by another version of Oriel")

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # -- documents -------------------------------------------------------------------------------

    def documents(self) -> list[dict[str, object]]:
        rows = self.db.execute("SELECT path, name, kind, pages, scans FROM documents ORDER BY path")
        return [
            {"path": p, "name": n, "kind": k, "pages": c, "scans": [int(s) for s in s.split()] if s else []}
            for p, n, k, c, s in rows
        ]

    def chunk_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    def remove(self, path: Path | str) -> None:
        with self._transaction():
            self._remove(str(Path(path).resolve()))
        self._vectors = None

    def _remove(self, path: str) -> None:
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT c.id FROM chunks c JOIN documents d ON c.document = d.id WHERE d.path = ?", (path,)
            )
        ]
        self.db.executemany("DELETE FROM chunk_text WHERE rowid = ?", ((i,) for i in ids))
        self.db.execute("DELETE FROM documents WHERE path = ?", (path,))

    def add(
        self,
        paths: Iterable[Path],
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
        read: Callable[[Path], Document] = read_document,
    ) -> IndexReport:
        """Index files and folders; returns what was indexed, skipped and refused."""
        files = expand(paths)
        report = IndexReport()
        for done, path in enumerate(files):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            if progress:
                progress(Progress(done, len(files), str(path), report.pages))
            try:
                self._add_one(path, report, read, cancel)
            except Cancelled:
                report.cancelled = True
                break
        self._vectors = None
        if progress:
            progress(
                Progress(
                    len(report.indexed) + len(report.unchanged) + len(report.refused),
                    len(files),
                    "",
                    report.pages,
                )
            )
        return report

    def _add_one(
        self,
        path: Path,
        report: IndexReport,
        read: Callable[[Path], Document],
        cancel: threading.Event | None,
    ) -> None:
        key = str(path)
        try:
            stat = path.stat()
        except OSError as error:
            report.refused[key] = f"“{path.name}” could not be opened ({error.strerror or error})."
            return
        row = self.db.execute("SELECT size, mtime_ns FROM documents WHERE path = ?", (key,)).fetchone()
        if row is not None and tuple(row) == (stat.st_size, stat.st_mtime_ns):
            report.unchanged.append(key)
            return
        try:
            document = read(path)
        except DocumentError as error:
            report.refused[key] = str(error)
            return
        chunks = chunk_document(document)
        scans = " ".join(str(p.number) for p in document.pages if p.is_scan)
        with self._transaction():
            self._remove(key)
            cursor = self.db.execute(
                "INSERT INTO documents (path, name, kind, size, mtime_ns, pages, scans) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, path.name, document.kind, stat.st_size, stat.st_mtime_ns, len(document.pages), scans),
            )
            doc_id = cursor.lastrowid
            ids = []
            for chunk in chunks:
                cursor = self.db.execute(
                    'INSERT INTO chunks (document, page, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                    (doc_id, chunk.page, chunk.start, chunk.end, chunk.text),
                )
                ids.append(cursor.lastrowid)
                self.db.execute(
                    "INSERT INTO chunk_text (rowid, body) VALUES (?, ?)",
                    (cursor.lastrowid, fts_text(chunk.text)),
                )
            if self.embedder is not None:
                self._embed(ids, chunks, cancel)
        report.indexed.append(key)
        report.pages += len(document.pages)

    def _embed(self, ids: list[int | None], chunks: list[Chunk], cancel: threading.Event | None) -> None:
        assert self.embedder is not None
        for i in range(0, len(chunks), EMBED_BATCH):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            vectors = self.embedder.embed([c.text for c in chunks[i : i + EMBED_BATCH]], query=False)
            self.db.executemany(
                "UPDATE chunks SET vector = ? WHERE id = ?",
                (
                    (np.asarray(v, np.float32).tobytes(), cid)
                    for v, cid in zip(vectors, ids[i : i + EMBED_BATCH], strict=True)
                ),
            )

    # -- search ----------------------------------------------------------------------------------

    def bm25(self, query: str, limit: int = CANDIDATES) -> list[int]:
        """Chunk ids, best first."""
        expression = match_expression(query)
        if not expression:
            return []
        rows = self.db.execute(
            "SELECT rowid FROM chunk_text WHERE chunk_text MATCH ? ORDER BY bm25(chunk_text) LIMIT ?",
            (expression, limit),
        )
        return [r[0] for r in rows]

    def nearest(self, query: str, limit: int = CANDIDATES) -> list[int]:
        """Chunk ids by cosine similarity of their vectors to the query's, best first."""
        if self.embedder is None:
            return []
        if self._vectors is None:
            rows = self.db.execute(
                "SELECT id, vector FROM chunks WHERE vector IS NOT NULL ORDER BY id"
            ).fetchall()
            ids = np.array([r[0] for r in rows], np.int64)
            matrix = (
                np.stack([np.frombuffer(r[1], np.float32) for r in rows])
                if rows
                else np.zeros((0, 1), np.float32)
            )
            self._vectors = (ids, matrix)
        ids, matrix = self._vectors
        if not len(ids):
            return []
        q = np.asarray(self.embedder.embed([query], query=True), np.float32)[0]
        scores = matrix @ q
        top = np.argsort(-scores, kind="stable")[:limit]
        return [int(ids[i]) for i in top]

    def search(self, query: str, k: int = 5, *, mode: str = "fused") -> list[Hit]:
        """The `k` best chunks for `query`: by BM25, by embeddings, or fused (reciprocal rank fusion;
        fused is plain BM25 when the collection has no embedder)."""
        if mode not in ("fused", "bm25", "embedding"):
            raise ValueError(f"unknown search mode '{mode}'")
        lexical = self.bm25(query) if mode != "embedding" else []
        semantic = self.nearest(query) if mode != "bm25" else []
        ranks_b = {cid: r for r, cid in enumerate(lexical, start=1)}
        ranks_v = {cid: r for r, cid in enumerate(semantic, start=1)}
        scores: dict[int, float] = {}
        for ranks in (ranks_b, ranks_v):
            for cid, rank in ranks.items():
                scores[cid] = scores.get(cid, 0.0) + 1.0 / (RRF_K + rank)
        best = sorted(scores, key=lambda c: (-scores[c], c))[:k]
        if not best:
            return []
        marks = ",".join("?" * len(best))
        rows = self.db.execute(
            'SELECT c.id, d.path, d.name, c.page, c.start, c."end", c.text FROM chunks c '
            f"JOIN documents d ON c.document = d.id WHERE c.id IN ({marks})",
            best,
        )
        by_id = {r[0]: r for r in rows}
        return [
            Hit(
                document=by_id[c][1],
                name=by_id[c][2],
                page=by_id[c][3],
                start=by_id[c][4],
                end=by_id[c][5],
                text=by_id[c][6],
                score=scores[c],
                bm25_rank=ranks_b.get(c),
                vector_rank=ranks_v.get(c),
            )
            for c in best
        ]


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if kind is not None else "COMMIT")


def delete_collection(folder: Path) -> None:
    """Remove a collection's folder and its index (close its Collection objects first)."""
    folder = Path(folder)
    if (folder / DATABASE).exists() or folder.exists():
        shutil.rmtree(folder)


class IndexJob:
    """`Collection.add` on a background thread, with progress and cancel."""

    def __init__(
        self,
        folder: Path,
        paths: Sequence[Path],
        *,
        embedder: Embedder | None = None,
        progress: Callable[[Progress], None] | None = None,
    ) -> None:
        self._cancel = threading.Event()
        self.report: IndexReport | None = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                with Collection(folder, embedder) as collection:
                    self.report = collection.add(paths, progress=progress, cancel=self._cancel)
            except BaseException as error:  # reported to the caller through .error
                self.error = error

        self._thread = threading.Thread(target=run, name="oriel-index", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> IndexReport | None:
        self._thread.join(timeout)
        if self.error is not None:
            raise self.error
        return self.report

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
