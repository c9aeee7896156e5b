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
TOLERANCE = {"fp32": 5e-3, "int8": 1e-2, "int4": 2e-2}
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
            if weights not in WEIGHT_FORMATS:
                print(f"skip {weights}: this converter writes {', '.join(WEIGHT_FORMATS)}")
                continue
            started = time.perf_counter()
            package = convert(checkpoint, out / f"{name}-{weights}", weights=weights)
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
    return {
        "ops": ops,
        "max_relative_logit_error": worst,
        "greedy_agreement": f"{agree}/{total}",
        "seconds": {p: round(t, 4) for p, t in timings.items()},
    }


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
    parser.add_argument("--weights", default="fp32,int4", help="package formats to check")
    parser.add_argument("--tokens", type=int, default=32, help="tokens per answer")
    parser.add_argument("--steps", type=int, default=16, help="decode steps compared token by token")
    parser.add_argument("--json", type=Path, help="also write the summary here")
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
    from runtime.providers import ALIASES

    accelerator = args.provider
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
                ok &= good
                print(f"{name} {weights} {ops}: {parity} {'ok' if good else 'FAIL'}")
            if (vision := vision_parity(package, accelerator, image)) is not None:
                report["vision"] = vision
                good = vision["max_relative_feature_error"] <= TOLERANCE["fp32"]
                ok &= good
                print(f"{name} vision encoder: {vision} {'ok' if good else 'FAIL'}")
            runs = {p: worker_run(package, p, image, args.tokens) for p in ("cpu", accelerator)}
            report["worker"] = runs
            ok &= runs[accelerator].get("provider") == accelerator and "error" not in runs[accelerator]
            for kind in ("text", "image"):
                answers = [runs[p].get(kind, {}).get("answer") for p in ("cpu", accelerator)]
                report[f"{kind}_answers_match"] = answers[0] is not None and answers[0] == answers[1]
            print(json.dumps(report, indent=2, ensure_ascii=False))
            summary["packages"].append(report)
    summary["ok"] = ok
    line = json.dumps(summary, ensure_ascii=False)
    if args.json:
        args.json.write_text(line)
    print(line)
    print(f"OK: Oriel runs on {accelerator} and agrees with the CPU" if ok else "FAIL: see above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
