"""States kept on the device between steps (runtime.generate.device_binding).

This machine has no GPU, so the binding runs with device "cpu": the same IO-binding calls
(present states bound to a device, returned OrtValues fed back as the next past) that CUDA and
WebGPU sessions make with "cuda" and "webgpu".
"""

from __future__ import annotations

import numpy as np
import pytest

from bench.transfers import step_bytes
from runtime.generate.device_binding import DEVICE_TYPES
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage

pytestmark = pytest.mark.slow

PROMPT = np.array([3, 4, 5, 6, 7, 8, 9])


def positions(start: int, n: int) -> np.ndarray:
    return np.tile(np.arange(start, start + n), (3, 1))


def greedy_steps(session: DecoderSession, state, logits: np.ndarray, start: int, n: int) -> list[np.ndarray]:
    out = []
    for t in range(start, start + n):
        logits = session.forward(state, np.array([int(logits.argmax())]), positions(t, 1))
        out.append(logits)
    return out


@pytest.mark.parametrize("ops", ["fused", "portable"])
def test_device_bound_states_give_the_numpy_paths_logits(packages, ops: str) -> None:
    package = ModelPackage.open(packages("gqa1-tied"))
    plain = DecoderSession(package, provider="cpu", ops=ops, device="")
    bound = DecoderSession(package, provider="cpu", ops=ops, device="cpu")
    a_state, b_state = plain.empty_state(), bound.empty_state()
    a = plain.forward(a_state, PROMPT, positions(0, len(PROMPT)))
    b = bound.forward(b_state, PROMPT, positions(0, len(PROMPT)))
    np.testing.assert_array_equal(a, b)
    expected, got = greedy_steps(plain, a_state, a, 7, 5), greedy_steps(bound, b_state, b, 7, 5)
    for x, y in zip(expected, got, strict=True):
        np.testing.assert_array_equal(x, y)
    assert b_state.device and b_state.stale  # the states live in OrtValues, not in `arrays`


def test_a_snapshot_of_a_device_state_downloads_it_and_both_carry_on(packages) -> None:
    package = ModelPackage.open(packages("gqa1-tied"))
    plain = DecoderSession(package, provider="cpu", ops="fused", device="")
    bound = DecoderSession(package, provider="cpu", ops="fused", device="cpu")
    a_state, b_state = plain.empty_state(), bound.empty_state()
    a = plain.forward(a_state, PROMPT, positions(0, len(PROMPT)))
    b = bound.forward(b_state, PROMPT, positions(0, len(PROMPT)))
    snapshot = b_state.snapshot()
    for name, array in a_state.snapshot().arrays.items():  # KV caches cut to their filled part
        np.testing.assert_array_equal(snapshot.arrays[name], array)
    resumed = snapshot.copy()
    expected = greedy_steps(plain, a_state, a, 7, 3)
    for got in (greedy_steps(bound, resumed, b, 7, 3), greedy_steps(bound, b_state, b, 7, 3)):
        for x, y in zip(expected, got, strict=True):
            np.testing.assert_array_equal(x, y)


def test_a_device_bound_step_moves_the_token_up_and_the_logits_down(packages) -> None:
    """Without the binding a GPU step moves every recurrent state and KV cache both ways."""
    package = ModelPackage.open(packages("gqa1-tied"))
    bound = DecoderSession(package, provider="cpu", ops="fused", device="cpu")
    state = bound.empty_state()
    greedy_steps(bound, state, bound.forward(state, PROMPT, positions(0, len(PROMPT))), 7, 3)
    assert bound.transfers.last() == step_bytes(package.config.text, 9)["device"]
    plain = DecoderSession(package, provider="cpu", ops="fused", device="")
    plain._in_place = False  # the numpy feeds a GPU session used to get
    state = plain.empty_state()
    greedy_steps(plain, state, plain.forward(state, PROMPT, positions(0, len(PROMPT))), 7, 3)
    assert plain.transfers.last() == step_bytes(package.config.text, 9)["numpy on a GPU"]


def test_gpu_sessions_keep_their_states_on_their_device_and_the_cpu_in_place(packages) -> None:
    assert DEVICE_TYPES == {"CUDAExecutionProvider": "cuda", "WebGpuExecutionProvider": "webgpu"}
    session = DecoderSession(ModelPackage.open(packages("gqa1-tied")), provider="cpu")
    assert session.device == "" and session._in_place


def test_a_session_never_run_leaves_no_placement_profile_behind(packages) -> None:
    """The first run is profiled to read ORT's placement; a session dropped before any run must
    not leave ORT's profile file in the temporary folder."""
    import gc
    import os
    import tempfile
    from pathlib import Path

    pattern = f"oriel-placement-{os.getpid()}_*.json"
    before = set(Path(tempfile.gettempdir()).glob(pattern))
    session = DecoderSession(ModelPackage.open(packages("gqa1-tied")), provider="cpu")
    del session
    gc.collect()
    assert set(Path(tempfile.gettempdir()).glob(pattern)) == before
