"""The tool loop over the worker protocol: the fake worker with tools (real parser and event
mapping), the client stack, the real consent rules and the real tool host."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.fake_tool_worker import FakeToolWorker
from runtime.generate.chat_template import ChatMessage
from runtime.protocol import Generate, LoadModel, ModelLoaded, TextDelta
from runtime.tools.consent import Consent
from runtime.tools.host import HostConfig, ToolHost
from runtime.tools.loop import CallFinished, LoopFinished, ToolLoop, Turn
from runtime.tools.registry import load_tools
from runtime.tools.worker_model import WorkerModel
from runtime.transport import BlockingClient

pytestmark = pytest.mark.timeout(60)
MODULES = ("runtime.tools.builtin", "devtools.test_tools")
SPECS = [t.spec for t in load_tools(MODULES).values()]


def replies(request: Generate) -> str:
    """A model that calls the calculator, then the picture tool, then answers with what it got."""
    results = [m for m in request.messages if m.role == "tool"]
    if not results:
        return (
            "Let me compute. <tool_call>\n<function=calculate>\n<parameter=expression>\n6*7\n"
            "</parameter>\n</function>\n</tool_call>"
        )
    if len(results) == 1:
        return "<tool_call>\n<function=picture>\n</function>\n</tool_call>"
    return f"It is {results[0].text}, and I saw {results[1].text}."


@pytest.fixture
def client(tmp_path: Path) -> Iterator[BlockingClient]:
    fake = FakeToolWorker(answer=replies, delay=0.0005)
    client = BlockingClient(fake, prefix="loop")
    (tmp_path / "Qwen3.5-2B").mkdir()
    assert isinstance(
        list(client.stream(LoadModel(client.new_id(), str(tmp_path / "Qwen3.5-2B"))))[-1], ModelLoaded
    )
    client.fake = fake  # type: ignore[attr-defined]
    yield client
    client.shutdown()


def store(tmp_path: Path):
    def save(data: bytes) -> str:
        path = tmp_path / f"{hashlib.sha256(data).hexdigest()}.png"
        path.write_bytes(data)
        return str(path)

    return save


def test_the_loop_runs_against_the_worker_protocol(client, tmp_path: Path) -> None:
    model = WorkerModel(client, "chat-1", save_image=store(tmp_path))
    with ToolHost(HostConfig(modules=MODULES)) as host:
        loop = ToolLoop(model, host, SPECS, Consent({"picture": "allow"}))
        events = list(loop.run([Turn(ChatMessage("user", "What is 6*7?"))], ask=lambda r: None))  # type: ignore[arg-type,return-value]
    results = [e.result for e in events if isinstance(e, CallFinished)]
    assert [r.call.name for r in results] == ["calculate", "picture"]
    assert results[0].text == "42" and results[1].images
    done = events[-1]
    assert isinstance(done, LoopFinished) and done.reason == "answered"
    assert done.turns[-1].message.text == "It is 42, and I saw a test picture."
    generates = [r for r in client.fake.generates if r.tools]  # type: ignore[attr-defined]
    last = generates[-1]
    assert [m.role for m in last.messages] == ["user", "assistant", "tool", "assistant", "tool"]
    assert last.messages[1].tool_calls[0].name == "calculate"
    assert (
        Path(last.messages[4].images[0].path).read_bytes().startswith(b"\x89PNG")
    )  # the image went as a file
    assert "".join(e.text for e in events if isinstance(e, TextDelta)).startswith("Let me compute.")
    assert model.count_text("x" * 300) > 0


def test_cancel_reaches_the_worker(client, tmp_path: Path) -> None:
    client.fake.delay = 0.05  # type: ignore[attr-defined]
    client.fake.answer = lambda request: "word " * 400  # type: ignore[attr-defined]
    cancel = threading.Event()
    model = WorkerModel(client, "chat-2", save_image=store(tmp_path))
    loop = ToolLoop(model, ToolHost(), SPECS, Consent())
    events = []
    for event in loop.run([Turn(ChatMessage("user", "Talk."))], ask=lambda r: None, cancel=cancel):  # type: ignore[arg-type,return-value]
        events.append(event)
        cancel.set()
    assert events[-1].reason == "cancelled"
    assert len([e for e in events if isinstance(e, TextDelta)]) < 400
