"""A Hugging Face Qwen3.5 checkpoint -> an Oriel model package.

Reading (checkpoint), quantizing (quantize), writing (converter); `python -m runtime.convert` is
its command line.
"""
