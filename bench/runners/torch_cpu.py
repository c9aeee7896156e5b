"""transformers on torch CPU, in bf16 (its strongest prefill on a CPU with AVX-512 BF16) and fp32.

The checkpoint is loaded as it is (`Qwen3_5ForConditionalGeneration.from_pretrained`, vision
tower included, as an application would) and run with the model's own cache: one forward over
the prompt, then one per token, last-position logits only (`logits_to_keep=1`, what `generate`
does). transformers falls back to its reference PyTorch kernels for the causal convolution and
the gated delta rule on a CPU (`causal_conv1d` and `flash-linear-attention` are CUDA-only).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from bench.checkpoints import text_weight_shapes
from bench.runners.base import Model, Runner, argmax, folder_bytes

_ITEMSIZE = {"bf16": 2, "fp32": 4}


class _TorchModel:
    def __init__(self, checkpoint: Path, dtype: str, threads: int) -> None:
        import torch
        from transformers import Qwen3_5ForConditionalGeneration

        torch.set_num_threads(threads)
        self.torch = torch
        torch_dtype = torch.bfloat16 if dtype == "bf16" else torch.float32
        self.model = Qwen3_5ForConditionalGeneration.from_pretrained(checkpoint, dtype=torch_dtype).eval()
        self.cache = None

    def _forward(self, ids: Sequence[int]) -> int:
        torch = self.torch
        with torch.inference_mode():
            out = self.model(
                input_ids=torch.tensor([list(ids)]),
                past_key_values=self.cache,
                use_cache=True,
                logits_to_keep=1,
            )
        self.cache = out.past_key_values
        return argmax(out.logits[0, -1])

    def prefill(self, ids: Sequence[int]) -> int:
        self.cache = None
        return self._forward(ids)

    def step(self, token: int) -> int:
        return self._forward([token])

    def reset(self) -> None:
        self.cache = None

    def threads(self) -> str:
        t = self.torch
        return f"torch threads={t.get_num_threads()} interop={t.get_num_interop_threads()}"


class TorchRunner(Runner):
    def __init__(self, dtype: str) -> None:
        self.dtype = dtype
        self.name = f"torch-{dtype}"

    def label(self) -> str:
        return f"transformers {self.dtype} (torch CPU)"

    def missing(self) -> str | None:
        try:
            import torch  # noqa: F401
            import transformers  # noqa: F401
        except ImportError as e:
            return f"{e.name} is not installed (pip install -e '.[dev]')"
        return None

    def versions(self) -> dict[str, str]:
        import torch
        import transformers

        return {"torch": torch.__version__, "transformers": transformers.__version__}

    def prepare(self, checkpoint: Path, log) -> Path:
        return checkpoint

    def weight_bytes_per_token(self, artifact: Path) -> int:
        shapes = text_weight_shapes(artifact)
        if "lm_head.weight" in shapes:  # untied: the embedding table is only gathered from
            shapes = {k: v for k, v in shapes.items() if "embed_tokens" not in k}
        count = sum(math.prod(s) for s in shapes.values())
        return count * _ITEMSIZE[self.dtype]

    def memory_needed(self, artifact: Path) -> int:
        return int(folder_bytes(artifact) * _ITEMSIZE[self.dtype] / 2 * 1.3) + (1 << 30)

    def load(self, artifact: Path, threads: int, max_tokens: int) -> Model:
        return _TorchModel(artifact, self.dtype, threads)
