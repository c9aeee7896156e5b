"""Keeping the decoder's recurrent states and KV caches on the accelerator between steps.

Fed as numpy, every step on a GPU uploads every recurrent state and KV cache and downloads
their successors: at the 2B shape with 2k tokens of context that is ~70 MB each way per token
(`python -m bench.transfers`). Bound through ONNX Runtime's IO binding instead, each present
state stays where the session wrote it, as an OrtValue on the device, and is bound as the next
step's past: what crosses the bus is the token's embedding and positions going up and the
logits coming down.

`TransferLog` counts the bytes each run binds from or to host memory (an upper bound on what
ORT copies: a small input read by a CPU node is not copied at all). `DeviceStates` holds the
OrtValues of a `DecoderState` and downloads them when the state is copied or snapshotted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import onnxruntime as ort

# The providers whose sessions keep states on their device, and the OrtDevice type for it.
DEVICE_TYPES = {"CUDAExecutionProvider": "cuda", "WebGpuExecutionProvider": "webgpu"}


@dataclass
class TransferLog:
    """Bytes bound from host memory (up) and to host memory (down), per run."""

    up: list[int] = field(default_factory=list)
    down: list[int] = field(default_factory=list)

    def record(self, up: int, down: int) -> None:
        self.up.append(up)
        self.down.append(down)

    def last(self) -> tuple[int, int]:
        return (self.up[-1], self.down[-1]) if self.up else (0, 0)

    def clear(self) -> None:
        self.up.clear()
        self.down.clear()


def numpy_run_bytes(feeds: dict[str, np.ndarray], outputs: Sequence[np.ndarray]) -> tuple[int, int]:
    """What `session.run` with numpy feeds moves on a GPU: every feed up, every output down."""
    return sum(v.nbytes for v in feeds.values()), sum(v.nbytes for v in outputs)


class DeviceBinding:
    """Runs a decoder session with its states bound on `device` ("cuda", "webgpu"; "cpu" works
    too, through the same calls, which is how it is tested on a machine without a GPU)."""

    def __init__(self, session: ort.InferenceSession, names: Sequence[tuple[str, str]], device: str) -> None:
        self.session = session
        self.names = list(names)
        self.device = device
        self.log = TransferLog()

    def run(
        self, feeds: dict[str, np.ndarray], states: dict[str, np.ndarray], on_device: dict[str, Any]
    ) -> tuple[np.ndarray, dict[str, Any]]:
        """One step: `feeds` are the token's inputs; each past state is taken from `on_device`
        (an OrtValue from the step before) or else uploaded from `states`. Returns the logits
        (on the host) and the present states as device OrtValues, keyed by their past name."""
        io = self.session.io_binding()
        up = 0
        for name, value in feeds.items():
            value = np.ascontiguousarray(value)
            io.bind_cpu_input(name, value)
            up += value.nbytes
        for past, _ in self.names:
            if past in on_device:
                io.bind_ortvalue_input(past, on_device[past])
            else:
                value = np.ascontiguousarray(states[past], dtype=np.float32)
                io.bind_cpu_input(past, value)
                up += value.nbytes
        io.bind_output("logits")  # on the host: the sampler reads it
        for _, present in self.names:
            io.bind_output(present, self.device)
        self.session.run_with_iobinding(io)
        outputs = io.get_outputs()
        logits = outputs[0].numpy()
        self.log.record(up, logits.nbytes)
        return logits, {past: outputs[1 + k] for k, (past, _) in enumerate(self.names)}


def download(values: dict[str, Any], log: TransferLog | None = None) -> dict[str, np.ndarray]:
    """Host copies of device OrtValues (counted as down in `log`)."""
    arrays = {name: value.numpy() for name, value in values.items()}
    if log is not None:
        log.record(0, sum(a.nbytes for a in arrays.values()))
    return arrays
