"""Loading a model in the worker: package and request checks, memory check, provider, warm-up.

"Auto" takes the first accelerated provider the installed onnxruntime offers
(runtime.providers.AUTO_ORDER) and confirms it with a warm-up run of one token, because a GPU
provider can build a session and still fail at its first kernel (a driver too old, a missing DLL,
no device memory). Auto then falls back to the CPU and says why in `provider_reason`. A provider
the user forced in the settings is never swapped behind their back: the load fails with
PROVIDER_UNAVAILABLE and the reason, so the settings dialog can show it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from runtime.errors import UserError
from runtime.generate.assistant import Assistant
from runtime.generate.session import fused_ops_available
from runtime.graph.lowering import FUSED, PORTABLE
from runtime.package import MANIFEST, ModelPackage, PackageError
from runtime.protocol import ErrorCode, LoadModel
from runtime.providers import CPU, NAMES, ProviderError, available_providers, choose_providers
from runtime.worker.memory import check_memory, release_memory

AssistantFactory = Callable[..., Assistant]  # Assistant's constructor, or a test's stand-in
LoadProgress = Callable[[float, str], None]


@dataclass
class LoadedModel:
    assistant: Assistant
    request: LoadModel  # what was asked for: the same request again needs no reload
    provider: str  # the alias it runs on: "cpu", "cuda", ...
    provider_reason: str
    load_seconds: float


def open_package(path: Path) -> ModelPackage:
    """The package's manifest, with errors a user can act on (sizes checked, hashes not: too slow)."""
    if not path.is_dir():
        raise UserError(
            ErrorCode.MODEL_NOT_FOUND,
            f"There is no model at {path}: it was moved or deleted. Choose another model or "
            "install it again.",
        )
    if not (path / MANIFEST).exists():
        raise UserError(
            ErrorCode.MODEL_NOT_FOUND, f"{path} is not an Oriel model package (it has no {MANIFEST})."
        )
    try:
        return ModelPackage.open(path)
    except PackageError as e:
        raise UserError(ErrorCode.MODEL_DAMAGED, f"{e}. Check or reinstall it in the model manager.") from e


def warm_up(assistant: Assistant) -> None:
    """Run one token through the decoder: the first real use of the provider's kernels."""
    session = assistant.session
    session.forward(session.empty_state(), np.zeros(1, np.int64), np.zeros((3, 1), np.int64))


def load_model(
    request: LoadModel,
    progress: LoadProgress,
    *,
    make: AssistantFactory = Assistant,
    available_memory: int | None = None,
) -> LoadedModel:
    """Load `request.package_dir`; the caller has already let go of any previous model."""
    started = time.perf_counter()
    path = Path(request.package_dir)
    progress(0.0, f"reading {path.name}")
    package = open_package(path)
    try:
        choice = choose_providers(request.provider, available_providers())
    except ProviderError as e:
        raise UserError(ErrorCode.PROVIDER_UNAVAILABLE, str(e)) from e
    _check_request(request, choice.primary)
    check_memory(package, request.context_length, available_memory)

    wanted = NAMES.get(choice.primary, choice.primary)
    forced = request.provider.lower() != "auto"
    progress(0.1, f"building the model for {wanted}")
    assistant = _build(make, request, request.provider)
    problem = ""
    if assistant.session.provider != choice.primary:  # the session could not start the provider
        problem = assistant.session.provider_reason
    else:
        progress(0.8, f"test run on {wanted}")
        try:
            warm_up(assistant)
        except Exception as e:
            if choice.primary == CPU:
                raise UserError(ErrorCode.MODEL_DAMAGED, f"{path.name} fails to run: {e}") from e
            problem = f"{wanted} failed a test run ({str(e).splitlines()[0] if str(e) else type(e).__name__})"
    if not problem:
        reason = assistant.session.provider_reason
    else:
        if forced:
            raise UserError(
                ErrorCode.PROVIDER_UNAVAILABLE,
                f"{wanted} was chosen in the settings but does not work on this machine: {problem}. "
                "Choose Auto or CPU.",
            )
        reason = problem if problem.endswith("using the CPU") else f"{problem}; using the CPU"
        if assistant.session.provider != CPU:
            del assistant
            release_memory()
            progress(0.5, "building the model for the CPU")
            assistant = _build(make, request, "cpu")
            warm_up(assistant)
    progress(1.0, "ready")
    return LoadedModel(
        assistant=assistant,
        request=request,
        provider=NAMES.get(assistant.session.provider, assistant.session.provider),
        provider_reason=reason,
        load_seconds=time.perf_counter() - started,
    )


def _check_request(request: LoadModel, provider: str) -> None:
    if request.ops not in (None, FUSED, PORTABLE):
        raise UserError(
            ErrorCode.INVALID_REQUEST, f"unknown operator path '{request.ops}' (use {FUSED} or {PORTABLE})"
        )
    if request.ops == FUSED and not fused_ops_available(provider):
        raise UserError(
            ErrorCode.INVALID_REQUEST,
            f"the fused operators do not run on {NAMES.get(provider, provider)} with this onnxruntime; "
            f"use {PORTABLE} or leave the choice to Oriel",
        )
    if request.context_length < 1 or (request.threads is not None and request.threads < 1):
        raise UserError(ErrorCode.INVALID_REQUEST, "the context length and the thread count must be positive")


def _build(make: AssistantFactory, request: LoadModel, provider: str) -> Assistant:
    try:
        return make(
            Path(request.package_dir),
            provider=provider,
            ops=request.ops,
            threads=request.threads,
            context_length=request.context_length,
        )
    except UserError:
        raise
    except Exception as e:  # a graph ORT rejects, a damaged tokenizer or template, no memory left
        name = Path(request.package_dir).name
        if isinstance(e, MemoryError) or "allocate" in str(e).lower():
            raise UserError(
                ErrorCode.NOT_ENOUGH_MEMORY,
                f"The memory ran out while loading {name}. Close other programs or choose a smaller model.",
            ) from e
        raise UserError(ErrorCode.MODEL_DAMAGED, f"{name} could not be loaded: {e}") from e
