"""Oriel: `python -m runtime.convert` on the checkpoint, then `runtime.generate.engine.Engine` on the CPU.

The runner asks the converter which weight formats it offers (`--help`) and uses int4 at the
requested block size when it can; until the converter has int4 it falls back to fp32 and the
table says so. The package is cached per checkpoint and per hash of the runtime's sources, so a
change to the converter or the graphs rebuilds it and the old package is deleted.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.checkpoints import CACHE, REPO
from bench.runners.base import (
    Log,
    Model,
    Runner,
    folder_bytes,
    run_logged,
    source_hash,
    write_prepare_record,
)
from bench.runners.onnx_weights import onnx_weight_bytes_per_token


class _OrielModel:
    def __init__(self, package_dir: Path, threads: int) -> None:
        from runtime.generate.engine import Engine, GenerationConfig
        from runtime.generate.session import DecoderSession
        from runtime.package import ModelPackage
        from runtime.protocol import Sampling

        self.session = DecoderSession(ModelPackage.open(package_dir), provider="cpu", threads=threads)
        self.engine = Engine(self.session)
        # no stop ids: exactly as many tokens as the loop asks for
        self.config = GenerationConfig(
            max_new_tokens=1 << 30, sampling=Sampling.greedy(), stop_ids=frozenset()
        )
        self._threads = threads
        self._events = iter(())

    def prefill(self, ids: Sequence[int]) -> int:
        from runtime.generate.engine import Prompt

        self._events = self.engine.generate(Prompt.from_ids(ids), self.config)
        return self._next()

    def step(self, token: int) -> int:
        return self._next()

    def _next(self) -> int:
        from runtime.generate.engine import PrefillProgress, TokenEvent

        event = next(self._events)
        while isinstance(event, PrefillProgress):  # a prompt longer than one chunk
            event = next(self._events)
        assert isinstance(event, TokenEvent)
        return event.token_id

    def reset(self) -> None:
        self._events = iter(())
        self.engine.reset()

    def threads(self) -> str:
        return f"ORT intra_op={self._threads} ({self.session.ops} ops)"


class OrielRunner(Runner):
    name = "oriel"
    peer = False

    def __init__(self, weights: str = "auto", block_size: int = 32) -> None:
        self.requested = weights
        self.block_size = block_size
        self._weights: str | None = None

    def _converter_help(self) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "runtime.convert", "--help"], cwd=REPO, capture_output=True, text=True
        )
        return done.stdout

    @property
    def weights(self) -> str:
        """The weight format used: the requested one, or int4 when the converter has it."""
        if self._weights is None:
            if self.requested != "auto":
                self._weights = self.requested
            else:
                self._weights = "int4" if "int4" in self._converter_help() else "fp32"
        return self._weights

    def _format_args(self) -> list[str]:
        args = ["--weights", self.weights]
        if self.weights in ("int4", "int8"):
            args += ["--block-size", str(self.block_size)]
        return args

    def _tag(self) -> str:
        return self.weights + (f"-b{self.block_size}" if self.weights in ("int4", "int8") else "")

    def label(self) -> str:
        note = (
            " (int4 not in the converter yet)" if self.requested == "auto" and self.weights == "fp32" else ""
        )
        return f"Oriel {self._tag().replace('-', ' ')}{note}"

    def missing(self) -> str | None:
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            return "onnxruntime is not installed (pip install -e '.[cpu]')"
        return None

    def versions(self) -> dict[str, str]:
        import onnxruntime

        from runtime import __version__

        return {"oriel": __version__, "onnxruntime": onnxruntime.__version__}

    def prepare(self, checkpoint: Path, log: Log) -> Path:
        folder = CACHE / "artifacts" / checkpoint.name
        prefix = f"oriel-{self._tag()}-"
        out = folder / (prefix + source_hash(REPO / "runtime"))
        if (out / "manifest.json").exists():
            return out
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(prefix + "*"):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
        log(f"converting with python -m runtime.convert {' '.join(self._format_args())}")
        started = time.perf_counter()
        command = [sys.executable, "-m", "runtime.convert", str(checkpoint), str(out), *self._format_args()]
        run_logged(command, out.with_name(out.name + ".log"), cwd=REPO)
        write_prepare_record(out, time.perf_counter() - started)
        return out

    def weight_bytes_per_token(self, artifact: Path) -> int:
        return onnx_weight_bytes_per_token(artifact / "decoder.onnx")

    def memory_needed(self, artifact: Path) -> int:
        return int(folder_bytes(artifact) * 1.3) + (1 << 30)

    def load(self, artifact: Path, threads: int, max_tokens: int) -> Model:
        return _OrielModel(artifact, threads)
