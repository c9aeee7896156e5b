"""Execution-provider choice for every platform's onnxruntime, and the CPU fallback of a session.

`choose_providers` is a pure function of the request and `ort.get_available_providers()`, so each
platform's list is tested here as data. The fallback is tested on a real tiny package with
onnxruntime's session constructor made to fail for the accelerated provider.
"""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest

from runtime.generate import session as session_module
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage
from runtime.providers import CPU, ProviderError, choose_providers

CUDA = "CUDAExecutionProvider"
DML = "DmlExecutionProvider"
COREML = "CoreMLExecutionProvider"
WEBGPU = "WebGpuExecutionProvider"

# What ort.get_available_providers() returns for each distribution, in its own order.
PLATFORMS = {
    "linux-cpu-wheel": ["AzureExecutionProvider", CPU],
    "onnxruntime-gpu": ["TensorrtExecutionProvider", CUDA, CPU],
    "directml": [DML, CPU],
    "macos": [COREML, "AzureExecutionProvider", CPU],
    "webgpu-plugin": ["AzureExecutionProvider", CPU, WEBGPU],
    "macos-webgpu-plugin": [COREML, "AzureExecutionProvider", CPU, WEBGPU],
    "windows-directml-webgpu-plugin": [DML, CPU, WEBGPU],
}


@pytest.mark.parametrize(
    ("platform", "expected", "reason"),
    [
        ("linux-cpu-wheel", (CPU,), "no accelerated provider is available"),
        ("onnxruntime-gpu", (CUDA, CPU), "cuda is available"),
        ("directml", (DML, CPU), "dml is available"),
        ("macos", (CPU,), "no accelerated provider is available"),  # CoreML is not offered
        ("webgpu-plugin", (WEBGPU, CPU), "webgpu is available"),
        ("macos-webgpu-plugin", (WEBGPU, CPU), "webgpu is available"),  # Metal
        ("windows-directml-webgpu-plugin", (WEBGPU, CPU), "webgpu is available"),  # fused ops first
    ],
)
def test_auto_picks_the_platforms_accelerator_then_the_cpu(platform, expected, reason) -> None:
    choice = choose_providers("auto", PLATFORMS[platform])
    assert choice.providers == expected
    assert choice.primary == expected[0]
    assert choice.reason == reason


def test_auto_without_any_known_provider_still_ends_on_the_cpu() -> None:
    assert choose_providers("auto", ["AzureExecutionProvider"]).providers == (CPU,)


@pytest.mark.parametrize(
    ("requested", "platform", "expected"),
    [
        ("cuda", "onnxruntime-gpu", (CUDA, CPU)),
        ("CUDA", "onnxruntime-gpu", (CUDA, CPU)),
        ("cpu", "onnxruntime-gpu", (CPU,)),
        ("dml", "directml", (DML, CPU)),
        ("webgpu", "macos-webgpu-plugin", (WEBGPU, CPU)),
        ("cpu", "linux-cpu-wheel", (CPU,)),
    ],
)
def test_a_forced_available_provider_is_used(requested, platform, expected) -> None:
    choice = choose_providers(requested, PLATFORMS[platform])
    assert choice.providers == expected
    assert choice.reason == "chosen in settings"


@pytest.mark.parametrize(
    ("requested", "platform", "offered"),
    [
        ("cuda", "linux-cpu-wheel", "available: cpu)"),
        ("cuda", "directml", "available: dml, cpu)"),
        ("dml", "onnxruntime-gpu", "available: cuda, cpu)"),
        ("webgpu", "macos", "available: cpu)"),
    ],
)
def test_a_forced_unavailable_provider_is_a_clear_error(requested, platform, offered) -> None:
    with pytest.raises(ProviderError, match=f"'{requested}' is not available") as caught:
        choose_providers(requested, PLATFORMS[platform])
    assert str(caught.value).endswith(offered)


def test_an_unknown_provider_name_lists_the_choices() -> None:
    with pytest.raises(ProviderError, match="unknown execution provider 'tpu'") as caught:
        choose_providers("tpu", PLATFORMS["onnxruntime-gpu"])
    for alias in ("auto", "cpu", "cuda", "dml", "webgpu"):
        assert alias in str(caught.value)


@pytest.mark.parametrize(
    ("platform", "expected"), [("macos", (CPU,)), ("macos-webgpu-plugin", (WEBGPU, CPU))]
)
def test_a_saved_coreml_setting_is_read_as_auto_and_says_why(platform, expected) -> None:
    """CoreML ran the weights through the CPU (docs/providers.md): an old setting must not fail."""
    choice = choose_providers("coreml", PLATFORMS[platform])
    assert choice.providers == expected
    assert choice.reason.startswith("CoreML is not offered")
    assert COREML not in choice.providers


@pytest.fixture
def tiny_package(packages) -> ModelPackage:
    return ModelPackage.open(packages("gqa1-tied"))


@pytest.mark.parametrize(("gpu", "ops"), [(CUDA, "fused"), (DML, "portable")])
def test_session_falls_back_to_cpu_when_the_accelerator_fails(tiny_package, monkeypatch, gpu, ops) -> None:
    real_session = ort.InferenceSession

    def failing_gpu(path, options=None, providers=None, **kwargs):
        if providers and providers[0] != CPU:
            raise RuntimeError("CUDA driver version is insufficient for CUDA runtime version")
        return real_session(path, options, providers=providers, **kwargs)

    monkeypatch.setattr(session_module.ort, "get_available_providers", lambda: [gpu, CPU])
    monkeypatch.setattr(session_module.ort, "InferenceSession", failing_gpu)
    session = DecoderSession(tiny_package, provider="auto")

    assert session.provider == CPU
    assert session.ops == ops  # chosen for the accelerator; both paths also run on the CPU
    assert session.provider_reason.startswith(f"{gpu} failed to start")
    assert "CUDA driver version is insufficient" in session.provider_reason
    assert session.provider_reason.endswith("using the CPU")
    state = session.empty_state()
    logits = session.forward(state, np.array([3, 4, 5]), np.tile(np.arange(3), (3, 1)))
    assert logits.shape == (tiny_package.config.text.vocab_size,)


def test_a_failing_cpu_session_is_not_hidden(tiny_package, monkeypatch) -> None:
    def broken(path, options=None, providers=None):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(session_module.ort, "InferenceSession", broken)
    with pytest.raises(RuntimeError, match="out of memory"):
        DecoderSession(tiny_package, provider="cpu")


def test_session_reports_a_forced_unavailable_provider(tiny_package, monkeypatch) -> None:
    monkeypatch.setattr(session_module.ort, "get_available_providers", lambda: PLATFORMS["linux-cpu-wheel"])
    with pytest.raises(ProviderError, match="'cuda' is not available"):
        DecoderSession(tiny_package, provider="cuda")
