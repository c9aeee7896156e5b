"""Single ORT kernels against the standard-op nodes they would replace, at a 2B decode step's shapes.

    .venv/bin/python -m bench.small_kernels [--runs 3000] [--threads 2]

Each case is a one-node model run on one token: the fused contrib kernel and the nodes it folds
(which ORT itself fuses where it can). Prints microseconds per run, session overhead included.
This is how the decoder's choices were made: ORT's SkipSimplifiedLayerNormalization and
LinearAttentionGate are used on the CPU, its GatedRMSNorm is not (runtime/graph/decoder.py).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from runtime.graph.builder import IR_VERSION, MS_DOMAIN, OPSET

HIDDEN, HEADS, HEAD_DIM = 2048, 16, 128  # the 2B's hidden size and delta-rule value heads


def _model(nodes: list[onnx.NodeProto], inputs: dict[str, tuple[int, ...]], output: str) -> bytes:
    graph = helper.make_graph(
        nodes,
        "case",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, list(s)) for n, s in inputs.items()],
        [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)],
        [
            numpy_helper.from_array(np.array([-1], np.int64), "last"),
            numpy_helper.from_array(np.array([2.0], np.float32), "two"),
            numpy_helper.from_array(np.array([1e-6], np.float32), "eps"),
            numpy_helper.from_array(np.array([1, 1, HEADS, HEAD_DIM], np.int64), "heads"),
            numpy_helper.from_array(np.array([1, 1, HIDDEN], np.int64), "flat"),
        ],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS_DOMAIN, 1)]
    )
    model.ir_version = IR_VERSION
    return model.SerializeToString()


def _rms(x: str, w: str, out: str, tag: str) -> list[onnx.NodeProto]:
    n = helper.make_node
    return [
        n("Pow", [x, "two"], [f"{tag}sq"]),
        n("ReduceMean", [f"{tag}sq", "last"], [f"{tag}mean"], keepdims=1),
        n("Add", [f"{tag}mean", "eps"], [f"{tag}var"]),
        n("Sqrt", [f"{tag}var"], [f"{tag}std"]),
        n("Div", [x, f"{tag}std"], [f"{tag}normed"]),
        n("Mul", [f"{tag}normed", w], [out]),
    ]


def cases() -> dict[str, tuple[bytes, bytes, dict[str, tuple[int, ...]]]]:
    """name -> (kernel model, standard-op model, input shapes)."""
    n = helper.make_node
    gated = {"x": (1, 1, HIDDEN), "w": (HEAD_DIM,), "z": (1, 1, HIDDEN)}
    gated_nodes = [
        n("Reshape", ["x", "heads"], ["x4"]),
        n("Reshape", ["z", "heads"], ["z4"]),
        *_rms("x4", "w", "normed", "r"),
        n("Sigmoid", ["z4"], ["zs"]),
        n("Mul", ["z4", "zs"], ["silu"]),
        n("Mul", ["normed", "silu"], ["y4"]),
        n("Reshape", ["y4", "flat"], ["y"]),
    ]
    skip = {"x": (1, 1, HIDDEN), "s": (1, 1, HIDDEN), "w": (HIDDEN,)}
    gate = {"a": (1, 1, HEADS), "dt": (HEADS,), "scale": (HEADS,), "b": (1, 1, HEADS)}
    return {
        "GatedRMSNorm": (
            _model(
                [
                    n(
                        "GatedRMSNorm",
                        ["x", "w", "z"],
                        ["y"],
                        domain=MS_DOMAIN,
                        epsilon=1e-6,
                        activation="silu",
                    )
                ],
                gated,
                "y",
            ),
            _model(gated_nodes, gated, "y"),
            gated,
        ),
        "SkipSimplifiedLayerNormalization": (
            _model(
                [
                    n(
                        "SkipSimplifiedLayerNormalization",
                        ["x", "s", "w"],
                        ["y", "", "", "sum"],
                        domain=MS_DOMAIN,
                        epsilon=1e-6,
                    )
                ],
                skip,
                "y",
            ),
            _model([n("Add", ["x", "s"], ["sum"]), *_rms("sum", "w", "y", "r")], skip, "y"),
            skip,
        ),
        "LinearAttentionGate": (
            _model(
                [n("LinearAttentionGate", ["a", "dt", "scale", "b"], ["y", "beta"], domain=MS_DOMAIN)],
                gate,
                "y",
            ),
            _model(
                [
                    n("Add", ["a", "dt"], ["ad"]),
                    n("Softplus", ["ad"], ["sp"]),
                    n("Mul", ["scale", "sp"], ["y"]),
                    n("Sigmoid", ["b"], ["beta"]),
                ],
                gate,
                "y",
            ),
            gate,
        ),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3000)
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()
    rng = np.random.default_rng(0)
    print("| case | ORT kernel (us) | standard-op nodes (us) |\n| --- | ---: | ---: |")
    for name, (kernel, nodes, shapes) in cases().items():
        feeds = {k: rng.standard_normal(s).astype(np.float32) for k, s in shapes.items()}
        timings = []
        for model in (kernel, nodes):
            options = ort.SessionOptions()
            options.intra_op_num_threads = args.threads
            options.log_severity_level = 3  # the shared small constants each case leaves unused
            session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
            for _ in range(200):
                session.run(None, feeds)
            started = time.perf_counter()
            for _ in range(args.runs):
                session.run(None, feeds)
            timings.append((time.perf_counter() - started) / args.runs * 1e6)
        print(f"| {name} | {timings[0]:.1f} | {timings[1]:.1f} |")


if __name__ == "__main__":
    main()
