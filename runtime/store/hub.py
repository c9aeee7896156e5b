"""Fetching a checkpoint from the Hugging Face hub, resumably, with every byte checked.

The hub API (`HfApi`: which commit a revision names, which files it holds with their sizes and
hashes), the URLs, the headers, the HTTP session and the error types all come from
`huggingface_hub`, so `HF_ENDPOINT`, `HF_TOKEN`, proxies and offline mode (`HF_HUB_OFFLINE`)
behave as in every other Hugging Face tool. The byte loop is Oriel's own: `hf_hub_download`
writes to a temporary file that it deletes when the transfer fails, so an interrupted download of
a 9 GB checkpoint would start over. Here each file grows in `<name>.part` inside a staging
folder kept between attempts: a cut connection is retried from where it stopped (HTTP Range), and
a download cancelled today resumes tomorrow. Every finished file is checked against the hash the
hub lists (sha256 for LFS files, the git blob sha1 for small ones) before it takes its final name;
a file that does not match is deleted, so a retry fetches it again.

What a hub answers is not trusted either (a custom `HF_ENDPOINT` is someone else's server): the
commit id must be a git commit id and every listed path a plain relative name
(runtime/contained_paths.py), checked before anything is written, since both become paths under
the store's download folder. The repository id the user typed is checked the same way.

`huggingface_hub` is imported inside the functions: the worker process loads this module without
opening any network code until the user starts a download.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from runtime.contained_paths import UnsafePath, check_commit, check_name
from runtime.errors import UserError
from runtime.protocol import ErrorCode
from runtime.store.io import Cancelled

# What a conversion reads, at the top of the repository; everything else (README, images, other
# formats, subfolders) is skipped.
WANTED_FILES = (
    "config.json",
    "*.safetensors",
    "model.safetensors.index.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "chat_template.jinja",
    "generation_config.json",
    "preprocessor_config.json",
)
PART_SUFFIX = ".part"
# Seconds to wait before each new attempt after a transient network error; attempts that made
# progress do not count against the limit.
RETRY_DELAYS = (1.0, 2.0, 5.0, 10.0)
_TIMEOUT_S = 30.0
# Hugging Face's rule for repository ids: one or two names of letters, digits, '-', '_' and '.',
# neither starting nor ending with '-' or '.', no '--' or '..', at most 96 characters each.
_REPO_PART = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?")


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    git_sha1: str  # the blob id every file has
    sha256: str | None  # LFS files only

    def check(self, local: Path) -> bool:
        """Whether `local` holds exactly the bytes the hub lists for this file."""
        if self.sha256 is not None:
            h = hashlib.sha256()
        else:  # git hashes a blob with a small header
            h = hashlib.sha1(usedforsecurity=False)
            h.update(b"blob %d\0" % self.size)
        with open(local, "rb") as f:
            while block := f.read(1 << 22):
                h.update(block)
        return h.hexdigest() == (self.sha256 or self.git_sha1)


def is_offline() -> bool:
    """`HF_HUB_OFFLINE` (or `TRANSFORMERS_OFFLINE`) as set now, or as huggingface_hub read it at import."""
    from huggingface_hub import constants

    flags = (os.environ.get("HF_HUB_OFFLINE"), os.environ.get("TRANSFORMERS_OFFLINE"))
    return constants.is_offline_mode() or any(
        (v or "").strip().upper() in ("1", "ON", "YES", "TRUE") for v in flags
    )


def endpoint() -> str:
    """The hub to talk to: `HF_ENDPOINT` as set now (huggingface_hub reads it only at import)."""
    from huggingface_hub import constants

    return os.environ.get("HF_ENDPOINT", constants.ENDPOINT).rstrip("/")


def hub_host() -> str:
    """The hub's host as a user knows it: "huggingface.co", or HF_ENDPOINT's host and port."""
    return urlsplit(endpoint()).netloc or endpoint()


def check_repo_id(repo_id: str) -> str:
    """`repo_id`, if it is a Hugging Face model id (it becomes part of a folder name)."""
    parts = repo_id.split("/")
    if len(parts) > 2 or not all(_REPO_PART.fullmatch(p) and ".." not in p and "--" not in p for p in parts):
        raise UserError(
            ErrorCode.INVALID_REQUEST,
            f"'{repo_id}' is not a Hugging Face model id (like Qwen/Qwen3.5-2B): use letters, digits, "
            "'-', '_' and '.', with one '/' between the owner and the name",
        )
    return repo_id


def _check_online() -> None:
    if is_offline():
        raise UserError(
            ErrorCode.OFFLINE,
            "Downloads are off: offline mode is set (HF_HUB_OFFLINE). Unset it to download a model, "
            "or import a model folder instead.",
        )


def list_files(
    repo_id: str,
    revision: str,
    patterns: Sequence[str] = WANTED_FILES,
    *,
    weights_suffix: str = ".safetensors",
    subfolders: bool = False,
) -> tuple[str, list[RemoteFile]]:
    """The commit `revision` names now, and the wanted files at that commit.

    Only top-level files unless `subfolders` (speech models keep their graphs in onnx/); at least
    one must end in `weights_suffix`.
    """
    from huggingface_hub import HfApi
    from huggingface_hub.hf_api import RepoFile

    check_repo_id(repo_id)
    _check_online()
    api = HfApi(endpoint=endpoint())
    with _hub_errors(repo_id, revision):
        commit = api.model_info(repo_id, revision=revision).sha
        if commit is None:
            raise UserError(ErrorCode.DOWNLOAD_FAILED, f"the hub did not say which commit {revision} is")
        files = [
            RemoteFile(f.path, f.size, f.blob_id, f.lfs.sha256 if f.lfs else None)
            for f in api.list_repo_tree(repo_id, revision=commit, recursive=True)
            if isinstance(f, RepoFile)
            and (subfolders or "/" not in f.path)
            and any(fnmatch.fnmatch(f.path, p) for p in patterns)
        ]
    try:
        check_commit(commit, endpoint())
        for f in files:
            check_name(f.path, f"{endpoint()}'s file list for {repo_id}")
    except UnsafePath as e:
        raise UserError(
            ErrorCode.DOWNLOAD_FAILED, f"{e}. Nothing was downloaded: is HF_ENDPOINT a Hugging Face hub?"
        ) from e
    if not any(f.path.endswith(weights_suffix) for f in files):
        raise UserError(
            ErrorCode.DOWNLOAD_FAILED,
            f"{repo_id} has no {weights_suffix} weights at {revision}: it is not a model Oriel can install",
        )
    return commit, files


def fetch(
    repo_id: str,
    commit: str,
    remote: RemoteFile,
    dest: Path,
    *,
    on_bytes: Callable[[int], None],
    cancel: threading.Event | None = None,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> None:
    """Download one file to `dest`, resuming `dest.part`; checks its hash before renaming it."""
    import httpx2
    from huggingface_hub import hf_hub_url
    from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

    _check_online()
    url = hf_hub_url(repo_id, remote.path, revision=commit, endpoint=endpoint())
    part = dest.with_name(dest.name + PART_SUFFIX)
    dest.parent.mkdir(parents=True, exist_ok=True)
    failures = 0
    while True:
        have = part.stat().st_size if part.exists() else 0
        if have > remote.size:  # not this file's bytes: start again
            part.unlink()
            have = 0
        if have == remote.size:
            break
        headers = build_hf_headers()
        if have:
            headers["Range"] = f"bytes={have}-"
        try:
            with (
                _hub_errors(repo_id, commit, transfer=True),
                get_session().stream("GET", url, headers=headers, timeout=_TIMEOUT_S) as response,
            ):
                hf_raise_for_status(response)
                mode = "ab" if have and response.status_code == 206 else "wb"  # 200: the Range was ignored
                with open(part, mode) as out:
                    for chunk in response.iter_bytes():
                        if cancel is not None and cancel.is_set():
                            raise Cancelled()
                        out.write(chunk)
                        on_bytes(len(chunk))
                        failures = 0
        except httpx2.TransportError as e:
            if failures >= len(retry_delays):
                raise UserError(
                    ErrorCode.DOWNLOAD_FAILED,
                    f"The connection to {endpoint()} was lost while downloading {remote.path} ({e}). "
                    "Try again: the download continues where it stopped.",
                ) from e
            time.sleep(retry_delays[failures])
            failures += 1
    if not remote.check(part):
        part.unlink()
        raise UserError(
            ErrorCode.CHECKSUM_MISMATCH,
            f"{remote.path} from {repo_id} does not match the checksum the hub lists: the download was "
            "corrupted on the way. The damaged file was deleted; try again.",
        )
    part.replace(dest)


@contextlib.contextmanager
def _hub_errors(repo_id: str, revision: str, *, transfer: bool = False) -> Iterator[None]:
    """Turn huggingface_hub's exceptions into UserErrors that say what to do.

    In a transfer (`transfer=True`) a transport error passes through: `fetch` retries it.
    """
    import httpx2
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    try:
        yield
    except OfflineModeIsEnabled as e:
        raise UserError(ErrorCode.OFFLINE, f"Downloads are off: {e}") from e
    except GatedRepoError as e:
        message = f"{repo_id} is gated: accept its licence on the hub and log in (HF_TOKEN) first"
        raise UserError(ErrorCode.DOWNLOAD_FAILED, message) from e
    except RepositoryNotFoundError as e:
        message = f"the hub has no model named {repo_id} (check the name, or log in if it is private)"
        raise UserError(ErrorCode.DOWNLOAD_FAILED, message) from e
    except RevisionNotFoundError as e:
        raise UserError(ErrorCode.DOWNLOAD_FAILED, f"{repo_id} has no revision '{revision}'") from e
    except HfHubHTTPError as e:
        status = e.response.status_code if e.response is not None else "?"
        message = f"the hub answered HTTP {status} for {repo_id}; try again later"
        raise UserError(ErrorCode.DOWNLOAD_FAILED, message) from e
    except httpx2.TransportError as e:
        if transfer:
            raise
        message = f"could not reach {hub_host()}: check the connection, or import a folder ({e})"
        raise UserError(ErrorCode.HUB_UNREACHABLE, message) from e
