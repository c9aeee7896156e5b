"""`python -m devtools.seam_counts [TREE]`: the figures of the window-to-worker seam (issue 15).

For a checkout (default: this one) it prints:

- dispatch sites over the protocol's unions: each `isinstance(x, T)` whose `T` names a protocol
  request or event type (or a tuple of them, e.g. `FINAL_EVENTS`, `CHAT_REQUESTS`), and each
  `case` arm of a `match` whose class pattern names one; per file, for product code (app/,
  runtime/) and for everything tracked;
- the lines and files of app/ and runtime/;
- ruff's McCabe complexity of the seam's hub functions.

A name counts only where it is the protocol's: imported from `runtime.protocol` (or reached
through that module), defined there, or a module-level tuple made of such names.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from devtools import REPO

# The hubs the review measured, and what took their place.
HUBS = ("_dispatch", "_track", "_on_error", "generate", "validate", "_relay")
HUB_FILES = (
    "app/engine/client.py",
    "app/engine_client.py",
    "runtime/worker/model_jobs.py",
    "runtime/worker/host.py",
)


def protocol_types(tree: Path) -> set[str]:
    """The names of the request and event classes in `tree`'s runtime/protocol.py."""
    module = ast.parse((tree / "runtime" / "protocol.py").read_text())
    names: set[str] = set()
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("Request", "Event") for t in node.targets
        ):
            names |= {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
    return names | {"EVENTS", "REQUESTS", "FINAL_EVENTS", "CHAT_REQUESTS"}


def _local_names(module: ast.Module, types: set[str], is_protocol: bool) -> tuple[set[str], set[str]]:
    """(names that mean a protocol type in this module, aliases of the protocol module)."""
    names = set(types) if is_protocol else set()
    modules: set[str] = set()
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.module == "runtime.protocol":
            names |= {a.asname or a.name for a in node.names if a.name in types}
        elif isinstance(node, ast.ImportFrom) and node.module == "runtime":
            modules |= {a.asname or a.name for a in node.names if a.name == "protocol"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(("runtime", "app")):
            names |= {a.asname or a.name for a in node.names if a.name == "CHAT_REQUESTS"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "runtime.protocol"}
    for node in module.body:  # tuples of protocol types: CHAT_REQUESTS = (LoadModel, ...)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            parts = [e.id for e in node.value.elts if isinstance(e, ast.Name)]
            if parts and all(p in names for p in parts):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names, modules


def _names_type(node: ast.AST, names: set[str], modules: set[str]) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and sub.id in names:
            return True
        if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id in modules:
            return True
    return False


def dispatch_sites(path: Path, types: set[str], is_protocol: bool) -> int:
    module = ast.parse(path.read_text(encoding="utf-8"))
    names, modules = _local_names(module, types, is_protocol)
    if not names and not modules:
        return 0
    count = 0
    for node in ast.walk(module):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "isinstance"
            and len(node.args) == 2
            and _names_type(node.args[1], names, modules)
        ):
            count += 1
        elif isinstance(node, ast.match_case):
            classes = [p.cls for p in ast.walk(node.pattern) if isinstance(p, ast.MatchClass)]
            count += any(_names_type(c, names, modules) for c in classes)
    return count


def tracked_python(tree: Path) -> list[Path]:
    out = subprocess.run(["git", "ls-files", "*.py"], cwd=tree, capture_output=True, text=True, check=False)
    if out.returncode == 0 and out.stdout.strip():
        return [tree / line for line in out.stdout.split()]
    return sorted(p for p in tree.rglob("*.py") if ".venv" not in p.parts)


def complexity(tree: Path) -> dict[str, int]:
    files = [f for f in HUB_FILES if (tree / f).exists()]
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "C901",
            "--config",
            "lint.mccabe.max-complexity=1",
            "--output-format",
            "json",
            *files,
        ],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    found: dict[str, int] = {}
    for item in json.loads(out.stdout or "[]"):
        # "`_dispatch` is too complex (19 > 1)"
        message = item["message"]
        name = message.split("`")[1]
        if name in HUBS:
            where = Path(item["filename"]).relative_to(tree.resolve())
            found[f"{where}:{item['location']['row']} {name}"] = int(message.split("(")[1].split(" ")[0])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m devtools.seam_counts", description=__doc__.splitlines()[0]
    )
    parser.add_argument("tree", nargs="?", type=Path, default=REPO, help="a checkout (default: this one)")
    args = parser.parse_args(argv)
    tree: Path = args.tree.resolve()
    types = protocol_types(tree)
    sites: Counter[str] = Counter()
    for path in tracked_python(tree):
        rel = path.relative_to(tree).as_posix()
        if rel.startswith("devtools/seam_counts"):
            continue
        n = dispatch_sites(path, types, rel == "runtime/protocol.py")
        if n:
            sites[rel] = n
    product = {f: n for f, n in sites.items() if f.startswith(("app/", "runtime/"))}
    print(f"dispatch sites over the protocol's unions: {sum(sites.values())} in {len(sites)} files")
    print(f"  in app/ and runtime/: {sum(product.values())} in {len(product)} files")
    for f, n in sites.most_common(12):
        print(f"    {n:3d}  {f}")
    for room in ("app", "runtime"):
        files = [p for p in tracked_python(tree) if p.relative_to(tree).parts[0] == room]
        lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in files)
        print(f"{room}/: {lines:,} lines in {len(files)} files")
    print("McCabe complexity (ruff C901) of the seam's hubs:")
    for where, value in complexity(tree).items():
        print(f"    {value:3d}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
