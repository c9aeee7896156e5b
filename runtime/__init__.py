"""Oriel's inference runtime: conversion, ONNX graphs, the engine and the worker process.

Never imports PySide6 or `app` (tests/test_boundaries.py). Importing it switches off library
telemetry for the process and its children before onnxruntime can load (runtime/no_telemetry.py):
keep that the first statement.
"""

from runtime.no_telemetry import switch_off

switch_off()

__version__ = "0.1.0"
