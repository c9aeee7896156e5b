"""Tool schemas the tool tests share (OpenAI function entries, as the chat template takes them)."""

from __future__ import annotations

from typing import Any


def function(name: str, properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": name,
            "description": f"The {name} test tool.",
            "parameters": {"type": "object", "properties": properties, "required": list(required)},
        },
    }


WEATHER = function("get_weather", {"city": {"type": "string"}, "days": {"type": "integer"}}, ("city",))
TYPED = function(
    "typed",
    {
        "zip": {"type": "string"},
        "count": {"type": "integer"},
        "ratio": {"type": "number"},
        "flag": {"type": "boolean"},
        "nothing": {"type": "null"},
        "items": {"type": "array", "items": {"type": "string"}},
        "options": {"type": "object"},
        "limit": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "label": {"type": ["string", "null"]},
    },
)
