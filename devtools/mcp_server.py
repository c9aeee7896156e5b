"""A real MCP server, written with the same SDK Oriel hosts with, for the MCP tests.

    python -m devtools.mcp_server                 # stdio
    python -m devtools.mcp_server --http PORT     # Streamable HTTP on 127.0.0.1:PORT/mcp
    python -m devtools.mcp_server --garbage       # writes junk on stdout instead of MCP
    python -m devtools.mcp_server --fail          # exits at once with a message on stderr

Tools: add, echo, picture (an image), document (an embedded text resource), structured (no
content, only structured output), refuse (an error result), die (the process exits mid-call),
slow (sleeps).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from mcp.server import MCPServer
from mcp.server.mcpserver import Image
from mcp_types import EmbeddedResource, TextResourceContents

server = MCPServer("oriel-test")


@server.tool()
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@server.tool()
def echo(text: str) -> str:
    """Say the text back."""
    return text


@server.tool()
def picture() -> Image:
    """A small PNG image."""
    from devtools.images import encode, random_image

    return Image(data=encode(random_image(8, 8, seed=3), "PNG"), format="png")


@server.tool()
def document() -> EmbeddedResource:
    """An embedded text resource."""
    return EmbeddedResource(
        resource=TextResourceContents(uri="memo://1", mime_type="text/plain", text="The memo text.")
    )


@server.tool()
def refuse() -> str:
    """Always fails."""
    raise ValueError("refused on purpose")


@server.tool()
def die() -> str:
    """Exits the server process in the middle of the call."""
    os._exit(7)


@server.tool()
def slow(seconds: float) -> str:
    """Sleep, then answer."""
    time.sleep(seconds)
    return "awake"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--http", type=int, default=None)
    parser.add_argument("--garbage", action="store_true")
    parser.add_argument("--fail", action="store_true")
    args = parser.parse_args()
    if args.fail:
        print("cannot start: the API key is missing", file=sys.stderr)
        raise SystemExit(2)
    if args.garbage:
        print("garbage server starting", file=sys.stderr, flush=True)
        while True:
            print("<html>this is not JSON-RPC</html>", flush=True)
            time.sleep(0.05)
    if args.http is not None:
        server.run("streamable-http", host="127.0.0.1", port=args.http)
    else:
        server.run()


if __name__ == "__main__":
    main()
