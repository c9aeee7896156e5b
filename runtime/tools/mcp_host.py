"""Oriel as an MCP host: stdio servers (a command Oriel starts) and Streamable HTTP servers on
loopback, through the official `mcp` SDK (2.x, whose `Client` takes either kind).

`McpHub` runs in the tool-host process. It keeps one connection per enabled server on an asyncio
loop in a background thread, lists each server's tools as `ToolSpec`s named `server__tool` (so two
servers, or a server and a built-in, never clash), and turns results into content parts: text,
images (as images for the model), embedded resources (text, or images; other blobs are described),
resource links and structured content (as JSON text).

Failures become messages the user can act on, never a hang: a command that cannot start, a
server that exits or writes something that is not MCP before answering (its last stderr lines are
quoted), a URL that is not on this machine, a server that dies mid-call (the next call reconnects).

`import_claude_desktop` reads the `mcpServers` JSON that Claude Desktop, Cursor and others share:
`{"mcpServers": {"name": {"command": ..., "args": [...], "env": {...}}, "web": {"url": ...}}}`.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import json
import re
import tempfile
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from runtime.tools.calls import ContentPart
from runtime.tools.registry import ToolError, ToolSpec

CONNECT_TIMEOUT = 20.0
_SEPARATOR = "__"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_LOOPBACK_NAMES = {"localhost"}
_BOX = re.compile(r"[\u2500-\u259f]+")


class McpConfigError(ValueError):
    """A server entry that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class McpServerConfig:
    """One server: a command to start (stdio) or a loopback URL (Streamable HTTP)."""

    name: str
    command: str = ""
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    url: str = ""
    enabled: bool = True

    def __post_init__(self) -> None:
        if not self.name or _UNSAFE.search(self.name):
            raise McpConfigError(f"MCP server name {self.name!r}: use letters, digits, '-' and '_' only.")
        if bool(self.command) == bool(self.url):
            raise McpConfigError(f"MCP server {self.name!r} needs either a command or a URL.")
        if self.url:
            check_loopback(self.url, self.name)

    @property
    def transport(self) -> str:
        return "stdio" if self.command else "http"

    def to_dict(self) -> dict[str, Any]:
        """The entry as stored in settings and sent to the tool host."""
        if self.command:
            entry: dict[str, Any] = {"command": self.command, "args": list(self.args), "env": dict(self.env)}
        else:
            entry = {"url": self.url}
        return {"name": self.name, **entry, "enabled": self.enabled}

    @classmethod
    def from_dict(cls, entry: Mapping[str, Any], name: str | None = None) -> McpServerConfig:
        name = str(name if name is not None else entry.get("name", ""))
        args = entry.get("args", [])
        env = entry.get("env", {})
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            raise McpConfigError(f"MCP server {name!r}: 'args' must be a list of strings.")
        if not isinstance(env, Mapping) or not all(isinstance(v, str) for v in env.values()):
            raise McpConfigError(f"MCP server {name!r}: 'env' must map names to strings.")
        return cls(
            name=name,
            command=str(entry.get("command", "")),
            args=tuple(args),
            env=dict(env),
            url=str(entry.get("url", "")),
            enabled=bool(entry.get("enabled", True)),
        )


def check_loopback(url: str, name: str) -> None:
    """Refuse a URL that is not http(s) on this machine: Oriel sends nothing over the network."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise McpConfigError(f"MCP server {name!r}: {url!r} is not an http:// URL.")
    try:
        loopback = host in _LOOPBACK_NAMES or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise McpConfigError(
            f"MCP server {name!r}: {host} is not this computer. Oriel only connects to MCP servers on "
            "loopback (127.0.0.1, ::1 or localhost)."
        )


def import_claude_desktop(text: str) -> list[McpServerConfig]:
    """The servers of a Claude-Desktop-style `mcpServers` JSON document."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        raise McpConfigError(f"This is not JSON (line {e.lineno}: {e.msg}).") from None
    servers = document.get("mcpServers") if isinstance(document, Mapping) else None
    if not isinstance(servers, Mapping):
        raise McpConfigError('Expected an object with "mcpServers": {"name": {"command": ...}}.')
    configs = []
    for name, entry in servers.items():
        if not isinstance(entry, Mapping):
            raise McpConfigError(f"MCP server {name!r}: its entry must be an object.")
        entry = {k: v for k, v in entry.items() if k not in ("type", "transport")}
        configs.append(
            McpServerConfig.from_dict({**entry, "enabled": not entry.get("disabled", False)}, name)
        )
    return configs


