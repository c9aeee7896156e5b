"""The translated window: a live switch to Arabic and back, and no text cut off when every
string is 40% longer (a pseudo-locale made on the fly from the sources)."""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from app.main_window import MainWindow
from devtools import REPO
from devtools.fake_worker import FakeWorker
from runtime.protocol import Message
from tools.i18n_check import extract

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
PSEUDO = "eo"  # a language Oriel has no catalog for: Esperanto stands in for the pseudo-locale
GROWTH = 0.4

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.timeout(60),
    pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed"),
]

# What must survive pseudo-translation untouched: placeholders, plural numbers, accelerators.
KEEP = re.compile(r"\{[A-Za-z_]\w*\}|%L?n|&&|&(?=\w)")
ACCENTED = str.maketrans(
    "AaCcEeGgIiNnOoSsUuYyZz", "ÅåÇçÉéĜĝÎîÑñÖöŠšÛûÝýŽž"
)  # fmt: skip


def pseudo(text: str) -> str:
    """'New chat' -> 'Ñéw çhåt ẋẋẋẋ': accented, 40% longer, placeholders and '…' kept."""
    if text == "QT_LAYOUT_DIRECTION":
        return "LTR"
    ending = "…" if text.endswith("…") else ""
    body = text.removesuffix("…")
    pieces = KEEP.split(body)
    kept = KEEP.findall(body)
    out = pieces[0].translate(ACCENTED)
    for token, piece in zip(kept, pieces[1:], strict=True):
        out += token + piece.translate(ACCENTED)
    extra = math.ceil(len(text) * GROWTH)
    padding = " ".join("ẋ" * 5 for _ in range(extra // 6)) + " " + "ẋ" * (extra % 6)
    return f"{out} {padding.strip()}{ending}"


def compile_catalog(source: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.with_suffix(".qm").name
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)


@pytest.fixture
def worker(tmp_path: Path) -> FakeWorker:
    """A machine without an accelerator: the first run shows the expected speeds (more text)."""
    return FakeWorker(store_dir=tmp_path / "models", delay=0.001, providers=("cpu",))


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    """A folder with the real Arabic catalog and the pseudo-locale's, built for the test."""
    folder = tmp_path / "catalogs"
    compile_catalog(REPO / "i18n" / "oriel_ar.ts", folder)
    source = tmp_path / f"oriel_{PSEUDO}.ts"
    extract([source], language=PSEUDO)
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        text = pseudo(message.findtext("source") or "")
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = text
        if not forms:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(source, encoding="utf-8", xml_declaration=True)
    compile_catalog(source, folder)
    return folder


@pytest.fixture
def switchable(catalogs: Path, window: MainWindow):  # type: ignore[no-untyped-def]
    """The window on the test's catalogs alone (the repository's may be stale or unbuilt); its
    translators are removed afterwards: they are installed on the QApplication, which outlives it."""
    window.translations.dirs = (catalogs,)
    yield window
    window.translations.apply("en")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(root: QWidget) -> list[str]:
    """Visible texts wider than their widget (or, when they wrap, taller)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        metrics = widget.fontMetrics()
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    problems.append(f"{name} {widget.text()!r}: {widget.height()} px tall, needs more")
                continue
            need = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if widget.width() < need:
                problems.append(f"{name} {widget.text()!r}: {widget.width()} < {need} px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = _plain(widget.text())
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            need = max(widest, widget.sizeHint().width())
            if widget.width() < need:
                problems.append(f"{name} {text!r}: {widget.width()} < {need} px")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = metrics.horizontalAdvance(_plain(widget.title()))
            if widget.width() < need:
                problems.append(f"{name} {widget.title()!r}: {widget.width()} < {need} px")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                need = metrics.horizontalAdvance(_plain(widget.tabText(i)))
                if widget.tabRect(i).width() < need:
                    problems.append(f"tab {widget.tabText(i)!r}: {widget.tabRect(i).width()} < {need} px")
    return problems


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Run the posted events (layouts run on them, and may post more), instead of sleeping."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_pseudo_locale_is_longer_and_keeps_what_code_needs() -> None:
    assert pseudo("Settings…").endswith("…") and len(pseudo("Settings…")) >= 1.4 * len("Settings…")
    assert "{size}" in pseudo("Loading Qwen3.5 {size}…") and pseudo("&Chat").startswith("&Ç")
    assert "%n" in pseudo("up to %n image(s)")


def test_live_switch_to_arabic_and_back(qtbot, switchable: MainWindow) -> None:
    window = switchable
    assert "ar" in window.translations.available()
    english = {
        "title": window.windowTitle(),
        "new": window.sidebar.new_button.text(),
        "send": window.composer.send_button.text(),
        "menu": window.chat_menu.title(),
    }
    window.settings.language = "ar"
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == "محادثة جديدة", timeout=2000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.composer.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert prompt_alignment(window) == Qt.AlignmentFlag.AlignRight
    arabic = {
        "title": window.windowTitle(),
        "new": window.sidebar.new_button.text(),
        "send": window.composer.send_button.text(),
        "menu": window.chat_menu.title(),
    }
    assert all(arabic[k] != english[k] for k in ("new", "send", "menu")), arabic
    # the sidebar sits on the right now
    settle(qtbot)
    assert window.sidebar.mapTo(window, window.sidebar.rect().center()).x() > window.width() // 2
    window.settings.language = "en"
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == "New chat", timeout=2000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.composer.send_button.text() == english["send"]
    assert window.chat_menu.title() == english["menu"]
    settle(qtbot)
    assert window.sidebar.mapTo(window, window.sidebar.rect().center()).x() < window.width() // 2
    assert prompt_alignment(window) == Qt.AlignmentFlag.AlignLeft


def prompt_alignment(window: MainWindow) -> Qt.AlignmentFlag:
    return window.composer.input.document().defaultTextOption().alignment()


def test_no_text_is_cut_off_in_a_longer_language(qtbot, switchable: MainWindow, worker: FakeWorker) -> None:
    window = switchable
    worker.thinking = "Hmm"
    window.settings.thinking = True
    window.session.send("hello")
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    window.settings.language = PSEUDO
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == pseudo("New chat"), timeout=2000)
    settle(qtbot)
    assert window.composer.send_button.text() == pseudo("Send")
    assert cut_off(window) == []
    dialog = window.open_settings()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle(qtbot)
        assert cut_off(dialog) == [], dialog.tabs.tabText(index)


def test_first_run_fits_a_longer_language(qtbot, switchable: MainWindow) -> None:
    window = switchable
    window.settings.language = PSEUDO
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == pseudo("New chat"), timeout=2000)
    dialog = window.show_first_run()
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        settle(qtbot)
        assert cut_off(dialog) == [], page


def test_the_assistant_answers_in_the_interface_language(
    qtbot, switchable: MainWindow, worker: FakeWorker
) -> None:
    window = switchable
    window.settings.language = "ja"
    window.session.send("hello")
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    system, question = worker.generates[-1].messages
    assert system == Message(
        "system", "Answer in Japanese, the user's language, unless they write in another language."
    )
    assert question.text == "hello"
    window.settings.system_prompt = "Be brief."  # the user's own prompt replaces it
    window.session.send("again")
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    assert [m for m in worker.generates[-1].messages if m.role == "system"] == [
        Message("system", "Be brief.")
    ]


def test_connections_and_the_remote_banner_fit_a_longer_language(
    qtbot, switchable: MainWindow, tmp_path: Path
) -> None:
    from app.engine.remote import Secrets
    from runtime.remote import RemoteConfig, SecretStore

    window = switchable
    window.api.secrets = Secrets(SecretStore(use_system_keyring=False, secrets_dir=tmp_path / "secrets"))
    window.settings.api_port = 0
    with qtbot.waitSignal(window.api.changed, timeout=5000):
        window.settings.api_enabled = True
    window.settings.language = PSEUDO
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == pseudo("New chat"), timeout=2000)
    # the banner as it shows a server elsewhere that refused the key (nothing is sent: only shown)
    window.remote.config = RemoteConfig("http://192.0.2.7:8000/v1")
    window.remote.problem = pseudo("The remote server refused the API key. Check the key in Settings.")
    window.remote.changed.emit()
    settle(qtbot)
    assert window.remote_banner.isVisible()
    assert cut_off(window) == []
    dialog = window.open_settings()
    dialog.tabs.setCurrentWidget(dialog.connections)
    settle(qtbot)
    assert dialog.connections.token_note.isVisibleTo(dialog)
    assert cut_off(dialog) == []
    window.remote.config = None
    window.api.close()


LONG_ERROR = (
    "Could not reach huggingface.co: check the connection, or import a folder. The download can "
    "start again where it stopped; nothing half-downloaded is installed."
)


def first_run_cut_off(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """Both pages of the first-run dialog, the second also with an error under the sizes."""
    dialog = window.show_first_run()
    problems = []
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        settle(qtbot)
        problems += [f"page {page}: {p}" for p in cut_off(dialog)]
    window.models.jobFinished.emit(False, LONG_ERROR)  # as a failed download ends
    settle(qtbot)
    problems += [f"error: {p}" for p in cut_off(dialog)]
    dialog.close()
    return problems


def test_the_first_run_dialog_grows_to_show_its_error(qtbot, switchable: MainWindow) -> None:
    window = switchable
    window.settings.language = PSEUDO
    qtbot.waitUntil(lambda: window.sidebar.new_button.text() == pseudo("New chat"), timeout=2000)
    assert first_run_cut_off(qtbot, window) == []


LANGUAGES = sorted(p.stem.removeprefix("oriel_") for p in (REPO / "i18n").glob("oriel_*.ts"))


@pytest.fixture(scope="module")
def every_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("every-catalog")
    for source in sorted((REPO / "i18n").glob("oriel_*.ts")):
        compile_catalog(source, folder)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_fits_in_every_language(
    qtbot, window: MainWindow, every_catalog: Path, language: str
) -> None:
    """The window, both first-run pages (and a download error), every settings tab: no label,
    button or tab narrower than its text, no wrapped label shorter than its lines."""
    window.translations.dirs = (every_catalog,)
    try:
        window.settings.language = language
        qtbot.waitUntil(lambda: window.sidebar.new_button.text() != "New chat", timeout=2000)
        settle(qtbot)
        problems = [f"window: {p}" for p in cut_off(window)] + first_run_cut_off(qtbot, window)
        dialog = window.open_settings()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            settle(qtbot)
            problems += [f"settings tab {index}: {p}" for p in cut_off(dialog)]
        dialog.close()
        assert problems == []
    finally:
        window.translations.apply("en")
