"""Oriel's delta-rule operators against the plain recurrence in `devtools.reference_ops`, on both paths.

Each operator runs as a one-node ONNX model on the CPU provider twice: as its portable function
body (standard ONNX ops, the chunked WY form) and lowered to ORT's fused `com.microsoft` kernel.
The cases are the ones where a chunked form breaks first: chunk edges (T = 63, 64), state carried
between calls, gates that keep or wipe the state, beta at its ends, and nearly collinear keys,
where an unstable inverse of (I + A) loses every digit.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper

import devtools.reference_ops
from runtime.graph import lowering
from runtime.graph.builder import IR_VERSION, MS_DOMAIN, OPSET, ORIEL_DOMAIN, save_model
from runtime.graph.lowering import (
    FUSED,
    PORTABLE,
    lower_to_fused,
    lower_to_single_step,
    lowered_graph_path,
)
from runtime.graph.oriel_ops import (
    CAUSAL_CONV,
    DECAY_GATE,
    GATED_DELTA_RULE,
    MAX_CHUNK,
    SKIP_RMS_NORM,
    decoder_functions,
)

OPS = (PORTABLE, FUSED)
# The portable path as sessions load it: If(T == 1, GatedDeltaStep, chunk body).
STEP = "portable-step"
# The decoder parity tolerance (DESIGN.md), relative to the largest reference value.
RTOL = 1e-4
B, DK, DV, CONV_CHANNELS, CONV_KERNEL = 2, 16, 16, 12, 4

Run = Callable[..., list[np.ndarray]]


def one_node_model(node: onnx.NodeProto, inputs: list[str], outputs: list[str]) -> onnx.ModelProto:
    def values(names: list[str]) -> list[onnx.ValueInfoProto]:
        return [helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in names]

    graph = helper.make_graph([node], "single-op", values(inputs), values(outputs))
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(ORIEL_DOMAIN, 1)],
        functions=decoder_functions(),
    )
    model.ir_version = IR_VERSION
    return model


def delta_rule_model(hk: int, hv: int) -> onnx.ModelProto:
    inputs = ["query", "key", "value", "past_state", "decay", "beta"]
    node = helper.make_node(
        GATED_DELTA_RULE,
        inputs,
        ["output", "present_state"],
        domain=ORIEL_DOMAIN,
        q_num_heads=hk,
        kv_num_heads=hv,
    )
    return one_node_model(node, inputs, ["output", "present_state"])


def conv_model() -> onnx.ModelProto:
    inputs = ["input", "weight", "past_state"]
    node = helper.make_node(CAUSAL_CONV, inputs, ["output", "present_state"], domain=ORIEL_DOMAIN)
    return one_node_model(node, inputs, ["output", "present_state"])


def runner(model: onnx.ModelProto, ops: str) -> Run:
    if ops == FUSED:
        model = lower_to_fused(model)
    elif ops == STEP:
        model = lower_to_single_step(model)
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    names = [i.name for i in session.get_inputs()]
    return lambda *arrays: session.run(None, dict(zip(names, arrays, strict=True)))


@pytest.fixture(scope="module")
def delta_rule() -> Callable[[int, int, str], Run]:
    """(Hk, Hv, ops) -> run(q, k, v, state, g, beta) on a cached session."""
    cache: dict[tuple[int, int, str], Run] = {}

    def get(hk: int, hv: int, ops: str) -> Run:
        if (hk, hv, ops) not in cache:
            cache[hk, hv, ops] = runner(delta_rule_model(hk, hv), ops)
        return cache[hk, hv, ops]

    return get


def l2_normalise(x: np.ndarray) -> np.ndarray:
    return x / np.sqrt((x * x).sum(-1, keepdims=True) + 1e-6)


def delta_rule_inputs(
    t: int,
    hk: int,
    hv: int,
    *,
    seed: int = 0,
    g: float | None = None,
    beta: float | None = None,
    keys: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Inputs in the reference's head-split layout: q, k [B, T, Hk, dk]; v [B, T, Hv, dv]; ..."""
    rng = np.random.default_rng(seed)
    q = l2_normalise(rng.standard_normal((B, t, hk, DK))) * DK**-0.5
    k = l2_normalise(rng.standard_normal((B, t, hk, DK))) if keys is None else keys
    decay = -rng.uniform(0.0, 2.0, (B, t, hv)) if g is None else np.full((B, t, hv), g)
    gate = rng.uniform(0.0, 1.0, (B, t, hv)) if beta is None else np.full((B, t, hv), beta)
    arrays = {
        "q": q,
        "k": k,
        "v": rng.standard_normal((B, t, hv, DV)),
        "state": rng.standard_normal((B, hv, DK, DV)),
        "g": decay,
        "beta": gate,
    }
    return {name: a.astype(np.float32) for name, a in arrays.items()}


