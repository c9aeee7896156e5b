"""How closely a quantized decoder tracks its fp32 twin (tests/runtime/convert, bench/quality.py)."""

from __future__ import annotations

import numpy as np

from runtime.generate.session import DecoderSession


def logits_agreement(fp32: DecoderSession, quant: DecoderSession, ids: np.ndarray) -> tuple[float, float]:
    """Teacher-forced over `ids`: (mean relative L2 error of the logits, top-1 agreement)."""
    a, b = fp32.empty_state(), quant.empty_state()
    errors, agree = [], []
    for i, token in enumerate(ids):
        pos = np.full((3, 1), i, np.int64)
        la = fp32.forward(a, np.array([token]), pos)
        lb = quant.forward(b, np.array([token]), pos)
        errors.append(np.linalg.norm(lb - la) / np.linalg.norm(la))
        agree.append(la.argmax() == lb.argmax())
    return float(np.mean(errors)), float(np.mean(agree))
