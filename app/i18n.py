"""Interface language: Qt catalogs, live switching and right-to-left layout.

Every user-visible string is marked with `self.tr()` or `QCoreApplication.translate()` and
extracted with `pyside6-lupdate app -ts i18n/oriel_<lang>.ts`; `pyside6-lrelease` builds
`oriel_<lang>.qm`. Catalogs are looked up in the repository's `i18n/` folder and then in the
user data dir's `translations/` folder, so a translator can try a `.qm` without rebuilding.

Switching installs the new translators; Qt then sends `LanguageChange` to every widget, whose
`changeEvent` calls its `retranslate()`. Layout direction follows the language (Arabic, Hebrew,
Persian, Urdu flip the whole window), and a catalog may force it with the `QT_LAYOUT_DIRECTION`
entry below, Qt's own convention.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication

CATALOG = "oriel"
REPO_CATALOGS = Path(__file__).resolve().parents[1] / "i18n"

# Translators of right-to-left languages enter "RTL" here.
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


class Translations(QObject):
    """Owns the installed translators; `apply(code)` switches the whole app live."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication, extra_dirs: tuple[Path, ...] = ()) -> None:
        super().__init__(app)
        self._app = app
        self.dirs = (REPO_CATALOGS, *extra_dirs)
        self._installed: list[QTranslator] = []
        self.current = ""

    def available(self) -> list[str]:
        """Locale names with a catalog, English (the source language) first."""
        found = {"en"}
        for folder in self.dirs:
            found |= {p.stem.removeprefix(CATALOG + "_") for p in folder.glob(f"{CATALOG}_*.qm")}
        return ["en", *sorted(found - {"en"})]

    def apply(self, code: str) -> None:
        """Install the catalogs for `code` ('' = the system's language)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        locale = QLocale(code) if code else QLocale.system()
        # Qt looks for the locale's own names first (pt_BR, pt); another variant of the same
        # language (pt_PT for a pt_AO system) is better than English.
        variants = [QLocale(c) for c in self.available() if QLocale(c).language() == locale.language()]
        loaded = locale.language() == QLocale.Language.English or any(
            self._load_catalog(candidate) for candidate in (locale, *variants)
        )
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if loaded and qtbase.load(locale, "qtbase", "_", qt_dir):
            self._install(qtbase)
        QLocale.setDefault(locale if loaded else QLocale(QLocale.Language.English))
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(locale.textDirection() if loaded else Qt.LayoutDirection.LeftToRight)
        self.current = code
        self.languageChanged.emit(code)

    def _load_catalog(self, locale: QLocale) -> bool:
        for folder in self.dirs:
            translator = QTranslator(self)
            if translator.load(locale, CATALOG, "_", str(folder)):
                self._install(translator)
                return True
        return False

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def language_name(code: str) -> str:
    """A language's name in itself ('العربية', 'Português (Brasil)'), as language pickers show it.

    A code with a territory names it, so variants of one language can be told apart; a code with
    a script (zh_Hans, zh_Hant) already has a distinct name ('简体中文', '繁體中文').
    """
    if code == "en":
        return "English"  # not the 'American English' QLocale gives: the source text is plain English
    locale = QLocale(code)
    parts = code.split("_")
    if len(parts) > 1 and len(parts[-1]) == 2:
        base = QLocale(locale.language()).nativeLanguageName()
        name = f"{base} ({locale.nativeTerritoryName()})"
    else:
        name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def english_language_name(code: str) -> str:
    """The language's name in English, as the model is told it ('Arabic', 'Traditional Chinese').

    '' is the system's language. Chinese and Portuguese name the variant, which the model writes
    differently.
    """
    locale = QLocale(code) if code else QLocale.system()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "English"  # a POSIX "C" system: the interface is in English too
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalHanScript
        return "Traditional Chinese" if traditional else "Simplified Chinese"
    if locale.language() == QLocale.Language.Portuguese:
        brazil = locale.territory() == QLocale.Country.Brazil
        return "Brazilian Portuguese" if brazil else "European Portuguese"
    return QLocale.languageToString(locale.language())
