"""Everything an image goes through before the vision encoder sees it.

Kept in Pillow and numpy so that the worker can open and prepare images without torch; the
encoder itself is an ONNX graph.
"""
