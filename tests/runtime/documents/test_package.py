"""Embedding models in the model store: imported or downloaded (local stand-in hub), converted,
listed with kind "embedding", checked, found, loaded, deleted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from devtools.documents import tiny_encoder
from devtools.fake_hub import COMMIT, Hub, serve
from runtime.documents.embedder import OnnxEmbedder
from runtime.documents.package import (
    RECOMMENDED_REPO,
    download_embedding_model,
    find_embedding_model,
    import_embedding_folder,
    is_embedding_folder,
    load_embedder,
)
from runtime.errors import UserError
from runtime.package import ModelPackage
from runtime.protocol import ErrorCode
from runtime.store import ModelStore

pytestmark = pytest.mark.timeout(120)
REPO_ID = "intfloat/tiny-e5-test"


@pytest.fixture(scope="module")
def hf_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tiny_encoder(tmp_path_factory.mktemp("hub") / "tiny-e5-test")
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling" / "config.json").write_text('{"pooling_mode_mean_tokens": true}')
    (folder / "README.md").write_text("# a model card")
    return folder


@pytest.fixture
def store(tmp_path: Path) -> ModelStore:
    return ModelStore(tmp_path / "models", retry_delays=(0.01, 0.01))


def test_import_converts_into_a_checked_embedding_package(store: ModelStore, hf_folder: Path) -> None:
    assert is_embedding_folder(hf_folder) and not is_embedding_folder(hf_folder / "1_Pooling")
    with pytest.raises(UserError, match="No embedding model is installed") as missing:
        find_embedding_model(store)
    assert missing.value.code == ErrorCode.MODEL_NOT_FOUND and RECOMMENDED_REPO in str(missing.value)
    info = import_embedding_folder(store, hf_folder, weights="int8")
    assert (info.name, info.kind, info.weights, info.problem) == (
        "tiny-e5-test-int8",
        "embedding",
        "int8",
        "",
    )
    store.verify(info.name)
    ModelPackage.open(Path(info.path)).verify()
    assert find_embedding_model(store) == Path(info.path) == find_embedding_model(store, info.name)
    embedder = load_embedder(store)
    assert embedder.settings["query_prefix"] == "query: " and embedder.settings["pooling"] == "mean"
    vectors = embedder.embed(["w1 w2", "w3"], query=False)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    with pytest.raises(UserError, match="already installed"):
        import_embedding_folder(store, hf_folder, weights="int8")
    store.delete(info.name)
    assert store.installed() == []


def test_a_folder_that_is_not_an_encoder_installs_nothing(store: ModelStore, tmp_path: Path) -> None:
    bad = tmp_path / "qwen"
    bad.mkdir()
    (bad / "config.json").write_text('{"model_type": "qwen3_5"}')
    with pytest.raises(UserError, match="could not be converted") as error:
        import_embedding_folder(store, bad)
    assert error.value.code == ErrorCode.CONVERSION_FAILED
    assert list(store.root.iterdir()) == []  # no half-written package left behind


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


def test_download_fetches_the_safetensors_and_converts(store: ModelStore, hub: Hub, hf_folder: Path) -> None:
    hub.cuts["model.safetensors"] = 1
    stages: list[str] = []
    info = download_embedding_model(store, REPO_ID, weights="fp32", progress=lambda s, f, d: stages.append(s))
    assert (info.kind, info.source, info.weights) == ("embedding", f"{REPO_ID}@{COMMIT}", "fp32")
    assert hub.gets("README.md") == [] and len(hub.gets("model.safetensors")) == 2  # cut, resumed
    assert stages[0] == "download" and stages[-1] == "convert"
    store.verify(info.name)
    imported = import_embedding_folder(store, hf_folder, weights="fp32", name="same")
    a = OnnxEmbedder(Path(info.path)).embed(["w4 w5"], query=True)
    b = OnnxEmbedder(Path(imported.path)).embed(["w4 w5"], query=True)
    np.testing.assert_allclose(a, b, atol=1e-6)
