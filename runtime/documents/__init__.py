"""Documents in the chat: readers (text with page numbers; scanned PDF pages as images), chunking
with provenance, a per-collection SQLite FTS5 index, embeddings and fused ranking with citations.
README ("Documents") says how the pieces fit; each module's docstring holds its decisions."""
