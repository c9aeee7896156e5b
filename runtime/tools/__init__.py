"""Tool use: Qwen3.5's function calls parsed, consented to, run outside the model, and answered.

The model only proposes calls; nothing here runs inside the model worker. See the README's
"Tools" section for what tools can and can never do.
"""
