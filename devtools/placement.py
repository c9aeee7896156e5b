"""Which nodes of Oriel's graphs would each execution provider take, by the tables in the repo?

`runtime/graph/placement/<provider>.tsv` lists, per provider, the (domain, op, opset range,
types) ONNX Runtime registers a kernel (or a CoreML builder) for, each row citing the ORT source
file it was read from. This module loads the graphs a provider is handed (the decoder and the
vision encoder, lowered exactly as the runtime lowers them), runs ORT's basic (level-1)
optimizations on them with the CPU provider (those passes are provider-independent, and they
are what every provider's GetCapability sees: the `oriel` functions inlined, constants folded,
Gelu fused), and lists the nodes no row matches: the ones ORT would run on the CPU.

`python -m devtools.placement PACKAGE [--provider cuda]` prints the per-provider counts and the
falling-back nodes grouped by (domain, op, type).
"""

from __future__ import annotations

import argparse
import collections
import csv
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import onnx
from onnx import TensorProto, helper, shape_inference

from devtools import REPO

TABLES = REPO / "runtime" / "graph" / "placement"
ONNX_DOMAIN = "ai.onnx"
# Tabled providers Oriel does not offer (runtime.providers.RETIRED), by ONNX Runtime's name.
NOT_OFFERED = {"coreml": "CoreMLExecutionProvider"}


def ep_name(provider: str) -> str:
    """ONNX Runtime's name for a provider alias."""
    from runtime.providers import ALIASES

    return ALIASES.get(provider) or NOT_OFFERED[provider]


@dataclass(frozen=True)
class Row:
    """One kernel registration: `op` in `domain` for since-versions `first`..`last`, of `types`."""

    domain: str
    op: str
    first: int
    last: int
    types: frozenset[str]  # empty: any type
    needs: str  # a provider option the kernel is registered under ("" for none)
    source: str

    def matches(self, node: NodeInfo) -> bool:
        return (
            (self.domain, self.op) == (node.domain, node.op)
            and self.first <= node.since <= self.last
            and (not self.types or node.dtype in self.types)
        )


@dataclass(frozen=True)
class NodeInfo:
    name: str
    domain: str
    op: str
    since: int  # the since_version the node resolves to at the graph's opset
    dtype: str  # the type of its first data input (Where: its X input), e.g. "float", "int64"


def load_table(provider: str, options: Mapping[str, str] | None = None) -> list[Row]:
    """The rows of `runtime/graph/placement/<provider>.tsv` (`provider` as in runtime.providers.ALIASES)
    that apply with the provider `options` the runtime passes (by default, those it passes today)."""
    if options is None:
        options = runtime_options(provider)
    rows = []
    with open(TABLES / f"{provider}.tsv", newline="") as f:
        for record in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            last = record["opset_last"]
            rows.append(
                Row(
                    record["domain"],
                    record["op"],
                    int(record["opset_first"]),
                    10**6 if last in ("", "+") else int(last),
                    frozenset(t for t in record["types"].split(",") if t and t != "*"),
                    record["needs"],
                    record["source"],
                )
            )
    return [r for r in rows if not r.needs or options.get(r.needs, "0") not in ("", "0")]


def runtime_options(provider: str) -> dict[str, str]:
    """The provider options runtime.providers passes to `provider` (an alias)."""
    from runtime import providers

    return dict(getattr(providers, "PROVIDER_OPTIONS", {}).get(ep_name(provider), {}))


def optimized(graph: Path, disabled: tuple[str, ...] = ()) -> onnx.ModelProto:
    """`graph` after ORT's basic (level-1) optimizations but `disabled`, as the CPU provider saves it."""
    import onnxruntime as ort

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "optimized.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(out)
        options.log_severity_level = 3
        options.add_session_config_entry(
            "session.optimized_model_external_initializers_file_name", "optimized.onnx.data"
        )
        extra = {"disabled_optimizers": list(disabled)} if disabled else {}
        ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"], **extra)
        return onnx.load(str(out), load_external_data=False)


_ELEM = {v: k for k, v in TensorProto.DataType.items()}


def _graphs(graph: onnx.GraphProto) -> list[onnx.GraphProto]:
    """`graph` and every subgraph under it (If branches)."""
    found = [graph]
    for n in graph.node:
        for a in n.attribute:
            if a.type == onnx.AttributeProto.GRAPH:
                found += _graphs(a.g)
    return found