def run_delta_rule(run: Run, x: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Run the operator on head-split inputs; returns (o [B, T, Hv, dv], state [B, Hv, dk, dv])."""
    b, t = x["q"].shape[:2]
    flat = [x[n].reshape(b, t, -1) for n in ("q", "k", "v")]
    out, state = run(*flat, x["state"], x["g"], x["beta"])
    return out.reshape(x["v"].shape), state


def relative_error(actual: np.ndarray, expected: np.ndarray) -> float:
    return float(np.abs(actual - expected).max() / max(float(np.abs(expected).max()), 1e-30))


def assert_matches_reference(run: Run, x: dict[str, np.ndarray], label: str) -> None:
    out, state = run_delta_rule(run, x)
    ref_out, ref_state = devtools.reference_ops.gated_delta_rule(
        x["q"], x["k"], x["v"], x["state"], x["g"], x["beta"]
    )
    err_out, err_state = relative_error(out, ref_out), relative_error(state, ref_state)
    print(f"{label}: relative error output {err_out:.2e}, state {err_state:.2e}")
    assert np.isfinite(out).all() and np.isfinite(state).all(), label
    assert err_out <= RTOL, f"{label}: output off by {err_out:.2e} (relative)"
    assert err_state <= RTOL, f"{label}: state off by {err_state:.2e} (relative)"


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize(("hk", "hv"), [(2, 2), (2, 4)], ids=["gqa1", "gqa2"])
@pytest.mark.parametrize("t", [1, 5, MAX_CHUNK - 1, MAX_CHUNK])
def test_gated_delta_rule_matches_recurrence(delta_rule, t: int, hk: int, hv: int, ops: str) -> None:
    x = delta_rule_inputs(t, hk, hv, seed=t)
    assert_matches_reference(delta_rule(hk, hv, ops), x, f"{ops} T={t} Hk={hk} Hv={hv}")


@pytest.mark.parametrize("ops", OPS)
def test_state_carries_across_calls(delta_rule, ops: str) -> None:
    """150 tokens fed as 64 + 64 + 22 give what one recurrent pass over all 150 gives."""
    hk, hv = 2, 4
    x = delta_rule_inputs(150, hk, hv, seed=1)
    ref_out, ref_state = devtools.reference_ops.gated_delta_rule(
        x["q"], x["k"], x["v"], x["state"], x["g"], x["beta"]
    )
    state, outs = x["state"], []
    for start, end in [(0, 64), (64, 128), (128, 150)]:
        part = {n: a[:, start:end] for n, a in x.items() if n != "state"}
        out, state = run_delta_rule(delta_rule(hk, hv, ops), {**part, "state": state})
        outs.append(out)
    assert relative_error(np.concatenate(outs, axis=1), ref_out) <= RTOL
    assert relative_error(state, ref_state) <= RTOL


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("g", [-1e-6, -60.0])
def test_extreme_gates(delta_rule, g: float, ops: str) -> None:
    x = delta_rule_inputs(MAX_CHUNK, 2, 2, seed=2, g=g)
    run = delta_rule(2, 2, ops)
    assert_matches_reference(run, x, f"{ops} g={g}")
    if g == -60.0:  # exp(-60) ~ 1e-26: nothing of the past state survives the first token
        wiped, _ = run_delta_rule(run, {**x, "state": np.zeros_like(x["state"])})
        out, _ = run_delta_rule(run, x)
        np.testing.assert_allclose(out, wiped, atol=1e-6)


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("beta", [0.0, 1.0])
def test_extreme_betas(delta_rule, beta: float, ops: str) -> None:
    x = delta_rule_inputs(MAX_CHUNK, 2, 4, seed=3, beta=beta)
    run = delta_rule(2, 4, ops)
    assert_matches_reference(run, x, f"{ops} beta={beta}")
    if beta == 0.0:  # nothing is written: the state only decays
        _, state = run_delta_rule(run, x)
        decayed = x["state"] * np.exp(x["g"].sum(axis=1))[:, :, None, None]
        assert relative_error(state, decayed) <= RTOL


def collinear_keys(t: int, hk: int, seed: int = 4) -> np.ndarray:
    """Every key the same unit vector plus 1e-4 noise: K K^T is all but rank one."""
    rng = np.random.default_rng(seed)
    base = l2_normalise(rng.standard_normal(DK))
    return l2_normalise(base + 1e-4 * rng.standard_normal((B, t, hk, DK))).astype(np.float32)


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("g", [-1e-6, -0.05])
def test_nearly_collinear_keys(delta_rule, g: float, ops: str) -> None:
    keys = collinear_keys(MAX_CHUNK, 2)
    x = delta_rule_inputs(MAX_CHUNK, 2, 2, seed=5, g=g, beta=1.0, keys=keys)
    assert_matches_reference(delta_rule(2, 2, ops), x, f"{ops} collinear keys, g={g}")


@pytest.mark.parametrize(("hk", "hv"), [(2, 2), (2, 4)], ids=["gqa1", "gqa2"])
@pytest.mark.parametrize(("g", "beta"), [(None, None), (-1e-6, 1.0), (-60.0, None), (None, 0.0)])
def test_single_token_step_matches_recurrence(delta_rule, hk: int, hv: int, g, beta) -> None:
    x = delta_rule_inputs(1, hk, hv, seed=11, g=g, beta=beta)
    assert_matches_reference(delta_rule(hk, hv, STEP), x, f"step Hk={hk} Hv={hv} g={g} beta={beta}")


@pytest.mark.parametrize("g", [-1e-6, -0.05])
def test_single_token_steps_match_the_chunk_body_on_collinear_keys(delta_rule, g: float) -> None:
    """64 decode steps, one token each, give what the chunk body gives for the 64 in one call."""
    x = delta_rule_inputs(MAX_CHUNK, 2, 2, seed=5, g=g, beta=1.0, keys=collinear_keys(MAX_CHUNK, 2))
    chunk_out, chunk_state = run_delta_rule(delta_rule(2, 2, PORTABLE), x)
    ref_out, ref_state = devtools.reference_ops.gated_delta_rule(
        x["q"], x["k"], x["v"], x["state"], x["g"], x["beta"]
    )
    state, outs = x["state"], []
    for i in range(MAX_CHUNK):
        token = {n: a[:, i : i + 1] for n, a in x.items() if n != "state"}
        out, state = run_delta_rule(delta_rule(2, 2, STEP), {**token, "state": state})
        outs.append(out)
    steps_out = np.concatenate(outs, axis=1)
    for label, (out, final) in {"steps": (steps_out, state), "chunk": (chunk_out, chunk_state)}.items():
        assert relative_error(out, ref_out) <= RTOL, label
        assert relative_error(final, ref_state) <= RTOL, label
    assert relative_error(steps_out, chunk_out) <= RTOL
    assert relative_error(state, chunk_state) <= RTOL


def test_one_token_runs_a_handful_of_nodes_not_the_chunk_body() -> None:
    """After ORT's basic optimizations the step branch is ~20 nodes; the chunk branch ~150."""
    from devtools.placement import optimized

    model = lower_to_single_step(delta_rule_model(2, 4))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "step.onnx"
        save_model(model, path)
        (branch,) = [n for n in optimized(path).graph.node if n.op_type == "If"]
    sizes = {a.name: len(a.g.node) for a in branch.attribute}
    assert sizes["then_branch"] <= 20 < 100 <= sizes["else_branch"], sizes


def test_collinear_case_defeats_a_neumann_inverse() -> None:
    """Guards the case above: it is hard enough that the Neumann product (I+N)(I+N^2)... fails."""
    k = collinear_keys(MAX_CHUNK, 1)[0, :, 0]  # [T, dk]
    gamma = np.cumsum(np.full(MAX_CHUNK, -1e-6))
    a = np.tril((k @ k.T) * np.exp(gamma[:, None] - gamma[None, :]), -1).astype(np.float32)  # beta = 1
    exact = np.linalg.inv(np.eye(MAX_CHUNK) + a.astype(np.float64))
    eye = np.eye(MAX_CHUNK, dtype=np.float32)
    neumann, power = eye, -a
    for _ in range(MAX_CHUNK.bit_length() - 1):  # N^64 = 0: the product is exact on paper
        neumann, power = neumann @ (eye + power), power @ power
    assert relative_error(neumann, exact) > 1.0


@pytest.fixture(scope="module")
def conv() -> Callable[[str], Run]:
    cache = {ops: runner(conv_model(), ops) for ops in OPS}
    return cache.__getitem__


def conv_inputs(t: int, seed: int = 6) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((B, CONV_CHANNELS, t)).astype(np.float32)
    w = rng.standard_normal((CONV_CHANNELS, 1, CONV_KERNEL)).astype(np.float32)
    past = rng.standard_normal((B, CONV_CHANNELS, CONV_KERNEL - 1)).astype(np.float32)
    return x, w, past


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("t", [1, 7])
def test_causal_conv_matches_reference(conv, t: int, ops: str) -> None:
    x, w, past = conv_inputs(t)
    out, state = conv(ops)(x, w, past)
    ref_out, ref_state = devtools.reference_ops.causal_conv1d_silu(x, w, past)
    np.testing.assert_allclose(out, ref_out, rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(state, ref_state.astype(np.float32))


@pytest.mark.parametrize("ops", OPS)
def test_causal_conv_state_carries_across_calls(conv, ops: str) -> None:
    x, w, past = conv_inputs(7, seed=7)
    ref_out, ref_state = devtools.reference_ops.causal_conv1d_silu(x, w, past)
    outs, state = [], past
    for start, end in [(0, 3), (3, 4), (4, 7)]:
        out, state = conv(ops)(np.ascontiguousarray(x[:, :, start:end]), w, state)
        outs.append(out)
    np.testing.assert_allclose(np.concatenate(outs, axis=2), ref_out, rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(state, ref_state.astype(np.float32))


def both_ops_model() -> onnx.ModelProto:
    """Conv feeding the delta rule, as in a decoder layer (shapes are the caller's business)."""
    conv_node = helper.make_node(CAUSAL_CONV, ["x", "w", "p"], ["y", "p1"], domain=ORIEL_DOMAIN)
    rule = helper.make_node(
        GATED_DELTA_RULE,
        ["y", "y", "y", "s", "g", "b"],
        ["o", "s1"],
        domain=ORIEL_DOMAIN,
        q_num_heads=1,
        kv_num_heads=1,
    )
    model = one_node_model(conv_node, ["x", "w", "p", "s", "g", "b"], ["p1", "o", "s1"])
    model.graph.node.append(rule)
    return model


def test_lowering_leaves_no_oriel_op() -> None:
    model = both_ops_model()
    lowered = lower_to_fused(model)
    assert {(n.domain, n.op_type) for n in lowered.graph.node} == {
        (MS_DOMAIN, "CausalConvWithState"),
        (MS_DOMAIN, "LinearAttention"),
    }
    assert not [f for f in lowered.functions if f.domain == ORIEL_DOMAIN]
    assert ORIEL_DOMAIN not in {o.domain for o in lowered.opset_import}
    assert MS_DOMAIN in {o.domain for o in lowered.opset_import}
    # the canonical model is left as it was
    assert {n.domain for n in model.graph.node} == {ORIEL_DOMAIN}
    assert len(model.functions) == len(decoder_functions())


def small_op_model(op: str, inputs: list[str], outputs: list[str], **attrs: object) -> onnx.ModelProto:
    return one_node_model(
        helper.make_node(op, inputs, outputs, domain=ORIEL_DOMAIN, **attrs), inputs, outputs
    )


def rms(x: np.ndarray, w: np.ndarray, eps: float) -> np.ndarray:
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + eps) * w


def silu(x: np.ndarray) -> np.ndarray:
    return x / (1 + np.exp(-x))


def softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(0.0, x)


SMALL_OPS = {
    # op: (model, inputs, numpy reference of the outputs)
    SKIP_RMS_NORM: (
        lambda: small_op_model(SKIP_RMS_NORM, ["input", "skip", "gamma"], ["output", "sum"], epsilon=1e-6),
        lambda r: [r.standard_normal((2, 5, 32)), 3 * r.standard_normal((2, 5, 32)), r.standard_normal(32)],
        lambda x, s, w: [rms(x + s, w, 1e-6), x + s],
    ),
    DECAY_GATE: (
        lambda: small_op_model(DECAY_GATE, ["a", "dt_bias", "decay_scale", "b"], ["decay", "beta"]),
        lambda r: [
            4 * r.standard_normal((2, 5, 6)),
            r.standard_normal(6),
            -r.uniform(0, 8, 6),
            r.standard_normal((2, 5, 6)),
        ],
        lambda a, dt, scale, b: [scale * softplus(a + dt), 1 / (1 + np.exp(-b))],
    ),
}


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("op", sorted(SMALL_OPS))
def test_small_ops_match_numpy(op: str, ops: str) -> None:
    """The folded norms and gates, as function bodies and as ORT's kernels."""
    make_model, make_inputs, reference = SMALL_OPS[op]
    arrays = [a.astype(np.float32) for a in make_inputs(np.random.default_rng(3))]
    got = runner(make_model(), ops)(*arrays)
    for g, want in zip(got, reference(*[a.astype(np.float64) for a in arrays]), strict=True):
        np.testing.assert_allclose(g, want, rtol=2e-5, atol=1e-6)


def test_small_ops_stay_functions_off_the_cpu() -> None:
    """No GPU here confirmed the small kernels: elsewhere ORT inlines the function bodies."""
    model = small_op_model(SKIP_RMS_NORM, ["input", "skip", "gamma"], ["output", "sum"], epsilon=1e-6)
    model.graph.node.extend(both_ops_model().graph.node)
    lowered = lower_to_fused(model, "CUDAExecutionProvider")
    assert {(n.domain, n.op_type) for n in lowered.graph.node} == {
        (ORIEL_DOMAIN, SKIP_RMS_NORM),
        (MS_DOMAIN, "CausalConvWithState"),
        (MS_DOMAIN, "LinearAttention"),
    }
    assert [f.name for f in lowered.functions] == [SKIP_RMS_NORM]
    assert ORIEL_DOMAIN in {o.domain for o in lowered.opset_import}
    on_cpu = lower_to_fused(model)
    assert (MS_DOMAIN, "SkipSimplifiedLayerNormalization") in {
        (n.domain, n.op_type) for n in on_cpu.graph.node
    }
    assert not on_cpu.functions


def test_lowering_refuses_an_unknown_oriel_op() -> None:
    model = both_ops_model()
    model.graph.node[0].op_type = "Mystery"
    with pytest.raises(ValueError, match=r"oriel\.Mystery"):
        lower_to_fused(model)


def test_lowered_graph_is_cached_beside_the_canonical(tmp_path, monkeypatch) -> None:
    canonical = tmp_path / "decoder.onnx"
    save_model(both_ops_model(), canonical)
    portable = lowered_graph_path(canonical, PORTABLE, ort.__version__)  # with the one-token step
    assert portable != canonical and portable.parent == tmp_path
    assert "If" in {n.op_type for n in onnx.load(str(portable)).graph.node}
    conv_only = tmp_path / "conv.onnx"
    save_model(conv_model(), conv_only)
    assert lowered_graph_path(conv_only, PORTABLE, ort.__version__) == conv_only  # nothing to lower

    first = lowered_graph_path(canonical, FUSED, ort.__version__)
    assert first.parent == tmp_path and first != canonical
    assert ort.__version__ in first.name
    written = first.stat().st_mtime_ns

    def no_rewrite(*_args: object) -> None:
        raise AssertionError("the cached lowered graph was written again")

    monkeypatch.setattr(lowering, "save_model", no_rewrite)
    assert lowered_graph_path(canonical, FUSED, ort.__version__) == first
    assert first.stat().st_mtime_ns == written
    assert {n.domain for n in onnx.load(str(first)).graph.node} == {MS_DOMAIN}
    assert not list(tmp_path.glob("*.partial"))


def test_lowered_graph_cache_follows_the_canonical_bytes(tmp_path) -> None:
    canonical = tmp_path / "decoder.onnx"
    save_model(both_ops_model(), canonical)
    first = lowered_graph_path(canonical, FUSED, ort.__version__)
    save_model(delta_rule_model(2, 4), canonical)  # a re-conversion
    second = lowered_graph_path(canonical, FUSED, ort.__version__)
    assert second != first
    assert lowered_graph_path(canonical, FUSED, "9.9.9") not in (first, second)


def test_unknown_operator_path_is_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown operator path 'fast'"):
        lowered_graph_path(tmp_path / "decoder.onnx", "fast", ort.__version__)


def test_webgpu_keeps_the_vision_attention_function_and_its_own_cached_file(tmp_path) -> None:
    """WebGPU's MultiHeadAttention missed the encoder's tolerance (docs/providers.md); CUDA's is
    used. The two lowerings differ, so they must not share a cached file."""
    from runtime.graph.vision import VISION_ATTENTION

    node = helper.make_node(
        VISION_ATTENTION, ["q", "k", "v"], ["o"], domain=ORIEL_DOMAIN, num_heads=2, scale=0.5
    )
    model = one_node_model(node, ["q", "k", "v"], ["o"])
    on_webgpu = lower_to_fused(model, "WebGpuExecutionProvider")
    on_cuda = lower_to_fused(model, "CUDAExecutionProvider")
    assert [(n.domain, n.op_type) for n in on_webgpu.graph.node] == [(ORIEL_DOMAIN, VISION_ATTENTION)]
    assert [(n.domain, n.op_type) for n in on_cuda.graph.node] == [(MS_DOMAIN, "MultiHeadAttention")]
    canonical = tmp_path / "decoder.onnx"
    save_model(both_ops_model(), canonical)
    paths = {
        p: lowered_graph_path(canonical, FUSED, ort.__version__, provider=p)
        for p in ("WebGpuExecutionProvider", "CUDAExecutionProvider", "CPUExecutionProvider")
    }
    assert len(set(paths.values())) == 3
