"""Answers as rich text: Markdown to the HTML subset QTextBrowser draws.

- Markdown: `markdown-it-py` (CommonMark + tables + strikethrough), raw HTML in answers escaped
  (a model's output is never trusted markup). Images in answers become links: nothing is fetched.
- Code: Pygments with inline styles; each block gets a language label and a `Copy` link whose
  URL (`oriel:copy-code/N`) the view handles.
- Math: `$...$`, `$$...$$`, `\\(...\\)` and `\\[...\\]` (via `mdit-py-plugins` dollarmath)
  rendered offline by matplotlib's mathtext to PNG, on a background thread (`MathImages`).
  Until a formula's image is ready, and for TeX mathtext cannot draw (environments such as
  `align`), the TeX source is shown as code.
- Direction: blocks carry no `dir`, so Qt sets each paragraph's direction from its own text;
  a mixed Arabic/English answer reads correctly paragraph by paragraph.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.engine.mailbox import Mailbox
from app.theme import Colors

MATH_SCHEME = "oriel-math"
COPY_CODE = "oriel:copy-code/"

# \[ ... \] and \( ... \) as dollars, outside fenced code (models use both notations).
_FENCE = re.compile(r"(^```.*?^```[ \t]*$|^~~~.*?^~~~[ \t]*$)", re.M | re.S)
_BRACKET_DISPLAY = re.compile(r"\\\[(.+?)\\\]", re.S)
_BRACKET_INLINE = re.compile(r"\\\((.+?)\\\)", re.S)


def _normalize_math(text: str) -> str:
    parts = _FENCE.split(text)
    for i in range(0, len(parts), 2):
        part = _BRACKET_DISPLAY.sub(lambda m: f"\n$${m.group(1)}$$\n", parts[i])
        parts[i] = _BRACKET_INLINE.sub(lambda m: f"${m.group(1).strip()}$", part)
    return "".join(parts)


def split_blocks(text: str) -> list[str]:
    """Cut Markdown at blank lines outside code fences and display math.

    While an answer streams, every piece but the last is complete and is rendered once; only the
    growing last piece is rendered again with each update. (A finished answer is rendered whole.)
    """
    pieces: list[str] = []
    current: list[str] = []
    fence = ""
    in_math = False
    for line in text.split("\n"):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence):
                fence = ""
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
        elif stripped.startswith("$$") and not (len(stripped) > 2 and stripped.endswith("$$")):
            in_math = not in_math
        if not stripped and not fence and not in_math and current:
            pieces.append("\n".join(current))
            current = []
        elif stripped or current:
            current.append(line)
    pieces.append("\n".join(current))
    return pieces


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)
    math_pending: bool = False  # some formula is still being drawn


class MathImages(QObject):
    """Formula images drawn by matplotlib on one background thread, cached by content."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, QImage | None] = {}  # None: mathtext cannot draw it
        self._pending: set[str] = set()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mathtext")
        self._mailbox = Mailbox(self)

    @staticmethod
    def key(tex: str, display: bool, color: str, scale: float) -> str:
        return hashlib.sha1(f"{tex}\0{display}\0{color}\0{scale}".encode()).hexdigest()

    def image(self, key: str) -> QImage | None:
        return self._images.get(key)

    def lookup(self, tex: str, display: bool, color: str, scale: float) -> tuple[str, QImage | None, bool]:
        """(key, image or None, still_drawing); starts drawing what is not cached."""
        key = self.key(tex, display, color, scale)
        if key in self._images:
            return key, self._images[key], False
        if key not in self._pending:
            self._pending.add(key)
            future = self._executor.submit(_draw, tex, display, color, scale)
            future.add_done_callback(lambda f, k=key: self._mailbox.post(self._finish, k, f))  # type: ignore[misc]
        return key, None, True

    def _finish(self, key: str, future: Future[QImage | None]) -> None:
        image = None if future.exception() else future.result()
        self._images[key] = image
        self._pending.discard(key)
        self.ready.emit()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _draw(tex: str, display: bool, color: str, scale: float) -> QImage | None:
    from matplotlib import rc_context
    from matplotlib.font_manager import FontProperties
    from matplotlib.mathtext import math_to_image

    buffer = io.BytesIO()
    size = 13 if display else 11
    try:
        with rc_context({"savefig.transparent": True, "mathtext.fontset": "dejavusans"}):
            math_to_image(f"${tex}$", buffer, prop=FontProperties(size=size), dpi=96 * scale, color=color)
    except (ValueError, RuntimeError):
        return None
    image = QImage.fromData(buffer.getvalue())
    image.setDevicePixelRatio(scale)
    return image