def tool_name(server: str, tool: str) -> str:
    return f"{server}{_SEPARATOR}{_UNSAFE.sub('_', tool)}"


def convert_result(result: Any) -> tuple[tuple[ContentPart, ...], bool]:
    """An MCP CallToolResult as content parts, and whether the server marked it an error."""
    parts: list[ContentPart] = []
    for block in result.content:
        kind = getattr(block, "type", "")
        if kind == "text":
            parts.append(ContentPart("text", block.text))
        elif kind == "image":
            parts.append(ContentPart("image", data=base64.b64decode(block.data), mime_type=block.mime_type))
        elif kind == "audio":
            parts.append(
                ContentPart("text", f"[audio ({block.mime_type}) not shown: Oriel's models do not hear]")
            )
        elif kind == "resource":
            resource = block.resource
            mime = resource.mime_type or ""
            if hasattr(resource, "text"):
                parts.append(ContentPart("text", f"[resource {resource.uri}]\n{resource.text}"))
            elif mime.startswith("image/"):
                parts.append(ContentPart("image", data=base64.b64decode(resource.blob), mime_type=mime))
            else:
                size = len(base64.b64decode(resource.blob))
                parts.append(
                    ContentPart("text", f"[resource {resource.uri}: {mime or 'binary'}, {size:,} bytes]")
                )
        elif kind == "resource_link":
            parts.append(ContentPart("text", f"[resource link {block.name}: {block.uri}]"))
    if not parts and result.structured_content is not None:
        parts.append(ContentPart("text", json.dumps(result.structured_content, ensure_ascii=False)))
    return tuple(parts), bool(result.is_error)


class _Connection:
    """One server's live client, owned by a task on the hub's loop."""

    def __init__(self, config: McpServerConfig) -> None:
        self.config = config
        self.client: Any = None
        self.tools: list[Any] = []
        self.error = ""
        self.stop: asyncio.Event | None = None
        # The server's stderr, quoted when it fails; open as long as the hub (closed in close()).
        self.errlog = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")  # noqa: SIM115

    def mark(self) -> None:
        """Quote only what the server writes from now on."""
        try:
            self.errlog.seek(0, 2)
            self._mark = self.errlog.tell()
        except (OSError, ValueError):
            self._mark = 0

    def stderr_tail(self, lines: int = 3) -> str:
        try:
            self.errlog.seek(getattr(self, "_mark", 0))
            text = self.errlog.read()
            self.errlog.seek(0, 2)
        except (OSError, ValueError):
            return ""
        # Drop the box drawing of rich tracebacks; keep the lines that say something.
        cleaned = (" ".join(_BOX.sub(" ", line).split()) for line in text.splitlines())
        tail = [line for line in cleaned if line][-lines:]
        return (" It said: " + " / ".join(tail)) if tail else ""

    def describe(self) -> str:
        if self.config.command:
            return " ".join([self.config.command, *self.config.args])
        return self.config.url


