"""`python packaging/cuda_check.py`: does Oriel run on this machine's NVIDIA GPU, and does it agree
with the CPU?

For a machine with an NVIDIA GPU and `onnxruntime-gpu` (plus torch and transformers, which only
build the test models; the repo's other dependencies as `pip install -e .` brings them). No
download and no network: it builds tiny random Qwen3.5 checkpoints with transformers (as the
tests do), converts them, and then for each package and weight format

1. compares the decoder's logits on CUDA with the CPU's, token by token (a prefill, then decode
   steps fed the CPU's greedy token), for each operator path (fused, portable), and the vision
   encoder's image features;
2. runs the real worker process with provider=cuda and with provider=cpu: load, a greedy answer
   to a text prompt and to a prompt with an image, and prints the timings and whether the two
   answers match.

3. reports, per operator path, ORT's own placement of the first run (nodes on the provider of
   all it ran) and the bytes one decode step binds from and to host memory
   (runtime.generate.device_binding: the states stay on the device);
4. with `--bench`, converts a random-weight checkpoint at the 2B shape to int4 and times prefill
   and decode tokens/s on the provider and on the CPU, with the bytes per step; `--results
   bench/RESULTS.md` appends them there as a dated section.

`--provider webgpu` runs the same checks on the WebGPU plugin. `packaging/cuda_check.sh` makes a
virtual environment with onnxruntime-gpu and runs all of it.

It exits 0 when the worker ran on CUDA and every difference is within tolerance, 1 otherwise,
and prints one JSON summary line at the end (`--json FILE` writes it too).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# Before onnxruntime is imported anywhere: it switches ONNX Runtime's telemetry off.
import runtime  # noqa: E402, F401

# Relative logit error allowed between CUDA and the CPU (TF32 matmuls and other kernel orders
# differ from the CPU's in the fourth digit; int4 dequantisation order in the third).
TOLERANCE = {"fp32": 5e-3, "int8": 1e-2, "int4": 2e-2, "int4-exact": 5e-3}
# Formats compared for information only: accuracy_level 4 lets each provider quantize the
# activations to int8 its own way (on the WebGPU plugin over lavapipe: 9e-2 against the CPU at
# level 4, 6e-7 at level 0), so the gate is "int4-exact", the same weights at accuracy_level 0.
INFORMATIONAL = {"int4", "int8"}
PROMPT = "Describe the picture in one sentence."


def check_imports() -> None:
    missing = []
    for module in (
        "numpy",
        "onnx",
        "onnxruntime",
        "torch",
        "transformers",
        "tokenizers",
        "jinja2",
        "PIL",
        "psutil",
    ):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        needed = ", ".join(missing)
        sys.exit(
            f"cuda_check: missing Python packages: {needed} (pip install -e '.[cuda]' torch transformers)"
        )


def environment() -> dict[str, Any]:
    import onnxruntime as ort

    if hasattr(ort, "preload_dlls"):  # the CUDA and cuDNN libraries of the nvidia-* wheels
        try:
            ort.preload_dlls()
        except Exception as e:
            print(f"note: onnxruntime.preload_dlls() failed: {e}")
    info = {
        "python": sys.version.split()[0],
        "onnxruntime": ort.__version__,
        "providers": ort.get_available_providers(),
        "device": ort.get_device(),
    }
    try:
        import subprocess

        smi = subprocess.run(
            ["nvidia-smi", "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=20,
        )
        info["gpu"] = smi.stdout.strip() or smi.stderr.strip()
    except (OSError, subprocess.SubprocessError) as e:
        info["gpu"] = f"nvidia-smi not available ({e})"
    return info


def build_packages(out: Path, names: list[str], formats: list[str]) -> list[tuple[str, str, Path]]:
    from devtools.tiny_models import tiny_checkpoint
    from runtime.convert.converter import WEIGHT_FORMATS, convert

    packages = []
    for name in names:
        checkpoint = tiny_checkpoint(name)
        for weights in formats:
            base, exact = weights.removesuffix("-exact"), weights.endswith("-exact")
            if base not in WEIGHT_FORMATS:
                print(f"skip {weights}: this converter writes {', '.join(WEIGHT_FORMATS)}")
                continue
            started = time.perf_counter()
            level = {"accuracy_level": 0} if exact else {}
            package = convert(checkpoint, out / f"{name}-{weights}", weights=base, **level)
            print(f"converted {name} to {weights} in {time.perf_counter() - started:.1f} s")
            packages.append((name, weights, package))
    return packages


def logits_parity(package: Path, accelerator: str, ops: str, steps: int) -> dict[str, Any]:
    """The accelerator against the CPU on the same tokens: prefill, then teacher-forced decode steps."""
    import numpy as np

    from runtime.generate.session import DecoderSession
    from runtime.package import ModelPackage
    from runtime.providers import ALIASES

    opened = ModelPackage.open(package)
    sessions = {p: DecoderSession(opened, provider=p, ops=ops) for p in ("cpu", accelerator)}
    if sessions[accelerator].provider != ALIASES[accelerator]:
        return {"ops": ops, "error": f"{accelerator} did not start: {sessions[accelerator].provider_reason}"}
    states = {p: s.empty_state() for p, s in sessions.items()}
    vocab = opened.config.text.vocab_size
    ids = np.random.default_rng(0).integers(0, vocab, 96)  # longer than one 64-token portable chunk
    positions = np.tile(np.arange(len(ids)), (3, 1))
    worst, agree, total = 0.0, 0, 0
    timings = {p: 0.0 for p in sessions}
    feed, pos = ids, positions
    for _ in range(steps + 1):
        logits = {}
        for p, session in sessions.items():
            started = time.perf_counter()
            logits[p] = session.forward(states[p], feed, pos)
            timings[p] += time.perf_counter() - started
        scale = float(np.abs(logits["cpu"]).max()) or 1.0
        worst = max(worst, float(np.abs(logits[accelerator] - logits["cpu"]).max()) / scale)
        token = int(logits["cpu"].argmax())
        agree += token == int(logits[accelerator].argmax())
        total += 1
        next_position = int(pos.max()) + 1
        feed, pos = np.array([token]), np.full((3, 1), next_position)
    accelerated = sessions[accelerator]
    placed, ran = accelerated.placement()
    up, down = accelerated.transfers.last()
    return {
        "ops": ops,
        "max_relative_logit_error": worst,
        "greedy_agreement": f"{agree}/{total}",
        "seconds": {p: round(t, 4) for p, t in timings.items()},
        "placement": f"{placed} of {ran} nodes on {accelerator}",
        "nodes_on_cpu": accelerated.cpu_nodes[:40] if accelerator != "cpu" else [],
        "bytes_per_step": {"up": up, "down": down, "device": accelerated.device or "numpy"},
    }


def bench_2b(
    accelerator: str, out: Path, prompt: int = 512, decode: int = 64, package_dir: Path | None = None
) -> dict[str, Any]:
    """Prefill and decode tokens/s at the 2B shape (random int4 weights), per provider.

    `package_dir`: an int4 package of that shape converted before (bench's cache has one)."""
    import numpy as np

    from bench.checkpoints import checkpoint
    from runtime.convert.converter import convert
    from runtime.generate.session import DecoderSession
    from runtime.package import ModelPackage

    if package_dir is None:
        package_dir = convert(checkpoint("2b"), out / "qwen3.5-2b-int4", weights="int4")
    package = ModelPackage.open(package_dir)
    result: dict[str, Any] = {"shape": "Qwen3.5-2B, random int4 weights", "prompt": prompt, "decode": decode}
    for provider in dict.fromkeys((accelerator, "cpu")):
        session = DecoderSession(package, provider=provider)
        state = session.empty_state()
        ids = np.random.default_rng(0).integers(0, 200_000, prompt)
        session.forward(state, ids[:8], np.tile(np.arange(8), (3, 1)))  # warm-up (and placement)
        state = session.empty_state()
        started = time.perf_counter()
        logits = session.forward(state, ids, np.tile(np.arange(prompt), (3, 1)))
        prefill = time.perf_counter() - started
        started = time.perf_counter()
        for t in range(prompt, prompt + decode):
            logits = session.forward(state, np.array([int(logits.argmax())]), np.full((3, 1), t))
        steps = time.perf_counter() - started
        up, down = session.transfers.last()
        placed, ran = session.placement()
        result[provider] = {
            "provider": session.provider,
            "ops": session.ops,
            "prefill_tokens_per_second": round(prompt / prefill, 1),
            "decode_tokens_per_second": round(decode / steps, 2),
            "bytes_per_step_up": up,
            "bytes_per_step_down": down,
            "placement": f"{placed} of {ran} nodes",
        }
        print(f"2B {provider}: {result[provider]}")
    return result


def append_results(path: Path, summary: dict[str, Any]) -> None:
    """A dated section of bench/RESULTS.md with this run's figures."""
    env = summary["environment"]
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        "",
        f"## {when}: packaging/cuda_check.py on {env.get('gpu', '?')}",
        "",
        f"onnxruntime {env['onnxruntime']}, providers {', '.join(env['providers'])}; ok = {summary['ok']}.",
        "",
        "| model | weights | ops | max relative logit error | greedy agreement | placement "
        "| bytes/step up, down |",
        "| --- | --- | --- | ---: | ---: | --- | --- |",
    ]
    for report in summary["packages"]:
        for parity in report["parity"]:
            moved = parity.get("bytes_per_step", {})
            lines.append(
                f"| {report['model']} | {report['weights']} | {parity['ops']} | "
                f"{parity.get('max_relative_logit_error', parity.get('error'))} | "
                f"{parity.get('greedy_agreement', '')} | {parity.get('placement', '')} | "
                f"{moved.get('up', '')}, {moved.get('down', '')} |"
            )
    if bench := summary.get("bench_2b"):
        lines += [
            "",
            f"{bench['shape']}, {bench['prompt']}-token prompt, {bench['decode']} decode steps:",
            "",
            "| provider | ops | prefill tok/s | decode tok/s | bytes/step up | bytes/step down | placement |",
            "| --- | --- | ---: | ---: | ---: | ---: | --- |",
        ]
        for row in bench.values():
            if isinstance(row, dict):
                lines.append(
                    f"| {row['provider']} | {row['ops']} | {row['prefill_tokens_per_second']} | "
                    f"{row['decode_tokens_per_second']} | {row['bytes_per_step_up']} | "
                    f"{row['bytes_per_step_down']} | {row['placement']} |"
                )
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def vision_parity(package: Path, accelerator: str, image: Path) -> dict[str, Any] | None:
    import numpy as np

    from runtime.generate.assistant import Assistant
    from runtime.generate.chat_template import ChatMessage

    features = {}
    for provider in ("cpu", accelerator):
        assistant = Assistant(package, provider=provider)
        if assistant.vision is None:
            return None
        turn = assistant.prompt_for([ChatMessage("user", PROMPT, images=1)], images=[[image]])
        assert turn.prompt.image_features is not None
        features[provider] = turn.prompt.image_features
    scale = float(np.abs(features["cpu"]).max()) or 1.0
    error = float(np.abs(features[accelerator] - features["cpu"]).max()) / scale
    return {"max_relative_feature_error": error}


