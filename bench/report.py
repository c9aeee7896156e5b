"""The benchmark's tables: medians per runtime, Oriel's ratio to each peer, the machine, versions.

Each runtime's figure is the median over the rounds of one invocation (runs alternate A B C A B
C, so slow drift of the machine hits every runtime alike). The roofline fraction is computed per
round against that round's measured bandwidth, then its median taken.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.runners.base import Measurement

REPO = Path(__file__).resolve().parents[1]


@dataclass
class RunnerResults:
    """Everything measured for one runtime on one checkpoint."""

    name: str
    label: str
    weight_bytes: int  # read per decode token
    convert_s: float | None
    runs: list[Measurement | None] = field(default_factory=list)  # one per round; None: failed
    error: str | None = None


@dataclass(frozen=True)
class Summary:
    prefill_tps: float
    decode_tps: float
    ttft_s: float
    load_s: float
    peak_rss_gb: float
    roofline: float  # decode tok/s x bytes per token / bandwidth
    threads: str
    rounds: int
    # the best round: the least disturbed by other work on the machine
    best_prefill_tps: float
    best_decode_tps: float


def summarize(r: RunnerResults, bandwidths: list[float]) -> Summary | None:
    runs = r.runs + [None] * (len(bandwidths) - len(r.runs))
    ok = [(m, bw) for m, bw in zip(runs, bandwidths, strict=True) if m is not None]
    if not ok:
        return None

    def med(values: list[float]) -> float:
        return float(statistics.median(values))

    first = ok[0][0]
    busy = f"{med([m.prefill_cores for m, _ in ok]):.1f}/{med([m.decode_cores for m, _ in ok]):.1f}"
    return Summary(
        prefill_tps=med([m.prefill_tps for m, _ in ok]),
        decode_tps=med([m.decode_tps for m, _ in ok]),
        ttft_s=med([m.ttft_s for m, _ in ok]),
        load_s=med([m.load_s for m, _ in ok]),
        peak_rss_gb=med([m.peak_rss_bytes / 1e9 for m, _ in ok]),
        roofline=med([m.decode_tps * r.weight_bytes / bw for m, bw in ok]),
        threads=f"{first.threads}; busy {busy}",
        rounds=len(ok),
        best_prefill_tps=max(m.prefill_tps for m, _ in ok),
        best_decode_tps=max(m.decode_tps for m, _ in ok),
    )


def size_section(
    title: str, results: list[RunnerResults], bandwidths: list[float], loads: list[float]
) -> str:
    """Markdown for one checkpoint: the medians, the ratios, and every round's raw figures."""
    lines = [f"### {title}", ""]
    if bandwidths:
        lines += [
            "Memory read bandwidth (numpy, all cores): "
            f"median {statistics.median(bandwidths) / 1e9:.1f} GB/s, "
            f"rounds {', '.join(f'{b / 1e9:.1f}' for b in bandwidths)}.",
            "",
        ]
    lines += [
        "| runtime | prefill tok/s | decode tok/s | TTFT s | load s | peak RSS GB | weights/token GB "
        "| decode / roofline | convert s | threads; cores busy prefill/decode |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    summaries = {r.name: summarize(r, bandwidths) for r in results}
    for r in results:
        s = summaries[r.name]
        convert = f"{r.convert_s:.0f}" if r.convert_s is not None else "-"
        if s is None:
            lines.append(
                f"| {r.label} | failed: {r.error or 'every round failed'} | | | | | | | {convert} | |"
            )
            continue
        partial = f" ({s.rounds} of {len(bandwidths)} rounds)" if s.rounds < len(bandwidths) else ""
        lines.append(
            f"| {r.label}{partial} | {s.prefill_tps:.1f} | {s.decode_tps:.2f} | {s.ttft_s:.2f} | "
            f"{s.load_s:.2f} | {s.peak_rss_gb:.2f} | {r.weight_bytes / 1e9:.3f} | {s.roofline:.0%} | "
            f"{convert} | {s.threads} |"
        )
    oriel = next((r for r in results if r.name == "oriel"), None)
    base = summaries.get("oriel")
    if oriel is not None and base is not None:
        lines += [
            "",
            f"{oriel.label} ÷ peer (tok/s: above 1 means Oriel is faster; seconds and GB: below 1 "
            "means Oriel takes less). Medians, and in brackets the best round of each (the one least "
            "disturbed by other work on the machine):",
            "",
            "| peer | prefill | decode | TTFT | load | peak RSS |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in results:
            s = summaries[r.name]
            if r.name == "oriel" or s is None:
                continue
            best_prefill = base.best_prefill_tps / s.best_prefill_tps
            best_decode = base.best_decode_tps / s.best_decode_tps
            cells = (
                f"{base.prefill_tps / s.prefill_tps:.2f}x ({best_prefill:.2f}x)",
                f"{base.decode_tps / s.decode_tps:.2f}x ({best_decode:.2f}x)",
                f"{base.ttft_s / s.ttft_s:.2f}x",
                f"{base.load_s / s.load_s:.2f}x",
                f"{base.peak_rss_gb / s.peak_rss_gb:.2f}x",
            )
            lines.append(f"| {r.label} | " + " | ".join(cells) + " |")
    lines += ["", "<details><summary>every round</summary>", ""]
    lines += [
        "| round | load avg | bandwidth GB/s | runtime | prefill tok/s | decode tok/s | TTFT s | load s "
        "| peak RSS GB | cores busy prefill/decode |",
        "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for i, (bw, load) in enumerate(zip(bandwidths, loads, strict=True)):
        start = f"| {i + 1} | {load:.1f} | {bw / 1e9:.1f} | "
        for r in results:
            m = r.runs[i] if i < len(r.runs) else None
            if m is None:
                lines.append(start + f"{r.label} | failed | | | | | |")
            else:
                lines.append(
                    start + f"{r.label} | {m.prefill_tps:.1f} | {m.decode_tps:.2f} | {m.ttft_s:.2f} "
                    f"| {m.load_s:.2f} | {m.peak_rss_bytes / 1e9:.2f} "
                    f"| {m.prefill_cores:.1f}/{m.decode_cores:.1f} |"
                )
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _has_flag(flag: str) -> bool:
    try:
        return f" {flag} " in Path("/proc/cpuinfo").read_text().replace("\n", " ")
    except OSError:
        return False


def machine() -> str:
    import psutil

    features = [f for f in ("avx2", "avx512f", "avx512_bf16", "avx512_vnni") if _has_flag(f)]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{_cpu_model()}, {os.cpu_count()} logical cores ({' '.join(features) or 'no AVX2'}), "
        f"{psutil.virtual_memory().total / 2**30:.1f} GiB RAM, {platform.platform()}; "
        f"load average at start {load}"
    )


def git_revision() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return done.stdout.strip()

    rev = git("rev-parse", "--short", "HEAD") or "unknown"
    return rev + (" + local changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def header(command: str, workload: str, versions: dict[str, str]) -> str:
    return "\n".join(
        [
            f"## {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
            "",
            f"- Command: `{command}`",
            f"- Machine: {machine()}",
            f"- Versions: python {platform.python_version()}, oriel git {git_revision()}, "
            + ", ".join(f"{k} {v}" for k, v in versions.items()),
            f"- Workload: {workload}",
            "",
        ]
    )


def append(path: Path, text: str) -> None:
    """Append a run to the results file (created with its preamble the first time)."""
    if not path.exists():
        path.write_text(
            "# Benchmark results\n\n"
            "Written by `python -m bench` (see bench/README.md); newest at the bottom. Random weights "
            "at the real Qwen3.5 shapes; every figure is a median over alternating rounds.\n\n"
        )
    with open(path, "a", encoding="utf-8") as f:
        f.write(text.rstrip() + "\n\n")
