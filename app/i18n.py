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
        loaded = locale.language() == QLocale.Language.English
        for folder in self.dirs:
            translator = QTranslator(self)
            if translator.load(locale, CATALOG, "_", str(folder)):
                self._install(translator)
                loaded = True
                break
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if loaded and qtbase.load(locale, "qtbase", "_", qt_dir):
            self._install(qtbase)
        QLocale.setDefault(locale if loaded else QLocale(QLocale.Language.English))
        if isinstance(self._app, QGuiApplication):
            self._app.setLayoutDirection(locale.textDirection() if loaded else Qt.LayoutDirection.LeftToRight)
        self.current = code
        self.languageChanged.emit(code)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def language_name(code: str) -> str:
    """A language's name in itself ('العربية', 'Deutsch'), as language pickers show it."""
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
