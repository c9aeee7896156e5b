"""The catalogs: complete and faithful (tools/i18n_check.py), every language the issue names,
each one found by Qt for its locale, and the check itself catching what it should."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.chat.session import default_system_prompt
from app.i18n import Translations, english_language_name, language_name
from app.settings.models import format_bytes
from devtools import REPO
from tools import i18n_check

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
CATALOGS = sorted((REPO / "i18n").glob("oriel_*.ts"))
CODES = [p.stem.removeprefix("oriel_") for p in CATALOGS]
REQUIRED = [
    "ar",
    "bn",
    "zh_Hans",
    "zh_Hant",
    "cs",
    "da",
    "nl",
    "fi",
    "fr",
    "de",
    "el",
    "he",
    "hi",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "ms",
    "nb",
    "fa",
    "pl",
    "pt_BR",
    "pt_PT",
    "ro",
    "ru",
    "es",
    "sw",
    "sv",
    "fil",
    "ta",
    "th",
    "tr",
    "uk",
    "ur",
    "vi",
]
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}

pytestmark = [pytest.mark.timeout(60)]


def test_every_catalog_is_complete_and_keeps_its_placeholders() -> None:
    assert i18n_check.check() == []


def test_at_least_forty_languages_among_them_those_asked_for() -> None:
    assert len(CODES) >= 40
    assert sorted(set(REQUIRED) - set(CODES)) == []


def compile_catalogs(sources: list[Path], folder: Path) -> None:
    """One lrelease run for them all: it writes each .qm beside its .ts."""
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not installed")
    copies = [shutil.copy(source, folder) for source in sources]
    subprocess.run([str(LRELEASE), "-silent", *map(str, copies)], check=True, timeout=60)


def test_qt_finds_each_catalog_for_its_locale(qapp: QApplication, tmp_path: Path) -> None:
    """Built and installed the way the app does it: the texts are translated, and the layout
    direction follows the language."""
    compile_catalogs(CATALOGS, tmp_path)
    translations = Translations(qapp, ())
    translations.dirs = (tmp_path,)
    try:
        for code in CODES:
            translations.apply(code)
            assert QCoreApplication.translate("Sidebar", "New chat") != "New chat", code
            rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert rtl == (code in RIGHT_TO_LEFT), code
    finally:
        translations.apply("en")
        translations.deleteLater()


def test_another_variant_of_the_language_beats_english(qapp: QApplication, tmp_path: Path) -> None:
    compile_catalogs([REPO / "i18n" / "oriel_pt_PT.ts"], tmp_path)
    translations = Translations(qapp, ())
    translations.dirs = (tmp_path,)
    try:
        translations.apply("pt_AO")  # Angola: no catalog of its own
        assert QCoreApplication.translate("Sidebar", "New chat") == "Nova conversa"
    finally:
        translations.apply("en")
        translations.deleteLater()


def test_language_names_tell_variants_apart() -> None:
    names = {code: language_name(code) for code in ["en", *CODES]}
    assert len(set(names.values())) == len(names)
    assert names["en"] == "English" and names["de"] == "Deutsch" and names["ar"] == "العربية"
    assert names["pt_BR"] == "Português (Brasil)" and names["pt_PT"] == "Português (Portugal)"
    assert names["zh_Hans"] == "简体中文" and names["zh_Hant"] == "繁體中文"


def test_the_model_is_told_the_language_in_english() -> None:
    assert english_language_name("ar") == "Arabic"
    assert english_language_name("zh_Hant") == "Traditional Chinese"
    assert english_language_name("pt_BR") == "Brazilian Portuguese"
    assert english_language_name("") == english_language_name(QLocale.system().name())
    assert english_language_name("C") == "English"
    assert default_system_prompt("ja") == (
        "Answer in Japanese, the user's language, unless they write in another language."
    )


def test_sizes_and_numbers_are_written_the_locale_s_way(qapp: QApplication) -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("de"))
        assert (format_bytes(1_600_000_000), format_bytes(700_000_000)) == ("1,6 GB", "700 MB")
        QLocale.setDefault(QLocale("ar"))
        assert format_bytes(1_600_000_000) == "١٫٦ GB"  # Arabic-Indic digits (no catalog: English unit)
    finally:
        QLocale.setDefault(previous)


# -- the check itself --------------------------------------------------------------------------


def _broken_copy(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = (REPO / "i18n" / "oriel_de.ts").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "oriel_de.ts"
    path.write_text(text, encoding="utf-8")
    return path


def _t(text: str, kind: str = "") -> str:
    return (
        f'<translation type="{kind}">{text}</translation>' if kind else f"<translation>{text}</translation>"
    )


THOUGHT = "%Ln s nachgedacht</numerusform>"
BROKEN = [
    (_t("Bild {name} entfernen"), _t("Bild entfernen"), "placeholders"),
    (_t("Bild {name} entfernen"), _t("Bild {nom} entfernen"), "placeholders"),
    (_t("Neuer Chat"), _t("Neuer Chat", "unfinished"), "unfinished"),
    (_t("Neuer Chat"), _t(""), "empty"),
    (_t("&amp;Chat"), _t("Chat"), "accelerator"),
    (_t("Einstellungen…"), _t("Einstellungen"), "…"),
    (f"<numerusform>{THOUGHT}\n", "", "plural form"),
    (f"{THOUGHT}\n        </translation>", f"{THOUGHT.replace('%Ln', '%n')}\n        </translation>", "%n"),
    (_t("LTR"), _t("RTL"), "should be LTR"),
    ("<source>Rename</source>", "<source>Rename it</source>", "missing"),
    (_t("Neuer Chat"), _t("Neues Gespräch"), ""),  # a change the check has no reason to refuse
]


@pytest.mark.parametrize(("old", "new", "complaint"), BROKEN)
def test_the_check_finds(tmp_path: Path, old: str, new: str, complaint: str) -> None:
    problems = i18n_check.check([_broken_copy(tmp_path, (old, new))])
    if not complaint:
        assert problems == []
        return
    assert len(problems) >= 1 and all(p.startswith("oriel_de.ts: ") for p in problems)
    assert any(complaint in p for p in problems), problems


def test_the_check_runs_as_a_script() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "i18n_check.py")], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout
    assert f"0 problem(s) in {len(CATALOGS)} catalog(s)" in done.stderr
