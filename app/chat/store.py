"""Conversations on disk: SQLite for the text, content-addressed files for the images.

Layout, in the platform's user data dir (or any folder given): `chats.sqlite3` and
`images/ab/abcdef....png`, each image named by the sha256 of its bytes, so pasting the same
screenshot twice stores it once and a file never changes under a name.

Messages form a tree: a message's siblings (same parent) are its versions. Editing a user message
adds a sibling user message; regenerating an answer adds a sibling answer. A conversation
remembers its current leaf; the chat shown is the path from the root to that leaf.

Crash safety: WAL journal with `synchronous=NORMAL` keeps the database consistent whatever moment
the app dies (a power cut may lose the last second of commits, never the file). An answer is
written when it starts (state `streaming`) and its text saved as it grows; on the next start,
answers still marked `streaming` become `interrupted`, so a crash keeps what was already shown.

Privacy: the folder, the database (with its -wal and -shm files) and the images are readable by
the user only (runtime.owner_only), tightened on open for folders written before that.

Schema changes go through `MIGRATIONS` (index = version reached) and `PRAGMA user_version`;
a database from a newer Oriel is refused with `StoreError` rather than misread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from runtime.owner_only import open_private, private_file, private_folder, tighten_tree

DB_NAME = "chats.sqlite3"
IMAGE_DIR = "images"
EXPORT_FORMAT = "oriel-conversation"

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: conversations and the message tree.
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        current_leaf INTEGER
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        text TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',
        images TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT 'done',
        error TEXT NOT NULL DEFAULT '',
        thinking_seconds REAL,
        created_at REAL NOT NULL
    );
    CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
    CREATE INDEX messages_by_parent ON messages (parent_id);
    CREATE INDEX conversations_by_update ON conversations (updated_at);
    """,
    # 1 -> 2: which model answered (shown in exports and the status bar).
    "ALTER TABLE messages ADD COLUMN model TEXT NOT NULL DEFAULT '';",
    # 2 -> 3: notes on an answer (an attached image the model left out, and why).
    "ALTER TABLE messages ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';",
)
SCHEMA_VERSION = len(MIGRATIONS)

# Message states. `streaming` only while an answer is being written.
DONE, STREAMING, STOPPED, ERROR, INTERRUPTED = "done", "streaming", "stopped", "error", "interrupted"


class StoreError(RuntimeError):
    """The chat database cannot be used (newer schema, unreadable file)."""


class DiskFull(StoreError):
    """A write found the disk full: `needed` bytes (at least) at `folder`. Nothing was half-saved."""

    def __init__(self, folder: Path, needed: int) -> None:
        super().__init__(f"the disk is full: {needed} bytes needed at {folder}")
        self.folder, self.needed = folder, needed


