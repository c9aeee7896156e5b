"""Speech models in the store and the worker: import, download (local stand-in hub), find, transcribe."""

from __future__ import annotations

import shutil
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bench.speech import tiny_whisper
from devtools.fake_hub import COMMIT, Hub, serve
from runtime.errors import UserError
from runtime.package import ModelPackage, write_manifest
from runtime.protocol import (
    DownloadModel,
    ErrorCode,
    Event,
    ImportModel,
    ModelInstalled,
    Progress,
    Transcribe,
    Transcript,
    decode,
    encode,
    ends_request,
)
from runtime.speech.package import (
    RECOMMENDED_REPO,
    download_speech_model,
    find_speech_model,
    import_speech_folder,
    is_speech_folder,
)
from runtime.speech.transcriber import SpeechModel
from runtime.store import ModelStore
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient
from runtime.worker.speech_jobs import SpeechJobs
from runtime.worker.store_jobs import StoreJobs

pytestmark = pytest.mark.timeout(90)
CONFIGS = ("config.json", "generation_config.json", "preprocessor_config.json", "tokenizer.json")
REPO_ID = "onnx-community/whisper-tiny-test"


@pytest.fixture(scope="module")
def hf_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model as a Hugging Face ONNX repository lays it out: configs on top, graphs in onnx/
    (an fp32 and an int8 variant, the int8 one a copy: what matters here is which files travel)."""
    built = tiny_whisper("merged")
    folder = tmp_path_factory.mktemp("hub") / "whisper-tiny-test"
    folder.mkdir()
    (folder / "onnx").mkdir()
    for name in CONFIGS:
        shutil.copy(built / name, folder / name)
    for graph in ("encoder_model", "decoder_model_merged"):
        shutil.copy(built / f"{graph}.onnx", folder / "onnx" / f"{graph}.onnx")
        shutil.copy(built / f"{graph}.onnx", folder / "onnx" / f"{graph}_int8.onnx")
    (folder / "README.md").write_text("# a model card")
    return folder


@pytest.fixture
def store(tmp_path: Path) -> ModelStore:
    return ModelStore(tmp_path / "models", retry_delays=(0.01, 0.01))


def spoken(path: Path, seconds: float = 2.0, rate: int = 16000) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    samples = 0.3 * np.sin(2 * np.pi * 220 * t) * (1 + np.sin(2 * np.pi * 3 * t))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((samples * 16000).astype("<i2").tobytes())
    return path


def test_import_installs_one_variant_as_a_checked_package(store: ModelStore, hf_folder: Path) -> None:
    assert is_speech_folder(hf_folder) and not is_speech_folder(hf_folder / "onnx")
    info = import_speech_folder(store, hf_folder, weights="int8")
    assert (info.name, info.kind, info.weights, info.problem) == (
        "whisper-tiny-test-int8",
        "speech",
        "int8",
        "",
    )
    files = sorted(p.name for p in Path(info.path).iterdir())
    assert files == sorted(
        [*CONFIGS, "encoder_model_int8.onnx", "decoder_model_merged_int8.onnx", "manifest.json"]
    )
    store.verify(info.name)
    ModelPackage.open(Path(info.path)).verify()
    assert store.installed() == [info]
    assert SpeechModel(Path(info.path)).variant == "_int8"
    assert import_speech_folder(store, hf_folder).weights == "fp32"  # the best variant by default


def test_find_speech_model(store: ModelStore, hf_folder: Path) -> None:
    with pytest.raises(UserError, match=RECOMMENDED_REPO) as missing:
        find_speech_model(store)
    assert missing.value.code == ErrorCode.MODEL_NOT_FOUND
    chat = store.root / "Qwen3.5-Tiny-fp32"
    chat.mkdir()
    (chat / "decoder.onnx").write_bytes(b"graph")
    write_manifest(chat, {"weights": {"format": "fp32"}})
    with pytest.raises(UserError, match="is a chat model"):
        find_speech_model(store, "Qwen3.5-Tiny-fp32")
    info = import_speech_folder(store, hf_folder)
    assert find_speech_model(store) == Path(info.path) == find_speech_model(store, info.name)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, hf_folder: Path) -> Iterator[Hub]:
    fake = Hub()
    fake.repos[REPO_ID] = {
        str(p.relative_to(hf_folder)): p.read_bytes() for p in sorted(hf_folder.rglob("*")) if p.is_file()
    }
    with serve(fake) as running:
        monkeypatch.setenv("HF_ENDPOINT", running.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        yield running


def test_download_fetches_only_the_chosen_variant_and_resumes(store: ModelStore, hub: Hub) -> None:
    hub.cuts["onnx/encoder_model.onnx"] = 1
    stages: list[str] = []
    info = download_speech_model(store, REPO_ID, weights="fp32", progress=lambda s, f, d: stages.append(s))
    assert (info.kind, info.source) == ("speech", f"{REPO_ID}@{COMMIT}")
    assert hub.gets("onnx/encoder_model_int8.onnx") == [] and hub.gets("README.md") == []
    assert len(hub.gets("onnx/encoder_model.onnx")) == 2  # cut halfway, then resumed
    assert stages[0] == "download" and stages[-1] == "install"
    store.verify(info.name)
    assert not (store.root / ".downloads" / f"{REPO_ID.replace('/', '--')}@{COMMIT}").exists()


def test_download_of_a_variant_the_repo_lacks(store: ModelStore, hub: Hub) -> None:
    with pytest.raises(UserError, match=r"q4 format here: encoder_model_q4\.onnx.*found: fp32, int8") as e:
        download_speech_model(store, REPO_ID, weights="q4")
    assert e.value.code == ErrorCode.DOWNLOAD_FAILED
    with pytest.raises(UserError, match="unknown weight format"):
        download_speech_model(store, REPO_ID, weights="int3")


def test_store_lane_routes_speech_downloads_and_imports(store: ModelStore, hub: Hub, hf_folder: Path) -> None:
    events: list[Event] = []
    jobs = StoreJobs(events.append, loaded_package=lambda: None)
    jobs.run(
        DownloadModel("d1", REPO_ID, weights="int8", store_dir=str(store.root), kind="speech"),
        threading.Event(),
    )
    jobs.run(ImportModel("i1", str(hf_folder), name="imported", store_dir=str(store.root)), threading.Event())
    installed = [e for e in events if isinstance(e, ModelInstalled)]
    assert [(e.request_id, e.model.kind) for e in installed] == [("d1", "speech"), ("i1", "speech")]


def test_speech_lane_transcribes_with_the_ui_language(
    store: ModelStore, hf_folder: Path, tmp_path: Path
) -> None:
    import_speech_folder(store, hf_folder)
    events: list[Event] = []
    loads: list[Path] = []

    def load(folder: Path) -> SpeechModel:
        loads.append(folder)
        return SpeechModel(folder)

    jobs = SpeechJobs(events.append, load=load)
    wav = spoken(tmp_path / "a.wav")
    jobs.run(Transcribe("t1", str(wav), "de_DE", store_dir=str(store.root)), threading.Event())
    jobs.run(
        Transcribe("t2", str(wav), "tlh", store_dir=str(store.root)), threading.Event()
    )  # Klingon: detect
    transcripts = [e for e in events if isinstance(e, Transcript)]
    assert [t.request_id for t in transcripts] == ["t1", "t2"]
    assert transcripts[0].language == "de" and transcripts[0].audio_seconds == pytest.approx(2.0)
    assert transcripts[1].language in SpeechModel(Path(store.installed()[0].path)).languages
    assert any(isinstance(e, Progress) and e.stage == "transcribe" for e in events)
    assert len(loads) == 1  # the model stays loaded


def test_speech_lane_errors(store: ModelStore, hf_folder: Path, tmp_path: Path) -> None:
    jobs = SpeechJobs(lambda e: None)
    with pytest.raises(UserError) as none_installed:
        jobs.run(Transcribe("t", str(tmp_path / "a.wav"), store_dir=str(store.root)), threading.Event())
    assert none_installed.value.code == ErrorCode.MODEL_NOT_FOUND
    import_speech_folder(store, hf_folder)
    bad = tmp_path / "bad.wav"
    bad.write_text("not audio")
    with pytest.raises(UserError) as unreadable:
        jobs.run(Transcribe("t", str(bad), store_dir=str(store.root)), threading.Event())
    assert unreadable.value.code == ErrorCode.BAD_AUDIO and "bad.wav" in unreadable.value.message
    cancelled = threading.Event()
    cancelled.set()
    with pytest.raises(UserError) as stopped:
        jobs.run(Transcribe("t", str(spoken(tmp_path / "b.wav")), store_dir=str(store.root)), cancelled)
    assert stopped.value.code == ErrorCode.CANCELLED


def test_protocol_carries_transcription() -> None:
    request = Transcribe("t1", "/tmp/recording.wav", "pt_BR", model="whisper-base-int8", store_dir=None)
    event = Transcript("t1", "Olá", "pt", 0.4, 3.2)
    assert decode(encode(request)) == request and decode(encode(event)) == event
    assert ends_request(event)
    assert decode(encode(DownloadModel("d", RECOMMENDED_REPO, kind="speech"))).kind == "speech"  # type: ignore[union-attr]


@pytest.mark.timeout(120)
def test_the_real_worker_transcribes(store: ModelStore, hf_folder: Path, tmp_path: Path) -> None:
    """End to end: the worker process imports the model, then answers Transcribe on its speech lane."""
    wav = spoken(tmp_path / "hello.wav")
    with BlockingClient(WorkerClient()) as client:
        client.start()
        client.wait_ready(60)
        installed = final_event(client, ImportModel("i", str(hf_folder), store_dir=str(store.root)))
        assert isinstance(installed, ModelInstalled) and installed.model.kind == "speech"
        transcript = final_event(client, Transcribe("t", str(wav), "en", store_dir=str(store.root)))
    assert isinstance(transcript, Transcript) and transcript.language == "en", transcript


def final_event(
    client: BlockingClient, request: ImportModel | Transcribe, timeout: float = 60
) -> Event | None:
    client.send(request)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        event = client.next_event(timeout=1)
        if (
            event is not None
            and ends_request(event)
            and getattr(event, "request_id", None) == request.request_id
        ):
            return event
    return None
