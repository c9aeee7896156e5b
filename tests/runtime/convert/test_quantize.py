"""Block quantization: the packing ORT's kernels read, the error of the scale search against plain
round-to-nearest, and int4 / int8 packages against fp32 on the tiny models."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from devtools.agreement import logits_agreement
from runtime.convert.converter import convert
from runtime.convert.quantize import dequantize, quantize, unpack
from runtime.generate.engine import Prompt
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage

RNG = np.random.default_rng(0)


def _single_node_session(node: helper.NodeProto, inputs, output: str, inits) -> ort.InferenceSession:
    graph = helper.make_graph(
        [node], "q", inputs, [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)], inits
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    model.ir_version = 10
    return ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])


@pytest.mark.parametrize("bits", [4, 8])
@pytest.mark.parametrize("block", [32, 64, 128])
def test_matmul_nbits_reads_our_layout(bits: int, block: int) -> None:
    """accuracy_level 0 (no activation quantization): ORT computes x @ dequantize(W)^T exactly."""
    n, k = 96, 320  # k not a multiple of 128: the last block is padded
    w = RNG.standard_normal((n, k)).astype(np.float32)
    q = quantize(w, bits=bits, block_size=block)
    inits = [
        numpy_helper.from_array(q.packed, "B"),
        numpy_helper.from_array(q.scales, "S"),
        numpy_helper.from_array(q.zero_points, "Z"),
    ]
    node = helper.make_node(
        "MatMulNBits",
        ["A", "B", "S", "Z"],
        ["Y"],
        domain="com.microsoft",
        K=k,
        N=n,
        bits=bits,
        block_size=block,
    )
    sess = _single_node_session(
        node, [helper.make_tensor_value_info("A", TensorProto.FLOAT, [3, k])], "Y", inits
    )
    x = RNG.standard_normal((3, k)).astype(np.float32)
    expected = x @ dequantize(q).T
    np.testing.assert_allclose(sess.run(None, {"A": x})[0], expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("weights", ["int8", "int4", "fp32"])
def test_embedding_rows_come_from_the_heads_bytes(tmp_path, weights) -> None:
    """A tied table is stored once: the head's MatMulNBits (or Gemm) reads it, and the session
    looks token rows up in the same bytes of the weight file."""
    import onnx

    from devtools.tiny_models import tiny_checkpoint
    from runtime.convert.checkpoint import Checkpoint
    from runtime.generate.embedding import EMBEDDING, EmbeddingTable

    src = tiny_checkpoint("gqa1-tied")
    folder = convert(src, tmp_path / weights, weights=weights, block_size=32)
    graph = onnx.load(str(folder / "decoder.onnx"), load_external_data=False).graph
    head = next(n for n in graph.node if n.name.startswith("/lm_head"))
    table = EMBEDDING if weights == "fp32" else f"{EMBEDDING}.qweight"
    assert head.input[1] == table
    assert sum(t.name.startswith(EMBEDDING) for t in graph.initializer) == (1 if weights == "fp32" else 3)

    session = DecoderSession(ModelPackage.open(folder), provider="cpu")
    assert isinstance(session.embedding, EmbeddingTable)
    ids = np.array([0, 7, 999, 7, 150])
    full = np.asarray(Checkpoint(src).read(EMBEDDING), dtype=np.float32)
    if weights != "fp32":
        full = dequantize(quantize(full, bits={"int8": 8, "int4": 4}[weights], block_size=32))
    np.testing.assert_array_equal(session.embedding.lookup(ids), full[ids])


def test_pack_roundtrip_odd_widths() -> None:
    codes = RNG.integers(0, 16, (5, 7), dtype=np.uint8)
    from runtime.convert.quantize import _pack

    np.testing.assert_array_equal(unpack(_pack(codes, 4), 4, 7), codes)


@pytest.mark.parametrize(
    ("block", "bound"),
    # The best any per-block scale/zero-point choice can do on Gaussian weights with an integer
    # zero point is 0.900x / 0.908x / 0.890x (a brute-force search; see runtime/convert/quantize.py).
    [(32, 0.905), (64, 0.915), (128, 0.895)],
)
def test_scale_search_beats_round_to_nearest(block: int, bound: float) -> None:
    w = RNG.standard_normal((512, 2048)).astype(np.float32) * 0.02
    rtn = np.square(dequantize(quantize(w, block_size=block, search=False)) - w)
    searched = np.square(dequantize(quantize(w, block_size=block)) - w)
    ratio = searched.sum() / rtn.sum()
    assert ratio <= bound, f"block {block}: {ratio:.3f} of RTN's squared error"
    # and never worse than RTN on any single block
    per_block_rtn = rtn.reshape(512, -1, block).sum(-1)
    per_block = searched.reshape(512, -1, block).sum(-1)
    assert (per_block <= per_block_rtn * (1 + 1e-5) + 1e-12).all()


def test_constant_and_zero_blocks_are_exact() -> None:
    w = np.zeros((4, 64), np.float32)
    w[1] = 0.5
    w[2, :32] = -3.0
    np.testing.assert_allclose(dequantize(quantize(w)), w, atol=1e-6)


@pytest.mark.slow
def test_quantized_packages_track_fp32(packages, tmp_path) -> None:
    """Teacher-forced over 256 positions of a tiny model. Tiny random models are the worst case:
    with hidden size 64 a 32-wide block is half a row, and random weights amplify any change, so
    the bounds here are loose sanity bounds; the exact check of the int graphs is the test below,
    and README reports the figures (bench/quality.py)."""
    from devtools.tiny_models import tiny_checkpoint

    name = "gqa1-tied"
    fp32 = DecoderSession(ModelPackage.open(packages(name)), provider="cpu")
    ids = Prompt.from_ids(RNG.integers(0, 990, 256)).ids
    results = {}
    for weights in ("int8", "int4"):
        quant_dir = convert(tiny_checkpoint(name), tmp_path / weights, weights=weights)
        results[weights] = logits_agreement(
            fp32, DecoderSession(ModelPackage.open(quant_dir), provider="cpu"), ids
        )
    (err8, agree8), (err4, agree4) = results["int8"], results["int4"]
    assert err8 <= 0.15 and agree8 >= 0.85, results
    assert err4 <= 0.8 and agree4 >= 0.35, results
    assert err8 * 3 <= err4, results


@pytest.mark.slow
@pytest.mark.parametrize("weights", ["int8", "int4"])
def test_quantized_graph_equals_fp32_graph_of_dequantized_weights(tmp_path, weights) -> None:
    """The whole int graph (MatMulNBits, GatherBlockQuantized, the shared tied head) computes
    exactly what the fp32 graph computes with each quantized matrix replaced by its dequantized
    value: any layout or wiring mistake shows up here, free of quantization error."""
    import shutil

    from safetensors.numpy import save_file

    from devtools.tiny_models import tiny_checkpoint
    from runtime.convert.checkpoint import Checkpoint

    src = tiny_checkpoint("gqa1-tied")
    ckpt = Checkpoint(src)
    bits = {"int8": 8, "int4": 4}[weights]
    # The decoder quantizes every 2-D text weight except the GDN gate projections.
    tensors = {}
    for name in ckpt.names():
        w = np.asarray(ckpt.read(name))
        if (
            name.startswith("model.language_model.")
            and w.ndim == 2
            and "in_proj_a" not in name
            and "in_proj_b" not in name
        ):
            w = dequantize(quantize(w, bits=bits, block_size=32))
        tensors[name] = w
    dequantized = tmp_path / "dequantized"
    shutil.copytree(src, dequantized)
    save_file(tensors, str(dequantized / "model.safetensors"))

    reference = DecoderSession(ModelPackage.open(convert(dequantized, tmp_path / "ref")), provider="cpu")
    quant_dir = convert(src, tmp_path / "q", weights=weights, block_size=32, accuracy_level=0)
    quant = DecoderSession(ModelPackage.open(quant_dir), provider="cpu")
    ids = RNG.integers(0, 990, 70)
    pos = np.broadcast_to(np.arange(70), (3, 70)).copy()
    expected = reference.forward(reference.empty_state(), ids, pos)
    got = quant.forward(quant.empty_state(), ids, pos)
    assert np.abs(got - expected).max() <= 1e-4 * max(1.0, float(np.abs(expected).max()))


@pytest.mark.parametrize("weights", ["int8", "int4"])
@pytest.mark.parametrize("block", [32, 128])
def test_dequantize_lowering_for_coreml_matches_matmul_nbits(tmp_path, weights, block) -> None:
    """The DequantizeLinear + MatMul form (for providers without MatMulNBits) reads the same
    bytes and computes the same logits; block 128 on the tiny model pads K (hidden 64)."""
    import onnx

    from devtools.tiny_models import tiny_checkpoint
    from runtime.graph.lowering import PORTABLE, lowered_graph_path

    package = convert(
        tiny_checkpoint("gqa2-untied"), tmp_path / "q", weights=weights, block_size=block, accuracy_level=0
    )
    canonical = package / "decoder.onnx"
    lowered = lowered_graph_path(canonical, PORTABLE, ort.__version__, dequantize=True)
    ops = {n.op_type for n in onnx.load(str(lowered), load_external_data=False).graph.node}
    assert "MatMulNBits" not in ops and "DequantizeLinear" in ops
    assert (package / "decoder.onnx.data").stat().st_size == (
        tmp_path / "q" / "decoder.onnx.data"
    ).stat().st_size

    session = DecoderSession(ModelPackage.open(package), provider="cpu", ops=PORTABLE)
    ids = RNG.integers(0, 990, 9)
    pos = np.broadcast_to(np.arange(9), (3, 9)).copy()
    expected = session.forward(session.empty_state(), ids, pos)
    session.session = ort.InferenceSession(str(lowered), providers=["CPUExecutionProvider"])
    got = session.forward(session.empty_state(), ids, pos)
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4 * max(1.0, float(np.abs(expected).max())))


@pytest.mark.slow
def test_quantized_package_keeps_the_vision_encoder_in_int8(packages, tmp_path) -> None:
    """An int4 package stores the encoder as int8 MatMulNBits; its features stay within a few
    percent of the fp32 encoder's (the tiny tower has hidden size 32, the harshest case)."""
    import onnx

    from devtools.images import tiny_image as image
    from devtools.tiny_models import tiny_checkpoint
    from runtime.vision.encoder import VisionEncoder

    name = "gqa2-untied"
    quant = ModelPackage.open(convert(tiny_checkpoint(name), tmp_path / "int4", weights="int4"))
    nbits = [
        n
        for n in onnx.load(str(quant.file("vision.onnx")), load_external_data=False).graph.node
        if n.op_type == "MatMulNBits"
    ]
    assert nbits and all(a.i == 8 for n in nbits for a in n.attribute if a.name == "bits")
    picture = image(0)
    expected = VisionEncoder(ModelPackage.open(packages(name))).encode(picture)
    got = VisionEncoder(quant).encode(picture)
    assert np.linalg.norm(got - expected) / np.linalg.norm(expected) < 0.05


def test_stacked_rows_quantize_to_the_separate_codes() -> None:
    """matmul_split quantizes [W1; W2; W3] as one matrix: every row keeps its own codes."""
    from runtime.graph.linear import _StackedRows

    rng = np.random.default_rng(5)
    parts = [rng.standard_normal((n, 256)).astype(np.float32) for n in (40, 8, 8)]
    stacked = _StackedRows(parts)
    assert stacked.shape == (56, 256)
    np.testing.assert_array_equal(stacked[30:50], np.concatenate(parts)[30:50])
    joined = quantize(stacked, bits=4, block_size=64)
    separate = [quantize(p, bits=4, block_size=64) for p in parts]
    np.testing.assert_array_equal(joined.packed, np.concatenate([q.packed for q in separate]))
    np.testing.assert_array_equal(joined.scales, np.concatenate([q.scales for q in separate]))
    np.testing.assert_array_equal(joined.zero_points, np.concatenate([q.zero_points for q in separate]))
