"""The typed, versioned messages between the GUI process and the worker process.

Stdlib only: both sides import this module, and the GUI must not pull in the runtime's numeric
stack. Messages are frozen dataclasses; on the wire each is a JSON object with a "type" key, so
a message from another version or a corrupted one is rejected with a clear `ProtocolError`
instead of unpickling into something half-valid. The worker greets with `Ready`, whose
`protocol_version` the client checks before sending anything else.

Requests carry a `request_id` chosen by the client; every event about a request carries it back,
and the last one is a final event (`ends_request`). Errors travel as `Error` events with a stable
`code` (for the GUI's logic) and a `message` (for the user), never as silent drops.

Two kinds of work: the model (LoadModel, UnloadModel, Generate) and the model store (ListModels,
DownloadModel, ImportModel, VerifyModel, DeleteModel). The worker runs each kind in its own queue
(runtime.worker.lanes), so a download does not hold up a chat; Cancel reaches either.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

# 2: Message.images are ImageRefs (path and sha256), not bare paths.
# 3: tools (Generate.tools, tool turns, ToolCallProposed / ToolCallInvalid).
PROTOCOL_VERSION = 3
# Integers on the wire fit in 64 bits (numpy, ONNX Runtime and SQLite take no more).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

# Defaults every side reads from here (the window, the worker, the API server, the remote client).
DEFAULT_CONTEXT_LENGTH = 32768  # tokens a loaded model keeps (LoadModel.context_length)
DEFAULT_MAX_NEW_TOKENS = 2048  # tokens an answer may have (Generate.max_new_tokens)
DEFAULT_IMAGE_TOKEN_BUDGET = 1024  # vision tokens per image (Generate.image_token_budget)

# The image policy, one for every side: the window refuses at attach time what breaks it, and the
# worker (runtime.vision.preprocess) and the OpenAI wire code (runtime.remote.wire, read by the API
# server too) check it again on what they read.
IMAGE_FORMATS = ("png", "jpeg", "webp", "gif", "bmp", "tiff", "ico", "avif")  # Pillow's names, lower case
MAX_IMAGE_BYTES = 20 * 1024 * 1024  # one image's file; what OpenAI-compatible servers take
# Decoded pixels: four times the model's largest input (a larger JPEG decodes at a reduced scale).
MAX_IMAGE_PIXELS = 8192 * 8192


# Stable error codes. The GUI branches on these; the human message may change freely.
class ErrorCode:
    PROTOCOL_MISMATCH = "protocol_mismatch"
    MALFORMED = "malformed"
    MODEL_NOT_FOUND = "model_not_found"
    MODEL_DAMAGED = "model_damaged"
    NOT_ENOUGH_MEMORY = "not_enough_memory"
    NO_MODEL_LOADED = "no_model_loaded"
    CONTEXT_OVERFLOW = "context_overflow"
    PROVIDER_UNAVAILABLE = "provider_unavailable"
    BAD_IMAGE = "bad_image"
    WORKER_CRASHED = "worker_crashed"
    INTERNAL = "internal"
    INVALID_REQUEST = "invalid_request"  # well-formed, but a value is out of range
    CANCELLED = "cancelled"  # a store job stopped on request (a Generate ends with Finished instead)
    MODEL_IN_USE = "model_in_use"
    MODEL_EXISTS = "model_exists"
    NOT_ENOUGH_DISK = "not_enough_disk"
    OFFLINE = "offline"
    DOWNLOAD_FAILED = "download_failed"
    HUB_UNREACHABLE = "hub_unreachable"  # no connection to the model hub at all (network, DNS, proxy)
    CHECKSUM_MISMATCH = "checksum_mismatch"
    CONVERSION_FAILED = "conversion_failed"
    BAD_AUDIO = "bad_audio"  # a recording the worker cannot read
    # A remote OpenAI-compatible engine (runtime.remote); CONTEXT_OVERFLOW and CANCELLED are shared.
    REMOTE_UNREACHABLE = "remote_unreachable"  # no connection: wrong address, server down, TLS refused
    REMOTE_UNAUTHORIZED = "remote_unauthorized"  # 401/403: the API key is missing or wrong
    REMOTE_MODEL_NOT_FOUND = "remote_model_not_found"  # the server has no model of that name
    REMOTE_DISCONNECTED = "remote_disconnected"  # the connection broke in the middle of an answer
    REMOTE_RATE_LIMITED = "remote_rate_limited"  # 429: busy or over quota, try again later
    REMOTE_SERVER_ERROR = "remote_server_error"  # the server failed (5xx) or refused the request (4xx)
    REMOTE_BAD_RESPONSE = "remote_bad_response"  # not an OpenAI-compatible answer (wrong URL?)


class ProtocolError(ValueError):
    """A message that cannot be decoded: wrong shape, unknown type or another version."""


# -- parts -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImageRef:
    """An attached image by identity: the file the GUI stored, and the sha256 of its bytes.

    The worker keys what it keeps of an image (its layout, its encoded features) by the hash, so
    an image it has seen is never decoded again for a later turn."""

    path: str
    sha256: str


def image_ref(path: str | Path) -> ImageRef:
    """The ref of an image file, hashing it (for callers that do not have its hash already)."""
    with open(path, "rb") as f:
        return ImageRef(str(path), hashlib.file_digest(f, "sha256").hexdigest())


@dataclass(frozen=True)
class ToolCallInfo:
    """A function call the model made; `arguments` is the text of a JSON object."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class Message:
    """One turn of a conversation, with the images attached to it (shown before its text).

    An assistant turn lists the calls it made in `tool_calls`; a "tool" turn is one call's result
    (its text, and images when the tool returned some)."""

    role: Literal["system", "user", "assistant", "tool"]
    text: str
    images: tuple[ImageRef, ...] = ()
    reasoning: str | None = None
    tool_calls: tuple[ToolCallInfo, ...] = ()


