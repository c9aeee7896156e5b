"""Token embeddings, looked up outside ONNX Runtime from the package's weight file.

The decoder graph starts from `inputs_embeds`. Its embedding table (fp32, or int4/int8 blocks in
MatMulNBits' layout) is an initializer of decoder.onnx like any other, and for a tied model the
output head's MatMulNBits reads those same bytes. Looking rows up here, with plain file reads,
keeps only the head's prepacked copy resident. Inside the graph the table had a second
reader beside the head's kernel: ONNX Runtime then kept all of it resident next to the head's
prepacked copy, 0.3 GB of the 2B's peak memory for the few rows a chat uses.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper

from runtime.contained_paths import inside
from runtime.convert.quantize import QuantizedMatrix, dequantize

EMBEDDING = "model.language_model.embed_tokens.weight"


class _Rows:
    """Rows of one [V, ...] initializer: read from the weight file row by row, or inline."""

    def __init__(self, graph: onnx.GraphProto, name: str, folder: Path) -> None:
        tensor = next((t for t in graph.initializer if t.name == name), None)
        if tensor is None:
            raise ValueError(f"the decoder graph has no initializer {name}")
        self.dtype = np.dtype(onnx.helper.tensor_dtype_to_np_dtype(tensor.data_type))
        self.shape = tuple(int(d) for d in tensor.dims)
        self.inline: np.ndarray | None = None
        if tensor.data_location != TensorProto.EXTERNAL:
            self.inline = numpy_helper.to_array(tensor)
            return
        info = {e.key: e.value for e in tensor.external_data}
        self.offset = int(info.get("offset", 0))
        self.row_bytes = int(np.prod(self.shape[1:], dtype=np.int64)) * self.dtype.itemsize
        location = inside(folder, info.get("location"), f"the external data of {name}")
        self.file = open(location, "rb", buffering=0)  # noqa: SIM115 (lives with the table)

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        if self.inline is not None:
            return np.asarray(self.inline[ids])
        out = np.empty((len(ids), *self.shape[1:]), self.dtype)
        raw = out.reshape(len(ids), -1).view(np.uint8)  # [T, row_bytes]
        for k, i in enumerate(ids):
            self.file.seek(self.offset + int(i) * self.row_bytes)
            if self.file.readinto(memoryview(raw[k])) != self.row_bytes:
                raise OSError(f"{self.file.name} ends before row {int(i)} of the embedding")
        return out


class EmbeddingTable:
    """`lookup(ids)` -> fp32 [T, H] rows of the embedding, dequantized when the table is.

    Rows are read with plain file reads, not a memory map: where the page cache uses large
    folios (Linux 6.x), touching one 1 KB row of a mapping maps up to 2 MB of it, and a few
    hundred prompt tokens made the whole 0.26 GB table resident again.
    """

    def __init__(
        self, graph: onnx.GraphProto, folder: Path, hidden_size: int, bits: int | None, block: int
    ) -> None:
        self.hidden_size, self.bits, self.block = hidden_size, bits, block
        if bits is None:
            self._dense = _Rows(graph, EMBEDDING, folder)  # [V, H]
        else:
            self._packed = _Rows(graph, f"{EMBEDDING}.qweight", folder)  # [V, nb, blob]
            self._scales = _Rows(graph, f"{EMBEDDING}.scales", folder)  # [V, nb]
            self._zero_points = _Rows(graph, f"{EMBEDDING}.zero_points", folder)

    def lookup(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        if self.bits is None:
            return np.asarray(self._dense[ids], dtype=np.float32)
        rows = QuantizedMatrix(
            self._packed[ids],
            self._scales[ids],
            self._zero_points[ids],
            self.bits,
            self.block,
            (len(ids), self.hidden_size),
        )
        return dequantize(rows)
