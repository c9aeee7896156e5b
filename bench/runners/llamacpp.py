"""llama.cpp Q4_0 through llama-cpp-python, from its own GGUF converter on the same checkpoint.

llama-cpp-python compiles llama.cpp when it is installed (~10 minutes on 2 cores; build it with
`CMAKE_ARGS="-DGGML_NATIVE=ON"` for this CPU's AVX-512). Its sdist carries the matching
`vendor/llama.cpp/convert_hf_to_gguf.py` and `gguf-py`; the runner downloads that sdist once with
pip into the cache. The checkpoint becomes a bf16 GGUF (`--no-mtp`: the random checkpoints have
no multi-token-prediction head), which `llama_model_quantize` turns into Q4_0, the quantizer's
standard recipe (the output head, here the tied embedding, gets Q6_K as in every Q4_0 file).

The model runs through the C API (`llama_decode` on a token batch, logits of the last position),
so nothing of the high-level `Llama` class (its n_ctx x vocab score buffer) inflates the figures.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import tarfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.checkpoints import CACHE, REPO
from bench.runners.base import Log, Model, Runner, argmax, run_logged, write_prepare_record


def _version() -> str:
    from importlib.metadata import version

    return version("llama-cpp-python")


def vendored_llama_cpp() -> Path:
    """vendor/llama.cpp of the installed llama-cpp-python's sdist (downloaded once)."""
    ver = _version()
    root = CACHE / "src" / f"llama_cpp_python-{ver}"
    if not (root / "vendor" / "llama.cpp" / "convert_hf_to_gguf.py").exists():
        (CACHE / "src").mkdir(parents=True, exist_ok=True)
        download = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*download, "-d", str(CACHE / "src"), f"llama-cpp-python=={ver}"], check=True)
        with tarfile.open(CACHE / "src" / f"llama_cpp_python-{ver}.tar.gz") as tar:
            tar.extractall(CACHE / "src", filter="data")
    return root / "vendor" / "llama.cpp"


def _gguf_reader(path: Path):
    sys.path.insert(0, str(vendored_llama_cpp() / "gguf-py"))
    import gguf

    return gguf.GGUFReader(str(path))


def quantize(src: Path, dst: Path, threads: int) -> None:
    """`llama-quantize SRC DST Q4_0` through the library."""
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0
    params.nthread = threads
    rc = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params))
    if rc != 0:
        raise RuntimeError(f"llama_model_quantize failed ({rc})")


class _LlamaModel:
    def __init__(self, gguf_path: Path, threads: int, max_tokens: int) -> None:
        import llama_cpp as lc
        import numpy as np

        self.lc, self.np = lc, np
        self._silence = lc.llama_log_callback(lambda level, text, data: None)
        lc.llama_log_set(self._silence, ctypes.c_void_p())
        lc.llama_backend_init()
        mparams = lc.llama_model_default_params()
        self.model = lc.llama_model_load_from_file(str(gguf_path).encode(), mparams)
        if not self.model:
            raise RuntimeError(f"llama.cpp cannot load {gguf_path}")
        cparams = lc.llama_context_default_params()
        cparams.n_ctx = max_tokens
        cparams.n_batch = max_tokens
        cparams.n_ubatch = 512
        cparams.n_threads = threads
        cparams.n_threads_batch = threads
        cparams.no_perf = True
        self.ctx = lc.llama_init_from_model(self.model, cparams)
        if not self.ctx:
            raise RuntimeError("llama.cpp cannot create a context")
        self.n_vocab = lc.llama_vocab_n_tokens(lc.llama_model_get_vocab(self.model))

    def _decode(self, ids: Sequence[int]) -> int:
        lc = self.lc
        tokens = (lc.llama_token * len(ids))(*ids)
        rc = lc.llama_decode(self.ctx, lc.llama_batch_get_one(tokens, len(ids)))
        if rc != 0:
            raise RuntimeError(f"llama_decode failed ({rc})")
        logits = lc.llama_get_logits_ith(self.ctx, -1)
        return argmax(self.np.ctypeslib.as_array(logits, shape=(self.n_vocab,)))

    def prefill(self, ids: Sequence[int]) -> int:
        return self._decode(ids)

    def step(self, token: int) -> int:
        return self._decode([token])

    def reset(self) -> None:
        self.lc.llama_memory_clear(self.lc.llama_get_memory(self.ctx), True)

    def threads(self) -> str:
        lc = self.lc
        return (
            f"n_threads={lc.llama_n_threads(self.ctx)} n_threads_batch={lc.llama_n_threads_batch(self.ctx)}"
        )


class LlamaCppRunner(Runner):
    name = "llamacpp"

    def label(self) -> str:
        return "llama.cpp Q4_0 (llama-cpp-python)"

    def missing(self) -> str | None:
        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            return (
                "llama-cpp-python is not installed "
                '(CMAKE_ARGS="-DGGML_NATIVE=ON" pip install llama-cpp-python)'
            )
        return None

    def versions(self) -> dict[str, str]:
        return {"llama-cpp-python": _version()}

    def prepare(self, checkpoint: Path, log: Log) -> Path:
        out = CACHE / "artifacts" / checkpoint.name / f"llamacpp-q4_0-{_version()}.gguf"
        if out.exists():
            return out
        out.parent.mkdir(parents=True, exist_ok=True)
        llama_dir = vendored_llama_cpp()
        bf16 = out.with_name(out.stem + ".bf16.partial")
        partial = out.with_name(out.name + ".partial")
        env = {**os.environ, "PYTHONPATH": str(llama_dir / "gguf-py"), "HF_HUB_OFFLINE": "1"}
        started = time.perf_counter()
        log("converting with convert_hf_to_gguf.py --outtype bf16 --no-mtp, then Q4_0")
        try:
            convert = [sys.executable, str(llama_dir / "convert_hf_to_gguf.py"), str(checkpoint)]
            convert += ["--outfile", str(bf16), "--outtype", "bf16", "--no-mtp"]
            run_logged(convert, out.with_name(out.name + ".convert.log"), env=env)
            quantize = [sys.executable, "-m", "bench.runners.llamacpp", str(bf16), str(partial)]
            run_logged(quantize, out.with_name(out.name + ".quantize.log"), cwd=REPO)
        finally:
            bf16.unlink(missing_ok=True)
        partial.rename(out)
        write_prepare_record(out, time.perf_counter() - started)
        return out

    def weight_bytes_per_token(self, artifact: Path) -> int:
        tensors = {t.name: int(t.n_bytes) for t in _gguf_reader(artifact).tensors}
        if "output.weight" in tensors:  # untied: the embedding table is only gathered from
            tensors.pop("token_embd.weight", None)
        return sum(tensors.values())

    def memory_needed(self, artifact: Path) -> int:
        return int(artifact.stat().st_size * 1.2) + (1 << 30)

    def load(self, artifact: Path, threads: int, max_tokens: int) -> Model:
        return _LlamaModel(artifact, threads, max_tokens)


if __name__ == "__main__":
    quantize(Path(sys.argv[1]), Path(sys.argv[2]), os.cpu_count() or 1)
