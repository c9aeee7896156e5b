"""Linear layers for every graph: MatMul over fp32 weights, or MatMulNBits over int4/int8 blocks.

The decoder and the vision encoder both ask `Linears.matmul(x, hf_name, path)` and get the same
layout, the same quantizer and the same kernel attributes, whatever the package's format.
`Linears.matmul_split` runs several Linears that read the same input as one matmul over their
stacked rows, then splits the result: each row is quantized on its own, so the codes are the
ones the separate matrices would get, and a decode step makes one kernel call where it made
two or three (each call quantizes its input to int8 and wakes the thread pool again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from runtime.convert.quantize import QuantizedMatrix, WeightFormat, quantize
from runtime.graph.builder import MS_DOMAIN, GraphBuilder

# Tensors by their Hugging Face names: arrays, or lazy tensors whose row slices and np.asarray()
# give fp32 (runtime.convert.checkpoint.LazyTensor).
WeightSource = Callable[[str], Any]


class _StackedRows:
    """Row-wise concatenation of [N_i, K] weights, read lazily: `quantize` reads row slices."""

    def __init__(self, parts: list[Any]) -> None:
        self.parts = parts
        self.shape = (sum(p.shape[0] for p in parts), parts[0].shape[1])
        self.offsets = np.cumsum([0] + [p.shape[0] for p in parts])

    def __getitem__(self, rows: slice) -> np.ndarray:
        start, stop, _ = rows.indices(self.shape[0])
        pieces = []
        for part, lo, hi in zip(self.parts, self.offsets[:-1], self.offsets[1:], strict=True):
            a, b = max(start, lo), min(stop, hi)
            if a < b:
                pieces.append(np.asarray(part[a - lo : b - lo], dtype=np.float32))
        return np.concatenate(pieces) if pieces else np.empty((0, self.shape[1]), np.float32)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return self[:].astype(dtype or np.float32)


@dataclass(frozen=True)
class QuantizedWeight:
    packed: str  # initializer names, in MatMulNBits' layout
    scales: str
    zero_points: str
    matrix: QuantizedMatrix


class Linears:
    def __init__(self, b: GraphBuilder, weights: WeightSource, fmt: WeightFormat) -> None:
        self.b, self.weights, self.fmt = b, weights, fmt

    def dense(self, hf_name: str) -> np.ndarray:
        return np.asarray(self.weights(hf_name), dtype=np.float32)

    def quantized(self, hf_name: str, *, source: Any = None) -> QuantizedWeight:
        """Quantize a [N, K] weight (`source`, or the tensor named `hf_name`) and write its packed
        codes, scales and zero points in MatMulNBits' layout."""
        assert self.fmt.bits is not None
        weight = self.weights(hf_name) if source is None else source
        q = quantize(weight, bits=self.fmt.bits, block_size=self.fmt.block_size)
        b = self.b
        packed = b.weight(f"{hf_name}.qweight", q.packed)
        scales = b.weight(f"{hf_name}.scales", q.scales)
        return QuantizedWeight(packed, scales, b.weight(f"{hf_name}.zero_points", q.zero_points), q)

    def matmul_nbits(self, x: str, weight: QuantizedWeight, path: str) -> str:
        assert self.fmt.bits is not None
        n, k = weight.matrix.shape
        return self.b.op(
            "MatMulNBits",
            [x, weight.packed, weight.scales, weight.zero_points],
            path,
            domain=MS_DOMAIN,
            K=k,
            N=n,
            bits=self.fmt.bits,
            block_size=self.fmt.block_size,
            accuracy_level=self.fmt.accuracy_level,
        )

    def matmul(self, x: str, hf_name: str, path: str, *, quantizable: bool = True) -> str:
        """x @ W^T for a Linear's weight W [out, in]: MatMulNBits when quantized, else MatMul."""
        if self.fmt.bits is not None and quantizable:
            return self.matmul_nbits(x, self.quantized(hf_name), path)
        w = self.b.weight(hf_name, np.ascontiguousarray(self.dense(hf_name).T))  # [in, out]
        return self.b.op("MatMul", [x, w], path)

    def matmul_split(self, x: str, hf_names: list[str], stacked_name: str, path: str) -> list[str]:
        """[x @ W_i^T for each W_i] as one matmul over the stacked rows, split back."""
        parts = [self.weights(name) for name in hf_names]
        sizes = [int(p.shape[0]) for p in parts]
        stacked = _StackedRows(parts)
        if self.fmt.bits is not None:
            y = self.matmul_nbits(x, self.quantized(stacked_name, source=stacked), path)
        else:
            w = self.b.weight(stacked_name, np.ascontiguousarray(np.asarray(stacked).T))  # [in, out]
            y = self.b.op("MatMul", [x, w], path)
        return list(self.b.op("Split", [y, self.b.ints(*sizes)], path, outputs=len(sizes), axis=-1))
