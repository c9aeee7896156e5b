"""How fast each size would run here, from the figures measured in bench/RESULTS.md, and the size
to suggest: the largest the machine runs well, not merely the largest that fits in memory.

The model (CPU, int4 block 128 weights as the app installs them):

- A decode step reads the decoder's weights once: it is bound by memory bandwidth, and on a CPU
  the bandwidth a step reaches grows with the cores that read (each core's loads in flight), up
  to what the memory gives. `time per token = GB read per token / (16 GB/s x cores, at most
  60 GB/s) + 5 ms` (sampling, detokenising, the small kernels). Fitted to the two sizes measured
  on a 2-core AVX-512 VM (2026-11-29): the 2B (1.013 GB a token) decodes 29.0 tok/s, the model
  says 27.3; the 4B (2.268 GB) 12.3 tok/s, the model 13.2.
- Reading an image is compute-bound: the vision tower (int8) over the image's tokens, then the
  decoder's prefill of them. `seconds = tokens x (vision params / (10.8 G/s x cores) + text
  params / (100 G/s x cores))`, from the 2B tower's 15.7 s for 1024 tokens on 2 cores (331M
  parameters) and the prefills of 112 tok/s (2B) and 45.4 tok/s (4B) on 2 cores.
- English runs about 0.75 words a token.

With an accelerator (CUDA, DirectML, CoreML, WebGPU) nothing is measured in bench/: the suggestion
goes by memory only and no speed is shown.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from app.settings.models import MODELS

# Per size: GB of int4 weights a decode step reads (the 2B and 4B as measured, the 0.8B and 9B
# from their shapes), vision tower and text decoder parameters in billions.
SHAPES: dict[str, tuple[float, float, float]] = {
    "0.8b": (0.405, 0.098, 0.75),
    "2b": (1.013, 0.331, 1.88),
    "4b": (2.268, 0.340, 4.20),
    "9b": (4.29, 0.451, 8.96),
}
BANDWIDTH_PER_CORE_GBPS, BANDWIDTH_MAX_GBPS = 16.0, 60.0
STEP_OVERHEAD_S = 0.005
VISION_PARAMS_PER_CORE = 10.8  # billion parameter-tokens a second a core, vision tower
PREFILL_PARAMS_PER_CORE = 100.0  # the same for the decoder's prefill
WORDS_PER_TOKEN = 0.75
IMAGE_TOKENS = 1024  # the default image token budget (Settings)
# Runs "well": answers faster than one reads, and reads a photo in half a minute at most.
GOOD_TOKENS_PER_S, GOOD_IMAGE_S = 10.0, 30.0
MEMORY_SHARE = 0.75  # of the machine's memory a model's needs may take


@dataclass(frozen=True)
class Speed:
    tokens_per_s: float
    image_s: float  # to read one image of IMAGE_TOKENS

    @property
    def words_per_s(self) -> float:
        return self.tokens_per_s * WORDS_PER_TOKEN


def cpu_speed(key: str, cores: int) -> Speed:
    """The expected speed of size `key` on `cores` CPU cores (the model above)."""
    read_gb, vision_b, text_b = SHAPES[key]
    cores = max(1, cores)
    bandwidth = min(BANDWIDTH_PER_CORE_GBPS * cores, BANDWIDTH_MAX_GBPS)
    per_token = read_gb / bandwidth + STEP_OVERHEAD_S
    image = IMAGE_TOKENS * (vision_b / VISION_PARAMS_PER_CORE + text_b / PREFILL_PARAMS_PER_CORE) / cores
    return Speed(1 / per_token, image)


def cpu_cores() -> int:
    """The cores ONNX Runtime's threads run on (physical ones: it starts one thread per core)."""
    try:
        import psutil
    except ImportError:
        return os.cpu_count() or 1
    return int(psutil.cpu_count(logical=False) or os.cpu_count() or 1)


def speed_text(key: str, cores: int) -> str:
    """ "about 20 words/s, reads an image in 25 s", in the interface's language."""
    speed = cpu_speed(key, cores)
    return QCoreApplication.translate("speed", "about {words} words/s, reads an image in {seconds} s").format(
        words=QLocale().toString(max(1, round(speed.words_per_s))),
        seconds=QLocale().toString(max(1, round(speed.image_s))),
    )


def accelerated(providers: tuple[str, ...]) -> bool:
    """Whether the provider check found anything but the CPU (runtime.providers aliases)."""
    return any(p != "cpu" for p in providers)


def suggested_model(total_ram: int | None, cores: int | None = None, providers: tuple[str, ...] = ()) -> str:
    """The largest size that fits in memory and, on the CPU, runs well on `cores`; at least the
    0.8B. Unknown memory: the 2B."""
    if total_ram is None:
        return "2b"
    fitting = [m.key for m in MODELS if m.ram_bytes <= total_ram * MEMORY_SHARE]
    if cores is not None and not accelerated(providers):
        fitting = [
            key
            for key in fitting
            if (speed := cpu_speed(key, cores)).tokens_per_s >= GOOD_TOKENS_PER_S
            and speed.image_s <= GOOD_IMAGE_S
        ]
    return fitting[-1] if fitting else MODELS[0].key
