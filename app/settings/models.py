"""The four Qwen3.5 sizes the app offers, what each costs, and its recommended sampling.

Sizes on disk and RAM hints are estimates from the parameter counts (see
`devtools/configs/README.md`: 0.85B, 2.21B, 4.54B, 9.41B) for int4 weights; the model store
reports exact sizes once a package is installed. Listing, downloading and importing models are
worker requests (`runtime.protocol.ListModels`, `DownloadModel`, ...), sent by EngineClient.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from runtime.protocol import ModelInfo, Sampling

GB = 1_000_000_000


@dataclass(frozen=True)
class ModelSpec:
    key: str  # "0.8b" | "2b" | "4b" | "9b"
    label: str  # shown as is: "2B"
    repo_id: str  # where the download comes from
    parameters: float  # billions
    download_bytes: int
    ram_bytes: int  # what a machine should have free to run it comfortably
    thinking_default: bool  # the chat template's default


MODELS: tuple[ModelSpec, ...] = (
    ModelSpec("0.8b", "0.8B", "Qwen/Qwen3.5-0.8B", 0.85, int(0.7 * GB), 2 * GB, False),
    ModelSpec("2b", "2B", "Qwen/Qwen3.5-2B", 2.21, int(1.6 * GB), 4 * GB, False),
    ModelSpec("4b", "4B", "Qwen/Qwen3.5-4B", 4.54, int(3.1 * GB), 6 * GB, True),
    ModelSpec("9b", "9B", "Qwen/Qwen3.5-9B", 9.41, int(6.2 * GB), 12 * GB, True),
)
DEFAULT_MODEL = "2b"


def spec(key: str) -> ModelSpec:
    for m in MODELS:
        if m.key == key:
            return m
    raise KeyError(key)


def installed(model: ModelSpec, packages: tuple[ModelInfo, ...]) -> ModelInfo | None:
    """The usable installed package of a size, if any (a damaged one does not count)."""
    repo_name = model.repo_id.split("/")[-1]
    for package in packages:
        from_repo = package.source.split("@")[0] == model.repo_id
        if (from_repo or package.name.startswith(repo_name + "-")) and not package.problem:
            return package
    return None


@dataclass(frozen=True)
class SpeechSpec:
    """A Whisper model for voice input (runtime.speech.package), in one weight format."""

    key: str
    label: str  # shown as is: "Whisper base"
    repo_id: str
    weights: str
    download_bytes: int  # about: the encoder and the merged decoder of that format


SPEECH_MODELS: tuple[SpeechSpec, ...] = (
    SpeechSpec("whisper-base", "Whisper base", "onnx-community/whisper-base", "int8", 80_000_000),
    SpeechSpec("whisper-small", "Whisper small", "onnx-community/whisper-small", "int8", 250_000_000),
)


def installed_speech(model: SpeechSpec, packages: tuple[ModelInfo, ...]) -> ModelInfo | None:
    """The usable installed package of a speech model in its weight format, if any."""
    for package in packages:
        if package.kind != "speech" or package.problem or package.weights != model.weights:
            continue
        if package.source.split("@")[0] == model.repo_id:
            return package
    return None


def recommended_sampling(key: str, thinking: bool) -> Sampling:
    """Qwen's published presets: thinking mode (general tasks) and non-thinking mode.

    The small sizes (0.8B, 2B) are tuned for non-thinking use with a flatter distribution and a
    stronger presence penalty (Qwen3.5 model cards).
    """
    if thinking:
        return Sampling(temperature=1.0, top_p=0.95, top_k=20, min_p=0.0, presence_penalty=1.5)
    if key in ("0.8b", "2b"):
        return Sampling(temperature=1.0, top_p=1.0, top_k=20, min_p=0.0, presence_penalty=2.0)
    return Sampling(temperature=0.7, top_p=0.8, top_k=20, min_p=0.0, presence_penalty=1.5)


def format_bytes(n: int) -> str:
    """Decimal units, one decimal for GB, as download managers show them, in the locale's digits.

    Not QLocale.formattedDataSize: Qt 6.12 leaves a stray '{0}' in some locales' units (sw).
    """
    locale = QLocale()
    if n >= GB:
        #: gigabytes (10^9 bytes), as in "1.6 GB"
        return QCoreApplication.translate("units", "{size} GB").format(size=locale.toString(n / GB, "f", 1))
    #: megabytes (10^6 bytes), as in "700 MB"
    return QCoreApplication.translate("units", "{size} MB").format(
        size=locale.toString(n / 1_000_000, "f", 0)
    )
