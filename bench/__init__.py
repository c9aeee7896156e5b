"""Oriel's benchmark against its peers: `python -m bench --help` (see bench/README.md)."""

# First, before any runner can import onnxruntime: Oriel's runtime switches library telemetry off
# for this process and the child processes it starts (runtime/no_telemetry.py).
import runtime  # noqa: F401
