"""`python i18n/update.py [LANG...]`: bring the catalogs up to date with the sources, filled.

For each language with a `strings/<lang>.json` (or those named):

1. `pyside6-lupdate` extracts the strings of `app/` into `oriel_<lang>.ts`: new ones are added,
   vanished ones dropped, translations of unchanged ones kept.
2. Each message gets its translation from `strings/<lang>.json`, found through the id that
   `strings/en.json` gives its English text; `QT_LAYOUT_DIRECTION` is set from the language.
3. lupdate reads the file once more, so it is saved in Qt's own layout (small diffs).

A message whose text has no id in `en.json`, or whose id has no translation (or the wrong number
of plural forms), is marked unfinished and listed here;
`tools/i18n_check.py`, run by `make test`, fails until it is filled. See README.md.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))

from i18n_check import extract, is_right_to_left  # noqa: E402

STRINGS = HERE / "strings"
Translation = str | list[str]


def load(language: str) -> dict[str, Translation]:
    return json.loads((STRINGS / f"{language}.json").read_text(encoding="utf-8"))


def languages() -> list[str]:
    return sorted(p.stem for p in STRINGS.glob("*.json") if p.stem != "en")


def fill(path: Path, language: str, ids: dict[str, str], strings: dict[str, Translation]) -> list[str]:
    """Write the translations into the catalog at `path`; return what could not be filled."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = list(translation.iter("numerusform"))
        key = ids.get(source)
        value = strings.get(key) if key else None
        if source == "QT_LAYOUT_DIRECTION":
            value = "RTL" if is_right_to_left(language) else "LTR"
        if value is None or isinstance(value, list) != bool(forms):
            missing.append(f"{language}: no translation for {source!r}" + ("" if key else " (no id)"))
            translation.set("type", "unfinished")
            continue
        if isinstance(value, list):
            if len(value) != len(forms):
                missing.append(f"{language}: {source!r} needs {len(forms)} plural forms, has {len(value)}")
                translation.set("type", "unfinished")
                continue
            for form, text in zip(forms, value, strict=True):
                form.text = text
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str] | None = None) -> int:
    wanted = (sys.argv[1:] if argv is None else argv) or languages()
    english = load("en")
    ids = {text: key for key, text in english.items() if isinstance(text, str)}
    problems = []
    for language in wanted:
        path = HERE / f"oriel_{language}.ts"
        extract([path], language=language)
        problems += fill(path, language, ids, load(language))
        extract([path], language=language)
    for problem in problems:
        print(problem)
    print(f"{len(wanted)} catalog(s) updated, {len(problems)} message(s) left unfinished", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
