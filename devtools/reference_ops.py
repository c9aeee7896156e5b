"""numpy references of the delta-rule operators in their plainest (recurrent) form, in fp64."""

from __future__ import annotations

import numpy as np


def causal_conv1d_silu(x: np.ndarray, w: np.ndarray, past: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x: [B, C, T], w: [C, 1, K], past: [B, C, K-1] -> (silu(conv), new state)."""
    full = np.concatenate([past, x], axis=2).astype(np.float64)
    k = w.shape[2]
    t = x.shape[2]
    out = np.zeros(x.shape, dtype=np.float64)
    for i in range(t):
        out[:, :, i] = (full[:, :, i : i + k] * w[None, :, 0, :]).sum(-1)
    out = out / (1.0 + np.exp(-out))
    return out, full[:, :, t:]


def gated_delta_rule(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, state: np.ndarray, g: np.ndarray, beta: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Token-by-token recurrence. q, k: [B, T, Hk, dk]; v: [B, T, Hv, dv]; state: [B, Hv, dk, dv];
    g, beta: [B, T, Hv]. Returns (o [B, T, Hv, dv], final state)."""
    _, t, hk, _ = q.shape
    hv = v.shape[2]
    r = hv // hk
    s = state.astype(np.float64).copy()
    out = np.zeros(v.shape, dtype=np.float64)
    for i in range(t):
        for h in range(hv):
            kh, qh = k[:, i, h // r].astype(np.float64), q[:, i, h // r].astype(np.float64)  # [B, dk]
            s[:, h] *= np.exp(g[:, i, h])[:, None, None]
            retrieved = np.einsum("bkv,bk->bv", s[:, h], kh)
            delta = beta[:, i, h][:, None] * (v[:, i, h] - retrieved)
            s[:, h] += kh[:, :, None] * delta[:, None, :]
            out[:, i, h] = np.einsum("bkv,bk->bv", s[:, h], qh)
    return out, s
