"""Peak memory of a 2k-token chat, against the size of the package on disk.

    .venv/bin/python -m bench.chat_memory PACKAGE [--turns 4] [--user 384] [--answer 128]

Runs, in this fresh process, what the worker runs for a text chat: the decoder session on the
CPU and the engine with its conversation state and snapshots, over `--turns` turns of
`--user` random prompt tokens and `--answer` greedy tokens each (4 x 512 = 2,048 tokens by
default). Prints the peak resident set size (VmHWM) after loading and after each turn, its
ratio to the package's size on disk (every file in the folder) and to the decoder's weights
alone, the resident size at that moment and what the engine holds for the conversation (the
live state and its snapshots). The vision encoder is loaded only when a chat has an image, so a text chat
never maps it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from runtime.generate.engine import Engine, Finish, GenerationConfig, Prompt, TokenEvent
from runtime.generate.session import DecoderSession
from runtime.package import ModelPackage
from runtime.protocol import Sampling

GB = 1e9


def memory(field: str) -> int:
    """A /proc/self/status figure in bytes: VmHWM (peak resident), VmRSS (resident now)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status (Linux only)")


def state_bytes(engine: Engine) -> int:
    """What the engine holds for the conversation: the live state and its snapshots, each buffer
    once (a snapshot's KV caches are views of the live state's)."""
    states = [s for _, s, _ in engine._snapshots] + ([engine._state] if engine._state else [])
    buffers: dict[int, int] = {}
    for state in states:
        for array in state.arrays.values():
            while isinstance(array.base, np.ndarray):
                array = array.base
            buffers[id(array)] = array.nbytes
    return sum(buffers.values())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("package", type=Path)
    p.add_argument("--turns", type=int, default=4)
    p.add_argument("--user", type=int, default=384, help="prompt tokens the user adds per turn")
    p.add_argument("--answer", type=int, default=128, help="tokens generated per turn")
    p.add_argument("--threads", type=int, default=2)
    args = p.parse_args()

    folder = args.package
    lowered = (".fused", ".portable")  # cached lowered graphs, not the package
    package_bytes = sum(
        f.stat().st_size for f in folder.iterdir() if f.is_file() and not any(k in f.name for k in lowered)
    )
    decoder_data = folder / "decoder.onnx.data"
    decoder_bytes = decoder_data.stat().st_size if decoder_data.exists() else 0
    started = time.perf_counter()
    session = DecoderSession(ModelPackage.open(folder), provider="cpu", threads=args.threads)
    engine = Engine(session)
    sizes = f"package {package_bytes / GB:.3f} GB on disk, decoder weights {decoder_bytes / GB:.3f} GB"
    print(f"{folder.name}: {sizes}")
    print(f"loaded in {time.perf_counter() - started:.1f} s\n")
    print(
        "| after | tokens in context | peak RSS GB | ÷ package | ÷ decoder weights | RSS now GB "
        "| conversation states GB | decode tok/s |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")

    def row(label: str, tokens: int, speed: str) -> None:
        rss = memory("VmHWM")
        print(
            f"| {label} | {tokens:,} | {rss / GB:.3f} | {rss / package_bytes:.2f}x | "
            f"{rss / max(decoder_bytes, 1):.2f}x | {memory('VmRSS') / GB:.3f} | "
            f"{state_bytes(engine) / GB:.3f} | {speed} |"
        )

    row("load", 0, "")
    rng = np.random.default_rng(0)
    vocab = session.config.vocab_size - 1000
    history: list[int] = []
    config = GenerationConfig(max_new_tokens=args.answer, sampling=Sampling.greedy(), stop_ids=frozenset())
    for turn in range(1, args.turns + 1):
        history += [int(t) for t in rng.integers(0, vocab, args.user)]
        answer: list[int] = []
        finish: Finish | None = None
        for event in engine.generate(Prompt.from_ids(history), config):
            if isinstance(event, Finish):
                finish = event
            elif isinstance(event, TokenEvent):
                answer.append(event.token_id)
        history += answer
        assert finish is not None
        row(f"turn {turn}", len(history), f"{finish.decode_tokens_per_second:.1f}")


if __name__ == "__main__":
    main()
