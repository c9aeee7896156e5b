"""Shared fixtures: tiny random Qwen3.5 checkpoints, their converted packages, and the reference."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from devtools.tiny_models import load_reference, tiny_checkpoint
from runtime.convert.converter import convert

# Every test runs Qt headless; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory):
    """name -> converted fp32 package folder, converted once per test session."""
    root = tmp_path_factory.mktemp("packages")
    cache: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in cache:
            cache[name] = convert(tiny_checkpoint(name), root / name)
        return cache[name]

    return get


@pytest.fixture(scope="session")
def references():
    """name -> transformers model (fp32, eval), loaded once per test session."""
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            cache[name] = load_reference(tiny_checkpoint(name))
        return cache[name]

    return get
