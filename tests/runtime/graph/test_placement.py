"""Placement by the tables: every node of each provider's graph runs on that provider, or is allowed.

`devtools.placement` loads the graphs a provider is handed (lowered as the runtime lowers them,
then ORT's basic optimizations with the options the runtime sets) and matches every node against
`runtime/graph/placement/<provider>.tsv`. A change that sends one more node to the CPU fails
here unless it is added to `ALLOWED` with its reason.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from devtools import placement
from runtime.convert.converter import convert
from runtime.providers import AUTO_ORDER, CPU, NAMES

pytestmark = pytest.mark.slow

# (provider, domain, op, type) that may run on the CPU, and why. Nothing else may.
ALLOWED = {
    # WebGPU's Squeeze has no int64 kernel, even with enableInt64 (int64 arithmetic, Concat,
    # Cast, Range, Unsqueeze, Expand and Gather have). These squeeze the 1-element chunk lengths
    # of the attention layers to scalars: 8 bytes each. ORT's own placement on the WebGPU plugin
    # (lavapipe, docs/providers.md) left exactly these on the CPU.
    ("webgpu", "ai.onnx", "Squeeze", "int64"),
    # The If that picks the one-token delta-rule step or the chunk body (runtime.graph.lowering)
    # reads a 1-element bool. DirectML registers If up to opset 19 only, so the If node is the
    # CPU's; ORT places the nodes of each branch on their own, on DirectML.
    ("dml", "ai.onnx", "If", "bool"),
}
# Nodes that carry a model's matmul work: none of these may leave an offered provider.
MATMUL_WORK = {"MatMul", "Gemm", "MatMulNBits", "DequantizeLinear", "LinearAttention", "MultiHeadAttention"}


@pytest.fixture(scope="module")
def int4_package(tmp_path_factory) -> Path:
    from devtools.tiny_models import tiny_checkpoint

    return convert(tiny_checkpoint("gqa1-tied"), tmp_path_factory.mktemp("int4") / "pkg", weights="int4")


OFFERED = [NAMES[p] for p in AUTO_ORDER if p != CPU]


@pytest.fixture(scope="module")
def placements(int4_package):
    cache: dict[str, list[placement.Placement]] = {}

    def get(provider: str) -> list[placement.Placement]:
        if provider not in cache:
            cache[provider] = placement.placement(int4_package, provider)
        return cache[provider]

    return get


@pytest.mark.parametrize("provider", OFFERED)
def test_no_node_leaves_an_offered_provider_beyond_the_allow_list(placements, provider: str) -> None:
    unexpected = [
        f"{p.graph}: {n.name} ({n.domain}.{n.op}, {n.dtype})"
        for p in placements(provider)
        for n in p.falling_back
        if (provider, n.domain, n.op, n.dtype) not in ALLOWED
    ]
    assert not unexpected, f"{provider} would run these on the CPU:\n" + "\n".join(unexpected)


@pytest.mark.parametrize("provider", OFFERED)
def test_no_offered_provider_runs_matmuls_on_the_cpu(placements, provider: str) -> None:
    for p in placements(provider):
        assert not [n.name for n in p.falling_back if n.op in MATMUL_WORK], p.graph


def test_coreml_would_dequantize_every_weight_on_the_cpu(placements) -> None:
    """Why CoreML is not offered (docs/providers.md): its graph's weights go through the CPU."""
    decoder = next(p for p in placements("coreml") if p.graph == "decoder")
    refused = decoder.groups()
    assert refused[("ai.onnx", "DequantizeLinear", "uint4")] > 0
    assert refused[("ai.onnx", "Transpose", "float")] > 0  # opset 21 > CoreML's 20


def test_every_table_row_cites_an_onnxruntime_source() -> None:
    for provider in placement.tabled_providers():
        path = placement.TABLES / f"{provider}.tsv"
        lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t"))
        assert rows, provider
        for row in rows:
            assert row["source"].startswith(("onnxruntime/", "docs/")), (provider, row["op"])
            assert row["domain"] in ("ai.onnx", "com.microsoft"), (provider, row["op"])
            int(row["opset_first"])
