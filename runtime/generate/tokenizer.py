"""The model's tokenizer: Hugging Face `tokenizer.json` through the `tokenizers` library.

The `tokenizers` Rust library reads the file every Qwen3.5 checkpoint ships and encodes a long
prompt in milliseconds, so the runtime needs neither transformers nor a tokenizer of its own. This
wrapper narrows it to what the engine uses and turns a missing or damaged file into an error the
user can act on.

Prompts come from the chat template, which writes control tokens such as `<|im_start|>` as text;
`encode` maps them to their ids, and adds nothing (Qwen has no BOS token).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tokenizers import Tokenizer as _HFTokenizer

TOKENIZER_FILE = "tokenizer.json"


class TokenizerError(ValueError):
    """The tokenizer file is missing or cannot be read."""


class Tokenizer:
    """Text <-> token ids for one model."""

    def __init__(self, backend: _HFTokenizer) -> None:
        self._backend = backend
        added = backend.get_added_tokens_decoder()
        self.special_ids: frozenset[int] = frozenset(i for i, tok in added.items() if tok.special)

    @classmethod
    def from_dir(cls, path: Path) -> Tokenizer:
        """Load `tokenizer.json` from a model directory."""
        file = Path(path) / TOKENIZER_FILE
        if not file.is_file():
            raise TokenizerError(
                f"{file} is missing: the model folder is incomplete; install the model again."
            )
        try:
            backend = _HFTokenizer.from_file(str(file))
        except Exception as e:  # the Rust side raises a bare Exception for every parse error
            raise TokenizerError(
                f"{file} could not be read ({e}); the file is damaged, install the model again."
            ) from e
        return cls(backend)

    @property
    def vocab_size(self) -> int:
        """Tokens the tokenizer knows, added tokens included (the model's embedding may be larger)."""
        return int(self._backend.get_vocab_size(with_added_tokens=True))

    def encode(self, text: str) -> list[int]:
        """Token ids for `text`; control tokens written in it become their ids, nothing is added."""
        return list(self._backend.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: Sequence[int], skip_special_tokens: bool = False) -> str:
        """The text of `ids`; bytes that do not form a whole UTF-8 character come out as U+FFFD."""
        return str(self._backend.decode(list(ids), skip_special_tokens=skip_special_tokens))

    def token_id(self, token: str) -> int | None:
        """The id of one token given as its text (e.g. `"<|im_end|>"`), or None if it has none."""
        found = self._backend.token_to_id(token)
        return None if found is None else int(found)
