"""`python -m bench`: Oriel against its peers on random checkpoints at the real Qwen3.5 shapes.

For each size: build (or reuse) the random checkpoint, convert it with every runtime's own tool,
then run the runtimes alternately in rounds (A B C A B C ...), each run a fresh process given
every core, and report medians of the same rounds with Oriel's ratio to each peer. The table is
printed and appended, with the machine, versions and command, to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import numpy as np

from bench import report
from bench.checkpoints import CACHE, REPO, SIZES, checkpoint
from bench.runners import RunnerOptions, all_runners
from bench.runners.base import Measurement, Runner, read_prepare_record
from bench.runners.child import RESULT_PREFIX
from runtime.convert.converter import DEFAULT_BLOCK_SIZE

RESULTS = REPO / "bench" / "RESULTS.md"
# Token ids of ordinary text (Qwen3.5's added tokens start at 248044).
ORDINARY_TOKENS = 248044


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="0.8b,2b,4b", help=f"comma-separated, of {', '.join(SIZES)}")
    p.add_argument("--rounds", type=int, default=3, help="rounds of every runtime (medians are reported)")
    p.add_argument("--prompt-tokens", type=int, default=512)
    p.add_argument("--new-tokens", type=int, default=128)
    p.add_argument(
        "--only", help="comma-separated runtimes (default: all): " + ", ".join(all_runners(RunnerOptions()))
    )
    p.add_argument(
        "--skip-missing", action="store_true", help="skip runtimes named in --only that are not installed"
    )
    p.add_argument(
        "--threads", type=int, default=os.cpu_count(), help="threads for every runtime (all cores)"
    )
    p.add_argument(
        "--oriel-weights", default="auto", help="Oriel weight format (auto: int4 when the converter has it)"
    )
    p.add_argument(
        "--block-size",
        type=int,
        default=DEFAULT_BLOCK_SIZE,
        help=f"Oriel int4/int8 block size (default: the converter's, {DEFAULT_BLOCK_SIZE})",
    )
    p.add_argument(
        "--omp-passive",
        action="store_true",
        help="OMP_WAIT_POLICY=PASSIVE for every run (llama.cpp and torch use OpenMP): on cores shared "
        "with other work, spinning OpenMP threads slow llama.cpp's decode by up to 10x",
    )
    p.add_argument("--timeout", type=int, default=3600, help="seconds one run may take")
    p.add_argument("--results", type=Path, default=RESULTS, help="the Markdown file to append to")
    p.add_argument(
        "--prepare-only", action="store_true", help="build the checkpoints and conversions, measure nothing"
    )
    p.add_argument("--no-record", action="store_true", help="print the tables but do not append them")
    return p.parse_args(argv)


def select(runners: dict[str, Runner], only: str | None, skip_missing: bool) -> list[Runner]:
    """The runners to use; peers that are not installed are skipped with a message."""
    names = [n.strip() for n in only.split(",")] if only else list(runners)
    unknown = [n for n in names if n not in runners]
    if unknown:
        raise SystemExit(f"bench: unknown runtime {', '.join(unknown)} (choose from {', '.join(runners)})")
    chosen = []
    for name in names:
        why = runners[name].missing()
        if why is None:
            chosen.append(runners[name])
        elif only and not skip_missing:
            raise SystemExit(f"bench: {name} cannot run: {why} (or pass --skip-missing)")
        else:
            log(f"skipping {name}: {why} (the peers come from the `bench` extra)")
    return chosen


def run_child(runner: Runner, artifact: Path, options: RunnerOptions, prompt: list[int], args) -> Measurement:
    command = [
        sys.executable,
        "-m",
        "bench.runners.child",
        runner.name,
        str(artifact),
        "--options",
        json.dumps(dataclasses.asdict(options)),
        "--prompt",
        ",".join(map(str, prompt)),
        "--new-tokens",
        str(args.new_tokens),
        "--threads",
        str(args.threads),
    ]
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"} if args.omp_passive else None
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=args.timeout)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return Measurement(**json.loads(line[len(RESULT_PREFIX) :]))
    tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
    raise RuntimeError(f"exit status {done.returncode}\n{tail}")


def bandwidth(threads: int) -> float:
    done = subprocess.run(
        [sys.executable, "-m", "bench.bandwidth", str(threads)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip()) * 1e9


def warm_page_cache(path: Path) -> None:
    """Read an artifact once so that the first round's load is not the only one from disk."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    for f in files:
        with open(f, "rb") as fh:
            while fh.read(1 << 24):
                pass


