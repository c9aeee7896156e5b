"""The tool host: a separate process that runs tools, so a tool that crashes, hangs or eats memory
takes down neither the window nor the model worker.

`ToolHost.call` sends one call over a pipe and waits for its result, the time limit and a cancel
flag. A tool that outlives its limit, or is cancelled, cannot be stopped politely (Python threads
cannot be killed), so the host process is killed and the next call starts a fresh one; a host
that dies mid-call (a crash, an out-of-memory kill) is reported the same way. Each of these gives
the call an error result that says what happened, which the model sees and the user reads.

The host process imports only the tool modules it is configured with; MCP servers it talks to
are its own child processes or loopback URLs (runtime.tools.mcp_host).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from runtime.tools.calls import ContentPart, ToolCall, ToolResult
from runtime.tools.registry import ToolContext, ToolError, as_parts, load_tools

DEFAULT_MODULES = ("runtime.tools.builtin",)
_POLL_SECONDS = 0.02


@dataclass(frozen=True)
class HostConfig:
    modules: tuple[str, ...] = DEFAULT_MODULES
    granted_folders: tuple[str, ...] = ()
    history_db: str | None = None
    max_file_bytes: int = 2_000_000
    mcp_servers: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)


def _serve(conn: Connection, config: HostConfig) -> None:
    """The host process: answer ("call", name, arguments) and ("list",) requests until EOF."""
    tools = load_tools(config.modules)
    context = ToolContext(
        granted_folders=tuple(Path(p) for p in config.granted_folders),
        history_db=Path(config.history_db) if config.history_db else None,
        max_file_bytes=config.max_file_bytes,
    )
    mcp = None
    if config.mcp_servers:
        from runtime.tools.mcp_host import McpHub

        mcp = McpHub(config.mcp_servers)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            break
        kind = request[0]
        try:
            if kind == "list":
                specs = [t.spec for t in tools.values()] + (mcp.list_tools() if mcp else [])
                conn.send(("ok", specs))
                continue
            if kind == "mcp_errors":
                conn.send(("ok", mcp.errors() if mcp else {}))
                continue
            _, name, arguments, timeout = request
            if name in tools:
                parts: tuple[ContentPart, ...] = as_parts(tools[name].run(arguments, context))
            elif mcp is not None and mcp.has_tool(name):
                parts = mcp.call(name, arguments, timeout)
            else:
                raise ToolError(f"There is no tool named {name!r} in the tool host.")
            conn.send(("ok", parts))
        except ToolError as e:
            conn.send(("error", str(e)))
        except Exception as e:  # a tool's bug: the model and the user get its last line
            detail = traceback.format_exception_only(type(e), e)[-1].strip()
            conn.send(("error", f"The tool failed: {detail}"))
    if mcp is not None:
        mcp.close()


class ToolHost:
    """One tool-host process, started on first use and restarted after a kill or a crash."""

    def __init__(self, config: HostConfig | None = None) -> None:
        self.config = config or HostConfig()
        self._context = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()  # one call at a time
        self.restarts = 0

    def _ensure(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        parent, child = self._context.Pipe()
        self._process = self._context.Process(
            target=_serve, args=(child, self.config), name="oriel-tool-host", daemon=True
        )
        self._process.start()
        child.close()
        self._conn = parent
        return parent

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self._process = None
            self.restarts += 1

    def start(self) -> None:
        """Start the host process now (it takes a second or two), e.g. when tools are switched on,
        so the first call does not wait for it."""
        with self._lock:
            self._ensure()

    def list_tools(self, timeout: float = 30.0) -> list[Any]:
        """The specs of every tool the host serves (hosted modules, then MCP servers that could be
        reached; `mcp_errors` says why the others could not)."""
        return list(self._ask(("list",), timeout))

    def mcp_errors(self, timeout: float = 30.0) -> dict[str, str]:
        """MCP servers that failed to start or connect, by name, with a message for the user."""
        return dict(self._ask(("mcp_errors",), timeout))

    def _ask(self, request: tuple[str], timeout: float) -> Any:
        with self._lock:
            conn = self._ensure()
            conn.send(request)
            if not conn.poll(timeout):
                self._stop()
                raise ToolError(f"The tool host did not answer within {timeout:g} s.")
            status, value = conn.recv()
            if status != "ok":
                raise ToolError(str(value))
            return value

    def call(self, call: ToolCall, *, timeout: float, cancel: threading.Event | None = None) -> ToolResult:
        """Run `call`; always returns a result (an error result when it failed, timed out, was
        cancelled or crashed the host)."""
        with self._lock:
            started = time.perf_counter()
            try:
                conn = self._ensure()
                conn.send(("call", call.name, dict(call.arguments), timeout))
            except (OSError, EOFError) as e:
                self._stop()
                return ToolResult.failure(call, f"The tool host could not be started: {e}")
            deadline = started + timeout
            while True:
                if cancel is not None and cancel.is_set():
                    self._stop()
                    return ToolResult.failure(
                        call, f"{call.name} was stopped by the user.", time.perf_counter() - started
                    )
                left = deadline - time.perf_counter()
                if left <= 0:
                    self._stop()
                    return ToolResult.failure(
                        call,
                        f"{call.name} did not finish within {timeout:g} s and was stopped.",
                        time.perf_counter() - started,
                    )
                try:
                    if not conn.poll(min(_POLL_SECONDS, left)):
                        continue
                    status, value = conn.recv()
                except (EOFError, OSError):
                    code = self._exit_code()
                    self._stop()
                    return ToolResult.failure(
                        call,
                        f"{call.name} crashed the tool host (exit code {code}); nothing else was affected.",
                        time.perf_counter() - started,
                    )
                seconds = time.perf_counter() - started
                if status == "ok":
                    return ToolResult(call, tuple(value), seconds=seconds)
                return ToolResult.failure(call, str(value), seconds)

    def _exit_code(self) -> int | None:
        if self._process is None:
            return None
        self._process.join(2)
        return self._process.exitcode

    def close(self) -> None:
        with self._lock:
            self._stop()

    def __enter__(self) -> ToolHost:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