class MarkdownRenderer:
    """Renders Markdown text; one per view (holds the colours and translated labels)."""

    def __init__(self, colors: Colors, text_color: str, math: MathImages | None, scale: float = 1.0) -> None:
        self.colors = colors
        self.text_color = text_color
        self.math = math
        self.scale = scale
        self.copy_label = "Copy"
        self._md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
        self._md.use(dollarmath_plugin, allow_space=True, allow_digits=False, double_inline=True)
        rules = {
            "fence": self._code,
            "code_block": self._code,
            "math_inline": self._math,
            "math_inline_double": self._math_display,
            "math_block": self._math_display,
            "math_block_label": self._math_display,
            "image": self._image,
            "table_open": self._table,
        }
        for name, rule in rules.items():
            # markdown-it binds a rule to its renderer: the renderer comes first.
            self._md.add_render_rule(
                name, lambda _renderer, tokens, idx, _o, _e, rule=rule: rule(tokens[idx])
            )
        self._state: Rendered | None = None
        self._code_offset = 0

    def render(self, text: str, code_offset: int = 0) -> Rendered:
        """HTML for `text`; code blocks are numbered from `code_offset` (for pieces of a message)."""
        self._state = Rendered("")
        self._code_offset = code_offset
        body = self._md.render(_normalize_math(text))
        self._state.html = body
        state, self._state = self._state, None
        return state

    def _code(self, token: Token) -> str:
        assert self._state is not None
        language = token.info.strip().split(" ")[0] if token.info else ""
        code = token.content.rstrip("\n")
        number = self._code_offset + len(self._state.code_blocks)
        self._state.code_blocks.append(code)
        label = html.escape(language) if language else "&nbsp;"
        return (
            f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{self.colors.code_background}">'
            f'<tr><td><span style="color: {self.colors.muted_text}">{label}</span></td>'
            f'<td align="right"><a href="{COPY_CODE}{number}">{html.escape(self.copy_label)}</a></td></tr>'
            f'<tr><td colspan="2"><pre style="white-space: pre-wrap">{highlight(code, language, self.colors)}'
            "</pre></td></tr></table>\n"
        )

    def _math(self, token: Token) -> str:
        return self._formula(token.content, display=False)

    def _math_display(self, token: Token) -> str:
        return f'<p align="center">{self._formula(token.content.strip(), display=True)}</p>\n'

    def _formula(self, tex: str, display: bool) -> str:
        assert self._state is not None
        if self.math is not None:
            key, image, drawing = self.math.lookup(tex, display, self.text_color, self.scale)
            if image is not None:
                alt = html.escape(tex, quote=True)
                return f'<img src="{MATH_SCHEME}:{key}" alt="{alt}" style="vertical-align: middle">'
            self._state.math_pending |= drawing
        return f"<code>{html.escape(tex)}</code>"

    def _table(self, _token: Token) -> str:
        return (
            f'<table border="1" cellspacing="0" cellpadding="5" '
            f'style="border-collapse: collapse; border-color: {self.colors.muted_text}">\n'
        )

    def _image(self, token: Token) -> str:
        src = html.escape(str(token.attrGet("src") or ""), quote=True)
        alt = html.escape(token.content or src)
        return f'<a href="{src}">{alt}</a>'


def highlight(code: str, language: str, colors: Colors) -> str:
    """Code as HTML spans with inline colours; plain escaped text for unknown languages."""
    from pygments import highlight as pygments_highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language, stripnl=False) if language else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return html.escape(code)
    formatter = HtmlFormatter(noclasses=True, nowrap=True, style=colors.code_style)
    return str(pygments_highlight(code, lexer, formatter)).rstrip("\n")


def plain_text_html(text: str) -> str:
    """Escaped text with its line breaks: for user messages, which are not Markdown."""
    lines = (html.escape(line) or "&nbsp;" for line in text.split("\n"))
    return "".join(f'<p style="margin: 0">{line}</p>' for line in lines)