class McpHub:
    """Connections to the enabled servers, driven from any thread through blocking calls."""

    def __init__(
        self, servers: Sequence[Mapping[str, Any]], *, connect_timeout: float = CONNECT_TIMEOUT
    ) -> None:
        self.connect_timeout = connect_timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="oriel-mcp", daemon=True)
        self._thread.start()
        configs = [McpServerConfig.from_dict(s) for s in servers]
        self._connections = {c.name: _Connection(c) for c in configs if c.enabled}
        self._by_tool: dict[str, tuple[_Connection, str]] = {}

    # --- the loop side ---------------------------------------------------------------------

    async def _hold(self, connection: _Connection, ready: asyncio.Future[None]) -> None:
        from mcp import Client
        from mcp.client.stdio import StdioServerParameters, stdio_client

        config = connection.config
        connection.stop = asyncio.Event()
        connection.mark()
        try:
            if config.command:
                params = StdioServerParameters(
                    command=config.command, args=list(config.args), env=dict(config.env)
                )
                target: Any = stdio_client(params, errlog=connection.errlog)
            else:
                target = config.url
            async with Client(target, mode="legacy") as client:
                listing = await client.list_tools()
                connection.client, connection.tools, connection.error = client, list(listing.tools), ""
                ready.set_result(None)
                await connection.stop.wait()
        except asyncio.CancelledError:
            raise  # a connect timeout or close(): the caller reports it
        except BaseException as e:  # the SDK raises exception groups from its task groups
            inner = e
            while isinstance(inner, BaseExceptionGroup) and inner.exceptions:
                inner = inner.exceptions[0]
            what = "could not start" if isinstance(inner, OSError) else "stopped"
            message = f"MCP server {config.name!r} ({connection.describe()}) {what}: {_explain(e)}."
            if not ready.done():
                ready.set_exception(ToolError(message))
            connection.error = message
        finally:
            connection.client = None

    def _run(self, coroutine: Any) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    async def _connect(self, connection: _Connection) -> None:
        ready: asyncio.Future[None] = self._loop.create_future()
        task = self._loop.create_task(self._hold(connection, ready))
        try:
            await asyncio.wait_for(asyncio.shield(ready), self.connect_timeout)
        except TimeoutError:
            task.cancel()
            raise ToolError(
                f"MCP server {connection.config.name!r} ({connection.describe()}) did not answer as an MCP "
                f"server within {self.connect_timeout:g} s.{connection.stderr_tail()}"
            ) from None

    # --- the blocking side -----------------------------------------------------------------

    def _ensure(self, connection: _Connection) -> None:
        self._ensure_all([connection])
        if connection.client is None:
            raise ToolError(connection.error)

    def _ensure_all(self, connections: Sequence[_Connection]) -> None:
        """Connect the servers that are not connected, all at once; failures land in `.error`."""
        pending = [c for c in connections if c.client is None]
        if not pending:
            return

        async def connect_all() -> list[BaseException | None]:
            return await asyncio.gather(*(self._connect(c) for c in pending), return_exceptions=True)

        outcomes = self._run(connect_all()).result(self.connect_timeout + 10)
        for connection, outcome in zip(pending, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                message = str(outcome) if isinstance(outcome, ToolError) else _explain(outcome)
                if "It said:" not in message:
                    message += connection.stderr_tail()
                connection.error = message

    def list_tools(self) -> list[ToolSpec]:
        """Every enabled server's tools; a server that fails is skipped and its error kept
        (`errors()`), so one broken server does not hide the others."""
        specs: list[ToolSpec] = []
        self._by_tool.clear()
        self._ensure_all(list(self._connections.values()))
        for connection in self._connections.values():
            if connection.client is None:
                continue
            for tool in connection.tools:
                name = tool_name(connection.config.name, tool.name)
                self._by_tool[name] = (connection, tool.name)
                specs.append(
                    ToolSpec(
                        name,
                        tool.description or "",
                        tool.input_schema,
                        source=connection.config.name,
                        touches=f"Whatever the MCP server {connection.config.name!r} can reach "
                        f"({connection.describe()}).",
                    )
                )
        return specs

    def errors(self) -> dict[str, str]:
        """Servers that failed to start or connect, with the reason."""
        return {name: c.error for name, c in self._connections.items() if c.error}

    def has_tool(self, name: str) -> bool:
        if not self._by_tool:
            self.list_tools()
        return name in self._by_tool

    def call(self, name: str, arguments: Mapping[str, Any], timeout: float) -> tuple[ContentPart, ...]:
        """Call a tool; raises ToolError with a message for the user and the model."""
        if name not in self._by_tool:
            raise ToolError(f"There is no MCP tool named {name!r}.")
        connection, remote = self._by_tool[name]
        self._ensure(connection)
        server = connection.config.name

        connection.mark()

        async def call() -> Any:
            return await connection.client.call_tool(remote, dict(arguments), read_timeout_seconds=timeout)

        try:
            result = self._run(call()).result(timeout + 5)
        except FutureTimeout:
            raise ToolError(f"MCP server {server!r} did not answer {remote} within {timeout:g} s.") from None
        except BaseException as e:
            self._drop(connection)
            raise ToolError(
                f"MCP server {server!r} failed during {remote}: {_explain(e)}{connection.stderr_tail()} "
                "It will be restarted on the next call."
            ) from None
        try:
            parts, is_error = convert_result(result)
        except (AttributeError, ValueError, TypeError) as e:
            raise ToolError(f"MCP server {server!r} sent a result Oriel cannot read: {e}.") from None
        if is_error:
            raise ToolError("\n".join(p.text for p in parts if p.kind == "text") or f"{remote} failed.")
        return parts

    def _drop(self, connection: _Connection) -> None:
        stop = connection.stop
        connection.client = None
        if stop is not None:
            self._loop.call_soon_threadsafe(stop.set)

    def close(self) -> None:
        for connection in self._connections.values():
            self._drop(connection)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        for connection in self._connections.values():
            connection.errlog.close()


def _explain(error: BaseException) -> str:
    """The innermost meaningful message of an exception (group)."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    if isinstance(error, FileNotFoundError):
        return f"the command was not found ({error.filename or error})"
    text = str(error).strip() or type(error).__name__
    return text if len(text) < 300 else text[:300] + "…"
