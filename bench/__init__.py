"""Oriel's benchmark against its peers: `python -m bench --help` (see bench/README.md)."""
