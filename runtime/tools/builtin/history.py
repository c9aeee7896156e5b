"""Search the user's past conversations: the chat history's SQLite file, opened read-only.

The schema is app/chat/store.py's (tables `conversations` and `messages`); the runtime reads it
with its own SQL rather than importing the app, and opens the file with `mode=ro`, so a tool can
never change or delete history. Every word of the query must appear in a message (case-insensitive);
the newest matches come first, each with its conversation's title, date and a snippet.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from runtime.tools.registry import HostedTool, ToolContext, ToolError, ToolSpec

MAX_RESULTS = 10
SNIPPET = 240


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _snippet(text: str, word: str) -> str:
    at = text.lower().find(word.lower())
    start = max(at - SNIPPET // 3, 0)
    piece = " ".join(text[start : start + SNIPPET].split())
    return ("…" if start > 0 else "") + piece + ("…" if start + SNIPPET < len(text) else "")


def search_history(db: Path, query: str, limit: int = MAX_RESULTS) -> str:
    words = query.split()
    if not words:
        raise ToolError("Give some words to search for.")
    if not db.is_file():
        return "There are no past conversations yet."
    uri = f"{db.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error as e:
        raise ToolError(f"The chat history cannot be opened: {e}.") from None
    try:
        where = " AND ".join("m.text LIKE ? ESCAPE '\\'" for _ in words)
        rows = connection.execute(
            f"""SELECT c.title, m.role, m.text, m.created_at FROM messages m
                JOIN conversations c ON c.id = m.conversation_id
                WHERE {where} ORDER BY m.created_at DESC LIMIT ?""",
            (*(_like(w) for w in words), max(1, min(limit, MAX_RESULTS))),
        ).fetchall()
    except sqlite3.Error as e:
        raise ToolError(f"The chat history cannot be searched: {e}.") from None
    finally:
        connection.close()
    if not rows:
        return f"No past message contains {' and '.join(repr(w) for w in words)}."
    lines = []
    for title, role, text, created in rows:
        day = time.strftime("%Y-%m-%d", time.localtime(created))
        lines.append(f"- {title!r} ({day}, {role}): {_snippet(text, words[0])}")
    return f"{len(rows)} match(es), newest first:\n" + "\n".join(lines)


def _run(arguments: Mapping[str, Any], context: ToolContext) -> str:
    if context.history_db is None:
        raise ToolError("The chat history is not available to tools.")
    return search_history(
        context.history_db, str(arguments.get("query", "")), int(arguments.get("limit", MAX_RESULTS))
    )


TOOL = HostedTool(
    ToolSpec(
        "search_conversations",
        "Search the user's past conversations with Oriel for messages containing all the given words.",
        {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "Words that must all appear"},
                "limit": {"type": "integer", "description": f"At most {MAX_RESULTS}"},
            },
            "required": ["query"],
        },
        touches="Your past conversations (read-only).",
    ),
    _run,
)