def _disk_full(error: BaseException) -> bool:
    """SQLite's SQLITE_FULL, or ENOSPC/EDQUOT (as runtime.store.io.is_disk_full, behind the door)."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return isinstance(error, OSError) and error.errno in (
        errno.ENOSPC,
        getattr(errno, "EDQUOT", errno.ENOSPC),
    )


@dataclass
class ChatMessage:
    """One message on the shown path, with its place among its versions."""

    id: int
    conversation_id: str
    parent_id: int | None
    role: str
    text: str = ""
    reasoning: str = ""
    images: tuple[str, ...] = ()
    state: str = DONE
    error: str = ""
    thinking_seconds: float | None = None
    created_at: float = 0.0
    model: str = ""
    notes: tuple[str, ...] = ()  # shown above an answer: "photo.png was left out: ..."
    version: int = 1  # 1-based position among siblings
    versions: int = 1
    sibling_ids: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ConversationSummary:
    id: str
    title: str
    updated_at: float


_COLUMNS = (
    "id, conversation_id, parent_id, role, text, reasoning, images, state, error, "
    "thinking_seconds, created_at, model, notes"
)


def _message(row: sqlite3.Row) -> ChatMessage:
    return ChatMessage(
        id=row["id"],
        conversation_id=row["conversation_id"],
        parent_id=row["parent_id"],
        role=row["role"],
        text=row["text"],
        reasoning=row["reasoning"],
        images=tuple(json.loads(row["images"])),
        state=row["state"],
        error=row["error"],
        thinking_seconds=row["thinking_seconds"],
        created_at=row["created_at"],
        model=row["model"],
        notes=tuple(json.loads(row["notes"])),
    )


class ChatStore:
    """All reads and writes of conversations. Use from one thread (the GUI's): every call is a
    few indexed statements, well under a frame even for a 2,000-message chat."""

    def __init__(self, folder: Path) -> None:
        self.folder = private_folder(Path(folder))
        tighten_tree(private_folder(self.folder / IMAGE_DIR))  # an install from before 0700/0600
        for suffix in ("-wal", "-shm"):
            if (self.folder / (DB_NAME + suffix)).exists():
                private_file(self.folder / (DB_NAME + suffix))
        private_file(self.folder / DB_NAME)  # SQLite gives -wal and -shm the database's mode
        try:
            self._db = sqlite3.connect(self.folder / DB_NAME, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._check_pages()
            self._migrate()
            with self._transaction():
                self._db.execute("UPDATE messages SET state = ? WHERE state = ?", (INTERRUPTED, STREAMING))
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"the chat database {self.folder / DB_NAME} is damaged or not a database ({e}). Move "
                "it out of that folder to start with no chats, or put back a copy from a backup."
            ) from e

    def _check_pages(self) -> None:
        """A damaged page is found here, where the window can say so, rather than by whichever
        read reaches it first. `quick_check` reads every page once (not the indexes' contents)."""
        problem = self._db.execute("PRAGMA quick_check(1)").fetchone()[0]
        if problem != "ok":
            raise sqlite3.DatabaseError(problem)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Statements that must land together. The connection is in autocommit mode (no implicit
        transactions), where `with connection:` would commit each statement on its own."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            if _disk_full(e):
                raise DiskFull(self.folder, 1 << 20) from e  # SQLite does not say how much
            raise

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the chat database was written by a newer Oriel (schema {version}, this one reads "
                f"up to {SCHEMA_VERSION})"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._db.executescript(f"BEGIN; {MIGRATIONS[target - 1]} PRAGMA user_version = {target}; COMMIT;")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    # -- images ----------------------------------------------------------------------------------

    def add_image(self, data: bytes, suffix: str, sha256: str | None = None) -> str:
        """Store image bytes once; returns the name to keep in a message (`<sha256>.<suffix>`).
        `sha256` is the bytes' hash when the caller has it (app.chat.images.PendingImage)."""
        digest = sha256 or hashlib.sha256(data).hexdigest()
        name = f"{digest}.{suffix.lower().lstrip('.') or 'png'}"
        path = self.image_path(name)
        if not path.exists():
            private_folder(path.parent)
            tmp = path.with_name(f".{name}.{uuid.uuid4().hex}.tmp")
            try:
                with open_private(tmp, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except OSError as e:
                tmp.unlink(missing_ok=True)
                if _disk_full(e):
                    raise DiskFull(self.folder, len(data)) from e
                raise
        return name

    def image_path(self, name: str) -> Path:
        return self.folder / IMAGE_DIR / name[:2] / name

    # -- conversations ---------------------------------------------------------------------------

    def create_conversation(self, title: str) -> str:
        conversation_id = uuid.uuid4().hex
        now = time.time()
        with self._transaction():
            self._db.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (conversation_id, title, now, now),
            )
        return conversation_id

    def conversations(self, query: str = "") -> list[ConversationSummary]:
        """Newest first; with a query, those whose title or any message text contains it."""
        if not query.strip():
            rows = self._db.execute(
                "SELECT id, title, updated_at FROM conversations ORDER BY updated_at DESC"
            ).fetchall()
        else:
            pattern = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self._db.execute(
                """SELECT id, title, updated_at FROM conversations c
                   WHERE title LIKE :p ESCAPE '\\'
                      OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id
                                 AND (m.text LIKE :p ESCAPE '\\' OR m.reasoning LIKE :p ESCAPE '\\'))
                   ORDER BY updated_at DESC""",
                {"p": pattern},
            ).fetchall()
        return [ConversationSummary(r["id"], r["title"], r["updated_at"]) for r in rows]

    def title(self, conversation_id: str) -> str:
        row = self._db.execute("SELECT title FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return str(row["title"]) if row else ""

    def rename(self, conversation_id: str, title: str) -> None:
        with self._transaction():
            self._db.execute("UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id))

    def delete(self, conversation_id: str) -> None:
        """Remove a conversation; images no other message uses are deleted too."""
        names = self._image_names(conversation_id)
        with self._transaction():
            self._db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        still_used = self._image_names(None)
        for name in names - still_used:
            self.image_path(name).unlink(missing_ok=True)

    def _image_names(self, conversation_id: str | None) -> set[str]:
        sql = "SELECT images FROM messages WHERE images != '[]'"
        rows = (
            self._db.execute(sql + " AND conversation_id = ?", (conversation_id,))
            if conversation_id
            else self._db.execute(sql)
        )
        return {name for (images,) in rows for name in json.loads(images)}

    # -- messages --------------------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: str,
        parent_id: int | None,
        role: str,
        text: str = "",
        images: Iterable[str] = (),
        state: str = DONE,
        model: str = "",
    ) -> int:
        """Append a message under `parent_id` and make it the conversation's current leaf."""
        now = time.time()
        with self._transaction():
            cursor = self._db.execute(
                """INSERT INTO messages (conversation_id, parent_id, role, text, images, state,
                                         created_at, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (conversation_id, parent_id, role, text, json.dumps(list(images)), state, now, model),
            )
            message_id = int(cursor.lastrowid or 0)
            self._db.execute(
                "UPDATE conversations SET current_leaf = ?, updated_at = ? WHERE id = ?",
                (message_id, now, conversation_id),
            )
        return message_id

    def update_message(
        self,
        message_id: int,
        *,
        text: str,
        reasoning: str,
        state: str,
        error: str = "",
        thinking_seconds: float | None = None,
        notes: Iterable[str] = (),
    ) -> None:
        with self._transaction():
            self._db.execute(
                """UPDATE messages SET text = ?, reasoning = ?, state = ?, error = ?,
                   thinking_seconds = ?, notes = ? WHERE id = ?""",
                (text, reasoning, state, error, thinking_seconds, json.dumps(list(notes)), message_id),
            )

    def path(self, conversation_id: str) -> list[ChatMessage]:
        """The shown chat: root to current leaf, each message knowing its versions."""
        row = self._db.execute(
            "SELECT current_leaf FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None or row["current_leaf"] is None:
            return []
        # The walk up is bounded by the conversation's size, so a cycle in the parent pointers
        # (a damaged or hand-edited database) ends it; the path then starts where it closed.
        rows = self._db.execute(
            f"""WITH RECURSIVE up(id, depth) AS (
                    SELECT ?, 0
                    UNION ALL
                    SELECT m.parent_id, up.depth + 1 FROM messages m JOIN up ON m.id = up.id
                    WHERE m.parent_id IS NOT NULL
                      AND up.depth < (SELECT COUNT(*) FROM messages WHERE conversation_id = ?))
                SELECT {_COLUMNS} FROM up JOIN messages USING (id) ORDER BY up.depth""",
            (row["current_leaf"], conversation_id),
        ).fetchall()
        seen: set[int] = set()
        for i, r in enumerate(rows):
            if r["id"] in seen:
                rows = rows[:i]
                break
            seen.add(r["id"])
        rows.reverse()
        messages = [_message(r) for r in rows]
        children: dict[int | None, list[int]] = {}
        for child_id, parent_id in self._db.execute(
            "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        ):
            children.setdefault(parent_id, []).append(child_id)
        for m in messages:
            siblings = children.get(m.parent_id, [])
            if m.id not in siblings:  # its parent in another conversation: a damaged database
                siblings = [m.id]
            m.sibling_ids = tuple(siblings)
            m.versions = len(siblings)
            m.version = siblings.index(m.id) + 1
        return messages

    def select_version(self, message_id: int) -> None:
        """Show `message_id` and, below it, the newest answer of each following turn."""
        leaf, seen = message_id, {message_id}
        while True:
            row = self._db.execute("SELECT MAX(id) FROM messages WHERE parent_id = ?", (leaf,)).fetchone()
            if row[0] is None or row[0] in seen:  # the end, or a cycle (a damaged database)
                break
            leaf = row[0]
            seen.add(leaf)
        with self._transaction():
            self._db.execute(
                """UPDATE conversations SET current_leaf = ?
                   WHERE id = (SELECT conversation_id FROM messages WHERE id = ?)""",
                (leaf, message_id),
            )

    # -- export ----------------------------------------------------------------------------------

    def export_json(self, conversation_id: str) -> str:
        """The shown path as a self-describing JSON document."""
        messages = [
            {
                "role": m.role,
                "text": m.text,
                **({"reasoning": m.reasoning} if m.reasoning else {}),
                "images": [str(self.image_path(name)) for name in m.images],
                "created_at": m.created_at,
                **({"model": m.model} if m.model else {}),
                **({"state": m.state} if m.state != DONE else {}),
            }
            for m in self.path(conversation_id)
        ]
        document = {
            "format": EXPORT_FORMAT,
            "version": 1,
            "title": self.title(conversation_id),
            "messages": messages,
        }
        return json.dumps(document, ensure_ascii=False, indent=2)

    def export_markdown(
        self, conversation_id: str, *, user_label: str, assistant_label: str, thinking_label: str
    ) -> str:
        """The shown path as Markdown; the labels come translated from the caller."""
        lines = [f"# {self.title(conversation_id)}", ""]
        for m in self.path(conversation_id):
            lines += [f"## {user_label if m.role == 'user' else assistant_label}", ""]
            lines += [f"![]({self.image_path(name).as_uri()})" for name in m.images]
            if m.images:
                lines.append("")
            if m.reasoning:
                lines += [
                    f"<details><summary>{thinking_label}</summary>",
                    "",
                    m.reasoning.strip(),
                    "",
                    "</details>",
                    "",
                ]
            lines += [m.text.strip(), ""]
        return "\n".join(lines)
