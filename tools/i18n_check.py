"""`python tools/i18n_check.py [TS_FILE...]`: are the translations complete and faithful?

Frescobaldi's `molint.py`, for Qt catalogs. Every `i18n/oriel_*.ts` is compared with what
`pyside6-lupdate` finds in `app/` now (a fresh extraction into a temporary folder, one template
per catalog, so Qt itself says how many plural forms each language has). A catalog passes when:

- it has every source string (context, text and disambiguation) and nothing that is gone;
- no entry is unfinished, empty, obsolete or vanished;
- every `{placeholder}` of the source is in each translation (and no other), `%n` / `%Ln` is kept
  (in the last plural form at least: the others may spell out "one"), and the translation of a
  plural has as many forms as the language needs;
- a `&` accelerator in the source is kept (one, not doubled), a trailing `…` is kept;
- `QT_LAYOUT_DIRECTION` says `RTL` exactly for the right-to-left languages.

Prints one line per problem, `file: context: "source": what is wrong`, and exits 1 if any.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

REPO = Path(__file__).resolve().parents[1]
CATALOGS = REPO / "i18n"
SOURCES = REPO / "app"
CATALOG_GLOB = "oriel_*.ts"

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
NUMBER = re.compile(r"%L?n")
# A lone '&' before a letter marks the Alt+key; '&&' is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\w)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str  # the disambiguation, part of the key
    numerus: bool
    forms: tuple[str, ...]  # one translation, or one per plural form
    state: str  # '' (finished), 'unfinished', 'obsolete' or 'vanished'

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Catalog:
    language: str  # as the .ts says: 'ar', 'pt_BR', 'zh_Hant'
    entries: tuple[Entry, ...]


def is_right_to_left(language: str) -> bool:
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


def read_catalog(path: Path) -> Catalog:
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    translation.get("type", ""),
                )
            )
    return Catalog(root.get("language", ""), tuple(entries))


def lupdate_tool() -> str:
    """pyside6-lupdate beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        raise FileNotFoundError("pyside6-lupdate is not installed (pip install PySide6-Essentials)")
    return found


def source_files(folder: Path = SOURCES) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def extract(targets: Iterable[Path], sources: Iterable[Path] | None = None, language: str = "") -> None:
    """Run lupdate: new strings into `targets` (created or merged), vanished ones dropped."""
    command = [lupdate_tool(), "-silent", "-no-obsolete", "-locations", "none"]
    command += [str(p) for p in (source_files() if sources is None else sources)]
    if language:
        command += ["-target-language", language]
    command += ["-ts", *[str(t) for t in targets]]
    subprocess.run(command, check=True, capture_output=True, text=True)


def templates(names: Iterable[str]) -> dict[str, Catalog]:
    """A fresh, empty catalog per file name, from the sources as they are now."""
    names = list(names)
    with tempfile.TemporaryDirectory(prefix="oriel-i18n-") as folder:
        paths = [Path(folder) / name for name in names]
        extract(paths)
        return {path.name: read_catalog(path) for path in paths}


def _quote(text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "..."
    return '"' + short.replace("\n", "\\n") + '"'


def check_entry(entry: Entry, expected: Entry, language: str) -> list[str]:
    """What is wrong with one translation (an empty list when nothing is)."""
    where = f"{entry.context}: {_quote(entry.source)}"
    if entry.state:
        return [f"{where}: {entry.state}"]
    if entry.numerus != expected.numerus:
        return [f"{where}: should {'' if expected.numerus else 'not '}have plural forms"]
    if len(entry.forms) != len(expected.forms):
        return [f"{where}: {len(entry.forms)} plural form(s), the language has {len(expected.forms)}"]
    problems = []
    if entry.source == "QT_LAYOUT_DIRECTION":
        want = "RTL" if is_right_to_left(language) else "LTR"
        return [] if entry.forms == (want,) else [f"{where}: should be {want}"]
    wanted = sorted(PLACEHOLDER.findall(entry.source))
    number = set(NUMBER.findall(entry.source))
    keys = len(ACCELERATOR.findall(entry.source))
    for index, form in enumerate(entry.forms):
        label = f" (form {index + 1})" if entry.numerus else ""
        if not form.strip():
            problems.append(f"{where}{label}: empty")
            continue
        if sorted(PLACEHOLDER.findall(form)) != wanted:
            problems.append(f"{where}{label}: placeholders {PLACEHOLDER.findall(form)}, source has {wanted}")
        used = set(NUMBER.findall(form))
        if used - number:
            problems.append(f"{where}{label}: uses {sorted(used - number)}, source has {sorted(number)}")
        last = index == len(entry.forms) - 1
        if number and last and not used:
            problems.append(f"{where}{label}: the number ({'/'.join(sorted(number))}) is missing")
        if len(ACCELERATOR.findall(form)) != keys:
            problems.append(f"{where}{label}: should have {keys} '&' accelerator(s), like the source")
        if entry.source.endswith("…") and not form.endswith("…"):
            problems.append(f"{where}{label}: should end with '…' (it opens a dialog or is in progress)")
    return problems


def check_catalog(path: Path, template: Catalog) -> list[str]:
    catalog = read_catalog(path)
    expected = {e.key: e for e in template.entries}
    problems = []
    if not catalog.language:
        problems.append("the <TS> element has no language")
    seen = set()
    for entry in catalog.entries:
        if entry.key not in expected:
            if entry.state not in ("obsolete", "vanished"):
                problems.append(f"{entry.context}: {_quote(entry.source)}: not in the sources any more")
            else:
                problems.append(f"{entry.context}: {_quote(entry.source)}: {entry.state}")
            continue
        seen.add(entry.key)
        problems += check_entry(entry, expected[entry.key], catalog.language)
    for key in expected.keys() - seen:
        problems.append(f"{key[0]}: {_quote(key[1])}: missing (run `make update-translations`)")
    return [f"{path.name}: {p}" for p in problems]


def check(paths: Iterable[Path] | None = None) -> list[str]:
    """Every problem in the given catalogs (all of i18n/ by default)."""
    paths = sorted(CATALOGS.glob(CATALOG_GLOB)) if paths is None else list(paths)
    if not paths:
        return [f"no {CATALOG_GLOB} in {CATALOGS}"]
    fresh = templates(p.name for p in paths)
    return [problem for p in paths for problem in check_catalog(p, fresh[p.name])]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    problems = check([Path(a) for a in args] if args else None)
    for problem in problems:
        print(problem)
    count = len(list(CATALOGS.glob(CATALOG_GLOB))) if not args else len(args)
    print(f"{len(problems)} problem(s) in {count} catalog(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
