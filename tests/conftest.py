"""Shared fixtures: tiny random Qwen3.5 checkpoints, their converted packages, and the reference."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tiny_models import SPECS, load_reference, tiny_checkpoint

from runtime.convert import convert


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


ALL_SPECS = sorted(SPECS)
