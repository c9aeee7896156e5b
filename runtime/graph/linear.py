"""Linear layers for every graph: MatMul over fp32 weights, or MatMulNBits over int4/int8 blocks.

The decoder and the vision encoder both ask `Linears.matmul(x, hf_name, path)` and get the same
layout, the same quantizer and the same kernel attributes, whatever the package's format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from runtime.graph.builder import MS_DOMAIN, GraphBuilder
from runtime.quantize import QuantizedMatrix, WeightFormat, quantize

# Tensors by their Hugging Face names: arrays, or lazy tensors whose row slices and np.asarray()
# give fp32 (runtime.checkpoint.LazyTensor).
WeightSource = Callable[[str], Any]


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

    def quantized(self, hf_name: str, *, matmul_layout: bool = True) -> QuantizedWeight:
        """Quantize a [N, K] weight and write its packed codes (and, for MatMulNBits, the scales
        and zero points in that op's layout)."""
        assert self.fmt.bits is not None
        q = quantize(self.weights(hf_name), bits=self.fmt.bits, block_size=self.fmt.block_size)
        b = self.b
        packed = b.weight(f"{hf_name}.qweight", q.packed)
        if not matmul_layout:
            return QuantizedWeight(packed, "", "", q)
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
