"""Nothing leaves the machine and nothing is written outside Oriel's folders, seen from outside.

Each command runs in devtools/offline_sandbox.py: fresh network namespace (loopback only), a DNS
stub on 127.0.0.1 that records every name asked for, HOME and XDG in a fresh folder, and an
environment without the CI variables that make ONNX Runtime silence itself. Unlike
tests/runtime/worker/test_privacy.py (Python's own sockets), this sees native code too: ONNX
Runtime's telemetry writes its device id and event database under ~/.cache/Microsoft and looks up
its collector from C++.

The controls prove the sandbox is not blind: a lookup, a stray file, and onnxruntime imported
without Oriel's runtime (which writes its telemetry files) are all seen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PIL import Image

from devtools.offline_sandbox import OfflineRun, run_offline, unavailable

REASON = unavailable()
# The idle worker lives this long after answering: ONNX Runtime 1.32's uploader first looks up its
# collector about eight seconds after the first session (measured: 2 lookups by 8 s, 6 by 40 s).
LINGER_S = 12
pytestmark = [pytest.mark.slow, pytest.mark.skipif(REASON is not None, reason=REASON or "")]


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def assert_private(run: OfflineRun) -> None:
    assert run.returncode == 0, run.stderr
    assert run.names == (), f"names looked up: {run.names}"
    assert run.stray_files() == (), f"files written outside Oriel's folders: {run.stray_files()}"


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "red.png"
    Image.new("RGB", (96, 64), (200, 30, 30)).save(path)
    return path


@pytest.mark.timeout(60)
def test_the_sandbox_sees_a_lookup_and_a_stray_file(tmp_path) -> None:
    code = (
        "import os, pathlib, socket\n"
        "try:\n    socket.getaddrinfo('collector.example.org', 443)\nexcept OSError:\n    pass\n"
        "pathlib.Path(os.environ['XDG_CACHE_HOME'], 'Vendor').mkdir(parents=True)\n"
        "pathlib.Path(os.environ['XDG_CACHE_HOME'], 'Vendor', 'id').write_text('x')\n"
        "pathlib.Path(os.environ['XDG_DATA_HOME'], 'Oriel').mkdir(parents=True)\n"
        "pathlib.Path(os.environ['XDG_DATA_HOME'], 'Oriel', 'ours').write_text('x')\n"
    )
    run = run_offline(python(code), tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert "collector.example.org" in run.names
    assert run.new_files == (".cache/Vendor/id", ".local/share/Oriel/ours")
    assert run.stray_files() == (".cache/Vendor/id",)


@pytest.mark.timeout(60)
def test_the_sandbox_has_no_way_out(tmp_path) -> None:
    code = (
        "import socket\n"
        "s = socket.socket()\ns.settimeout(5)\n"
        "try:\n    s.connect(('192.0.2.1', 443))\n    print('connected')\n"
        "except OSError as e:\n    print('refused', e.errno)\n"
    )
    run = run_offline(python(code), tmp_path / "home")
    assert run.stdout.startswith("refused"), run.stdout + run.stderr


@pytest.mark.timeout(60)
def test_the_sandbox_sees_onnxruntime_telemetry_without_oriels_runtime(tmp_path) -> None:
    """The control for the tests below: bare onnxruntime (1.3x official wheels) writes its files."""
    run = run_offline(python("import onnxruntime"), tmp_path / "home")
    assert run.returncode == 0, run.stderr
    assert any(f.startswith(".cache/Microsoft/DeveloperTools/") for f in run.stray_files()), run.new_files


@pytest.mark.timeout(180)
def test_the_cli_answers_text_and_an_image_offline_without_traces(packages, image, tmp_path) -> None:
    model = str(packages("gqa1-tied"))
    common = ["--provider", "cpu", "--greedy", "--max-new-tokens", "4", "--json"]
    for extra in ([], ["--image", str(image)]):
        argv = [sys.executable, "-m", "runtime.generate", model, "--prompt", "What is this?", *extra, *common]
        run = run_offline(argv, tmp_path / f"home-{len(extra)}")
        assert_private(run)
        assert json.loads(run.stdout)["generated_tokens"] == 4


@pytest.mark.timeout(240)
def test_the_worker_answers_about_an_image_offline_without_traces(packages, image, tmp_path) -> None:
    model = str(packages("gqa1-tied"))
    conversation = ["-m", "devtools.worker_conversation", model, str(image), "--linger", str(LINGER_S)]
    run = run_offline([sys.executable, *conversation], tmp_path / "home")
    assert_private(run)
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["loaded"] and result["answer"] and result["errors"] == []
    assert result["prompt_tokens"] > 16  # the image's tokens are in the prompt
