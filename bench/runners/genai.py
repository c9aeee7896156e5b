"""onnxruntime-genai: its own model builder on the same checkpoint, int4 for the CPU.

`python -m onnxruntime_genai.models.builder -i CKPT -o OUT -p int4 -e cpu [--extra_options ...]`
exports the text decoder only. It imports `onnx_ir` without declaring it (install it beside).
Two variants: the builder's defaults, and the options that suit a CPU best here
(`prune_lm_head=true`: last-position logits only during prefill, as Oriel does;
`block_size=128`). Threads are set through a config overlay (session intra-op threads);
`min_length` keeps the end-of-text token from stopping generation early.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.checkpoints import CACHE
from bench.runners.base import Log, Model, Runner, folder_bytes, run_logged, write_prepare_record
from bench.runners.onnx_weights import onnx_weight_bytes_per_token


class _GenaiModel:
    def __init__(self, artifact: Path, threads: int, max_tokens: int) -> None:
        import onnxruntime_genai as og

        self.og = og
        config = og.Config(str(artifact))
        config.clear_providers()
        options = {"intra_op_num_threads": threads, "inter_op_num_threads": 1}
        config.overlay(json.dumps({"model": {"decoder": {"session_options": options}}}))
        self.model = og.Model(config)
        self.max_length = max_tokens + 8
        self._threads = threads
        self.generator = None

    def prefill(self, ids: Sequence[int]) -> int:
        params = self.og.GeneratorParams(self.model)
        params.set_search_options(
            do_sample=False, max_length=self.max_length, min_length=self.max_length, batch_size=1
        )
        self.generator = self.og.Generator(self.model, params)
        self.generator.append_tokens(list(ids))
        return self._next()

    def step(self, token: int) -> int:
        return self._next()  # the generator feeds back the token it sampled

    def _next(self) -> int:
        assert self.generator is not None
        self.generator.generate_next_token()
        return int(self.generator.get_next_tokens()[0])

    def reset(self) -> None:
        self.generator = None

    def threads(self) -> str:
        return f"ORT intra_op={self._threads}"


class GenaiRunner(Runner):
    def __init__(self, name: str, extra_options: dict[str, str]) -> None:
        self.name = name
        self.extra_options = extra_options

    def label(self) -> str:
        opts = " ".join(f"{k}={v}" for k, v in self.extra_options.items()) or "builder defaults"
        return f"onnxruntime-genai int4 ({opts})"

    def missing(self) -> str | None:
        try:
            import onnx_ir  # noqa: F401
            import onnxruntime_genai  # noqa: F401
        except ImportError as e:
            return f"{e.name} is not installed (pip install onnxruntime-genai onnx_ir)"
        return None

    def versions(self) -> dict[str, str]:
        import onnxruntime_genai

        return {"onnxruntime-genai": onnxruntime_genai.__version__}

    def prepare(self, checkpoint: Path, log: Log) -> Path:
        import onnxruntime_genai

        out = CACHE / "artifacts" / checkpoint.name / f"{self.name}-{onnxruntime_genai.__version__}"
        if (out / "genai_config.json").exists():
            return out
        tmp = out.with_name(out.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        command = [
            sys.executable,
            "-m",
            "onnxruntime_genai.models.builder",
            "-i",
            str(checkpoint),
            "-o",
            str(tmp),
            "-p",
            "int4",
            "-e",
            "cpu",
            "-c",
            str(tmp / "hf-cache"),
        ]
        if self.extra_options:
            command += ["--extra_options", *(f"{k}={v}" for k, v in self.extra_options.items())]
        log("converting with " + " ".join(command[2:]))
        started = time.perf_counter()
        run_logged(command, out.with_name(out.name + ".log"), env={**os.environ, "HF_HUB_OFFLINE": "1"})
        shutil.rmtree(tmp / "hf-cache", ignore_errors=True)
        tmp.rename(out)
        write_prepare_record(out, time.perf_counter() - started)
        return out

    def _graph(self, artifact: Path) -> Path:
        config = json.loads((artifact / "genai_config.json").read_text())
        return artifact / config["model"]["decoder"]["filename"]

    def weight_bytes_per_token(self, artifact: Path) -> int:
        return onnx_weight_bytes_per_token(self._graph(artifact))

    def memory_needed(self, artifact: Path) -> int:
        return int(folder_bytes(artifact) * 1.3) + (1 << 30)

    def load(self, artifact: Path, threads: int, max_tokens: int) -> Model:
        return _GenaiModel(artifact, threads, max_tokens)
