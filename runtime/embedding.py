"""Token embeddings, looked up outside ONNX Runtime from the package's weight file.

The decoder graph starts from `inputs_embeds`. Its embedding table (fp32, or int4/int8 blocks in
MatMulNBits' layout) is an initializer of decoder.onnx like any other, and for a tied model the
output head's MatMulNBits reads those same bytes. Looking rows up here, through a read-only
memory map, touches only the rows of the tokens fed. Inside the graph the table had a second
reader beside the head's kernel: ONNX Runtime then kept all of it resident next to the head's
prepacked copy, 0.3 GB of the 2B's peak memory for the few rows a chat uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper

from runtime.quantize import QuantizedMatrix, dequantize

EMBEDDING = "model.language_model.embed_tokens.weight"


def _tensor(graph: onnx.GraphProto, name: str, folder: Path) -> np.ndarray:
    """An initializer's value; external data is memory-mapped, not read."""
    tensor = next((t for t in graph.initializer if t.name == name), None)
    if tensor is None:
        raise ValueError(f"the decoder graph has no initializer {name}")
    if tensor.data_location != TensorProto.EXTERNAL:
        return numpy_helper.to_array(tensor)
    info = {e.key: e.value for e in tensor.external_data}
    dtype = onnx.helper.tensor_dtype_to_np_dtype(tensor.data_type)
    return np.memmap(
        folder / info["location"],
        dtype=dtype,
        mode="r",
        offset=int(info.get("offset", 0)),
        shape=tuple(tensor.dims),
    )


class EmbeddingTable:
    """`lookup(ids)` -> fp32 [T, H] rows of the embedding, dequantized when the table is."""

    def __init__(
        self, graph: onnx.GraphProto, folder: Path, hidden_size: int, bits: int | None, block: int
    ) -> None:
        self.hidden_size, self.bits, self.block = hidden_size, bits, block
        self._dense: Any = None
        if bits is None:
            self._dense = _tensor(graph, EMBEDDING, folder)  # [V, H]
        else:
            self._packed = _tensor(graph, f"{EMBEDDING}.qweight", folder)  # [V, nb, blob]
            self._scales = _tensor(graph, f"{EMBEDDING}.scales", folder)  # [V, nb]
            self._zero_points = _tensor(graph, f"{EMBEDDING}.zero_points", folder)

    def lookup(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        if self._dense is not None:
            return np.array(self._dense[ids], dtype=np.float32)
        assert self.bits is not None
        rows = QuantizedMatrix(
            np.asarray(self._packed[ids]),
            np.asarray(self._scales[ids]),
            np.asarray(self._zero_points[ids]),
            self.bits,
            self.block,
            (len(ids), self.hidden_size),
        )
        return dequantize(rows)
