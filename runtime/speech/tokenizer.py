"""Whisper's tokenizer: the model's own tokenizer.json through `tokenizers`, plus its special tokens.

Whisper's vocabulary ends with its control tokens, in this order (ids of the multilingual models):

    <|endoftext|> 50257   <|startoftranscript|> 50258   <|en|> 50259 ... <|su|> (or <|yue|>)
    <|translate|> <|transcribe|> <|startoflm|> <|startofprev|> <|nospeech|> <|notimestamps|>
    <|0.00|> ... <|30.00|>

The language tokens are exactly those between <|startoftranscript|> and <|translate|>, so the
languages a model knows are read from its own vocabulary (99 for most, 100 for large-v3), not from
a list kept here. Everything from <|endoftext|> up is a control or timestamp token: the text is
the tokens below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tokenizers import Tokenizer

_LANGUAGE = re.compile(r"<\|([a-z]{2,3}(?:_[a-z]+)?)\|>")


class TokenizerError(ValueError):
    """A tokenizer.json that is not a Whisper tokenizer."""


@dataclass(frozen=True)
class WhisperTokenizer:
    tokenizer: Tokenizer
    eot: int  # <|endoftext|>: the end of a transcript, and the first non-text id
    sot: int  # <|startoftranscript|>
    transcribe: int
    translate: int
    no_timestamps: int
    no_speech: int | None  # <|nospeech|> (<|nocaptions|> in the first models)
    languages: dict[str, int]  # "en" -> id of <|en|>, in the model's order

    @classmethod
    def from_file(cls, path: Path, *, multilingual: bool = True) -> WhisperTokenizer:
        try:
            tokenizer = Tokenizer.from_file(str(path))
        except Exception as e:  # tokenizers raises plain Exception for a malformed file
            raise TokenizerError(f"{path} is not a tokenizer file: {e}") from e
        return cls.from_tokenizer(tokenizer, str(path), multilingual=multilingual)

    @classmethod
    def from_tokenizer(
        cls, tokenizer: Tokenizer, where: str = "the tokenizer", *, multilingual: bool = True
    ) -> WhisperTokenizer:
        """English-only models (".en", `multilingual=False`) keep the language tokens in their
        vocabulary but are never prompted with them: they get no languages here."""

        def need(token: str) -> int:
            token_id = tokenizer.token_to_id(token)
            if token_id is None:
                raise TokenizerError(f"{where} is not a Whisper tokenizer: it has no {token}")
            return int(token_id)

        sot, translate = need("<|startoftranscript|>"), need("<|translate|>")
        languages: dict[str, int] = {}
        for token_id in range(sot + 1, translate):
            match = _LANGUAGE.fullmatch(tokenizer.id_to_token(token_id) or "")
            if match is None:
                raise TokenizerError(f"{where}: token {token_id} should name a language")
            languages[match.group(1)] = token_id
        return cls(
            tokenizer=tokenizer,
            eot=need("<|endoftext|>"),
            sot=sot,
            transcribe=need("<|transcribe|>"),
            translate=translate,
            no_timestamps=need("<|notimestamps|>"),
            no_speech=tokenizer.token_to_id("<|nospeech|>") or tokenizer.token_to_id("<|nocaptions|>"),
            languages=languages if multilingual else {},
        )

    @property
    def multilingual(self) -> bool:
        return bool(self.languages)

    def prompt(self, language: str | None) -> list[int]:
        """The decoder's first tokens: start, language, transcribe, no timestamps.

        English-only models (".en") have no language or task tokens: start, no timestamps.
        """
        if not self.languages:
            return [self.sot, self.no_timestamps]
        if language is None or language not in self.languages:
            raise ValueError(f"the model does not know the language {language!r}")
        return [self.sot, self.languages[language], self.transcribe, self.no_timestamps]

    def language_of(self, token_id: int) -> str:
        return next(code for code, i in self.languages.items() if i == token_id)

    def decode(self, ids: list[int]) -> str:
        """The text of generated ids; control and timestamp tokens are left out."""
        return self.tokenizer.decode([i for i in ids if i < self.eot], skip_special_tokens=True).strip()