@dataclass(frozen=True)
class ModelInfo:
    """An installed model package, as the store lists it."""

    name: str  # the package's folder name in the store, e.g. "Qwen3.5-2B-fp32"
    path: str
    source: str  # "Qwen/Qwen3.5-2B@<commit>" or the local folder it was converted from
    weights: str  # weight format, e.g. "fp32"
    size_bytes: int
    has_vision: bool
    created_at: str = ""
    problem: str = ""  # why the package cannot be loaded (a missing or truncated file); "" when fine
    kind: str = "chat"  # "chat" (a Qwen3.5 package) or "speech" (a Whisper model: runtime.speech)


@dataclass(frozen=True)
class Sampling:
    """How to pick tokens (runtime.generate.sampler). The defaults are Qwen3.5's recommended ones;
    `neutral()` leaves the model's distribution untouched, `greedy()` takes the likeliest token."""

    temperature: float = 0.7  # 0: greedy
    top_p: float = 0.8  # 1.0: off
    top_k: int = 20  # 0: off
    min_p: float = 0.0  # 0.0: off
    repetition_penalty: float = 1.0  # 1.0: off
    presence_penalty: float = 1.5  # 0.0: off
    seed: int | None = None  # None: a fresh random seed

    @classmethod
    def neutral(cls, **changes: Any) -> Sampling:
        """Every filter and penalty off (temperature 1), with `changes` on top."""
        return dataclasses.replace(
            cls(temperature=1.0, top_p=1.0, top_k=0, min_p=0.0, repetition_penalty=1.0, presence_penalty=0.0),
            **changes,
        )

    @classmethod
    def greedy(cls) -> Sampling:
        """Always the most likely token: temperature 0, nothing else applied."""
        return cls.neutral(temperature=0.0)

    @property
    def is_greedy(self) -> bool:
        return self.temperature == 0.0

    def check(self) -> None:
        """Raise ValueError naming the first value out of range."""
        checks = [
            (
                math.isfinite(self.temperature) and self.temperature >= 0,
                "temperature must be 0 (greedy) or more",
            ),
            (self.top_k >= 0, "top_k must be 0 (off) or a positive number of tokens"),
            (0.0 < self.top_p <= 1.0, "top_p must be in (0, 1]"),
            (0.0 <= self.min_p <= 1.0, "min_p must be in [0, 1]"),
            (
                math.isfinite(self.repetition_penalty) and self.repetition_penalty > 0,
                "repetition_penalty must be more than 0 (1 is off)",
            ),
            (math.isfinite(self.presence_penalty), "presence_penalty must be a finite number"),
            (self.seed is None or self.seed >= 0, "seed must be a non-negative integer"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(f"{message}; got {self}")


# -- requests (GUI -> worker) ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadModel:
    request_id: str
    package_dir: str
    provider: str = "auto"  # "auto" or an alias: cpu, cuda, dml, webgpu
    ops: str | None = None  # "fused" | "portable" | None (best available)
    context_length: int = DEFAULT_CONTEXT_LENGTH
    threads: int | None = None


@dataclass(frozen=True)
class UnloadModel:
    request_id: str


@dataclass(frozen=True)
class Generate:
    request_id: str
    conversation_id: str
    messages: tuple[Message, ...]
    sampling: Sampling = field(default_factory=Sampling)
    thinking: bool | None = None  # None: the model's default
    max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS
    image_token_budget: int = DEFAULT_IMAGE_TOKEN_BUDGET
    # Tools offered to the model: each the JSON text of an OpenAI-style function schema. With
    # tools, calls come back as ToolCallProposed / ToolCallInvalid and the turn ends after them.
    tools: tuple[str, ...] = ()
    tool_choice: str = "auto"  # "auto", "required" (a call must come), or the name of the one to call


@dataclass(frozen=True)
class Cancel:
    request_id: str  # the Generate to stop


@dataclass(frozen=True)
class GetStatus:
    request_id: str


@dataclass(frozen=True)
class Shutdown:
    pass


# Model store requests. `store_dir` None means the platform's default (runtime.store.default_store_dir).


@dataclass(frozen=True)
class ListModels:
    request_id: str
    store_dir: str | None = None


@dataclass(frozen=True)
class DownloadModel:
    """Download a checkpoint from the Hugging Face hub and convert it; Cancel stops it, resumable."""

    request_id: str
    repo_id: str  # e.g. "Qwen/Qwen3.5-2B"
    revision: str = "main"
    weights: str = "fp32"
    name: str | None = None  # None: "<repo name>-<weights>"
    store_dir: str | None = None
    kind: Literal["chat", "speech"] = "chat"  # speech: an ONNX Whisper repo (runtime.speech.package)


@dataclass(frozen=True)
class ImportModel:
    """Install a local Hugging Face checkpoint folder (converted) or an Oriel package (copied)."""

    request_id: str
    path: str
    weights: str = "fp32"
    name: str | None = None
    store_dir: str | None = None


@dataclass(frozen=True)
class VerifyModel:
    request_id: str
    name: str
    store_dir: str | None = None


@dataclass(frozen=True)
class DeleteModel:
    request_id: str
    name: str
    store_dir: str | None = None


@dataclass(frozen=True)
class Transcribe:
    """Turn a recording into text with an installed speech model (runtime.speech); Cancel stops it."""

    request_id: str
    audio_path: str  # a WAV file the GUI wrote; it stays the GUI's to delete
    language: str | None = None  # the UI language ("de", "pt_BR"); None or unknown to the model: detect
    model: str | None = None  # an installed speech model's name; None: the first one installed
    store_dir: str | None = None


# -- events (worker -> GUI) --------------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    protocol_version: int
    pid: int
    providers: tuple[str, ...]  # aliases available in this onnxruntime, "cpu" last


@dataclass(frozen=True)
class Progress:
    request_id: str
    stage: str  # "load" | "prefill" | ...
    fraction: float
    detail: str = ""


@dataclass(frozen=True)
class ModelLoaded:
    request_id: str
    package_dir: str
    provider: str
    provider_reason: str
    ops: str
    load_seconds: float
    # ORT's own placement of the test run: (nodes it ran on `provider`, all nodes it ran);
    # empty when not known (a remote engine, an older worker).
    placement: tuple[int, ...] = ()


@dataclass(frozen=True)
class ModelUnloaded:
    request_id: str


@dataclass(frozen=True)
class TextDelta:
    request_id: str
    kind: Literal["answer", "thinking"]
    text: str


@dataclass(frozen=True)
class ImageSkipped:
    """An attached image the model could not use (damaged, not an image, too large); the message
    went on without it. Comes before the answer's first TextDelta."""

    request_id: str
    message_index: int
    image_index: int  # within the message's images
    reason: str  # names the file and says what to do


@dataclass(frozen=True)
class ToolCallProposed:
    """A complete call the model wrote (its XML never reaches a TextDelta). Nothing has run it:
    running it is up to the caller (runtime.tools), behind the user's consent."""

    request_id: str
    call: ToolCallInfo
    in_thinking: bool = False  # written before the model closed its thought


@dataclass(frozen=True)
class ToolCallInvalid:
    """A call the model wrote that cannot run: an unknown tool, a missing or mistyped argument, a
    call cut off. `message` is written for the model (send it back as the call's result)."""

    request_id: str
    name: str
    message: str
    raw: str


@dataclass(frozen=True)
class Finished:
    request_id: str
    reason: str  # "stop" | "length" | "context" | "cancelled"
    prompt_tokens: int
    generated_tokens: int
    prefill_tokens_per_second: float
    decode_tokens_per_second: float
    time_to_first_token: float


@dataclass(frozen=True)
class Error:
    request_id: str | None
    code: str
    message: str


@dataclass(frozen=True)
class Status:
    request_id: str
    package_dir: str | None
    provider: str | None
    busy: bool
    rss_bytes: int


@dataclass(frozen=True)
class ModelList:
    request_id: str
    store_dir: str
    models: tuple[ModelInfo, ...]


@dataclass(frozen=True)
class ModelInstalled:
    request_id: str
    model: ModelInfo


@dataclass(frozen=True)
class ModelVerified:
    request_id: str
    name: str


@dataclass(frozen=True)
class ModelDeleted:
    request_id: str
    name: str


@dataclass(frozen=True)
class Transcript:
    request_id: str
    text: str  # "" when nothing was said
    language: str  # the Whisper code used or detected, e.g. "de"
    seconds: float  # how long transcribing took
    audio_seconds: float


Request = (
    LoadModel | UnloadModel | Generate | Cancel | GetStatus | Shutdown
    | ListModels | DownloadModel | ImportModel | VerifyModel | DeleteModel
    | Transcribe
)  # fmt: skip
Event = (
    Ready | Progress | ModelLoaded | ModelUnloaded | TextDelta | ImageSkipped
    | ToolCallProposed | ToolCallInvalid | Finished | Error | Status
    | ModelList | ModelInstalled | ModelVerified | ModelDeleted
    | Transcript
)  # fmt: skip
REQUESTS: tuple[type, ...] = typing.get_args(Request)
EVENTS: tuple[type, ...] = typing.get_args(Event)
# The events that end a request: after one of them, nothing more arrives for its request_id.
FINAL_EVENTS: tuple[type, ...] = (
    ModelLoaded, ModelUnloaded, Finished, Error, Status,
    ModelList, ModelInstalled, ModelVerified, ModelDeleted,
    Transcript,
)  # fmt: skip

_TYPES: dict[str, type] = {cls.__name__: cls for cls in REQUESTS + EVENTS}
_PARTS: dict[str, type] = {
    "Message": Message,
    "ImageRef": ImageRef,
    "Sampling": Sampling,
    "ModelInfo": ModelInfo,
    "ToolCallInfo": ToolCallInfo,
}


def request_id_of(message: Request | Event) -> str:
    """The request a message is or answers; "" for Shutdown and for events about no request."""
    return getattr(message, "request_id", None) or ""


def ends_request(event: Event) -> bool:
    """Whether `event` is the last one about its request."""
    return isinstance(event, FINAL_EVENTS)


# -- wire format --------------------------------------------------------------------------------------


def encode(message: Request | Event) -> bytes:
    """The JSON bytes of a message."""
    body = dataclasses.asdict(message)
    return json.dumps({"type": type(message).__name__, **body}, ensure_ascii=False).encode()


def decode(data: bytes) -> Request | Event:
    """Parse and validate one message; raises ProtocolError with what is wrong."""
    raw = parse_json(data)
    if not isinstance(raw, dict) or raw.get("type") not in _TYPES:
        raise ProtocolError(
            f"unknown message type {_shown(raw.get('type') if isinstance(raw, dict) else raw)}"
        )
    cls = _TYPES[raw.pop("type")]
    return _build(cls, raw)


def parse_json(data: bytes) -> Any:
    """`json.loads`, with everything it can raise on hostile bytes as a ProtocolError.

    Besides malformed text that is nesting deep enough to exhaust the recursion limit, and an
    integer longer than Python converts (4300 digits): neither may take the reader down.
    """
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:  # JSONDecodeError is a ValueError, as is the digit limit
        raise ProtocolError(f"not a JSON message: {_clip(str(e))}") from e
    except RecursionError:
        raise ProtocolError("not a JSON message: it is nested too deeply") from None


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


def _shown(value: Any) -> str:
    """A short repr of a value from the wire, for an error message."""
    try:
        return _clip(repr(value))
    except (ValueError, RecursionError):
        return type(value).__name__


def _build(cls: type, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise ProtocolError(f"{cls.__name__} must be an object")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(raw) - names
    if unknown:
        raise ProtocolError(f"{cls.__name__} has unknown fields {sorted(unknown)}")
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in raw:
            values[f.name] = _convert(hints[f.name], raw[f.name], f"{cls.__name__}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ProtocolError(f"{cls.__name__} lacks '{f.name}'")
    return cls(**values)


def _convert(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            try:
                return _convert(option, value, where)
            except ProtocolError:
                continue
        raise ProtocolError(f"{where} has an unexpected value {_shown(value)}")
    if hint is type(None):
        if value is None:
            return None
        raise ProtocolError(f"{where} must be null")
    if origin is Literal:
        if value in typing.get_args(hint):
            return value
        raise ProtocolError(f"{where} must be one of {typing.get_args(hint)}")
    if origin is tuple:
        if not isinstance(value, list):
            raise ProtocolError(f"{where} must be a list")
        (item,) = typing.get_args(hint)[:1]
        return tuple(_convert(item, v, where) for v in value)
    if isinstance(hint, type) and hint.__name__ in _PARTS:
        return _build(hint, value)
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise ProtocolError(f"{where} is a number too large for a float") from None
    if hint is int and type(value) is int and not INT64_MIN <= value <= INT64_MAX:
        raise ProtocolError(f"{where} is out of range (a 64-bit integer is expected)")
    if hint in (int, str, bool) and type(value) is hint:
        return value
    raise ProtocolError(f"{where} must be {getattr(hint, '__name__', hint)}, not {type(value).__name__}")
