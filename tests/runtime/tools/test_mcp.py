"""Oriel's MCP host against a real MCP server (devtools/mcp_server.py, the same SDK), started
from the tests over stdio and over Streamable HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from devtools import REPO
from runtime.tools.calls import ToolCall
from runtime.tools.host import HostConfig, ToolHost
from runtime.tools.mcp_host import McpConfigError, McpHub, McpServerConfig, import_claude_desktop
from runtime.tools.registry import ToolError

ENV = {"PYTHONPATH": str(REPO)}


def stdio_server(name: str = "test", *flags: str) -> dict:
    return {
        "name": name,
        "command": sys.executable,
        "args": ["-m", "devtools.mcp_server", *flags],
        "env": ENV,
    }


@pytest.fixture(scope="module")
def hub() -> Iterator[McpHub]:
    hub = McpHub([stdio_server()])
    yield hub
    hub.close()


def test_stdio_server_lists_its_tools_with_descriptions(hub: McpHub) -> None:
    specs = {s.name: s for s in hub.list_tools()}
    assert {"test__add", "test__echo", "test__picture", "test__die"} <= set(specs)
    add = specs["test__add"]
    assert add.description == "Add two integers." and add.source == "test" and add.default_policy == "ask"
    assert add.parameters["properties"].keys() == {"a", "b"}
    assert "devtools.mcp_server" in add.touches


def test_results_become_text_images_and_resources(hub: McpHub) -> None:
    hub.list_tools()
    assert hub.call("test__add", {"a": 2, "b": 40}, 30)[0].text == "42"
    (image,) = hub.call("test__picture", {}, 30)
    assert image.kind == "image" and image.mime_type == "image/png" and image.data.startswith(b"\x89PNG")
    assert hub.call("test__document", {}, 30)[0].text == "[resource memo://1]\nThe memo text."
    with pytest.raises(ToolError, match="refuse"):
        hub.call("test__refuse", {}, 30)


def test_a_server_that_dies_mid_call_is_reported_and_restarted(hub: McpHub) -> None:
    hub.list_tools()
    with pytest.raises(ToolError, match=r"MCP server 'test' failed during die.*restarted on the next call"):
        hub.call("test__die", {}, 30)
    assert hub.call("test__echo", {"text": "back again"}, 30)[0].text == "back again"


def test_servers_that_fail_to_start_say_why() -> None:
    hub = McpHub(
        [
            {"name": "missing", "command": "/nonexistent/mcp-server"},
            stdio_server("broken", "--fail"),
            stdio_server("garbage", "--garbage"),
            stdio_server("good"),
        ],
        connect_timeout=15,
    )
    try:
        specs = hub.list_tools()
        errors = hub.errors()
    finally:
        hub.close()
    assert {s.source for s in specs} == {"good"}  # one broken server hides no other
    assert "could not start: the command was not found" in errors["missing"]
    assert "API key is missing" in errors["broken"]
    assert "garbage" in errors and "MCP server 'garbage'" in errors["garbage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "devtools.mcp_server", "--http", str(port)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:  # wait for the server's own line, not a sleep
        if "Uvicorn running on" in line or "Application startup complete" in line:
            break
    yield f"http://127.0.0.1:{port}/mcp"
    process.kill()
    process.wait()


def test_streamable_http_server_on_loopback(http_url: str) -> None:
    hub = McpHub([{"name": "web", "url": http_url}])
    try:
        assert "web__add" in {s.name for s in hub.list_tools()}
        assert hub.call("web__add", {"a": 1, "b": 2}, 30)[0].text == "3"
    finally:
        hub.close()


def test_mcp_tools_through_the_tool_host(http_url: str) -> None:
    broken = stdio_server("broken", "--fail")
    config = HostConfig(mcp_servers=({"name": "web", "url": http_url}, stdio_server("local"), broken))
    with ToolHost(config) as host:
        names = {s.name for s in host.list_tools()}
        assert {"calculate", "web__echo", "local__echo"} <= names
        assert "API key is missing" in host.mcp_errors()["broken"]
        result = host.call(ToolCall("local__echo", {"text": "via the host"}), timeout=60)
        assert result.text == "via the host" and not result.error


@pytest.mark.parametrize("url", ["http://example.com/mcp", "http://10.0.0.2:8000/mcp", "ftp://127.0.0.1/x"])
def test_only_loopback_urls_are_accepted(url: str) -> None:
    with pytest.raises(McpConfigError):
        McpServerConfig("remote", url=url)


def test_import_claude_desktop_config() -> None:
    servers = import_claude_desktop(
        """{"mcpServers": {
            "files": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
            "notes": {"command": "uvx", "args": ["notes-mcp"], "env": {"NOTES_DIR": "/home/me/notes"},
                      "disabled": true},
            "local": {"type": "http", "url": "http://localhost:9000/mcp"}
        }}"""
    )
    assert [(s.name, s.transport, s.enabled) for s in servers] == [
        ("files", "stdio", True),
        ("notes", "stdio", False),
        ("local", "http", True),
    ]
    assert servers[1].env == {"NOTES_DIR": "/home/me/notes"}
    assert McpServerConfig.from_dict(servers[0].to_dict()) == servers[0]
    with pytest.raises(McpConfigError, match="mcpServers"):
        import_claude_desktop('{"servers": {}}')
    with pytest.raises(McpConfigError, match="not JSON"):
        import_claude_desktop("{")
