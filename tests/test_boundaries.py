"""The architecture's one narrow door (DESIGN.md, docs/architecture.md): the window and the
runtime meet only in the protocol and the client stack.

- `app/` imports from `runtime` only the modules in `CLIENT_STACK`;
- the protocol and the router import nothing but the standard library (and the protocol);
- `app/` never imports onnxruntime (nor torch or transformers, which only the tests use);
  `runtime/` never imports PySide6 or `app`;
- and, to catch what an allowed module pulls in, `import app.main` in a fresh interpreter loads no
  onnxruntime, tokenizers, PIL or numpy.

Checked on the AST, so a lazy import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from devtools import REPO

FORBIDDEN = {
    "app": ("onnxruntime", "torch", "transformers"),
    "runtime": ("PySide6", "app", "torch", "transformers"),
}


# What the window may import from runtime/: the protocol and the client stack.
CLIENT_STACK = (
    "runtime.protocol",  # the messages
    "runtime.transport",  # Transport, Router, BlockingClient
    "runtime.worker.client",  # the local worker's transport (spawns runtime.worker.process)
    "runtime.remote",  # the remote engine's transport, its settings and the key store
    "runtime.server",  # the local API server, over a BlockingClient
    "runtime.owner_only",  # owner-only files and folders, for the data both sides write
)
# Modules the window loads that must import only the standard library and each other.
STDLIB_ONLY = (
    "runtime/protocol.py",
    "runtime/transport.py",
    "runtime/worker/client.py",
    "runtime/owner_only.py",
)
# Never in the window's process (the subprocess test).
HEAVY = ("onnxruntime", "tokenizers", "PIL", "numpy", "onnx", "huggingface_hub")


def in_stack(name: str, allowed: tuple[str, ...] = CLIENT_STACK) -> bool:
    return any(name == a or name.startswith(a + ".") for a in allowed)


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


def test_the_window_imports_only_the_protocol_and_the_client_stack() -> None:
    crossings = [
        f"{f.relative_to(REPO)}:{line} imports {name}"
        for f in sorted((REPO / "app").rglob("*.py"))
        for line, name in imported_modules(f)
        if name.split(".")[0] == "runtime" and not in_stack(name)
    ]
    assert not crossings, (
        "app/ may import from runtime/ only " + ", ".join(CLIENT_STACK) + ":\n" + ("\n".join(crossings))
    )


@pytest.mark.parametrize("module", STDLIB_ONLY)
def test_the_door_itself_needs_only_the_standard_library(module: str) -> None:
    others = [
        f"{module}:{line} imports {name}"
        for line, name in imported_modules(REPO / module)
        if name.split(".")[0] not in sys.stdlib_module_names
        and name not in ("runtime.protocol", "runtime.transport", "runtime.worker.process")
    ]
    assert not others, "\n".join(others)


def test_importing_the_window_loads_no_runtime_internals() -> None:
    code = (
        "import sys, app.main, app.wiring\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO, timeout=120
    )
    assert out.stdout.strip() == "[]", f"import app.main loaded {out.stdout.strip()}"


def test_the_allow_list_refuses_an_engine_import() -> None:
    assert not in_stack("runtime.generate.engine") and not in_stack("runtime.remotely")
    assert in_stack("runtime.remote.config") and in_stack("runtime.protocol")
