"""What every runtime runner provides, and the one timing loop they all go through.

A runner has a parent side (is the runtime installed, convert the checkpoint into its format,
how many weight bytes a decode step reads) and a child side (`load` a model object with a
`prefill` / `step` / `reset` API). `python -m bench.runners.child` loads one runner's model in a
fresh process and times it with `measure`, the same loop for every runtime:

    load -> warm-up (16-token prompt, 4 steps) -> reset
    -> prefill the prompt and pick the first token (TTFT, prefill tok/s)
    -> N-1 single-token steps (decode tok/s)

Greedy argmax everywhere and no stop tokens: random weights can produce an end-of-text token
at any step, and every runtime must generate exactly N tokens.
"""

from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

Log = Callable[[str], None]
WARMUP_PROMPT = 16
WARMUP_STEPS = 4


class Model(Protocol):
    """A loaded model, as the timing loop drives it."""

    def prefill(self, ids: Sequence[int]) -> int:
        """Feed the prompt from an empty state; return the greedy first token."""
        ...

    def step(self, token: int) -> int:
        """Feed one token; return the greedy next one."""
        ...

    def reset(self) -> None:
        """Forget everything fed so far."""
        ...

    def threads(self) -> str:
        """The threads the runtime was configured with, in its own words."""
        ...


@dataclass(frozen=True)
class Measurement:
    """One run of one runtime (a child process)."""

    load_s: float
    ttft_s: float
    prefill_tps: float
    decode_tps: float
    peak_rss_bytes: int
    threads: str
    # CPU seconds per wall second while prefilling / decoding: the cores actually kept busy
    prefill_cores: float
    decode_cores: float
    generated: int

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def peak_rss_bytes() -> int:
    """This process's peak resident set size.

    Linux's VmHWM, the high-water mark of this process image's memory: `ru_maxrss` would also
    count the parent's memory at the fork before the exec, so every child would report at least
    the benchmark driver's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def measure(load: Callable[[], Model], prompt: Sequence[int], new_tokens: int) -> Measurement:
    """Load, warm up, then time one prefill of `prompt` and `new_tokens` greedy tokens."""
    assert new_tokens >= 2 and len(prompt) > WARMUP_PROMPT
    started = time.perf_counter()
    model = load()
    load_s = time.perf_counter() - started

    token = model.prefill(prompt[:WARMUP_PROMPT])
    for _ in range(WARMUP_STEPS):
        token = model.step(token)
    model.reset()

    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    token = model.prefill(prompt)
    cpu1, t1 = _cpu_seconds(), time.perf_counter()
    generated = 1
    while generated < new_tokens:
        token = model.step(token)
        generated += 1
    cpu2, t2 = _cpu_seconds(), time.perf_counter()
    return Measurement(
        load_s=load_s,
        ttft_s=t1 - t0,
        prefill_tps=len(prompt) / (t1 - t0),
        decode_tps=(new_tokens - 1) / (t2 - t1),
        peak_rss_bytes=peak_rss_bytes(),
        threads=model.threads(),
        prefill_cores=(cpu1 - cpu0) / (t1 - t0),
        decode_cores=(cpu2 - cpu1) / (t2 - t1),
        generated=generated,
    )


def argmax(logits) -> int:
    """The greedy token of a 1-D logits array (numpy or torch)."""
    return int(logits.argmax())


class Runner(ABC):
    """One runtime: its parent side (install check, conversion, bytes) and its child side (load)."""

    name: str  # what --only takes
    peer: bool = True  # False for Oriel itself

    @abstractmethod
    def label(self) -> str:
        """The row name in the table (runtime, precision, notable options)."""

    @abstractmethod
    def missing(self) -> str | None:
        """Why this runner cannot run here (a package to install), or None."""

    @abstractmethod
    def versions(self) -> dict[str, str]:
        """Package versions that matter for this runner."""

    @abstractmethod
    def prepare(self, checkpoint: Path, log: Log) -> Path:
        """Convert `checkpoint` into what `load` reads (cached); return that path."""

    @abstractmethod
    def weight_bytes_per_token(self, artifact: Path) -> int:
        """Weight bytes one decode step reads (the embedding table's gather not counted)."""

    @abstractmethod
    def memory_needed(self, artifact: Path) -> int:
        """A rough upper bound of the child's peak RSS, to skip runs the machine cannot hold."""

    @abstractmethod
    def load(self, artifact: Path, threads: int, max_tokens: int) -> Model:
        """Child side: the loaded model, on `threads` CPU threads, for up to `max_tokens` tokens."""


def run_logged(command: list[str], log_file: Path, **kwargs) -> None:
    """Run a converter with its (long) output in `log_file`; raise with the output's tail on failure."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "w") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, **kwargs)
    if done.returncode != 0:
        tail = "\n".join(log_file.read_text(errors="replace").splitlines()[-20:])
        raise RuntimeError(
            f"{' '.join(command[:4])} ... failed (exit {done.returncode}, log {log_file}):\n{tail}"
        )


def write_prepare_record(artifact: Path, convert_s: float) -> None:
    """Note how long the conversion took, beside the artifact (the report shows it)."""
    artifact.with_name(artifact.name + ".prepare.json").write_text(json.dumps({"convert_s": convert_s}))


def read_prepare_record(artifact: Path) -> dict:
    path = artifact.with_name(artifact.name + ".prepare.json")
    return json.loads(path.read_text()) if path.exists() else {}


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def source_hash(*paths: Path) -> str:
    """A short hash of the files under `paths`: cached artifacts change when their maker does."""
    h = hashlib.sha256()
    for root in paths:
        for p in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            h.update(p.relative_to(root.parent).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:10]
