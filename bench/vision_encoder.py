"""`python -m bench.vision_encoder`: time the vision encoder on one 1024-token image at a real shape.

Builds `vision.onnx` with Oriel's own graph builder (runtime.graph.vision) from random weights
at the vision_config of devtools/configs/qwen3.5-<size>.json (speed does not depend on the
values), int8 in blocks of 128 as quantized packages ship it (`--weights fp32` for fp32
packages), encodes a 1024 x 1024 image (64 x 64 patches, 1024 image tokens, the default token
budget) on ONNX Runtime's CPU provider, and reports the median of a few runs per operator path:
`fused` (attention lowered to com.microsoft.MultiHeadAttention, a flash-attention loop) and
`portable` (the standard-op body, which materialises the [heads, P, P] scores). The result is
appended to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort
from PIL import Image

from bench import report
from bench.checkpoints import CONFIGS, REPO
from runtime.config import VisionConfig, parse_hf_config
from runtime.convert.quantize import WeightFormat
from runtime.graph.builder import GraphBuilder, save_model
from runtime.graph.lowering import FUSED, PORTABLE, lowered_graph_path
from runtime.graph.vision import build_vision, expected_vision_shapes
from runtime.vision.positions import interpolation_taps, rotary_positions
from runtime.vision.preprocess import budget_to_max_pixels, preprocess

RESULTS = REPO / "bench" / "RESULTS.md"


def random_weights(cfg: VisionConfig, seed: int):
    """A weight source giving each encoder tensor random values of its real shape."""
    shapes = expected_vision_shapes(cfg)
    rng = np.random.default_rng(seed)

    def read(name: str) -> np.ndarray:
        shape = shapes[name]
        if len(shape) == 1:
            base = 1.0 if name.endswith("norm1.weight") or name.endswith("norm2.weight") else 0.0
            return (base + 0.02 * rng.standard_normal(shape)).astype(np.float32)
        fan_in = int(np.prod(shape[1:]))
        return (rng.standard_normal(shape, dtype=np.float32) / np.float32(fan_in**0.5)).astype(np.float32)

    return read


def build(cfg: VisionConfig, folder: Path, weights: str) -> Path:
    path = folder / "vision.onnx"
    builder = GraphBuilder("oriel-qwen3.5-vision", data_path=folder / "vision.onnx.data")
    build_vision(cfg, random_weights(cfg, seed=0), builder, WeightFormat(weights, block_size=128))
    save_model(builder.model(), path)
    return path


def time_runs(
    graph: Path, feeds: dict[str, np.ndarray], threads: int, runs: int
) -> tuple[list[float], float]:
    """Seconds of each timed run (after one warm-up) and the session's load time."""
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    started = time.perf_counter()
    session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
    load = time.perf_counter() - started
    session.run(None, feeds)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        session.run(None, feeds)
        seconds.append(time.perf_counter() - started)
    return seconds, load


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.vision_encoder", description=__doc__.splitlines()[0])
    p.add_argument("--size", default="2b", help="which devtools/configs/qwen3.5-<size>.json (default 2b)")
    p.add_argument("--tokens", type=int, default=1024, help="image tokens (a square image; default 1024)")
    p.add_argument("--threads", type=int, default=2, help="ORT intra-op threads (default 2)")
    p.add_argument("--runs", type=int, default=3, help="timed runs per path, after a warm-up (default 3)")
    p.add_argument("--ops", default=f"{FUSED},{PORTABLE}", help="operator paths to time")
    p.add_argument(
        "--weights",
        default="int8",
        choices=["int8", "fp32"],
        help="encoder weights (default int8, what quantized packages ship; fp32 in fp32 packages)",
    )
    p.add_argument("--no-record", action="store_true", help=f"do not append to {RESULTS.relative_to(REPO)}")
    args = p.parse_args(argv)

    raw = json.loads((CONFIGS / f"qwen3.5-{args.size}.json").read_text())
    cfg = parse_hf_config(raw).vision
    assert cfg is not None
    side = int(args.tokens**0.5) * 32
    image = preprocess(
        Image.fromarray(np.random.default_rng(1).integers(0, 256, (side, side, 3), dtype=np.uint8)),
        max_pixels=budget_to_max_pixels(args.tokens),
    )
    indices, weights = interpolation_taps(image.grid_thw, cfg.num_position_embeddings, image.merge_size)
    feeds = {
        "pixel_patches": np.ascontiguousarray(image.pixel_patches),
        "pos_indices": indices,
        "pos_weights": weights,
        "rotary_positions": rotary_positions(image.grid_thw, image.merge_size),
    }
    rows = []
    with tempfile.TemporaryDirectory(prefix="oriel-vision-bench-") as tmp:
        started = time.perf_counter()
        canonical = build(cfg, Path(tmp), args.weights)
        print(f"built {canonical.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        for ops in args.ops.split(","):
            graph = lowered_graph_path(canonical, ops, ort.__version__)
            seconds, load = time_runs(graph, feeds, args.threads, args.runs)
            median = statistics.median(seconds)
            rows.append((ops, median, min(seconds), max(seconds), load))
            print(
                f"{ops:>8}: {median:.2f} s median of {args.runs} ({min(seconds):.2f}..{max(seconds):.2f}), "
                f"{image.num_tokens / median:.0f} image tokens/s, session load {load:.1f} s",
                flush=True,
            )
    if not args.no_record:
        params = sum(int(np.prod(s)) for s in expected_vision_shapes(cfg).values())
        command = "python -m bench.vision_encoder " + shlex.join(argv if argv is not None else sys.argv[1:])
        workload = (
            f"the vision encoder of Qwen3.5-{args.size.upper()} (depth {cfg.depth}, "
            f"hidden {cfg.hidden_size}, {cfg.num_heads} heads, {params / 1e6:.0f}M parameters, "
            f"{args.weights} random weights), one "
            f"{side} x {side} image = {image.grid_thw[1]} x {image.grid_thw[2]} patches = "
            f"{image.num_tokens} image tokens, CPU provider, {args.threads} intra-op threads, median of "
            f"{args.runs} runs after a warm-up"
        )
        table = [
            "| operator path | median (s) | min..max (s) | image tokens/s | session load (s) |",
            "| --- | ---: | ---: | ---: | ---: |",
            *(
                f"| {ops} | {med:.2f} | {lo:.2f}..{hi:.2f} | {image.num_tokens / med:.0f} | {load:.1f} |"
                for ops, med, lo, hi, load in rows
            ),
        ]
        section = report.header(command.strip(), workload, {"onnxruntime": ort.__version__})
        report.append(RESULTS, section + "\n" + "\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
