"""Bytes copied per decode step, per path: numpy feeds on a GPU, device-bound states, the CPU.

    .venv/bin/python -m bench.transfers [--size 2b] [--context 2048] [PACKAGE]

For the real shape (`devtools/configs/qwen3.5-<size>.json`) it prints what one decode step binds
from host memory (up) and to host memory (down) on each path, worked out from the state shapes
with the same rules `runtime.generate.device_binding.TransferLog` counts by. Given a PACKAGE (any
converted package, e.g. a tiny one), it also runs 8 decode steps on each path this machine has
(device-bound states run on the CPU through the same IO-binding calls) and prints the
TransferLog's figures beside the worked-out ones, which checks the rule.

"numpy on a GPU" is what main did on CUDA and WebGPU: every recurrent state and KV cache up and
its successor down, every token. "device" keeps them on the GPU: the token's embedding and
positions up, the logits down. "cpu in place" is the fused CPU path: the recurrent states and KV
caches are written in their own buffers; only the small conv states come out in new ones.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from runtime.config import FULL_ATTENTION, TextConfig, parse_hf_config

REPO = Path(__file__).resolve().parents[1]
F32 = 4


def state_sizes(config: TextConfig, context: int) -> dict[str, int]:
    """Bytes of each recurrent kind at `context` tokens: conv, recurrent, kv (all layers)."""
    conv = recurrent = kv = 0
    for kind in config.layer_types:
        if kind == FULL_ATTENTION:
            kv += 2 * config.num_key_value_heads * context * config.head_dim * F32
        else:
            conv += config.conv_dim * (config.linear_conv_kernel_dim - 1) * F32
            heads = config.linear_num_value_heads
            recurrent += heads * config.linear_key_head_dim * config.linear_value_head_dim * F32
    return {"conv": conv, "recurrent": recurrent, "kv": kv}


def step_bytes(config: TextConfig, context: int) -> dict[str, tuple[int, int]]:
    """(up, down) bytes of one decode step with `context` tokens already cached, per path."""
    token = config.hidden_size * F32 + 8 + 3 * 8  # inputs_embeds, past_length, position_ids
    logits = config.vocab_size * F32
    before, after = state_sizes(config, context), state_sizes(config, context + 1)
    return {
        "numpy on a GPU": (token + sum(before.values()), logits + sum(after.values())),
        "device": (token, logits),
        "cpu in place": (0, after["conv"]),
    }


def measured(package: Path, steps: int = 8) -> dict[str, tuple[int, int, int]]:
    """(up, down, context) of the last of `steps` decode steps, per path, on this machine's CPU."""
    from runtime.generate.session import DecoderSession
    from runtime.package import ModelPackage

    pkg = ModelPackage.open(package)
    paths = {
        "numpy on a GPU": {"ops": "fused", "device": ""},  # the numpy feeds, counted as on a GPU
        "device": {"ops": "fused", "device": "cpu"},
        "cpu in place": {"ops": "fused", "device": None},
    }
    result = {}
    for label, kwargs in paths.items():
        session = DecoderSession(pkg, provider="cpu", **kwargs)  # type: ignore[arg-type]
        if label == "numpy on a GPU":
            session._in_place = False  # what a GPU session without the binding does
        state = session.empty_state()
        prompt = np.arange(16) % 200 + 3
        logits = session.forward(state, prompt, np.tile(np.arange(16), (3, 1)))
        for t in range(16, 16 + steps):
            token = np.array([int(logits.argmax())])
            logits = session.forward(state, token, np.full((3, 1), t))
        up, down = session.transfers.last()
        result[label] = (up, down, 16 + steps - 1)
    return result


def _mb(n: int) -> str:
    return f"{n / 1e6:.3f} MB" if n >= 1e5 else f"{n / 1e3:.1f} kB"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("package", type=Path, nargs="?", help="a converted package to measure on")
    p.add_argument("--size", default="2b")
    p.add_argument("--context", type=int, default=2048)
    args = p.parse_args(argv)
    shape = REPO / "devtools" / "configs" / f"qwen3.5-{args.size}.json"
    config = parse_hf_config(json.loads(shape.read_text()))
    print(f"Qwen3.5-{args.size} shape, one decode step after {args.context} tokens:")
    for label, (up, down) in step_bytes(config.text, args.context).items():
        print(f"  {label:15} up {_mb(up):>10}  down {_mb(down):>10}")
    if args.package:
        from runtime.package import ModelPackage

        pkg_config = ModelPackage.open(args.package).config
        print(f"{args.package.name}, measured by TransferLog (worked out in brackets):")
        for label, (up, down, context) in measured(args.package).items():
            want_up, want_down = step_bytes(pkg_config.text, context)[label]
            print(f"  {label:15} up {up:>9} B ({want_up})  down {down:>9} B ({want_down})")


if __name__ == "__main__":
    main()
