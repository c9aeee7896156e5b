"""`python -m runtime.convert SRC DST`: a Hugging Face Qwen3.5 checkpoint -> an Oriel model package.

Reads config.json and the safetensors weights tensor by tensor (no torch), checks every tensor the
graph needs against the shape the config implies before writing anything, emits the decoder graph
(and the vision encoder's when the checkpoint has one) while streaming its weights to disk,
copies the tokenizer and chat template, and writes the package atomically (see runtime.package).
Multi-token-prediction (`mtp.*`) tensors are skipped.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from runtime import __version__
from runtime.config import FULL_ATTENTION, ConfigError, TextConfig
from runtime.convert.checkpoint import Checkpoint, CheckpointError, LazyTensor
from runtime.convert.quantize import WeightFormat
from runtime.graph.builder import GraphBuilder, save_model
from runtime.graph.decoder import TEXT_PREFIX, build_decoder
from runtime.graph.vision import VISION_PREFIX, build_vision, expected_vision_shapes, vision_format
from runtime.package import DECODER, TOKENIZER_FILES, VISION, PackageError, atomic_folder, write_manifest
from runtime.store.io import disk_full_text, is_disk_full

WEIGHT_FORMATS = ("fp32", "int8", "int4")
BLOCK_SIZES = (32, 64, 128)
# Block 128 by measurement (bench/RESULTS.md, README): on the 2B it decodes ~1.5x faster than
# block 32 and needs 0.6 GB less memory (MatMulNBits' prepacked layout carries per-block sums),
# for 0.095 relative weight error against 0.077 (llama.cpp's Q4_0: 0.086).
DEFAULT_BLOCK_SIZE = 128


class ConversionError(RuntimeError):
    """Conversion failed; the message is meant for the user."""


class DiskFull(ConversionError):
    """The package did not fit on the disk; the message says how much is needed, and where."""


def expected_text_shapes(cfg: TextConfig, tied: bool) -> dict[str, tuple[int, ...]]:
    """Every decoder tensor the graph reads, with the shape the config implies."""
    h, inter = cfg.hidden_size, cfg.intermediate_size
    shapes: dict[str, tuple[int, ...]] = {
        f"{TEXT_PREFIX}embed_tokens.weight": (cfg.vocab_size, h),
        f"{TEXT_PREFIX}norm.weight": (h,),
    }
    if not tied:
        shapes["lm_head.weight"] = (cfg.vocab_size, h)
    for i, kind in enumerate(cfg.layer_types):
        p = f"{TEXT_PREFIX}layers.{i}"
        shapes |= {
            f"{p}.input_layernorm.weight": (h,),
            f"{p}.post_attention_layernorm.weight": (h,),
            f"{p}.mlp.gate_proj.weight": (inter, h),
            f"{p}.mlp.up_proj.weight": (inter, h),
            f"{p}.mlp.down_proj.weight": (h, inter),
        }
        if kind == FULL_ATTENTION:
            heads, kv, d = cfg.num_attention_heads, cfg.num_key_value_heads, cfg.head_dim
            shapes |= {
                f"{p}.self_attn.q_proj.weight": (heads * d * 2, h),
                f"{p}.self_attn.k_proj.weight": (kv * d, h),
                f"{p}.self_attn.v_proj.weight": (kv * d, h),
                f"{p}.self_attn.o_proj.weight": (h, heads * d),
                f"{p}.self_attn.q_norm.weight": (d,),
                f"{p}.self_attn.k_norm.weight": (d,),
            }
        else:
            hv = cfg.linear_num_value_heads
            shapes |= {
                f"{p}.linear_attn.in_proj_qkv.weight": (cfg.conv_dim, h),
                f"{p}.linear_attn.in_proj_z.weight": (cfg.linear_value_dim, h),
                f"{p}.linear_attn.in_proj_b.weight": (hv, h),
                f"{p}.linear_attn.in_proj_a.weight": (hv, h),
                f"{p}.linear_attn.conv1d.weight": (cfg.conv_dim, 1, cfg.linear_conv_kernel_dim),
                f"{p}.linear_attn.dt_bias": (hv,),
                f"{p}.linear_attn.A_log": (hv,),
                f"{p}.linear_attn.norm.weight": (cfg.linear_value_head_dim,),
                f"{p}.linear_attn.out_proj.weight": (h, cfg.linear_value_dim),
            }
    return shapes


def _ties_embeddings(ckpt: Checkpoint) -> bool:
    """Tied when the checkpoint has no lm_head; a present lm_head is always used (DESIGN.md)."""
    return "lm_head.weight" not in ckpt


def _check_tensors(ckpt: Checkpoint, expected: dict[str, tuple[int, ...]]) -> None:
    missing = [n for n in expected if n not in ckpt]
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise ConversionError(f"the checkpoint is missing tensor '{missing[0]}'{more}")
    for name, shape in expected.items():
        if ckpt.shape(name) != shape:
            raise ConversionError(
                f"tensor '{name}' has shape {list(ckpt.shape(name))}, but config.json implies {list(shape)}"
            )


def convert(
    src: Path,
    dst: Path,
    *,
    weights: str = "fp32",
    block_size: int = DEFAULT_BLOCK_SIZE,
    accuracy_level: int = 4,
    overwrite: bool = False,
    progress: Callable[[float, str], None] | None = None,
) -> Path:
    """Convert the checkpoint folder `src` into the package folder `dst`; returns `dst`."""
    try:
        fmt = WeightFormat(weights, block_size, accuracy_level)
    except ValueError as e:
        raise ConversionError(str(e)) from e
    try:
        ckpt = Checkpoint(src)
    except (CheckpointError, ConfigError) as e:
        raise ConversionError(str(e)) from e
    cfg = ckpt.config
    tied = _ties_embeddings(ckpt)
    expected = expected_text_shapes(cfg.text, tied)
    # A checkpoint without the tower's tensors (a text-only export) converts to a text-only package.
    vision = cfg.vision if f"{VISION_PREFIX}patch_embed.proj.weight" in ckpt else None
    if vision is not None:
        expected |= expected_vision_shapes(vision)
    _check_tensors(ckpt, expected)
    report = progress or (lambda fraction, what: None)
    done = [0]

    def read(name: str) -> LazyTensor:
        report(done[0] / len(expected), name)
        done[0] += 1
        return ckpt.read(name)

    try:
        with atomic_folder(dst, overwrite=overwrite) as out:
            builder = GraphBuilder("oriel-qwen3.5-decoder", data_path=out / (DECODER + ".data"))
            build_decoder(cfg.text, read, builder, tied_embeddings=tied, fmt=fmt)
            save_model(builder.model(doc="Qwen3.5 text decoder (Oriel)"), out / DECODER)
            if vision is not None:  # int8 in quantized packages (runtime.graph.vision.vision_format)
                encoder = GraphBuilder("oriel-qwen3.5-vision", data_path=out / (VISION + ".data"))
                build_vision(vision, read, encoder, vision_format(fmt))
                save_model(encoder.model(doc="Qwen3.5 vision encoder (Oriel)"), out / VISION)
            for name in TOKENIZER_FILES:
                if (tokenizer_file := ckpt.file(name, src.name)).exists():
                    shutil.copyfile(tokenizer_file, out / name)
            report(1.0, "manifest")
            write_manifest(
                out,
                {
                    "source": {"path": str(src.resolve())},
                    "config": cfg.to_dict(),
                    "weights": {
                        "format": fmt.name,
                        "block_size": fmt.block_size if fmt.bits else None,
                        "tied_embeddings": tied,
                    },
                    "graphs": {"decoder": DECODER} | ({"vision": VISION} if vision is not None else {}),
                    "created_by": f"oriel {__version__}",
                    "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                },
            )
    except PackageError as e:
        raise ConversionError(str(e)) from e
    except CheckpointError as e:
        raise ConversionError(str(e)) from e
    except OSError as e:
        if is_disk_full(e):
            raise DiskFull(disk_full_text(dst.parent, _package_estimate(ckpt, weights))) from e
        what = e.strerror or str(e)
        raise ConversionError(f"cannot write the package to {dst}: {what}") from e
    return dst


def _package_estimate(ckpt: Checkpoint, weights: str) -> float:
    from runtime.store.store import package_bytes

    return package_bytes(ckpt.config, weights, sum(math.prod(ckpt.shape(n)) for n in ckpt.names()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m runtime.convert",
        description="Convert a Hugging Face Qwen3.5 checkpoint into an Oriel model package.",
    )
    parser.add_argument("src", type=Path, help="Hugging Face checkpoint folder (config.json + safetensors)")
    parser.add_argument("dst", type=Path, help="package folder to create")
    parser.add_argument(
        "--weights", default="fp32", choices=WEIGHT_FORMATS, help="weight format (default fp32)"
    )
    parser.add_argument(
        "--block-size",
        type=int,
        default=DEFAULT_BLOCK_SIZE,
        choices=BLOCK_SIZES,
        help=f"quantization block size for int4/int8 (default {DEFAULT_BLOCK_SIZE})",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace an existing package at DST")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        convert(
            args.src, args.dst, weights=args.weights, block_size=args.block_size, overwrite=args.overwrite
        )
    except ConversionError as e:
        print(f"oriel-convert: error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {args.dst} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
