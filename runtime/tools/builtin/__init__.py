"""Oriel's own tools, run in the tool host: calculator, clock, past conversations, granted files."""

from __future__ import annotations

from runtime.tools.builtin import calculator, clock, files, history
from runtime.tools.registry import HostedTool

TOOLS: list[HostedTool] = [
    calculator.TOOL,
    clock.NOW,
    clock.CONVERT,
    history.TOOL,
    files.READ,
    files.LIST,
]
