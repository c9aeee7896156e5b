"""ONNX graph emission for Qwen3.5: one builder (the choke point), one module per block."""
