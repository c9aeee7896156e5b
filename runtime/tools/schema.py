"""Parameter values from Qwen3.5's XML calls, coerced to the types the tool's JSON schema asks for.

The model writes every value as raw text between `<parameter=NAME>` and `</parameter>`, so "007"
may be a string (a zip code, sglang #13411) or the integer 7; only the schema can tell. Rules:

- string: the text as written, never parsed ("007", "true" and "null" stay strings).
- integer: a decimal integer (quotes the model added around it are dropped, QwenPaw #852);
  "1e3" or "7.0" are accepted when they are whole numbers. Anything else is an error the model
  sees (mlx-lm #1310 and #1330 crashed and dropped the whole call instead).
- number: any finite JSON / Python float ("1e3" -> 1000.0, "72.000000" -> 72.0); whole integer
  literals stay int.
- boolean: true/false in any case ("True" is how the chat template writes Python's True back).
- null: "null" or "None".
- array / object: JSON, else a Python literal (the template writes Python reprs for values that are
  not mappings or lists), and the result must have the right type.
- anyOf / oneOf / a list of types: the first that converts, trying string last.
- no schema (a parameter the tool does not declare): JSON if it parses, else the text.
"""

from __future__ import annotations

import ast
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

_INTEGER = re.compile(r"[+-]?\d+")
_TRUE, _FALSE, _NULL = {"true"}, {"false"}, {"null", "none"}


class ArgumentError(ValueError):
    """A value that does not fit its parameter's schema; the message is written for the model."""


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1].strip()
    return text


def _integer(text: str) -> int:
    text = _unquote(text.strip())
    if _INTEGER.fullmatch(text):
        return int(text)
    try:
        number = _number(text)
    except ArgumentError:
        number = None
    if isinstance(number, float) and number.is_integer():
        return int(number)
    raise ArgumentError(f"expected an integer, got {text!r}")


def _number(text: str) -> int | float:
    text = _unquote(text.strip())
    if _INTEGER.fullmatch(text):
        return int(text)
    try:
        if "_" in text:  # float() accepts "1_000"; JSON does not
            raise ValueError(text)
        value = float(text)
    except ValueError:
        raise ArgumentError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value):
        raise ArgumentError(f"expected a finite number, got {text!r}")
    return value


def _boolean(text: str) -> bool:
    word = _unquote(text.strip()).lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ArgumentError(f"expected true or false, got {text!r}")


def _null(text: str) -> None:
    if text.strip().lower() not in _NULL:
        raise ArgumentError(f"expected null, got {text!r}")


def _literal(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise ArgumentError(f"expected JSON, got {text[:80]!r}") from None


def _container(text: str, kind: type, name: str) -> Any:
    value = _literal(text.strip())
    if isinstance(value, tuple) and kind is list:
        value = list(value)
    if not isinstance(value, kind):
        raise ArgumentError(f"expected {name}, got {text[:80]!r}")
    return value


_BY_TYPE = {
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "null": _null,
    "array": lambda t: _container(t, list, "a JSON array"),
    "object": lambda t: _container(t, dict, "a JSON object"),
    "string": lambda t: t,
}


def _alternatives(schema: Mapping[str, Any]) -> Sequence[Mapping[str, Any]] | None:
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            return [s for s in schema[key] if isinstance(s, Mapping)]
    kind = schema.get("type")
    if isinstance(kind, list):
        return [{**schema, "type": k} for k in kind]
    return None


def coerce(text: str, schema: Mapping[str, Any] | None) -> Any:
    """`text` as the value `schema` describes; raises ArgumentError saying what was expected."""
    if not schema:
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    alternatives = _alternatives(schema)
    if alternatives is not None:
        # Strings accept anything, so they are tried last; "null" means null when null is allowed.
        ordered = sorted(alternatives, key=lambda s: s.get("type") == "string")
        errors = []
        for alternative in ordered:
            try:
                return coerce(text, alternative)
            except ArgumentError as e:
                errors.append(str(e).removeprefix("expected "))
        raise ArgumentError("expected " + " or ".join(errors))
    kind = schema.get("type")
    if kind is None and "enum" in schema:
        return text.strip() if text.strip() in schema["enum"] else _literal(text)
    convert = _BY_TYPE.get(kind) if isinstance(kind, str) else None
    if convert is None:
        return coerce(text, None)
    return convert(text)
