"""Weight bytes a decode step of an ONNX decoder reads, from its initializers.

Every initializer a node reads counts, except those that only ops reading a few rows take: the
embedding table under a Gather (one row per token), rotary cos/sin caches (the rows of the
positions fed). A tied embedding that also feeds the output head is read in full every step and
counts; one no node reads (Oriel looks its rows up outside the graph) does not.
"""

from __future__ import annotations

from pathlib import Path

_ROW_READERS = {
    "Gather",
    "GatherBlockQuantized",
    "RotaryEmbedding",
    "MRotaryEmbedding",
    "GroupQueryAttention",
}


def _initializer_bytes(t) -> int:
    import numpy as np
    from onnx import helper

    for entry in t.external_data:
        if entry.key == "length":
            return int(entry.value)
    if t.raw_data:
        return len(t.raw_data)
    itemsize = np.dtype(helper.tensor_dtype_to_np_dtype(t.data_type)).itemsize
    return int(np.prod(t.dims, dtype=np.int64)) * itemsize


def onnx_weight_bytes_per_token(model_path: Path) -> int:
    import onnx

    model = onnx.load(str(model_path), load_external_data=False)
    readers: dict[str, set[str]] = {}
    for node in model.graph.node:
        for name in node.input:
            readers.setdefault(name, set()).add(node.op_type)
    return sum(
        _initializer_bytes(t)
        for t in model.graph.initializer
        if readers.get(t.name) and not readers[t.name] <= _ROW_READERS
    )
