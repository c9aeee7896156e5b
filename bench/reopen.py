"""Reopening a long conversation: time to first token with its saved state, against a re-prefill.

    flock /work/cpu.lock .venv/bin/python -m bench.reopen [--package DIR] [--tokens 2000,8000]

For each length N it runs what the worker runs for a text chat (the decoder session on the CPU,
after a warm-up, the engine, a `StateStore` in a scratch folder):

1. **re-prefill**: a fresh engine answers an N-token conversation (random ordinary tokens; its
   last 20 are the generation prompt, so the history ends at N - 20). Its time to first token is
   what reopening the conversation costs without a saved state.
2. **per answer**: the save of the history's state after the Finish, then the catch-up the
   assistant does (`Engine.extend`: the history with a 100-token answer, as the next turn
   renders it, prefilled and saved). Its file's size gives the state's size per 1,000 tokens.
3. **reopen**: a new engine on the same session (nothing in memory, as after a restart or a model
   switch and back) gets the follow-up turn, the history, the answer and a 30-token question, and
   finds the caught-up state on disk: time to first token, once with the file dropped from the
   page cache (`posix_fadvise(DONTNEED)`, as after a reboot) and once with it cached. Also timed:
   reopening from the history's state alone (feeding the answer again), and the read by itself.

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
from runtime.generate.session import DecoderSession
from runtime.generate.state_file import package_identity
from runtime.generate.state_store import StateStore
from runtime.package import ModelPackage
from runtime.protocol import Sampling

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
    config = GenerationConfig(max_new_tokens=1, sampling=Sampling.greedy(), stop_ids=frozenset())
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
    timed(Engine(session), Prompt.from_ids([int(t) for t in rng.integers(0, vocab, 16)]), None)  # warm-up
    rows = []
    load = os.getloadavg()
    for n in (int(x) for x in args.tokens.split(",")):
        ids = [int(t) for t in rng.integers(0, vocab, n)]
        history = ids[: n - GENERATION_PROMPT]
        answer = [int(t) for t in rng.integers(0, vocab, ANSWER)]
        question = [int(t) for t in rng.integers(0, vocab, QUESTION)]
        follow_up = Prompt.from_ids(history + answer + question)
        with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
            store = StateStore(Path(scratch), budget_bytes=1 << 40)
            first = Prompt.from_ids(ids)
            first = Prompt(first.ids, first.positions, n, keys=first.keys, resume_at=len(history))
            engine = Engine(session, states=store)
            reprefill_s, finish, save_s = timed(engine, first, "chat")
            assert finish.reused_tokens == 0
            # reopening from the state where the history ended: the answer is fed again too
            only_history_s, finish, _ = timed(Engine(session, states=store), follow_up, None)
            assert finish.restored and finish.reused_tokens == len(history)
            # what the assistant does after the answer: the history with the answer, saved
            started = time.perf_counter()
            engine.extend(Prompt.from_ids(history + answer), conversation="chat")
            catch_up_s = time.perf_counter() - started
            size = max(p.stat().st_size for p in Path(scratch).rglob("*.safetensors"))
            resumed = []
            for cold in (True, False):
                if cold:
                    drop_from_page_cache(Path(scratch))
                ttft, finish, _ = timed(Engine(session, states=store), follow_up, None)
                assert finish.restored and finish.reused_tokens == len(history) + ANSWER
                resumed.append(ttft)
            drop_from_page_cache(Path(scratch))
            started = time.perf_counter()
            assert store.find(package_identity(session.package), history + answer) is not None
            read_s = time.perf_counter() - started
        tokens = len(history) + ANSWER
        rows.append(
            (n, reprefill_s, resumed[0], resumed[1], only_history_s, read_s, size, tokens, save_s, catch_up_s)
        )
        print(
            f"{n:,} tokens: re-prefill TTFT {reprefill_s:.2f} s, reopen {resumed[0]:.2f} s cold / "
            f"{resumed[1]:.2f} s cached (reading {read_s:.2f} s; {only_history_s:.2f} s from the history's "
            f"state), state {size / 1e6:.0f} MB, save {save_s:.2f} s + catch-up {catch_up_s:.2f} s",
            flush=True,
        )

    size0, tokens0, size1, tokens1 = rows[0][6], rows[0][7], rows[-1][6], rows[-1][7]
    slope = (size1 - size0) / (tokens1 - tokens0) if tokens1 > tokens0 else size0 / tokens0
    fixed = size0 - slope * tokens0
    lines = [
        f"Package: {package_dir.name} ({ModelPackage.open(package_dir).weight_format}), "
        f"{session.ops} ops, {args.threads} threads. The machine is a shared 2-core VM: run under "
        f"/work/cpu.lock, but other helpers' focused tests do not take it (load average at the start "
        f"{load[0]:.1f}, at the end {os.getloadavg()[0]:.1f}).",
        "",
        "| conversation | TTFT, re-prefill | TTFT, reopen (cold file) | TTFT, reopen (cached file) | "
        "TTFT from the history's state only | reading the state (cold) | state on disk | "
        "per answer: save + catch-up |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, reprefill_s, cold, warm, only_history_s, read_s, size, _, save_s, catch_up_s in rows:
        lines.append(
            f"| {n:,} tokens | {reprefill_s:.1f} s ({n / reprefill_s:.0f} tok/s) | {cold:.2f} s | "
            f"{warm:.2f} s | {only_history_s:.2f} s | {read_s:.2f} s | {size / 1e6:.0f} MB | "
            f"{save_s:.2f} s + {catch_up_s:.2f} s |"
        )
    lines += [
        "",
        f"State on disk per 1,000 tokens: {slope * 1000 / 1e6:.1f} MB (the slope between the lengths), "
        f"plus {fixed / 1e6:.1f} MB at any length (the delta-rule states and the last logits).",
        "",
        f"Re-prefill: the first answer's TTFT of the N-token conversation (its last {GENERATION_PROMPT} "
        f"tokens are the generation prompt). Reopen: a new engine (nothing in memory, as after a "
        f"restart) gets the follow-up, the history, a {ANSWER}-token answer and a {QUESTION}-token "
        f"question, and finds on disk the state saved after the answer (the history with the answer "
        f"as the next turn renders it): it feeds the {QUESTION} question tokens. From the history's "
        f"state only (a caller that re-renders the answer differently) it feeds {ANSWER + QUESTION}. "
        f"Per answer: writing the history's state after the Finish, then the catch-up (prefilling "
        f"the {ANSWER}-token answer as history, and writing that state).",
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
