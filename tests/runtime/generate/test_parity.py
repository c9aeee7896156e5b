"""The ONNX decoder against transformers 5.23 on tiny random checkpoints, on both operator paths.

Logits of the last position after prefills of 1, 5, 63, 64, 65 and 200 tokens and after each of
20 decode steps agree within 1e-4 x max(1, max|logit|); greedy generation of 40 tokens is
identical. The prefill lengths straddle the portable path's 64-token chunk.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from devtools.tiny_models import ALL_SPECS
from runtime.generate.engine import Engine, GenerationConfig, Prompt, TokenEvent
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage
from runtime.protocol import Sampling

pytestmark = pytest.mark.slow

PREFILL_LENGTHS = (1, 5, 63, 64, 65, 200)
DECODE_STEPS = 20
GREEDY_TOKENS = 40
OPS = ("portable", "fused")


def tolerance(reference: np.ndarray) -> float:
    return 1e-4 * max(1.0, float(np.abs(reference).max()))


def prompt_ids(vocab: int, n: int, seed: int = 7) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, vocab - 40, n, dtype=np.int64)


@pytest.fixture(scope="module")
def reference_runs(references):
    """Per checkpoint: full-sequence logits for the longest prompt, then a greedy decode with cache."""
    cache: dict[str, dict[str, np.ndarray]] = {}

    def get(name: str) -> dict[str, np.ndarray]:
        if name in cache:
            return cache[name]
        model = references(name)
        ids = prompt_ids(model.config.text_config.vocab_size, max(PREFILL_LENGTHS))
        with torch.no_grad():
            out = model(input_ids=torch.tensor(ids[None]), use_cache=True)
            prefill_logits = out.logits[0].numpy().copy()  # [T, V]: position t = prefill of t+1
            past, token = out.past_key_values, int(out.logits[0, -1].argmax())
            tokens, step_logits = [], []
            for _ in range(max(DECODE_STEPS, GREEDY_TOKENS)):
                tokens.append(token)
                out = model(input_ids=torch.tensor([[token]]), past_key_values=past, use_cache=True)
                past = out.past_key_values
                step_logits.append(out.logits[0, -1].numpy().copy())
                token = int(out.logits[0, -1].argmax())
        cache[name] = {
            "ids": ids,
            "prefill_logits": prefill_logits,
            "tokens": np.array(tokens),
            "step_logits": np.stack(step_logits),
        }
        return cache[name]

    return get


@pytest.fixture(scope="module")
def sessions(packages):
    cache: dict[tuple[str, str], DecoderSession] = {}

    def get(name: str, ops: str) -> DecoderSession:
        if (name, ops) not in cache:
            cache[name, ops] = DecoderSession(ModelPackage.open(packages(name)), provider="cpu", ops=ops)
        return cache[name, ops]

    return get


def positions(start: int, n: int) -> np.ndarray:
    return np.broadcast_to(np.arange(start, start + n, dtype=np.int64), (3, n)).copy()


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("name", ALL_SPECS)
def test_prefill_logits_match_reference(name, ops, sessions, reference_runs) -> None:
    ref = reference_runs(name)
    session = sessions(name, ops)
    for n in PREFILL_LENGTHS:
        state = session.empty_state()
        logits = session.forward(state, ref["ids"][:n], positions(0, n))
        expected = ref["prefill_logits"][n - 1]
        err = np.abs(logits - expected).max()
        assert err <= tolerance(expected), f"prefill of {n}: max |diff| {err:.3g}"


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("name", ALL_SPECS)
def test_decode_steps_match_reference(name, ops, sessions, reference_runs) -> None:
    ref = reference_runs(name)
    session = sessions(name, ops)
    n = len(ref["ids"])
    state = session.empty_state()
    session.forward(state, ref["ids"], positions(0, n))
    for step in range(DECODE_STEPS):
        token = ref["tokens"][step : step + 1]
        logits = session.forward(state, token, positions(n + step, 1))
        expected = ref["step_logits"][step]
        err = np.abs(logits - expected).max()
        assert err <= tolerance(expected), f"decode step {step}: max |diff| {err:.3g}"


@pytest.mark.parametrize("ops", OPS)
@pytest.mark.parametrize("name", ALL_SPECS)
def test_greedy_generation_is_identical(name, ops, sessions, reference_runs) -> None:
    ref = reference_runs(name)
    engine = Engine(sessions(name, ops))
    config = GenerationConfig(max_new_tokens=GREEDY_TOKENS, sampling=Sampling.greedy())
    events = engine.generate(Prompt.from_ids(ref["ids"]), config)
    generated = [e.token_id for e in events if isinstance(e, TokenEvent)]
    assert generated == ref["tokens"][:GREEDY_TOKENS].tolist()


def test_reference_logits_are_spread_out(reference_runs) -> None:
    """Guards the comparison itself: near-uniform logits would make greedy parity meaningless."""
    ref = reference_runs(ALL_SPECS[0])
    top2 = np.sort(ref["step_logits"], axis=-1)[:, -2:]
    assert np.median(top2[:, 1] - top2[:, 0]) > 100 * tolerance(ref["step_logits"][0])


@pytest.mark.parametrize("ops", OPS)
def test_each_path_runs_the_operators_it_names(ops, sessions) -> None:
    """The fused parity above is the parity of ORT's kernels: the CPU graph holds them and no
    `oriel` function; the portable graph holds the functions and no contrib kernel but the
    quantized matmuls."""
    import onnx

    from runtime.graph.builder import MS_DOMAIN, ORIEL_DOMAIN

    session = sessions(ALL_SPECS[0], ops)
    graph = onnx.load(session.session._model_path, load_external_data=False)

    def walk(g: onnx.GraphProto) -> list[onnx.NodeProto]:  # If branches included (the one-token step)
        return [m for n in g.node for m in [n, *(x for a in n.attribute if a.g.node for x in walk(a.g))]]

    kinds = {(n.domain, n.op_type) for n in walk(graph.graph)}
    kernels = {
        "LinearAttention",
        "CausalConvWithState",
        "GroupQueryAttention",
        "SkipSimplifiedLayerNormalization",
        "LinearAttentionGate",
    }
    if ops == "fused":
        assert {(MS_DOMAIN, k) for k in kernels} <= kinds
        assert not [k for k in kinds if k[0] == ORIEL_DOMAIN] and not graph.functions
    else:
        assert not {op for domain, op in kinds if domain == MS_DOMAIN} & kernels
        assert {f.name for f in graph.functions} == {op for domain, op in kinds if domain == ORIEL_DOMAIN}


def test_in_place_caches_grow_without_changing_the_logits(sessions, monkeypatch) -> None:
    """On the fused CPU path the KV caches are buffers with room to spare, appended in place;
    grown every 3 tokens here, through prefills and single steps, they give the logits that
    fresh concatenated caches give."""
    import runtime.generate.session as session_module

    monkeypatch.setattr(session_module, "KV_GROWTH", 3)
    session = sessions(ALL_SPECS[0], "fused")
    assert session._in_place
    ids = prompt_ids(session.config.vocab_size, 40)
    results = {}
    for in_place in (True, False):
        monkeypatch.setattr(session, "_in_place", in_place)
        state = session.empty_state()
        logits = [session.forward(state, ids[:7], positions(0, 7))]
        logits += [session.forward(state, ids[k : k + 1], positions(k, 1)) for k in range(7, 20)]
        logits.append(session.forward(state, ids[20:], positions(20, 20)))
        key = next(v for name, v in state.arrays.items() if name.endswith(".key"))
        assert (key.shape[2] > 40) if in_place else (key.shape[2] == 40)
        results[in_place] = np.stack(logits)
    np.testing.assert_allclose(results[True], results[False], rtol=0, atol=tolerance(results[False]) / 100)


def test_a_snapshot_shares_the_kv_prefix_and_rewinds_exactly(sessions) -> None:
    """Snapshots keep views of the filled KV caches (appending never touches them) and copies
    of the recurrent states; a state resumed from one, after the live state went on, gives the
    logits of a state built from scratch."""
    session = sessions(ALL_SPECS[0], "fused")
    ids = prompt_ids(session.config.vocab_size, 30)
    state = session.empty_state()
    session.forward(state, ids[:20], positions(0, 20))
    snap = state.snapshot()
    for name, array in snap.arrays.items():
        assert np.shares_memory(array, state.arrays[name]) == name.endswith((".key", ".value")), name
        assert not name.endswith((".key", ".value")) or array.shape[2] == 20
    session.forward(state, ids[20:], positions(20, 10))  # the live state appends in place
    resumed = snap.copy()
    assert all(not np.shares_memory(a, state.arrays[n]) for n, a in resumed.arrays.items())
    got = session.forward(resumed, ids[20:25], positions(20, 5))
    fresh = session.empty_state()
    expected = session.forward(fresh, ids[:25], positions(0, 25))
    np.testing.assert_allclose(got, expected, rtol=0, atol=tolerance(expected) / 100)
