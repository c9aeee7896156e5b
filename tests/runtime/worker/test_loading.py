"""Loading in the worker: provider confirmation and CPU fallback, memory and package checks, plugins.

The provider logic runs against stand-in assistants whose sessions start or fail as each
platform's would (no GPU is needed to test what happens when one fails); the package and memory
checks run on a real tiny package.
"""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import pytest

from devtools import REPO
from runtime import providers
from runtime.errors import UserError
from runtime.generate.context_cost import state_bytes
from runtime.package import ModelPackage
from runtime.protocol import ErrorCode, LoadModel
from runtime.providers import CPU, aliases
from runtime.worker import loading
from runtime.worker.memory import check_memory, memory_needed

CUDA = "CUDAExecutionProvider"
DML = "DmlExecutionProvider"
COREML = "CoreMLExecutionProvider"
WEBGPU = "WebGpuExecutionProvider"
PLENTY = 1 << 40


class FakeSession:
    def __init__(self, provider: str, reason: str, warm_up_error: str | None) -> None:
        self.provider, self.provider_reason, self.ops = provider, reason, "fused"
        self._warm_up_error = warm_up_error

    def empty_state(self) -> None:
        return None

    def forward(self, *args: object) -> None:
        if self._warm_up_error:
            raise RuntimeError(self._warm_up_error)


class FakeAssistants:
    """Builds stand-ins: `outcomes[provider argument]` = (session provider, reason, warm-up error)."""

    def __init__(self, outcomes: dict[str, tuple[str, str, str | None]]) -> None:
        self.outcomes = outcomes
        self.built: list[str] = []

    def __call__(self, path: Path, *, provider: str, **options: object) -> object:
        self.built.append(provider)
        if isinstance(self.outcomes[provider], BaseException):
            raise self.outcomes[provider]
        return types.SimpleNamespace(session=FakeSession(*self.outcomes[provider]))


@pytest.fixture
def package(packages) -> Path:
    return packages("gqa1-tied")


@pytest.fixture
def on_cuda_machine(monkeypatch):
    monkeypatch.setattr(loading, "available_providers", lambda: (CUDA, CPU))


def load(package: Path, make: FakeAssistants, provider: str = "auto", **fields) -> loading.LoadedModel:
    request = LoadModel("r", str(package), provider=provider, **fields)
    return loading.load_model(request, lambda f, d: None, make=make, available_memory=PLENTY)  # type: ignore[arg-type]


def test_auto_keeps_a_provider_that_passes_its_warm_up(package, on_cuda_machine) -> None:
    make = FakeAssistants({"auto": (CUDA, "cuda is available", None)})
    model = load(package, make)
    assert (model.provider, model.provider_reason, make.built) == ("cuda", "cuda is available", ["auto"])


def test_auto_falls_back_to_the_cpu_when_the_warm_up_fails(package, on_cuda_machine) -> None:
    make = FakeAssistants(
        {
            "auto": (CUDA, "cuda is available", "CUDA error: no kernel image is available for execution"),
            "cpu": (CPU, "chosen in settings", None),
        }
    )
    model = load(package, make)
    assert model.provider == "cpu"
    assert make.built == ["auto", "cpu"]
    assert model.provider_reason == (
        "cuda failed a test run (CUDA error: no kernel image is available for execution); using the CPU"
    )


def test_auto_keeps_the_sessions_own_fallback_reason(package, on_cuda_machine) -> None:
    reason = f"{CUDA} failed to start (libcudnn.so.9: cannot open shared object file); using the CPU"
    make = FakeAssistants({"auto": (CPU, reason, None)})
    model = load(package, make)
    assert (model.provider, model.provider_reason, make.built) == ("cpu", reason, ["auto"])


@pytest.mark.parametrize(
    ("outcome", "detail"),
    [
        (
            (CUDA, "chosen in settings", "CUDA error: out of memory"),
            "failed a test run (CUDA error: out of memory)",
        ),
        ((CPU, f"{CUDA} failed to start (driver too old); using the CPU", None), "driver too old"),
    ],
)
def test_a_forced_provider_that_fails_is_an_error_not_a_silent_cpu(package, on_cuda_machine, outcome, detail):
    with pytest.raises(UserError) as caught:
        load(package, FakeAssistants({"cuda": outcome}), provider="cuda")
    assert caught.value.code == ErrorCode.PROVIDER_UNAVAILABLE
    assert detail in caught.value.message
    assert "Choose Auto or CPU" in caught.value.message


def test_a_forced_provider_this_onnxruntime_lacks_is_refused_before_loading(package, on_cuda_machine) -> None:
    make = FakeAssistants({})
    with pytest.raises(UserError) as caught:
        load(package, make, provider="dml")
    assert caught.value.code == ErrorCode.PROVIDER_UNAVAILABLE
    assert "'dml' is not available" in caught.value.message
    assert make.built == []


@pytest.mark.parametrize(
    ("error", "code"),
    [(MemoryError(), ErrorCode.NOT_ENOUGH_MEMORY), (RuntimeError("bad graph"), ErrorCode.MODEL_DAMAGED)],
)
def test_a_model_that_cannot_be_built_is_reported(package, on_cuda_machine, error, code) -> None:
    with pytest.raises(UserError) as caught:
        load(package, FakeAssistants({"auto": error}))
    assert caught.value.code == code


