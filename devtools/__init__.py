"""Fixtures shared by tests/, bench/, packaging/ and docs/: tiny random Qwen3.5 checkpoints, a fake
worker, reference operators, test images and a fake Hugging Face hub. Never imported by the app."""

from pathlib import Path

# Before any fixture can import onnxruntime (`python -m devtools.placement`, the tiny-model
# builders): Oriel's runtime switches library telemetry off (runtime/no_telemetry.py).
import runtime  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
