"""Fixtures shared by tests/, bench/, packaging/ and docs/: tiny random Qwen3.5 checkpoints, a fake
worker, reference operators, test images and a fake Hugging Face hub. Never imported by the app."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
