"""Which Whisper language a UI language means.

The GUI sends its UI language as a locale name ("de", "pt_BR", "zh-Hant-TW", "nb_NO"); Whisper
names languages by ISO 639-1 codes, with a few of its own ("jw" for Javanese, "haw" for
Hawaiian) and "no" for Norwegian. A UI language the model does not know means "detect it".
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Locale language codes that Whisper spells differently.
_WHISPER_CODE = {
    "nb": "no",  # Norwegian Bokmål: Whisper has one Norwegian
    "jv": "jw",  # Javanese
    "iw": "he",  # old ISO code for Hebrew, still used by some platforms
    "in": "id",  # old ISO code for Indonesian
    "ji": "yi",  # old ISO code for Yiddish
    "fil": "tl",  # Filipino: Whisper's Tagalog
}


def whisper_language(locale: str | None, known: Collection[str]) -> str | None:
    """The Whisper code for `locale`, or None (detect) when there is none or the model lacks it."""
    if not locale:
        return None
    base = re.split(r"[-_.@]", locale.strip().lower(), maxsplit=1)[0]
    code = _WHISPER_CODE.get(base, base)
    return code if code in known else None
