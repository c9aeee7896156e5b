"""The worker process's main loop: read requests, hand them to a lane, answer the quick ones.

The GUI starts this process through `runtime.worker.client.WorkerClient` (spawn context), and the
two talk over one duplex `multiprocessing` connection in `runtime.protocol`'s JSON messages. The
main thread only reads: each request goes to the model, store or speech lane (runtime.worker.lanes),
while Cancel, GetStatus and Shutdown are handled at once, so they work in the middle of a long
answer or a download. A message that cannot be decoded, or an event sent as a request, gets an
`Error(code=MALFORMED)` and the loop goes on: nothing the GUI sends can crash the worker.

The worker ends on Shutdown or when the GUI's end of the connection closes (the GUI exited or
crashed), so it never outlives the window.
"""

from __future__ import annotations

import contextlib
import os
import threading
from multiprocessing.connection import Connection

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper

from runtime.protocol import (
    PROTOCOL_VERSION,
    REQUESTS,
    Cancel,
    DeleteModel,
    DownloadModel,
    Error,
    ErrorCode,
    Event,
    GetStatus,
    ImportModel,
    ListModels,
    ProtocolError,
    Ready,
    Request,
    Shutdown,
    Status,
    Transcribe,
    VerifyModel,
    decode,
    encode,
    parse_json,
)
from runtime.providers import aliases, available_providers
from runtime.worker.lanes import Lane
from runtime.worker.memory import release_memory, rss_bytes
from runtime.worker.model_jobs import ModelHost
from runtime.worker.speech_jobs import SpeechJobs
from runtime.worker.store_jobs import StoreJobs

STORE_REQUESTS = (ListModels, DownloadModel, ImportModel, VerifyModel, DeleteModel)
# How long Shutdown waits for the running jobs to notice their cancel flag.
STOP_TIMEOUT_S = 5.0


class _Outbox:
    """Sends events from any thread; a closed connection (the GUI is gone) is not an error here."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def send(self, event: Event) -> None:
        data = encode(event)
        with self._lock, contextlib.suppress(OSError):  # the GUI is gone: the main loop sees it and ends
            self._conn.send_bytes(data)


def start_onnxruntime() -> None:
    """Build and run one tiny CPU session before greeting.

    ONNX Runtime sets up its environment, allocators and kernel tables once per process (about
    10 MB). Doing it here puts that fixed cost in a fresh worker's baseline, so loading and
    unloading a model moves only the model's own memory; and a broken onnxruntime shows at start.
    With onnxruntime-gpu, the CUDA and cuDNN libraries of the nvidia-* wheels are loaded first
    (`preload_dlls`), so a CUDA session finds them without system-wide installs.
    """
    if "CUDAExecutionProvider" in ort.get_available_providers() and hasattr(ort, "preload_dlls"):
        with contextlib.suppress(Exception):  # system libraries may serve instead; the load tells
            ort.preload_dlls()
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 2])
    graph = helper.make_graph([helper.make_node("MatMul", ["x", "x"], ["y"])], "start", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=10)
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    session.run(None, {"x": np.eye(2, dtype=np.float32)})


def serve(conn: Connection) -> None:
    """Serve requests on `conn` until Shutdown or until the other end closes."""
    start_onnxruntime()
    release_memory()
    outbox = _Outbox(conn)
    host = ModelHost(outbox.send)
    model_lane = Lane("model", host.run, outbox.send)
    store_lane = Lane(
        "store", StoreJobs(outbox.send, loaded_package=lambda: host.package_dir).run, outbox.send
    )
    speech_lane = Lane("speech", SpeechJobs(outbox.send).run, outbox.send)  # Transcribe: runtime.speech
    outbox.send(Ready(PROTOCOL_VERSION, os.getpid(), aliases(available_providers())))
    try:
        while True:
            try:
                data = conn.recv_bytes()
            except (EOFError, OSError):
                break
            request = _read(data, outbox)
            if request is None:
                continue
            if isinstance(request, Shutdown):
                break
            if isinstance(request, Cancel):
                model_lane.cancel(request.request_id)
                store_lane.cancel(request.request_id)
                speech_lane.cancel(request.request_id)
            elif isinstance(request, GetStatus):
                outbox.send(
                    Status(request.request_id, host.package_dir, host.provider, model_lane.busy, rss_bytes())
                )
            elif isinstance(request, STORE_REQUESTS):
                store_lane.submit(request)
            elif isinstance(request, Transcribe):
                speech_lane.submit(request)
            else:
                model_lane.submit(request)
    finally:
        for lane in (model_lane, store_lane, speech_lane):
            lane.stop(STOP_TIMEOUT_S)
        conn.close()


def _read(data: bytes, outbox: _Outbox) -> Request | None:
    """The request in `data`, or None after telling the GUI why it could not be read."""
    try:
        message = decode(data)
    except ProtocolError as e:
        outbox.send(
            Error(_request_id_in(data), ErrorCode.MALFORMED, f"The model process got a bad message: {e}")
        )
        return None
    if not isinstance(message, REQUESTS):
        name = type(message).__name__
        outbox.send(
            Error(_request_id_in(data), ErrorCode.MALFORMED, f"{name} is an event, not a request: ignored")
        )
        return None
    return message  # type: ignore[return-value]  # REQUESTS is the members of Request


def _request_id_in(data: bytes) -> str | None:
    """The request_id of an undecodable message, when there is one to report the error against."""
    try:
        raw = parse_json(data)
    except ProtocolError:
        return None
    rid = raw.get("request_id") if isinstance(raw, dict) else None
    return rid if isinstance(rid, str) else None
