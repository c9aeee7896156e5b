"""runtime.generate.sampler on hand-made distributions."""

from __future__ import annotations

import numpy as np
import pytest

from runtime.generate.sampler import (
    apply_min_p,
    apply_presence_penalty,
    apply_repetition_penalty,
    apply_temperature,
    apply_top_k,
    apply_top_p,
    make_sampler,
    sample_categorical,
)
from runtime.protocol import Sampling

PROBS = np.array([0.5, 0.25, 0.15, 0.1])


def logits_of(probs: np.ndarray) -> np.ndarray:
    return np.log(probs).astype(np.float32)


def kept(logits: np.ndarray) -> list[int]:
    return np.flatnonzero(np.isfinite(logits)).tolist()


def frequencies(sampler, logits: np.ndarray, draws: int) -> np.ndarray:
    counts = np.bincount([sampler(logits, []) for _ in range(draws)], minlength=logits.shape[0])
    return counts / draws


@pytest.mark.parametrize("k, expected", [(1, [1]), (2, [1, 3]), (4, [1, 2, 3, 4]), (5, [0, 1, 2, 3, 4])])
def test_top_k_keeps_exactly_k(k: int, expected: list[int]) -> None:
    logits = np.array([1.0, 5.0, 3.0, 4.0, 2.0], dtype=np.float32)
    out = apply_top_k(logits, k)
    assert kept(out) == sorted(expected)
    assert np.array_equal(out[kept(out)], logits[kept(out)])


def test_top_k_keeps_exactly_k_among_ties() -> None:
    assert len(kept(apply_top_k(np.zeros(10, dtype=np.float32), 3))) == 3


@pytest.mark.parametrize("p, expected", [(0.3, [0]), (0.7, [0, 1]), (0.8, [0, 1, 2]), (1.0, [0, 1, 2, 3])])
def test_top_p_keeps_the_smallest_set_reaching_p(p: float, expected: list[int]) -> None:
    shuffled = np.array([2, 0, 3, 1])  # order must not matter
    out = apply_top_p(logits_of(PROBS[shuffled]), p)
    assert sorted(shuffled[kept(out)].tolist()) == expected


def test_top_p_ignores_tokens_already_filtered() -> None:
    logits = apply_top_k(logits_of(PROBS), 2)  # renormalised: 2/3, 1/3
    assert kept(apply_top_p(logits, 0.6)) == [0]
    assert kept(apply_top_p(logits, 0.7)) == [0, 1]


@pytest.mark.parametrize(
    "min_p, expected", [(0.1, [0, 1, 2, 3]), (0.25, [0, 1, 2]), (0.4, [0, 1]), (0.9, [0])]
)
def test_min_p_is_relative_to_the_most_likely_token(min_p: float, expected: list[int]) -> None:
    assert kept(apply_min_p(logits_of(PROBS), min_p)) == expected


def test_temperature_scales_logits() -> None:
    logits = np.array([2.0, -1.0], dtype=np.float32)
    assert np.allclose(apply_temperature(logits, 0.5), [4.0, -2.0])
    assert apply_temperature(logits, 0.5).dtype == np.float32


def test_repetition_penalty_divides_positive_and_multiplies_negative() -> None:
    logits = np.array([2.0, -2.0, 1.0, 0.5], dtype=np.float32)
    out = apply_repetition_penalty(logits, [0, 1, 1], 2.0)
    assert np.allclose(out, [1.0, -4.0, 1.0, 0.5])
    assert np.allclose(logits, [2.0, -2.0, 1.0, 0.5])  # the input is left alone


def test_presence_penalty_subtracts_once_per_present_token() -> None:
    logits = np.array([2.0, -2.0, 1.0], dtype=np.float32)
    assert np.allclose(apply_presence_penalty(logits, [0, 0, 2], 1.5), [0.5, -2.0, -0.5])


def test_greedy_is_argmax_after_penalties() -> None:
    logits = np.array([0.1, 3.0, 2.9, -1.0], dtype=np.float32)
    assert Sampling.greedy().is_greedy
    assert make_sampler(Sampling.greedy())(logits, []) == 1
    assert make_sampler(Sampling.neutral(temperature=0.0, repetition_penalty=2.0))(logits, [1]) == 2
    assert make_sampler(Sampling.neutral(temperature=0.0, presence_penalty=0.5))(logits, [1]) == 2


def test_sample_categorical_never_draws_filtered_tokens() -> None:
    rng = np.random.default_rng(0)
    logits = np.array([-np.inf, 0.0, -np.inf, 0.0, -np.inf], dtype=np.float32)
    assert {sample_categorical(logits, rng) for _ in range(500)} == {1, 3}


def test_same_seed_same_tokens() -> None:
    logits = np.random.default_rng(1).normal(size=1000).astype(np.float32)
    params = Sampling.neutral(temperature=0.8, top_k=50, top_p=0.9, seed=1234)
    first = make_sampler(params)
    second = make_sampler(params)
    tokens = [first(logits, []) for _ in range(100)]
    assert tokens == [second(logits, []) for _ in range(100)]
    other = make_sampler(Sampling.neutral(temperature=0.8, top_k=50, top_p=0.9, seed=4321))
    assert tokens != [other(logits, []) for _ in range(100)]


def test_draws_follow_the_distribution() -> None:
    sampler = make_sampler(Sampling.neutral(seed=0))
    assert np.allclose(frequencies(sampler, logits_of(PROBS), 20_000), PROBS, atol=0.015)


def test_draws_follow_the_filtered_tempered_distribution() -> None:
    # temperature 0.5 squares the odds: 0.5^2 : 0.25^2 = 0.8 : 0.2 once top-k keeps two tokens
    sampler = make_sampler(Sampling.neutral(temperature=0.5, top_k=2, seed=0))
    assert np.allclose(frequencies(sampler, logits_of(PROBS), 20_000), [0.8, 0.2, 0.0, 0.0], atol=0.015)


def test_full_vocabulary_with_qwen_recommended_settings() -> None:
    logits = np.random.default_rng(2).normal(size=248_320).astype(np.float32)
    params = Sampling.neutral(temperature=1.0, top_k=20, top_p=1.0, presence_penalty=2.0, seed=3)
    history = [int(i) for i in np.argsort(-logits)[:5]]
    best20 = set(np.argsort(-apply_presence_penalty(logits, history, 2.0))[:20].tolist())
    assert not best20 <= set(np.argsort(-logits)[:20].tolist())  # the penalty changed the candidates
    sampler = make_sampler(params)
    assert {sampler(logits, history) for _ in range(50)} <= best20


@pytest.mark.parametrize(
    "bad",
    [
        {"temperature": -0.1},
        {"temperature": float("nan")},
        {"top_k": -1},
        {"top_p": 0.0},
        {"top_p": 1.5},
        {"min_p": -0.1},
        {"min_p": 1.1},
        {"repetition_penalty": 0.0},
        {"presence_penalty": float("inf")},
        {"seed": -1},
    ],
)
def test_invalid_params_are_rejected(bad: dict) -> None:
    name = next(iter(bad))
    with pytest.raises(ValueError, match=name):
        Sampling.neutral(**bad).check()
