"""Oriel's own tools, run in the tool host: calculator, clock, past conversations, granted files."""

from __future__ import annotations

from runtime.tools.builtin import calculator, clock
from runtime.tools.registry import HostedTool

TOOLS: list[HostedTool] = [calculator.TOOL, clock.NOW, clock.CONVERT]
