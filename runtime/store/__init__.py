"""The model store: installed model packages, hub downloads, imports, checks and deletion.

`ModelStore` is plain Python for the worker process (it converts, so it pulls in numpy and onnx);
the GUI reaches it through the worker's store requests (runtime.protocol: ListModels,
DownloadModel, ImportModel, VerifyModel, DeleteModel).
"""

from runtime.store.store import ModelStore, Progress, default_store_dir, package_bytes

__all__ = ["ModelStore", "Progress", "default_store_dir", "package_bytes"]
