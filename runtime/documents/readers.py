"""Open a document the user attached and turn it into numbered pages of text (or, for a scanned
PDF page, an image for the vision model).

This is a trust boundary, like `runtime.vision.preprocess.load_image`: files come from anywhere,
so every failure becomes one `DocumentError` whose message names the file and says what to do.

What a "page" is, per kind (a citation names a page; this is what it points at):

- PDF: the PDF's own pages, numbered from 1 as viewers number them.
- DOCX: the text between explicit page breaks (a `w:br w:type="page"` or a paragraph with "page
  break before"); a document without them is cut every `LINES_PER_PAGE` paragraphs. Word's own
  layout pages depend on fonts and the printer, so they cannot be reproduced; explicit breaks can.
- Markdown: each heading of level 1 or 2 starts a page; a longer section is cut every
  `LINES_PER_PAGE` lines.
- Plain text, source code, HTML (as text): every `LINES_PER_PAGE` lines of the text.
- CSV/TSV: every `LINES_PER_PAGE` rows, each page repeating the header row, rows written as
  "a | b | c".

Every page also records `first_line` (1-based, in the file's text, or the paragraph index for
DOCX), so a viewer can open a text file at the cited place.

A PDF page is a scan when it has no text layer (fewer than `MIN_TEXT_CHARS` characters that are
not white space) and draws at least one image. It is rendered with PDFium to at most the vision
image budget (`runtime.vision.preprocess.smart_resize`, with `max_pixels` from the caller's token
budget) and handed on as a Pillow image in `Page.image`.

Limits: `max_bytes` (file size, checked before anything is read) and `max_pages` (PDF pages, or
pages as defined above for the other kinds).
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image

from runtime.vision.preprocess import DEFAULT_MAX_PIXELS, MIN_PIXELS, smart_resize

LINES_PER_PAGE = 60
MIN_TEXT_CHARS = 8
MAX_BYTES = 200 * 1024 * 1024
MAX_PAGES = 2000
# A scan is rendered at no more than 200 dots per inch even when the budget allows more.
MAX_RENDER_DPI = 200

SOURCE_SUFFIXES = frozenset(
    [
        ".py",
        ".pyi",
        ".c",
        ".h",
        ".cc",
        ".cpp",
        ".hpp",
        ".cxx",
        ".cs",
        ".java",
        ".kt",
        ".kts",
        ".go",
        ".rs",
        ".js",
        ".mjs",
        ".cjs",
        ".ts",
        ".tsx",
        ".jsx",
        ".swift",
        ".m",
        ".mm",
        ".rb",
        ".php",
        ".pl",
        ".lua",
        ".r",
        ".scala",
        ".sh",
        ".bash",
        ".zsh",
        ".ps1",
        ".bat",
        ".sql",
        ".css",
        ".scss",
        ".json",
        ".yaml",
        ".yml",
        ".toml",
        ".ini",
        ".cfg",
        ".xml",
        ".dart",
        ".zig",
        ".hs",
        ".ml",
        ".ex",
        ".exs",
        ".erl",
        ".clj",
        ".vue",
        ".svelte",
        ".cmake",
        ".gradle",
        ".proto",
    ]
)
KINDS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".log": "text",
    ".rst": "text",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
} | dict.fromkeys(SOURCE_SUFFIXES, "code")


class DocumentError(ValueError):
    """A document cannot be used; the message says why in words a user can act on."""


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    text: str
    first_line: int = 1
    image: Image.Image | None = field(default=None, compare=False)  # a scanned page, rendered

    @property
    def is_scan(self) -> bool:
        return self.image is not None


@dataclass(frozen=True)
class Document:
    path: Path
    kind: str  # a value of KINDS
    pages: tuple[Page, ...]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages if p.text)


def kind_of(path: Path) -> str | None:
    return KINDS.get(path.suffix.lower())


def read_document(
    path: Path,
    *,
    max_bytes: int = MAX_BYTES,
    max_pages: int = MAX_PAGES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> Document:
    """Read `path` into pages, or raise `DocumentError`."""
    path = Path(path)
    name = path.name
    kind = kind_of(path)
    if kind is None:
        raise DocumentError(
            f"“{name}” is not a kind of document Oriel reads. Attach a PDF, Word (.docx), Markdown, "
            "text, source code, CSV or HTML file."
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DocumentError(f"“{name}” could not be opened ({error.strerror or error}).") from error
    if size > max_bytes:
        raise DocumentError(
            f"“{name}” is {_mib(size)}, more than the {_mib(max_bytes)} Oriel reads from one document. "
            "Split it, or attach the part you need."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"“{name}” could not be read ({error.strerror or error}).") from error
    reader: Callable[[bytes, str, int, int], list[Page]] = _READERS[kind]
    pages = reader(data, name, max_pages, max_pixels)
    if len(pages) > max_pages:
        raise _too_many_pages(name, len(pages), max_pages)
    return Document(path=path, kind=kind, pages=tuple(pages))


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _too_many_pages(name: str, count: int, limit: int) -> DocumentError:
    return DocumentError(
        f"“{name}” has {count} pages, more than the {limit} Oriel reads from one document. "
        "Split it, or attach the part you need."
    )


# ---------------------------------------------------------------------------------------- PDF


def _read_pdf(data: bytes, name: str, max_pages: int, max_pixels: int) -> list[Page]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise DocumentError(
                f"“{name}” is protected by a password. Open it in a PDF viewer, save a copy without "
                "the password, and attach that."
            ) from error
        raise DocumentError(
            f"“{name}” is damaged or is not really a PDF, so its text cannot be read. "
            "If a viewer opens it, print it to a new PDF and attach that."
        ) from error
    try:
        count = len(pdf)
        if count > max_pages:
            raise _too_many_pages(name, count, max_pages)
        pages = []
        for index in range(count):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as error:
                raise DocumentError(f"Page {index + 1} of “{name}” is damaged and cannot be read.") from error
            try:
                pages.append(_pdf_page(page, index + 1, max_pixels, pdfium_c))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


def _pdf_page(page: object, number: int, max_pixels: int, pdfium_c: object) -> Page:
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        text = textpage.get_text_bounded()
    finally:
        textpage.close()
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if sum(not c.isspace() for c in text) >= MIN_TEXT_CHARS:
        return Page(number, text)
    images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)  # type: ignore[attr-defined]
    if next(iter(images), None) is None:
        return Page(number, text)  # a blank (or vector-only) page: nothing to show the model
    return Page(number, text, image=render_page(page, max_pixels))


def render_page(page: object, max_pixels: int) -> Image.Image:
    """Render a PDF page so that its size after `smart_resize` keeps within `max_pixels`."""
    width_pt, height_pt = page.get_size()  # type: ignore[attr-defined]
    scale = min(MAX_RENDER_DPI / 72, math.sqrt(max_pixels / max(width_pt * height_pt, 1.0)))
    scale = max(scale, math.sqrt(MIN_PIXELS / max(width_pt * height_pt, 1.0)))
    bitmap = page.render(scale=scale)  # type: ignore[attr-defined]
    image: Image.Image = bitmap.to_pil().convert("RGB")
    h, w = smart_resize(image.height, image.width, max_pixels=max_pixels)
    if (h, w) != (image.height, image.width):
        image = image.resize((w, h), Image.Resampling.BICUBIC)
    return image


# --------------------------------------------------------------------------------------- DOCX


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _read_docx(data: bytes, name: str, max_pages: int, max_pixels: int) -> list[Page]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE_MAGIC):
        raise DocumentError(
            f"“{name}” is protected by a password (or is an old Word file saved as .docx). Open it in "
            "Word, save a copy without the password as .docx, and attach that."
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError(
            f"“{name}” is damaged or is not really a Word document, so its text cannot be read."
        ) from error
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    pages: list[list[str]] = [[]]
    starts = [1]
    for index, paragraph in enumerate(document.paragraphs, start=1):
        element = paragraph._p
        before = paragraph.paragraph_format.page_break_before
        if (before or len(pages[-1]) >= LINES_PER_PAGE) and pages[-1]:
            pages.append([])
            starts.append(index)
        breaks_after = sum(1 for br in element.iter(f"{ns}br") if br.get(f"{ns}type") == "page")
        text = paragraph.text.strip()
        if text:
            pages[-1].append(text)
        for _ in range(breaks_after):
            pages.append([])
            starts.append(index + 1)
    for table in document.tables:  # tables come after the body text, row by row
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if any(cells):
                pages[-1].append(" | ".join(cells))
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
        starts.pop()
    return [Page(i + 1, "\n".join(lines), first_line=starts[i]) for i, lines in enumerate(pages)]


# ------------------------------------------------------------------------------- text-like kinds


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without a byte-order mark) or UTF-16 with one; else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DocumentError(f"“{name}” is damaged: its UTF-16 text cannot be decoded.") from error
    if b"\x00" in data[:8192]:
        raise DocumentError(f"“{name}” is not a text file (it holds binary data), so it cannot be read.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _line_pages(lines: list[str], first: int = 1) -> list[tuple[int, list[str]]]:
    return [(first + i, lines[i : i + LINES_PER_PAGE]) for i in range(0, len(lines), LINES_PER_PAGE)]


def _to_pages(chunks: Iterable[tuple[int, list[str]]]) -> list[Page]:
    pages: list[Page] = []
    for start, lines in chunks:
        text = "\n".join(lines).strip()
        if text:
            pages.append(Page(len(pages) + 1, text, first_line=start))
    return pages or [Page(1, "")]


def _read_text(data: bytes, name: str, max_pages: int, max_pixels: int) -> list[Page]:
    return _to_pages(_line_pages(decode_text(data, name).split("\n")))


def _read_markdown(data: bytes, name: str, max_pages: int, max_pixels: int) -> list[Page]:
    lines = decode_text(data, name).split("\n")
    sections: list[tuple[int, list[str]]] = [(1, [])]
    fenced = False
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        heading = not fenced and (line.startswith("# ") or line.startswith("## "))
        if heading and any(s.strip() for s in sections[-1][1]):
            sections.append((number, []))
        sections[-1][1].append(line)
    chunks = [part for start, body in sections for part in _line_pages(body, start)]
    return _to_pages(chunks)


def _read_csv(data: bytes, name: str, max_pages: int, max_pixels: int) -> list[Page]:
    text = decode_text(data, name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if name.lower().endswith(".tsv") else csv.excel
    try:
        rows = [" | ".join(cell.strip() for cell in row) for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise DocumentError(f"“{name}” is not a well-formed CSV file ({error}).") from error
    if not rows:
        return [Page(1, "")]
    header, body = rows[0], rows[1:]
    if not body:
        return [Page(1, header)]
    return _to_pages((start + 1, [header, *part]) for start, part in _line_pages(body))


_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
        "title",
        "caption",
        "summary",
        "details",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED_TAGS:
            self.skip += 1
        if tag == "pre":
            self.in_pre += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED_TAGS:
            self.skip = max(0, self.skip - 1)
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data if self.in_pre else " ".join(data.split(" ")).replace("\n", " "))


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    title = " ".join("".join(parser.title).split())
    text = "\n".join(line for line in lines if line)
    return f"{title}\n{text}" if title and not text.startswith(title) else text


def _read_html(data: bytes, name: str, max_pages: int, max_pixels: int) -> list[Page]:
    return _to_pages(_line_pages(html_to_text(decode_text(data, name)).split("\n")))


_READERS: dict[str, Callable[[bytes, str, int, int], list[Page]]] = {
    "pdf": _read_pdf,
    "docx": _read_docx,
    "markdown": _read_markdown,
    "text": _read_text,
    "code": _read_text,
    "csv": _read_csv,
    "html": _read_html,
}
