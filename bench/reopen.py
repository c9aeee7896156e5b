"""Reopening a long conversation: time to first token with its saved state, against a re-prefill.

    flock /work/cpu.lock .venv/bin/python -m bench.reopen [--package DIR] [--tokens 2000,8000]

For each length N it runs what the worker runs for a text chat (the decoder session on the CPU,
the engine, a `StateStore` in a scratch folder):

1. **re-prefill**: a fresh engine answers an N-token conversation (random ordinary tokens; its
   last 20 are the generation prompt, so the resume point is N - 20). Its time to first token is
   what reopening the conversation costs without a saved state. The save after the answer is
   timed on its own (the save's cost per answer), and the file's size gives the state's size on
   disk per 1,000 tokens.
2. **reopen with the saved state**: a new engine on the same session (nothing in memory, as
   after a restart or a model switch and back) gets the follow-up turn, the conversation plus a
   100-token answer and a 30-token question, and finds the state on disk: time to first token,
   once with the file dropped from the page cache (`posix_fadvise(DONTNEED)`, as after a reboot)
   and once with it cached.

`--package` defaults to the int4 package that `python -m bench` converted for the 2B shape
(~/.cache/oriel-bench/artifacts/qwen3.5-2b-random-*/oriel-int4-*); it is read, never rebuilt.
The table is printed and, unless `--no-record`, appended to bench/RESULTS.md with the command.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

from bench import report
from bench.checkpoints import CACHE, REPO
from runtime.generate.engine import Engine, Finish, GenerationConfig, Prompt, TokenEvent
from runtime.generate.sampler import SamplingParams
from runtime.generate.session import DecoderSession
from runtime.generate.state_file import package_identity
from runtime.generate.state_store import StateStore
from runtime.package import ModelPackage

GENERATION_PROMPT = 20
ANSWER = 100
QUESTION = 30


def default_package() -> Path:
    found = sorted(p.parent for p in CACHE.glob("artifacts/qwen3.5-2b-random-*/oriel-int4-*/manifest.json"))
    if not found:
        sys.exit(
            "no converted 2B package: run `python -m bench --sizes 2b --only oriel --prepare-only` first"
        )
    return found[-1]


def timed(engine: Engine, prompt: Prompt, conversation: str | None) -> tuple[float, Finish, float]:
    """Time to first token, the Finish, and the seconds the generator ran after it (the save)."""
    config = GenerationConfig(max_new_tokens=1, sampling=SamplingParams.greedy(), stop_ids=frozenset())
    started = time.perf_counter()
    first = 0.0
    finish: Finish | None = None
    after = 0.0
    for event in engine.generate(prompt, config, conversation=conversation):
        if isinstance(event, TokenEvent) and not first:
            first = time.perf_counter() - started
        if isinstance(event, Finish):
            finish = event
            after = time.perf_counter()
    assert finish is not None
    return first, finish, time.perf_counter() - after


def drop_from_page_cache(folder: Path) -> None:
    for path in folder.rglob("*.safetensors"):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--package", type=Path)
    p.add_argument("--tokens", default="2000,8000", help="conversation lengths, comma-separated")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--no-record", action="store_true")
    args = p.parse_args()
    package_dir = args.package or default_package()
    session = DecoderSession(ModelPackage.open(package_dir), provider="cpu", threads=args.threads)
    vocab = session.config.vocab_size - 1000
    rng = np.random.default_rng(20261204)
    rows = []
    for n in (int(x) for x in args.tokens.split(",")):
        ids = [int(t) for t in rng.integers(0, vocab, n)]
        with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
            store = StateStore(Path(scratch), budget_bytes=1 << 40)
            first = Prompt.from_ids(ids)
            first = Prompt(first.ids, first.positions, n, keys=first.keys, resume_at=n - GENERATION_PROMPT)
            reprefill_s, finish, save_s = timed(Engine(session, states=store), first, "chat")
            assert finish.reused_tokens == 0
            (state_file,) = Path(scratch).rglob("*.safetensors")
            size = state_file.stat().st_size
            follow_up = ids[: n - GENERATION_PROMPT] + [
                int(t) for t in rng.integers(0, vocab, ANSWER + QUESTION)
            ]
            resumed = []
            for cold in (True, False):
                if cold:
                    drop_from_page_cache(Path(scratch))
                ttft, finish, _ = timed(Engine(session, states=store), Prompt.from_ids(follow_up), None)
                assert finish.restored and finish.reused_tokens == n - GENERATION_PROMPT
                resumed.append(ttft)
            drop_from_page_cache(Path(scratch))
            started = time.perf_counter()
            assert (
                store.find(package_identity(session.package), first.keys[: n - GENERATION_PROMPT]) is not None
            )
            read_s = time.perf_counter() - started
        rows.append((n, len(follow_up), reprefill_s, resumed[0], resumed[1], read_s, size, save_s))
        print(
            f"{n:,} tokens: re-prefill TTFT {reprefill_s:.2f} s ({n / reprefill_s:.0f} tok/s), reopen "
            f"{resumed[0]:.2f} s cold / {resumed[1]:.2f} s cached (reading {read_s:.2f} s), state "
            f"{size / 1e6:.0f} MB, save {save_s:.2f} s",
            flush=True,
        )

    (n0, *_, size0, _), (n1, *_, size1, _) = rows[0], rows[-1]
    slope = (size1 - size0) / (n1 - n0) if n1 > n0 else size0 / (n0 - GENERATION_PROMPT)
    fixed = size0 - slope * (n0 - GENERATION_PROMPT)
    lines = [
        f"Package: {package_dir.name} ({ModelPackage.open(package_dir).weight_format}), "
        f"{session.ops} ops, {args.threads} threads; the machine is a shared 2-core VM (run under "
        "/work/cpu.lock, other helpers' work idle but not stopped).",
        "",
        "| conversation | follow-up prompt | TTFT, re-prefill | TTFT, saved state (cold file) | "
        "TTFT, saved state (cached file) | reading the state (cold) | state on disk | save per answer |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, follow, reprefill_s, cold, warm, read_s, size, save_s in rows:
        lines.append(
            f"| {n:,} tokens | {follow:,} tokens | {reprefill_s:.1f} s ({n / reprefill_s:.0f} tok/s) | "
            f"{cold:.2f} s | {warm:.2f} s | {read_s:.2f} s | {size / 1e6:.0f} MB | {save_s:.2f} s |"
        )
    lines += [
        "",
        f"State on disk per 1,000 tokens: {slope * 1000 / 1e6:.1f} MB (the slope between the lengths), "
        f"plus {fixed / 1e6:.1f} MB at any length (the delta-rule states and the last logits).",
        "",
        f"The re-prefill column is the first answer's TTFT of the N-token conversation; reopening "
        f"feeds the follow-up's last {ANSWER + QUESTION} tokens after the saved state (the answer "
        "and the new question) and samples the first token. A state is the KV caches of the "
        "full-attention layers up to the resume point plus the fixed delta-rule states, fp32.",
    ]
    table = "\n".join(lines)
    print("\n" + table)
    if not args.no_record:
        command = "python -m bench.reopen " + shlex.join(sys.argv[1:])
        workload = f"conversations of {args.tokens} random tokens, greedy, 1 new token"
        versions = {"onnxruntime": ort.__version__}
        report.append(
            REPO / "bench" / "RESULTS.md", report.header(command, workload, versions) + "\n" + table + "\n"
        )


if __name__ == "__main__":
    main()
