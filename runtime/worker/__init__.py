"""The worker process that runs the model, and the client the GUI starts it with.

Only `client` is imported here: it is light (stdlib + runtime.protocol), so the GUI process can use
it without loading onnxruntime. The worker side (process, lanes, host, loading, memory, store_jobs)
is imported inside the spawned process.
"""

from runtime.worker.client import WorkerClient, worker_main

__all__ = ["WorkerClient", "worker_main"]
