"""Voice input: the recorder (plain Python, no Qt), the QObject that drives it and asks the worker
for a transcript (input), and the composer's widgets (widgets)."""
