"""Fixtures for the tool tests: the tiny tokenizer and a few tool schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.tiny_models import build_tiny_tokenizer
from runtime.generate.tokenizer import Tokenizer


@pytest.fixture(scope="session")
def tiny_tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tiny-tokenizer")
    build_tiny_tokenizer(out)
    return out


@pytest.fixture(scope="session")
def tokenizer(tiny_tokenizer_dir: Path) -> Tokenizer:
    return Tokenizer.from_dir(tiny_tokenizer_dir)
