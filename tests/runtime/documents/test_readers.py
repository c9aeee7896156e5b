"""Each kind of document reads into numbered pages; each bad file raises one `DocumentError` whose
message names the file. The fixtures are real files written in the test (devtools.documents)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from devtools.documents import Scan, make_pdf, write_docx, write_pdf
from runtime.documents.readers import (
    LINES_PER_PAGE,
    DocumentError,
    html_to_text,
    read_document,
)
from runtime.vision.preprocess import budget_to_max_pixels, smart_resize


def test_pdf_pages_keep_their_numbers_and_text(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "a.pdf", ["First page about owls", "Second page about (bats)", "Third"])
    document = read_document(path)
    assert document.kind == "pdf"
    assert [p.number for p in document.pages] == [1, 2, 3]
    assert document.pages[0].text == "First page about owls"
    assert document.pages[1].text == "Second page about (bats)"
    assert not any(p.is_scan for p in document.pages)


def test_a_scanned_pdf_page_is_rendered_within_the_image_budget(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", ["A page with a text layer", Scan(), ""])
    budget = budget_to_max_pixels(256)
    document = read_document(path, max_pixels=budget)
    text, scan, blank = document.pages
    assert not text.is_scan and not blank.is_scan and blank.text == ""
    assert scan.is_scan and scan.image is not None
    width, height = scan.image.size
    assert width * height <= budget
    assert smart_resize(height, width, max_pixels=budget) == (height, width)  # nothing left to resize
    assert abs(width / height - 612 / 792) < 0.1  # the page's shape is kept


def test_an_encrypted_pdf_is_refused_with_a_password_message(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "locked.pdf", ["secret"], encrypted=True)
    with pytest.raises(DocumentError, match=re.escape("“locked.pdf” is protected by a password")):
        read_document(path)


@pytest.mark.parametrize("cut", [0, 40, 200])
def test_a_damaged_pdf_is_refused(tmp_path: Path, cut: int) -> None:
    data = make_pdf(["some text on a page"])
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[:cut] if cut else b"not a pdf at all")
    with pytest.raises(DocumentError, match=re.escape("“broken.pdf” is damaged")):
        read_document(path)


def test_a_pdf_over_the_page_cap_is_refused(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "long.pdf", [f"page {i}" for i in range(12)])
    with pytest.raises(DocumentError, match=re.escape("has 12 pages, more than the 10")):
        read_document(path, max_pages=10)


def test_a_file_over_the_byte_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    with pytest.raises(DocumentError, match=re.escape("“big.txt” is 5000 bytes, more than the 4096 bytes")):
        read_document(path, max_bytes=4096)


def test_an_unsupported_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(DocumentError, match=re.escape("“sheet.xlsx” is not a kind of document Oriel reads")):
        read_document(path)


def test_a_missing_file_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=re.escape("“gone.md” could not be opened")):
        read_document(tmp_path / "gone.md")


def test_docx_pages_are_split_at_explicit_page_breaks(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "report.docx",
        [["Introduction", "Owls hunt at night."], ["Results", "Bats use echoes."]],
        table=[["animal", "legs"], ["owl", "2"]],
    )
    document = read_document(path)
    assert document.kind == "docx"
    assert [p.text for p in document.pages] == [
        "Introduction\nOwls hunt at night.",
        "Results\nBats use echoes.\nanimal | legs\nowl | 2",
    ]
    assert document.pages[1].first_line == 3


def test_an_encrypted_docx_is_refused(tmp_path: Path) -> None:
    # Word saves a password-protected .docx as an OLE compound file (the "EncryptedPackage").
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(DocumentError, match=re.escape("“locked.docx” is protected by a password")):
        read_document(path)


def test_a_damaged_docx_is_refused(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", [["text"]]).read_bytes()
    path = tmp_path / "broken.docx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(DocumentError, match=re.escape("“broken.docx” is damaged")):
        read_document(path)


def test_markdown_sections_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Owls\nOwls hunt.\n```\n# not a heading\n```\n## Bats\nBats echo.\n### Detail\nmore\n", "utf-8"
    )
    pages = read_document(path).pages
    assert [p.text.split("\n")[0] for p in pages] == ["# Owls", "## Bats"]
    assert "# not a heading" in pages[0].text
    assert pages[1].first_line == 6 and "### Detail" in pages[1].text


def test_text_pages_are_blocks_of_lines(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    lines = [f"line {i}" for i in range(1, 2 * LINES_PER_PAGE + 6)]
    path.write_text("\r\n".join(lines), encoding="utf-8")
    pages = read_document(path).pages
    assert [p.first_line for p in pages] == [1, LINES_PER_PAGE + 1, 2 * LINES_PER_PAGE + 1]
    assert pages[1].text.split("\n")[0] == f"line {LINES_PER_PAGE + 1}"


def test_text_encodings(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes("Grüße aus Köln".encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes("\ufeffcafé".encode())
    (tmp_path / "ansi.txt").write_bytes("café €".encode("cp1252"))
    assert read_document(tmp_path / "u16.txt").text == "Grüße aus Köln"
    assert read_document(tmp_path / "bom.txt").text == "café"
    assert read_document(tmp_path / "ansi.txt").text == "café €"


def test_a_binary_file_named_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.txt"
    path.write_bytes(b"\x7fELF\x00\x00\x01binary")
    with pytest.raises(DocumentError, match=re.escape("“fake.txt” is not a text file")):
        read_document(path)


def test_source_code_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "main.rs"
    path.write_text('fn main() {\n    println!("hello");\n}\n')
    document = read_document(path)
    assert document.kind == "code" and 'println!("hello")' in document.text


def test_csv_pages_repeat_the_header(tmp_path: Path) -> None:
    path = tmp_path / "birds.csv"
    rows = ["name,wingspan"] + [f"bird{i},{i}" for i in range(LINES_PER_PAGE + 3)]
    path.write_text("\n".join(rows))
    pages = read_document(path).pages
    assert len(pages) == 2
    assert pages[0].text.split("\n")[:2] == ["name | wingspan", "bird0 | 0"]
    assert pages[1].text.split("\n")[:2] == ["name | wingspan", f"bird{LINES_PER_PAGE} | {LINES_PER_PAGE}"]
    assert pages[1].first_line == LINES_PER_PAGE + 2


def test_html_keeps_text_and_drops_scripts(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Owls</title><style>p{color:red}</style></head><body>"
        "<h1>Night hunters</h1><p>Owls &amp; bats hunt   at night.</p><script>alert(1)</script>"
        "<table><tr><td>owl</td><td>2 legs</td></tr></table></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    assert read_document(path).text == "Owls\nNight hunters\nOwls & bats hunt at night.\n| owl | 2 legs"
    assert "alert" not in html_to_text(html)
