"""Quantized packages against fp32 on the tiny test models: logits error and top-1 agreement.

    .venv/bin/python -m bench.quality

For each tiny config and each weight format (int8; int4 at block 32, 64 and 128), feeds the same
256 random tokens one at a time to the fp32 package and the quantized one and reports the mean
relative L2 error of the logits and how often the top token agrees. Tiny random models are a
harsh test (hidden size 64: a 32-wide block is half a row, and random weights amplify any
change), so these figures bound the damage from above; README quotes them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from devtools.agreement import logits_agreement
from devtools.tiny_models import SPECS, tiny_checkpoint
from runtime.convert.converter import convert
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage

FORMATS = [("int8", 32), ("int4", 32), ("int4", 64), ("int4", 128)]
POSITIONS = 256


def main() -> None:
    ids = np.random.default_rng(0).integers(0, 990, POSITIONS)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(SPECS):
            src = tiny_checkpoint(name)
            fp32 = DecoderSession(ModelPackage.open(convert(src, Path(tmp) / f"{name}-fp32")), provider="cpu")
            for weights, block in FORMATS:
                dst = convert(src, Path(tmp) / f"{name}-{weights}-{block}", weights=weights, block_size=block)
                quant = DecoderSession(ModelPackage.open(dst), provider="cpu")
                error, agreement = logits_agreement(fp32, quant, ids)
                rows.append((name, f"{weights} block {block}", error, agreement))
    print(f"| tiny model | weights | logits rel. error | top-1 agreement ({POSITIONS} positions) |")
    print("| --- | --- | ---: | ---: |")
    for name, fmt, error, agreement in rows:
        print(f"| {name} | {fmt} | {error:.3f} | {100 * agreement:.1f}% |")


if __name__ == "__main__":
    main()