def prepare(
    ckpt: Path, size: str, runners: list[Runner]
) -> tuple[list[report.RunnerResults], dict[str, Path]]:
    """Convert the checkpoint for every runner; the results to fill, and what each run loads."""
    import psutil

    results: list[report.RunnerResults] = []
    artifacts: dict[str, Path] = {}
    for runner in runners:
        log(f"[{size}] preparing {runner.label()}")
        try:
            artifact = runner.prepare(ckpt, log)
        except (subprocess.CalledProcessError, RuntimeError, OSError) as e:
            results.append(
                report.RunnerResults(runner.name, runner.label(), 0, None, error=f"conversion: {e}")
            )
            continue
        entry = report.RunnerResults(
            runner.name,
            runner.label(),
            runner.weight_bytes_per_token(artifact),
            read_prepare_record(artifact).get("convert_s"),
        )
        needed, available = runner.memory_needed(artifact), psutil.virtual_memory().available
        if needed > available:
            entry.error = f"needs ~{needed / 1e9:.0f} GB, {available / 1e9:.0f} GB available"
            log(f"[{size}] skipping {runner.name}: {entry.error}")
        else:
            artifacts[runner.name] = artifact
            warm_page_cache(artifact)
        results.append(entry)
    return results, artifacts


def bench_size(size: str, runners: list[Runner], options: RunnerOptions, args) -> str:
    """Prepare, then run the rounds for one checkpoint; its Markdown section."""
    ckpt = checkpoint(size, log=log)
    results, artifacts = prepare(ckpt, size, runners)
    if args.prepare_only:
        return ""
    rng = np.random.default_rng(20261129)
    prompt = [int(x) for x in rng.integers(0, ORDINARY_TOKENS, args.prompt_tokens)]
    bandwidths, loads = [], []
    for round_no in range(1, args.rounds + 1):
        loads.append(os.getloadavg()[0])  # other users of the cores show here
        bandwidths.append(bandwidth(args.threads))
        log(f"[{size}] round {round_no}/{args.rounds}: bandwidth {bandwidths[-1] / 1e9:.1f} GB/s")
        for entry, runner in zip(results, runners, strict=True):
            if entry.name not in artifacts:
                continue
            try:
                m: Measurement | None = run_child(runner, artifacts[entry.name], options, prompt, args)
                assert m is not None
                if m.generated != args.new_tokens:
                    raise RuntimeError(f"generated {m.generated} tokens instead of {args.new_tokens}")
                log(
                    f"[{size}]   {runner.name}: prefill {m.prefill_tps:.1f} tok/s, decode {m.decode_tps:.2f} "
                    f"tok/s, TTFT {m.ttft_s:.2f} s, load {m.load_s:.2f} s, "
                    f"RSS {m.peak_rss_bytes / 1e9:.2f} GB"
                )
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                log(f"[{size}]   {runner.name} failed: {e}")
                entry.error = str(e).splitlines()[0]
                m = None
            entry.runs.append(m)
        for entry in results:  # runs that never started count as failed in this round
            entry.runs += [None] * (round_no - len(entry.runs))
    title = f"Qwen3.5-{size.upper()} shape, random weights ({ckpt.name})"
    return report.size_section(title, results, bandwidths, loads)


@contextlib.contextmanager
def exclusive_machine():
    """One benchmark at a time: two would share the cores and each other's cache folders."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; run one benchmark at a time by hand
        yield
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "bench.lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            log(f"waiting for another `python -m bench` (pid {lock.read().strip() or '?'}) to finish")
            fcntl.flock(lock, fcntl.LOCK_EX)
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()
        yield


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    options = RunnerOptions(oriel_weights=args.oriel_weights, block_size=args.block_size)
    runners = select(all_runners(options), args.only, args.skip_missing)
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    if unknown := [s for s in sizes if s not in SIZES]:
        raise SystemExit(f"bench: unknown size {', '.join(unknown)} (choose from {', '.join(SIZES)})")
    if not runners:
        raise SystemExit("bench: no runtime to measure")
    versions: dict[str, str] = {}
    for runner in runners:
        versions |= runner.versions()
    versions["numpy"] = np.__version__
    if os.getloadavg()[0] > (os.cpu_count() or 1) and not (args.omp_passive or args.prepare_only):
        log("the cores are busy with other work: consider --omp-passive (see --help)")
    workload = (
        f"{args.prompt_tokens}-token prompt, {args.new_tokens} new tokens (greedy, no stop token), "
        f"{args.threads} threads per runtime"
        + (", OMP_WAIT_POLICY=PASSIVE" if args.omp_passive else "")
        + f", {args.rounds} alternating rounds; figures are medians; "
        "each run is a fresh process: load, warm-up (16 tokens + 4 steps), then the timed generation"
    )
    command = "python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:])
    with exclusive_machine():
        sections = [bench_size(size, runners, options, args) for size in sizes]
    if args.prepare_only:
        return 0
    text = report.header(command.strip(), workload, versions) + "\n" + "\n".join(sections)
    print(text)
    if not args.no_record:
        report.append(args.results, text)
        log(f"appended to {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