def _types(model: onnx.ModelProto) -> dict[str, int]:
    """Element type of every tensor. onnx's inference does not know com.microsoft ops; every one
    Oriel's graphs use has float outputs, so those are declared and inference is run again."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    types: dict[str, int] = {}
    for _ in range(8):
        inferred = shape_inference.infer_shapes(model, strict_mode=False)
        types = {}
        for graph in _graphs(inferred.graph):
            values = [*graph.value_info, *graph.input, *graph.output]
            types.update({v.name: t for v in values if (t := v.type.tensor_type.elem_type)})
            types.update({t.name: t.data_type for t in graph.initializer})
            for n in graph.node:
                if n.op_type == "Constant":
                    types[n.output[0]] = next(a.t.data_type for a in n.attribute if a.name == "value")
        missing = [
            helper.make_tensor_value_info(o, TensorProto.FLOAT, None)
            for n in inferred.graph.node
            if n.domain == "com.microsoft"
            for o in n.output
            if o and not types.get(o)
        ]
        if not missing:
            return types
        model.graph.value_info.extend(missing)
    return types


def nodes(model: onnx.ModelProto) -> list[NodeInfo]:
    """Every node, If branches included (ORT places a branch's nodes on their own)."""
    opsets = {o.domain or ONNX_DOMAIN: o.version for o in model.opset_import}
    types = _types(model)
    infos = []
    for graph in _graphs(model.graph):
        for n in graph.node:
            domain = n.domain or ONNX_DOMAIN
            since = 1
            if domain == ONNX_DOMAIN:
                since = onnx.defs.get_schema(n.op_type, opsets[ONNX_DOMAIN], "").since_version
            data = n.input[1] if n.op_type == "Where" else next((i for i in n.input if i), "")
            dtype = _ELEM.get(types.get(data, 0), "UNDEFINED").lower()
            infos.append(NodeInfo(n.name, domain, n.op_type, since, dtype))
    return infos


def fallbacks(infos: list[NodeInfo], table: list[Row]) -> list[NodeInfo]:
    """The nodes no row of `table` takes."""
    return [n for n in infos if not any(r.matches(n) for r in table)]


def provider_graphs(package: Path, provider: str) -> dict[str, Path]:
    """The decoder and vision graphs `provider` (an alias) is handed, lowered as the runtime lowers them."""
    import json

    import onnxruntime as ort

    from runtime.graph.lowering import graphs_for

    manifest = json.loads((package / "manifest.json").read_text())
    return graphs_for(package, manifest["graphs"], ep_name(provider), ort.__version__)


@dataclass
class Placement:
    provider: str
    graph: str
    total: int
    falling_back: list[NodeInfo]

    @property
    def on_provider(self) -> int:
        return self.total - len(self.falling_back)

    def groups(self) -> collections.Counter[tuple[str, str, str]]:
        return collections.Counter((n.domain, n.op, n.dtype) for n in self.falling_back)


def placement(package: Path, provider: str) -> list[Placement]:
    from runtime import providers

    table = load_table(provider)
    disabled = getattr(providers, "DISABLED_OPTIMIZERS", {}).get(ep_name(provider), ())
    result = []
    for graph, path in provider_graphs(package, provider).items():
        infos = nodes(optimized(path, disabled))
        result.append(Placement(provider, graph, len(infos), fallbacks(infos, table)))
    return result


def tabled_providers() -> list[str]:
    return sorted(p.stem for p in TABLES.glob("*.tsv"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="a converted model package folder")
    parser.add_argument("--provider", action="append", help="cuda, dml, webgpu or coreml; default: all")
    parser.add_argument("--nodes", action="store_true", help="list every falling-back node by name")
    args = parser.parse_args(argv)
    for provider in args.provider or tabled_providers():
        for p in placement(args.package, provider):
            print(f"{provider:7} {p.graph:8} {p.on_provider:5} of {p.total:5} nodes on {provider}")
            for (domain, op, dtype), count in sorted(p.groups().items(), key=lambda kv: -kv[1]):
                print(f"{'':17}{count:5} x {domain}.{op} ({dtype}) on the CPU")
            if args.nodes:
                for n in p.falling_back:
                    print(f"{'':23}{n.name}")


if __name__ == "__main__":
    main()
