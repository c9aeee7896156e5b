"""The fake worker, with tools: its scripted answer goes through the real tool-call parser and the
worker's own mapping to protocol events, so a `<tool_call>` in the answer comes out as a
`ToolCallProposed` (or `ToolCallInvalid`), exactly as the model worker sends it, and the turn
ends after the first call, as the engine's stop at `</tool_call>` ends it."""

from __future__ import annotations

import json
import time

from devtools.fake_worker import FakeWorker, _words
from runtime.protocol import Generate, TextDelta
from runtime.tools.parser import MalformedCall, ParsedCall, ToolCallParser
from runtime.tools.stream import call_prefix, tool_events


class FakeToolWorker(FakeWorker):
    def _generate(self, request: Generate) -> None:
        if not request.tools:
            super()._generate(request)
            return
        started = time.perf_counter()
        parser = ToolCallParser([json.loads(t) for t in request.tools])
        prefix = call_prefix(request.tool_choice)
        parser.feed(prefix)
        answer = self.answer(request) if callable(self.answer) else self.answer
        sent = 0
        pieces: list[object] = []
        for word in _words(answer):
            if request.request_id in self._cancelled:
                self._finish(request, "cancelled", sent, started)
                return
            time.sleep(self.delay)
            sent += 1
            pieces = parser.feed(word)
            for event in tool_events(request.request_id, pieces):
                if isinstance(event, str):
                    self._emit(TextDelta(request.request_id, "answer", event))
                else:
                    self._emit(event)  # type: ignore[arg-type]
            if any(isinstance(p, ParsedCall | MalformedCall) for p in pieces):
                break
        else:
            for event in tool_events(request.request_id, parser.flush()):
                self._emit(
                    TextDelta(request.request_id, "answer", event) if isinstance(event, str) else event
                )  # type: ignore[arg-type]
        self._finish(request, "stop", sent, started)
