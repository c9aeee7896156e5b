"""What the tool loop adds per step: parsing per token, the loop's own bookkeeping, the tool-host
and MCP round trips.

    .venv/bin/python -m bench.tool_loop [--repeats 20] [--calls 200] [--no-record]

- Parsing: the same assistant turn (text, a thought and two calls) streamed token by token through
  `TurnDecoder` without tools (detokenizer + thinking splitter, what every chat turn pays) and with
  tools (+ the tool-call parser); microseconds per token, median over `--repeats`. The tokenizer is
  the tiny test one (devtools.tiny_models): per-token costs, not token counts, carry over.
- Loop step: `ToolLoop` with the scripted model and an in-process runner, so the figure is the
  loop's own work per step: rendering the prompt, counting tokens for folding, consent, history.
- Tool host: one `echo` call through the tool-host process (pipe + pickle + dispatch), median
  over `--calls`, and the first call (process start included).
- MCP: the same through an stdio MCP server (devtools/mcp_server.py) from inside this process.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import report
from devtools import REPO
from devtools.scripted_model import ScriptedModel
from devtools.tiny_models import build_tiny_tokenizer
from devtools.tool_schemas import TYPED, WEATHER
from runtime.generate.chat_template import ChatMessage
from runtime.generate.tokenizer import Tokenizer
from runtime.tools.calls import ContentPart, ToolCall, ToolResult
from runtime.tools.consent import Consent, Decision
from runtime.tools.host import HostConfig, ToolHost
from runtime.tools.loop import ToolLoop, Turn
from runtime.tools.registry import ToolSpec
from runtime.tools.stream import TurnDecoder

RESULTS = REPO / "bench" / "RESULTS.md"
CALL = (
    "<tool_call>\n<function=get_weather>\n<parameter=city>\nParis\n</parameter>\n"
    "<parameter=days>\n3\n</parameter>\n</function>\n</tool_call>"
)
TURN = (
    "The user wants the weather in two cities; I will look both up and compare them. " * 6
    + "</think>\n\nLet me check the forecast for you. Numbers: 0 1 2 3 4 5 6 7 8 9 10 100 1000.\n\n"
    + CALL
    + "\n"
    + CALL.replace("Paris", "Oslo")
)


def per_token_us(tokenizer: Tokenizer, ids: list[int], tools: list, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        decoder = TurnDecoder(tokenizer, tools=tools, in_thinking=True)
        started = time.perf_counter()
        for token in ids:
            decoder.add(token)
        decoder.finish()
        runs.append((time.perf_counter() - started) / len(ids) * 1e6)
    return statistics.median(runs)


class InstantRunner:
    def call(self, call: ToolCall, *, timeout: float, cancel: threading.Event | None = None) -> ToolResult:
        return ToolResult(call, (ContentPart("text", "21 °C and clear"),))


def loop_step_ms(model_dir: Path, steps: int) -> tuple[float, float, int]:
    replies = [CALL] * steps + ["It is 21 °C."]
    model = ScriptedModel(model_dir, replies, context_length=65536)
    spec = ToolSpec("get_weather", "Weather.", WEATHER["function"]["parameters"], default_policy="allow")
    loop = ToolLoop(model, InstantRunner(), [spec], Consent())
    marks = [time.perf_counter()]
    turns: tuple[Turn, ...] = ()
    for event in loop.run(
        [Turn(ChatMessage("user", "Weather in Paris?"))], ask=lambda r: Decision.ALLOW_ONCE
    ):
        if type(event).__name__ == "CallFinished":
            marks.append(time.perf_counter())
        if hasattr(event, "turns"):
            turns = event.turns
    step = statistics.median(b - a for a, b in itertools.pairwise(marks)) * 1e3
    started = time.perf_counter()
    prompt_tokens = model.count_tokens(turns, [spec.schema()])
    count_ms = (time.perf_counter() - started) * 1e3
    return step, count_ms, prompt_tokens


def host_round_trip(calls: int) -> tuple[float, float]:
    with ToolHost(HostConfig(modules=("runtime.tools.builtin", "devtools.test_tools"))) as host:
        started = time.perf_counter()
        host.call(ToolCall("echo", {"text": "hi"}), timeout=60)
        first = time.perf_counter() - started
        times = []
        for _ in range(calls):
            started = time.perf_counter()
            host.call(ToolCall("echo", {"text": "hi"}), timeout=60)
            times.append(time.perf_counter() - started)
    return first * 1e3, statistics.median(times) * 1e6


def mcp_round_trip(calls: int) -> tuple[float, float]:
    from runtime.tools.mcp_host import McpHub

    server = {
        "name": "b",
        "command": sys.executable,
        "args": ["-m", "devtools.mcp_server"],
        "env": {"PYTHONPATH": str(REPO)},
    }
    started = time.perf_counter()
    hub = McpHub([server])
    try:
        hub.list_tools()
        connect = time.perf_counter() - started
        times = []
        for _ in range(calls):
            started = time.perf_counter()
            hub.call("b__echo", {"text": "hi"}, 30)
            times.append(time.perf_counter() - started)
    finally:
        hub.close()
    return connect * 1e3, statistics.median(times) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp)
        build_tiny_tokenizer(model_dir)
        tokenizer = Tokenizer.from_dir(model_dir)
        ids = tokenizer.encode(TURN)
        plain = per_token_us(tokenizer, ids, [], args.repeats)
        parsed = per_token_us(tokenizer, ids, [WEATHER, TYPED], args.repeats)
        step_1, _, _ = loop_step_ms(model_dir, 1)
        step_8, count_ms, prompt_tokens = loop_step_ms(model_dir, 8)
    first_ms, warm_us = host_round_trip(args.calls)
    mcp_connect_ms, mcp_ms = mcp_round_trip(max(args.calls // 4, 10))
    rows = [
        ("decode, no tools (detokenizer + thinking splitter)", f"{plain:.1f} µs/token"),
        ("decode, tools on (+ tool-call parser)", f"{parsed:.1f} µs/token ({parsed - plain:+.1f})"),
        ("loop step, 1-step conversation (scripted model, in-process tool)", f"{step_1:.1f} ms"),
        ("loop step, median over an 8-step conversation", f"{step_8:.1f} ms"),
        (f"of which: render + count the prompt once ({prompt_tokens:,} tokens)", f"{count_ms:.1f} ms"),
        ("tool host: first call (process start + imports)", f"{first_ms:.0f} ms"),
        (f"tool host: round trip, median of {args.calls}", f"{warm_us:.0f} µs"),
        ("MCP stdio: start + connect + list tools", f"{mcp_connect_ms:.0f} ms"),
        (f"MCP stdio: round trip, median of {max(args.calls // 4, 10)}", f"{mcp_ms:.2f} ms"),
    ]
    table = ["| what | time |", "| --- | ---: |", *(f"| {a} | {b} |" for a, b in rows)]
    print("\n".join(table))
    if not args.no_record:
        workload = (
            f"one {len(ids)}-token assistant turn (thought, text, two calls) streamed {args.repeats} times; "
            "the tool loop with the scripted model (tiny tokenizer); echo through the tool host and an "
            "stdio MCP server. Shared 2-core VM: other helpers' tests were running"
        )
        command = "python -m bench.tool_loop " + " ".join(sys.argv[1:])
        report.append(RESULTS, report.header(command.strip(), workload, {}) + "\n" + "\n".join(table) + "\n")


if __name__ == "__main__":
    main()
