"""The one place where ONNX nodes, constants and weights are made.

Every node goes through `GraphBuilder.op`, named by its path in the model
(`/model/layers.3/attn/q_proj/MatMul`), so a profile or an error message points straight at the
layer it comes from. Constants are named by dtype and value and made once. Weights are written to
the external-data file the moment they are added, so building a 9B graph never holds more than
one tensor in memory.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

# ORT 1.31 reads IR version <= 13; onnx 1.23 writes 14 by default. 10 is what every EP we ship
# accepts (DirectML's 1.24 included).
IR_VERSION = 10
# 21 for DequantizeLinear with block_size and 4-bit types (the dequantize lowering). Every offered EP
# has kernels at 21 (runtime/graph/placement/); CoreML's builders stop at 20 (docs/providers.md).
OPSET = 21
ORIEL_DOMAIN = "oriel"
MS_DOMAIN = "com.microsoft"

# External data is page-aligned: ONNX Runtime memory-maps an external tensor only when its
# offset is a multiple of the page size, and a mapped tensor costs no RAM until it is touched
# (the embedding table is touched a few rows at a time).
_ALIGN = 4096


class GraphBuilder:
    """Accumulates one ONNX graph; `model()` returns the finished ModelProto."""

    def __init__(self, name: str, data_path: Path | None = None) -> None:
        self.name = name
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[TensorProto] = []
        self.inputs: list[onnx.ValueInfoProto] = []
        self.outputs: list[onnx.ValueInfoProto] = []
        self.functions: list[onnx.FunctionProto] = []
        self.opsets: dict[str, int] = {"": OPSET}
        self._constants: dict[tuple[Any, ...], str] = {}
        self._names: set[str] = set()
        self._data_path = data_path
        self._data: BinaryIO | None = None
        self._data_offset = 0

    # -- graph interface -------------------------------------------------------------------------

    def input(self, name: str, elem_type: int, shape: Sequence[int | str]) -> str:
        self.inputs.append(helper.make_tensor_value_info(name, elem_type, list(shape)))
        return name

    def output(self, value: str, name: str, elem_type: int, shape: Sequence[int | str]) -> str:
        """Expose `value` as graph output `name`; returns the name to use for it from now on.

        The node that computes `value` is made to write `name` itself: an Identity in between
        would make ORT copy the tensor every run (a whole KV cache, every decode step).
        """
        producer = next((n for n in reversed(self.nodes) if value in n.output), None)
        if producer is None:  # a graph input or a weight
            self.nodes.append(helper.make_node("Identity", [value], [name], name=f"{name}/Identity"))
        elif value != name:
            producer.output[list(producer.output).index(value)] = name
            for node in self.nodes:
                for k, used in enumerate(node.input):
                    if used == value:
                        node.input[k] = name
        self.outputs.append(helper.make_tensor_value_info(name, elem_type, list(shape)))
        return name

    def op(
        self,
        op_type: str,
        inputs: Sequence[str],
        path: str,
        *,
        outputs: int = 1,
        domain: str = "",
        **attrs: Any,
    ) -> Any:
        """Add one node named `{path}/{op_type}`; returns its output name (or list of names)."""
        node_name = self._unique(f"{path}/{op_type}")
        out = [f"{node_name}/output_{i}" for i in range(outputs)]
        self.nodes.append(
            helper.make_node(op_type, list(inputs), out, name=node_name, domain=domain, **attrs)
        )
        if domain and domain not in self.opsets:
            self.opsets[domain] = 1
        return out[0] if outputs == 1 else out

    def const(self, value: Any, dtype: type = np.float32) -> str:
        """A constant tensor, shared by everyone who asks for the same dtype and value."""
        arr: np.ndarray = np.asarray(value, dtype=dtype)
        key = (arr.dtype.str, arr.shape, arr.tobytes())
        if key not in self._constants:
            if arr.size == 1:
                label = f"{arr.dtype.name}_{arr.reshape(-1)[0]!r}".replace("-", "neg").replace(".", "p")
                label += "" if arr.ndim == 0 else "_" + "x".join(map(str, arr.shape))
            else:
                label = f"{arr.dtype.name}_{'x'.join(map(str, arr.shape))}_{len(self._constants)}"
            name = f"/const/{label}"
            self.initializers.append(numpy_helper.from_array(arr, name))
            self._constants[key] = name
        return self._constants[key]

    def ints(self, *values: int) -> str:
        """A 1-D int64 constant (shapes, axes, slice bounds)."""
        return self.const(list(values), np.int64)

    def weight(self, name: str, array: np.ndarray) -> str:
        """A named weight, written to the external-data file now (or kept inline without one)."""
        array = np.ascontiguousarray(array)
        tensor = numpy_helper.from_array(array, name)
        if self._data_path is not None and array.nbytes >= 1024:
            self._write_external(tensor, array)
        self.initializers.append(tensor)
        return name

    def add_function(self, fn: onnx.FunctionProto) -> None:
        self.functions.append(fn)
        self.opsets.setdefault(fn.domain, 1)

    # -- finishing -------------------------------------------------------------------------------

    def model(self, doc: str = "") -> onnx.ModelProto:
        if self._data is not None:
            self._data.flush()
            os.fsync(self._data.fileno())
            self._data.close()
            self._data = None
        graph = helper.make_graph(self.nodes, self.name, self.inputs, self.outputs, self.initializers)
        opsets = [helper.make_opsetid(d, v) for d, v in sorted(self.opsets.items())]
        model = helper.make_model(graph, opset_imports=opsets, functions=self.functions, doc_string=doc)
        model.ir_version = IR_VERSION
        model.producer_name = "oriel"
        return model

    # -- internals -------------------------------------------------------------------------------

    def _unique(self, name: str) -> str:
        candidate, n = name, 1
        while candidate in self._names:
            candidate, n = f"{name}_{n}", n + 1
        self._names.add(candidate)
        return candidate

    def _write_external(self, tensor: TensorProto, array: np.ndarray) -> None:
        assert self._data_path is not None
        if self._data is None:
            self._data = open(self._data_path, "wb")  # noqa: SIM115 - closed in model()
        pad = (-self._data_offset) % _ALIGN
        self._data.write(b"\0" * pad)
        self._data_offset += pad
        self._data.write(array.tobytes())
        tensor.ClearField("raw_data")
        tensor.data_location = TensorProto.EXTERNAL
        for key, value in (
            ("location", self._data_path.name),
            ("offset", str(self._data_offset)),
            ("length", str(array.nbytes)),
        ):
            entry = tensor.external_data.add()
            entry.key, entry.value = key, value
        self._data_offset += array.nbytes


def save_model(model: onnx.ModelProto, path: Path) -> None:
    """Write the graph proto (weights already live in external data) and fsync it."""
    with open(path, "wb") as f:
        f.write(model.SerializeToString())
        f.flush()
        os.fsync(f.fileno())
