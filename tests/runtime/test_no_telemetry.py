"""ONNX Runtime's telemetry is off in every process Oriel starts, whichever door it came in by.

Each check runs a fresh interpreter (telemetry is decided when onnxruntime first loads) with HOME
and XDG in a fresh folder and no CI variables (with which onnxruntime silences itself), the way a
user's machine runs it. tests/runtime/test_offline.py checks the same from outside, with no
network; these run on every platform.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from devtools import REPO
from devtools.offline_sandbox import offline_env

# Every entry point, as the code that runs before its main(): a module imported (python -m X
# runs X's package first) or a script's top level executed.
ENTRIES = {
    "python -m runtime.generate": "import runtime.generate.cli",
    "python -m runtime.server": "import runtime.server.cli",
    "python -m runtime.api_server": "import runtime.server.cli",
    "python -m runtime.convert": "import runtime.convert.converter",
    "python -m runtime.speech": "import runtime.speech.transcriber",
    "the worker": "import runtime.worker.client",
    "python -m bench": "import bench",
    "python -m devtools.placement": "import devtools",
    "packaging/launcher.py": "import runpy; runpy.run_path('packaging/launcher.py', run_name='launcher')",
    "packaging/cuda_check.py": "import runpy; runpy.run_path('packaging/cuda_check.py', run_name='check')",
}
# What each entry does next: load onnxruntime and run a session, and say what the switches were.
USE_ORT = """
import os
import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper
x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])
y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])
graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
session.run(None, {"x": np.ones(1, np.float32)})
print(os.environ.get("ORT_DISABLE_TELEMETRY"), os.environ.get("HF_HUB_DISABLE_TELEMETRY"))
"""


def run_python(code: str, home: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**offline_env(home), "PYTHONPATH": str(REPO), **extra_env}
    home.mkdir()
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def files_under(home: Path) -> list[str]:
    return sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())


@pytest.mark.timeout(60)
@pytest.mark.skipif(sys.platform == "win32", reason="onnxruntime keeps its Windows device id in the registry")
def test_bare_onnxruntime_writes_its_telemetry_files(tmp_path) -> None:
    """The control: without Oriel's runtime, onnxruntime 1.3x leaves a device id under HOME
    (~/.cache/Microsoft/DeveloperTools/.onnxruntime on Linux, ~/Library/Application Support/... on macOS)."""
    done = run_python(USE_ORT, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert any("Microsoft/DeveloperTools/.onnxruntime/" in f for f in files_under(tmp_path / "home"))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_every_entry_point_switches_telemetry_off_before_onnxruntime_loads(entry, tmp_path) -> None:
    # A shell's "0" does not turn it back on: Oriel promises no telemetry.
    done = run_python(ENTRIES[entry] + "\n" + USE_ORT, tmp_path / "home", ORT_DISABLE_TELEMETRY="0")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]
    assert files_under(tmp_path / "home") == []


@pytest.mark.timeout(60)
def test_onnxruntime_events_are_switched_off_as_soon_as_it_is_imported(tmp_path) -> None:
    """The API switch (what Windows' ETW builds obey) is called inside the first import."""
    code = """
import sys
import runtime
calls = []
def watch(frame, event, arg):
    if event == "c_call" and getattr(arg, "__name__", "") == "disable_telemetry_events":
        calls.append(arg.__module__)
sys.setprofile(watch)
import onnxruntime
sys.setprofile(None)
from runtime.no_telemetry import _Finder
print(len(calls), any(isinstance(f, _Finder) for f in sys.meta_path), onnxruntime.__loader__.get_filename())
"""
    done = run_python(code, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    calls, finder_left, filename = done.stdout.split()
    assert (calls, finder_left) == ("1", "False")  # one call, and the hook is gone after it
    assert filename.endswith("onnxruntime/__init__.py")  # the wrapped loader still answers


@pytest.mark.timeout(60)
def test_onnxruntime_imported_before_the_runtime_still_gets_its_events_switched_off(tmp_path) -> None:
    code = """
import sys
import onnxruntime
calls = []
def watch(frame, event, arg):
    if event == "c_call" and getattr(arg, "__name__", "") == "disable_telemetry_events":
        calls.append(1)
sys.setprofile(watch)
import runtime
sys.setprofile(None)
print(len(calls))
"""
    done = run_python(code, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1"]


@pytest.mark.timeout(60)
def test_importing_the_runtime_package_loads_nothing_heavy(tmp_path) -> None:
    """The frozen launcher imports it before freeze_support(): it must stay standard library only."""
    heavy = "{'numpy', 'onnx', 'onnxruntime', 'PySide6', 'tokenizers', 'PIL'}"
    done = run_python(
        f"import runtime, sys; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))",
        tmp_path / "home",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_installed_onnxruntime_is_a_release_checked_for_telemetry() -> None:
    """The tests here ran against what is installed: it must be inside the `cpu` extra's pin."""
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    pin = Requirement(extras["cpu"][0])
    assert pin.name == "onnxruntime" and pin.specifier.contains(version("onnxruntime")), (
        f"onnxruntime {version('onnxruntime')} is outside the checked range {pin.specifier}: "
        "check it as the README's Privacy section says, then move the pin"
    )
