"""Real document files for the tests and the bench, written from scratch (no PDF library needed).

`make_pdf` writes a PDF 1.4 file by hand: each page is either text (Helvetica, one line per
line of the string) or a grey image with no text layer (a "scan"). `encrypted=True` adds a
Standard security handler dictionary whose user password is not empty, as a password-protected
PDF has: a reader asks for a password before it shows anything.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Scan:
    """A page that is only an image (width x height pixels of grey stripes)."""

    width: int = 200
    height: int = 260


def _escape(text: str) -> bytes:
    out = text.encode("latin-1", errors="replace")
    return out.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: Sequence[str | Scan], *, encrypted: bool = False) -> bytes:
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        if isinstance(page, Scan):
            rows = b"".join(bytes([(y * 255) // page.height]) * page.width for y in range(page.height))
            data = zlib.compress(rows)
            image = add(
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
                % (page.width, page.height, len(data))
                + data
                + b"\nendstream"
            )
            content = b"q 500 0 0 700 56 46 cm /Im1 Do Q"
            resources = b"<< /XObject << /Im1 %d 0 R >> >>" % image
        else:
            lines = page.split("\n")
            ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
            ops += [b"(" + _escape(line) + b") Tj T*" for line in lines]
            ops.append(b"ET")
            content = b"\n".join(ops)
            resources = b"<< /Font << /F1 %d 0 R >> >>" % font
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>"
                % (pages_obj, resources, stream)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    encrypt = None
    if encrypted:
        encrypt = add(
            b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <"
            + b"11" * 32
            + b"> /U <"
            + b"22" * 32
            + b"> >>"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt, b"ab" * 16, b"ab" * 16)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write_pdf(path: Path, pages: Sequence[str | Scan], *, encrypted: bool = False) -> Path:
    path.write_bytes(make_pdf(pages, encrypted=encrypted))
    return path


def write_docx(path: Path, pages: Sequence[Sequence[str]], *, table: Sequence[Sequence[str]] = ()) -> Path:
    """A Word document: the paragraphs of each page, an explicit page break between pages."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for index, paragraphs in enumerate(pages):
        for text in paragraphs:
            paragraph = document.add_paragraph(text)
        if index < len(pages) - 1:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.save(str(path))
    return path


def tiny_encoder(folder: Path, model_type: str = "bert", *, seed: int = 0, words: Sequence[str] = ()) -> Path:
    """A seeded random BERT or XLM-R encoder saved as Hugging Face does (config.json,
    model.safetensors), with a word-level tokenizer.json over `words` (plus w0..w199) whose
    post-processor adds <s> ... </s> as XLM-R's does. Its vectors mean nothing; its graph is real."""
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, XLMRobertaConfig, XLMRobertaModel

    torch.manual_seed(seed)
    special = ["<s>", "<pad>", "</s>", "<unk>"]  # XLM-R's ids 0-3
    vocab = {w: i for i, w in enumerate(dict.fromkeys([*special, *(f"w{i}" for i in range(200)), *words]))}
    size = dict(
        vocab_size=max(300, len(vocab)),
        hidden_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=128,
        max_position_embeddings=130,
        pad_token_id=1,
    )
    model: BertModel | XLMRobertaModel
    if model_type == "bert":
        model = BertModel(BertConfig(**size), add_pooling_layer=False)
    else:
        model = XLMRobertaModel(XLMRobertaConfig(**size), add_pooling_layer=False)
    model.eval().save_pretrained(folder)
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tokenizer.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    tokenizer.save(str(folder / "tokenizer.json"))
    return folder


RETRIEVAL_SET = Path(__file__).parent / "data" / "retrieval"


@dataclass(frozen=True)
class Question:
    language: str
    document: str  # file name under RETRIEVAL_SET/documents
    page: int
    passage: str  # words on that page that answer the question
    question: str


def retrieval_questions() -> list[Question]:
    lines = (RETRIEVAL_SET / "questions.tsv").read_text(encoding="utf-8").splitlines()[1:]
    out = []
    for line in lines:
        language, document, page, passage, question = line.split("\t")
        out.append(Question(language, document, int(page), passage, question))
    return out


def retrieval_words() -> list[str]:
    """Every lower-cased word of the set (the tiny twin encoder's vocabulary)."""
    import re

    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((RETRIEVAL_SET / "documents").iterdir()))
    text += " " + (RETRIEVAL_SET / "questions.tsv").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"\w+", text.lower())))


def recall_at(collection: object, questions: Sequence[Question], mode: str, k: int = 5) -> dict[str, float]:
    """Share of questions whose expected passage (document, page, words) is among the top `k`,
    overall and per language."""
    found: dict[str, list[bool]] = {}
    for q in questions:
        hits = collection.search(q.question, k=k, mode=mode)  # type: ignore[attr-defined]
        ok = any(h.name == q.document and h.page == q.page and q.passage in h.text for h in hits)
        found.setdefault(q.language, []).append(ok)
        found.setdefault("all", []).append(ok)
    return {lang: sum(v) / len(v) for lang, v in found.items()}