@pytest.mark.parametrize(
    "fields", [{"ops": "turbo"}, {"context_length": 0}, {"threads": 0}], ids=["ops", "context", "threads"]
)
def test_invalid_load_settings_are_refused(package, fields) -> None:
    with pytest.raises(UserError) as caught:
        load(package, FakeAssistants({}), **fields)
    assert caught.value.code == ErrorCode.INVALID_REQUEST


def test_missing_and_damaged_packages_say_so(package, tmp_path) -> None:
    cases = {"gone": tmp_path / "gone", "empty": tmp_path / "empty", "damaged": tmp_path / "damaged"}
    cases["empty"].mkdir()
    shutil.copytree(package, cases["damaged"])
    with open(cases["damaged"] / "decoder.onnx.data", "r+b") as f:
        f.truncate(100)
    codes = {}
    for name, path in cases.items():
        with pytest.raises(UserError) as caught:
            loading.open_package(path)
        codes[name] = caught.value.code
    assert codes == {
        "gone": ErrorCode.MODEL_NOT_FOUND,
        "empty": ErrorCode.MODEL_NOT_FOUND,
        "damaged": ErrorCode.MODEL_DAMAGED,
    }


def test_a_model_too_big_for_free_memory_is_refused_before_loading(package) -> None:
    make = FakeAssistants({})
    request = LoadModel("r", str(package), context_length=4096)
    with pytest.raises(UserError) as caught:
        loading.load_model(request, lambda f, d: None, make=make, available_memory=100 << 20)  # type: ignore[arg-type]
    assert caught.value.code == ErrorCode.NOT_ENOUGH_MEMORY
    assert "only 0.1 GB is free" in caught.value.message
    assert "4,096 tokens" in caught.value.message
    assert make.built == []


def test_memory_estimate_counts_weights_and_the_context(package) -> None:
    opened = ModelPackage.open(package)
    files = sum(info["size"] for info in opened.manifest["files"].values())
    short, long = memory_needed(opened, 16), memory_needed(opened, 4096)
    config = opened.config.text
    assert short > files
    assert long - short == state_bytes(config, 4096) - state_bytes(config, 16)
    # past the model's own limit the context cannot grow
    assert memory_needed(opened, 10**9) == memory_needed(opened, config.max_position_embeddings)
    check_memory(opened, 4096, available=long)  # exactly enough is enough


@pytest.mark.parametrize(("size", "per_token"), [("2b", 24 * 1024), ("4b", 64 * 1024)])
def test_kv_cache_per_token_of_the_real_shapes(size: str, per_token: int) -> None:
    """2B: 6 full-attention layers x K and V x 2 heads x 256 x fp32; 4B: 8 layers, 4 heads."""
    from runtime.config import parse_hf_config

    shape = REPO / "devtools" / "configs" / f"qwen3.5-{size}.json"
    config = parse_hf_config(json.loads(shape.read_text())).text
    assert state_bytes(config, 2) - state_bytes(config, 1) == per_token


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (["AzureExecutionProvider", CPU], ("cpu",)),
        (["TensorrtExecutionProvider", CUDA, CPU], ("cuda", "cpu")),
        ([DML, CPU], ("dml", "cpu")),
        ([COREML, "AzureExecutionProvider", CPU], ("cpu",)),  # CoreML is not offered
        ([DML, CPU, WEBGPU], ("webgpu", "dml", "cpu")),
        ([CPU, WEBGPU, CUDA], ("cuda", "webgpu", "cpu")),
    ],
)
def test_ready_lists_providers_in_auto_order_with_the_cpu_last(available, expected) -> None:
    assert aliases(available) == expected


def test_an_installed_webgpu_plugin_is_registered_and_offered(monkeypatch) -> None:
    import onnxruntime as ort

    plugin = types.ModuleType("onnxruntime_ep_webgpu")
    plugin.get_library_path = lambda: "/opt/webgpu/libonnxruntime_providers_webgpu.so"  # type: ignore[attr-defined]
    registered: list[tuple[str, str]] = []
    device = types.SimpleNamespace(ep_name=WEBGPU)
    monkeypatch.setitem(sys.modules, "onnxruntime_ep_webgpu", plugin)
    monkeypatch.setattr(providers, "_registered", set())
    monkeypatch.setattr(ort, "register_execution_provider_library", lambda *a: registered.append(a))
    monkeypatch.setattr(ort, "get_ep_devices", lambda: [types.SimpleNamespace(ep_name=CPU), device])

    assert providers.available_providers()[-1] == WEBGPU
    assert providers.plugin_devices(WEBGPU) == [device]
    assert registered == [("webgpu", "/opt/webgpu/libonnxruntime_providers_webgpu.so")]  # once only
    assert providers.plugin_devices(CPU) == []


def test_a_broken_plugin_is_skipped(monkeypatch) -> None:
    import onnxruntime as ort

    plugin = types.ModuleType("onnxruntime_ep_webgpu")
    plugin.get_library_path = lambda: "/nowhere.so"  # type: ignore[attr-defined]

    def refuse(*args: object) -> None:
        raise RuntimeError("the plugin needs onnxruntime >= 1.24.4")

    monkeypatch.setitem(sys.modules, "onnxruntime_ep_webgpu", plugin)
    monkeypatch.setattr(providers, "_registered", set())
    monkeypatch.setattr(ort, "register_execution_provider_library", refuse)
    assert WEBGPU not in providers.available_providers()
