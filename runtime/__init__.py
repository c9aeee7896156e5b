"""Oriel's inference runtime: conversion, ONNX graphs, the engine and the worker process.

Never imports PySide6 or `app` (tests/test_boundaries.py).
"""

__version__ = "0.1.0"