def worker_run(package: Path, provider: str, image: Path, tokens: int) -> dict[str, Any]:
    """Load and answer twice (text, then with an image) in a real worker process."""
    import queue

    from runtime.protocol import (
        Error,
        Finished,
        Message,
        ModelLoaded,
        Sampling,
        TextDelta,
        ends_request,
        image_ref,
    )
    from runtime.transport import BlockingClient
    from runtime.worker import WorkerClient

    events: queue.Queue[Any] = queue.Queue()
    client = BlockingClient(WorkerClient())
    result: dict[str, Any] = {"provider_requested": provider}

    def until(rid: str) -> list[Any]:
        seen = []
        while True:
            event = events.get(timeout=300)
            if getattr(event, "request_id", None) == rid:
                seen.append(event)
                if ends_request(event):
                    return seen

    try:
        started = time.perf_counter()
        client.start(on_event=events.put)
        ready = client.wait_ready()
        result["worker_start_seconds"] = round(time.perf_counter() - started, 2)
        result["providers_offered"] = list(ready.providers)
        loaded = until(client.load_model(str(package), provider=provider))[-1]
        if isinstance(loaded, Error):
            result["error"] = f"{loaded.code}: {loaded.message}"
            return result
        assert isinstance(loaded, ModelLoaded)
        result |= {"provider": loaded.provider, "reason": loaded.provider_reason, "ops": loaded.ops}
        result["load_seconds"] = round(loaded.load_seconds, 3)
        asks = {"text": Message("user", PROMPT), "image": Message("user", PROMPT, images=(image_ref(image),))}
        for kind, message in asks.items():
            answer = until(
                client.generate(kind, (message,), sampling=Sampling(temperature=0.0), max_new_tokens=tokens)
            )
            end = answer[-1]
            if isinstance(end, Error):
                result[kind] = {"error": f"{end.code}: {end.message}"}
                continue
            assert isinstance(end, Finished)
            result[kind] = {
                "answer": "".join(e.text for e in answer if isinstance(e, TextDelta) and e.kind == "answer"),
                "prompt_tokens": end.prompt_tokens,
                "time_to_first_token": round(end.time_to_first_token, 4),
                "prefill_tokens_per_second": round(end.prefill_tokens_per_second, 1),
                "decode_tokens_per_second": round(end.decode_tokens_per_second, 1),
            }
    finally:
        client.shutdown()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--models", default="gqa1-tied,gqa2-untied", help="tiny specs (tests/devtools.tiny_models.py)"
    )
    parser.add_argument(
        "--weights", default="fp32,int4-exact,int4", help="package formats (X-exact: accuracy_level 0)"
    )
    parser.add_argument("--tokens", type=int, default=32, help="tokens per answer")
    parser.add_argument("--steps", type=int, default=16, help="decode steps compared token by token")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    parser.add_argument("--bench", action="store_true", help="also time the 2B shape (int4, minutes)")
    parser.add_argument("--bench-package", type=Path, help="a 2B-shape int4 package to time (no conversion)")
    parser.add_argument("--results", type=Path, help="append the figures to this file (bench/RESULTS.md)")
    parser.add_argument(
        "--provider",
        default="cuda",
        help="the provider compared with the CPU (cpu checks this script itself)",
    )
    args = parser.parse_args()
    check_imports()
    from PIL import Image

    summary: dict[str, Any] = {"environment": environment(), "packages": []}
    print(json.dumps(summary["environment"], indent=2))
    from runtime.providers import ALIASES, available_providers

    accelerator = args.provider
    summary["environment"]["providers"] = list(available_providers())  # plugin EPs included
    ok = ALIASES[accelerator] in summary["environment"]["providers"]
    if not ok:
        print(
            f"FAIL: this onnxruntime has no {accelerator} provider (for cuda: onnxruntime-gpu, and only it)"
        )
    with tempfile.TemporaryDirectory(prefix="oriel-cuda-check-") as tmp:
        image = Path(tmp) / "picture.png"
        Image.new("RGB", (320, 200), (40, 120, 200)).save(image)
        for name, weights, package in build_packages(
            Path(tmp), args.models.split(","), args.weights.split(",")
        ):
            report: dict[str, Any] = {"model": name, "weights": weights, "parity": []}
            for ops in ("fused", "portable"):
                parity = logits_parity(package, accelerator, ops, args.steps)
                report["parity"].append(parity)
                good = parity.get("max_relative_logit_error", 1.0) <= TOLERANCE.get(weights, 2e-2)
                if weights in INFORMATIONAL and "error" not in parity:
                    verdict = "(informational)"
                else:
                    ok &= good
                    verdict = "ok" if good else "FAIL"
                print(f"{name} {weights} {ops}: {parity} {verdict}")
            if (vision := vision_parity(package, accelerator, image)) is not None:
                report["vision"] = vision
                good = vision["max_relative_feature_error"] <= TOLERANCE["fp32"]
                if weights in INFORMATIONAL:
                    verdict = "(informational)"
                else:
                    ok &= good
                    verdict = "ok" if good else "FAIL"
                print(f"{name} {weights} vision encoder: {vision} {verdict}")
            runs = {p: worker_run(package, p, image, args.tokens) for p in ("cpu", accelerator)}
            report["worker"] = runs
            ok &= runs[accelerator].get("provider") == accelerator and "error" not in runs[accelerator]
            for kind in ("text", "image"):
                answers = [runs[p].get(kind, {}).get("answer") for p in ("cpu", accelerator)]
                report[f"{kind}_answers_match"] = answers[0] is not None and answers[0] == answers[1]
            print(json.dumps(report, indent=2, ensure_ascii=False))
            summary["packages"].append(report)
        if args.bench:
            summary["bench_2b"] = bench_2b(accelerator, Path(tmp), package_dir=args.bench_package)
    summary["ok"] = ok
    if args.results:
        append_results(args.results, summary)
    line = json.dumps(summary, ensure_ascii=False)
    if args.json:
        args.json.write_text(line)
    print(line)
    print(f"OK: Oriel runs on {accelerator} and agrees with the CPU" if ok else "FAIL: see above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
