"""Choosing the next token from the decoder's logits.

Each step of sampling is a small pure numpy function on a logits vector, and `make_sampler`
composes the ones a `Sampling` asks for (the shape of mlx-lm's `sample_utils.py`), so every
function can be tested on hand-made vectors.

The order is the one of transformers and vLLM, where Qwen's recommended settings were tuned:
penalties on the raw logits, then temperature, then top-k, top-p and min-p on the tempered
distribution, then one draw. A filtered-out token gets a logit of -inf. Temperature 0 means greedy:
the penalties still apply, then argmax.

Logits arrive as float32 for the whole vocabulary (248,320 entries for Qwen3.5); the filters work
on the finite entries only, so top-p after top-k sorts k values, not the vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from runtime.protocol import Sampling

Logits = np.ndarray  # [V] float32; -inf marks a token that may not be drawn
LogitsFilter = Callable[[Logits], Logits]


def apply_repetition_penalty(logits: Logits, history: Sequence[int], penalty: float) -> Logits:
    """Make tokens already in `history` less likely: positive logits / penalty, negative * penalty.

    The CTRL rule, as in transformers and llama.cpp.
    """
    seen = np.unique(np.asarray(history, dtype=np.int64))
    out = logits.copy()
    picked = out[seen]
    out[seen] = np.where(picked > 0, picked / penalty, picked * penalty)
    return out


def apply_presence_penalty(logits: Logits, history: Sequence[int], penalty: float) -> Logits:
    """Subtract `penalty` from the logit of every token present in `history` (OpenAI's rule)."""
    seen = np.unique(np.asarray(history, dtype=np.int64))
    out = logits.copy()
    out[seen] -= penalty
    return out


def apply_temperature(logits: Logits, temperature: float) -> Logits:
    """Sharpen (< 1) or flatten (> 1) the distribution."""
    return logits / np.float32(temperature)


def apply_top_k(logits: Logits, k: int) -> Logits:
    """Keep exactly the `k` most likely tokens (ties at the boundary broken arbitrarily)."""
    if k >= logits.shape[0]:
        return logits
    keep = np.argpartition(-logits, k - 1)[:k]
    out = np.full_like(logits, -np.inf)
    out[keep] = logits[keep]
    return out


def apply_top_p(logits: Logits, p: float) -> Logits:
    """Keep the smallest set of most likely tokens whose probabilities add up to at least `p`."""
    candidates = np.flatnonzero(np.isfinite(logits))
    order = candidates[np.argsort(-logits[candidates], kind="stable")]
    probs = _softmax(logits[order])
    mass_before = np.cumsum(probs) - probs
    keep = order[mass_before < p]  # the first token always stays: its mass_before is 0
    out = np.full_like(logits, -np.inf)
    out[keep] = logits[keep]
    return out


def apply_min_p(logits: Logits, min_p: float) -> Logits:
    """Drop tokens less likely than `min_p` times the most likely one."""
    # p_i >= min_p * p_max  <=>  logit_i >= logit_max + log(min_p)
    threshold = np.max(logits) + np.log(min_p)
    return np.where(logits >= threshold, logits, np.float32(-np.inf))


def sample_categorical(logits: Logits, rng: np.random.Generator) -> int:
    """Draw one token id with probability softmax(logits)."""
    cdf = np.cumsum(_softmax(logits))
    # side="right" skips the flat steps of filtered tokens even when the draw lands exactly on one
    return int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"))


def _softmax(logits: Logits) -> np.ndarray:
    # float64: the tail of a 248k-entry vocabulary vanishes in float32 sums
    shifted = logits.astype(np.float64) - np.max(logits)
    weights = np.exp(shifted)
    return weights / weights.sum()


class Sampler:
    """Picks one token id from a logits vector, given the ids generated so far."""

    def __init__(self, params: Sampling) -> None:
        self.params = params
        self._rng = np.random.default_rng(params.seed)
        self._filters = _tempered_filters(params)

    def __call__(self, logits: Logits, history: Sequence[int]) -> int:
        """The next token. `history` is what the penalties look at (the generation context)."""
        assert logits.ndim == 1, f"logits must be [V], got shape {logits.shape}"
        p = self.params
        if len(history) and p.repetition_penalty != 1.0:
            logits = apply_repetition_penalty(logits, history, p.repetition_penalty)
        if len(history) and p.presence_penalty != 0.0:
            logits = apply_presence_penalty(logits, history, p.presence_penalty)
        if p.is_greedy:
            return int(np.argmax(logits))
        for step in self._filters:
            logits = step(logits)
        return sample_categorical(logits, self._rng)


def _tempered_filters(params: Sampling) -> list[LogitsFilter]:
    """The steps between the penalties and the draw, only those that change something."""
    steps: list[LogitsFilter] = []
    if params.is_greedy:
        return steps
    if params.temperature != 1.0:
        steps.append(lambda x: apply_temperature(x, params.temperature))
    if params.top_k > 0:
        steps.append(lambda x: apply_top_k(x, params.top_k))
    if params.top_p < 1.0:
        steps.append(lambda x: apply_top_p(x, params.top_p))
    if params.min_p > 0.0:
        steps.append(lambda x: apply_min_p(x, params.min_p))
    return steps


def make_sampler(params: Sampling) -> Sampler:
    """A sampler for `params`; seeded params give the same tokens for the same logits."""
    return Sampler(params)
