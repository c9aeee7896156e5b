"""The architecture's one narrow door (DESIGN.md): the GUI and the runtime meet only in
`runtime.protocol` and the worker client.

`app/` never imports onnxruntime (nor torch or transformers, which only the tests use);
`runtime/` never imports PySide6 or `app`. Checked on the AST, so a lazy import inside a function
counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from devtools import REPO

FORBIDDEN = {
    "app": ("onnxruntime", "torch", "transformers"),
    "runtime": ("PySide6", "app", "torch", "transformers"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_to_its_side(package: str) -> None:
    files = sorted((REPO / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    crossings = [
        f"{f.relative_to(REPO)}:{line} imports {name}"
        for f in files
        for line, name in imported_modules(f)
        if name.split(".")[0] in FORBIDDEN[package]
    ]
    assert not crossings, "\n".join(crossings)


def test_checker_sees_lazy_imports(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    import onnxruntime.capi\n    from PySide6 import QtCore\n")
    assert [name for _, name in imported_modules(sample)] == ["onnxruntime.capi", "PySide6"]
