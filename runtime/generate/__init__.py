"""Text generation: a loaded model (assistant), its decoder session, engine, sampler, tokenizer,
chat template and streaming detokenizer; `python -m runtime.generate` is its command line.
"""
