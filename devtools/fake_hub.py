"""A local stand-in for the Hugging Face hub, for tests that download through `HF_ENDPOINT`.

It (127.0.0.1 only) answers the calls `huggingface_hub` makes for a download: the
revision's commit (`/api/models/<repo>/revision/<rev>`), the file tree with sizes and hashes
(`/tree/<commit>`: git blob sha1 for every file, sha256 under `lfs` for LFS files), and the files
at `/<repo>/resolve/<commit>/<path>` with HTTP Range. It can cut a connection halfway through a
file or serve corrupted bytes, and it records every request, so the tests see resumes as Range
headers.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"
LFS_SUFFIXES = (".safetensors",)


@dataclass
class Hub:
    repos: dict[str, dict[str, bytes]] = field(default_factory=dict)  # repo -> path -> bytes
    cuts: dict[str, int] = field(default_factory=dict)  # path -> how many more GETs to cut halfway
    down_after: dict[str, int] = field(default_factory=dict)  # path -> GETs served before it goes down
    corrupt: set[str] = field(default_factory=set)
    pause: float = 0.0  # seconds between 64 KiB pieces of a file
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, path, Range
    url: str = ""
    commit: str = COMMIT  # what every revision resolves to (a hostile hub may send anything)
    anything: bytes | None = None  # a hostile hub: every file URL it does not know gets these bytes

    def add_repo(self, repo_id: str, folder: Path, extra: dict[str, bytes] | None = None) -> None:
        files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
        self.repos[repo_id] = files | (extra or {})

    def gets(self, name: str) -> list[str | None]:
        """The Range headers of the GETs of file `name`."""
        return [r for method, path, r in self.requests if method == "GET" and path.endswith("/" + name)]

    def tree(self, repo_id: str) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = []
        for path, data in self.repos[repo_id].items():
            blob = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
            entry: dict[str, object] = {"type": "file", "oid": blob, "size": len(data), "path": path}
            if path.endswith(LFS_SUFFIXES):
                sha = hashlib.sha256(data).hexdigest()
                entry["lfs"] = {"oid": sha, "size": len(data), "pointerSize": 134}
            entries.append(entry)
        return entries


def _handler(hub: Hub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def do_GET(self) -> None:
            self._serve(body=True)

        def _serve(self, body: bool) -> None:
            path = urlsplit(self.path).path
            hub.requests.append((self.command, path, self.headers.get("Range")))
            if path.startswith("/api/models/"):
                return self._api(path[len("/api/models/") :])
            repo_id, sep, rest = path.lstrip("/").partition("/resolve/")
            known = sep and repo_id in hub.repos and rest.partition("/")[2] in hub.repos[repo_id]
            if not known and hub.anything is not None:
                return self._file(path, hub.anything, body)
            if not sep or repo_id not in hub.repos:
                return self._missing("RepoNotFound")
            _, _, name = rest.partition("/")
            if name not in hub.repos[repo_id]:
                return self._missing("EntryNotFound")
            if body and len(hub.gets(name)) > hub.down_after.get(name, len(hub.requests)):
                self.close_connection = True  # no response at all: the connection just drops
                return
            self._file(name, hub.repos[repo_id][name], body)

        def _api(self, rest: str) -> None:
            for repo_id in hub.repos:
                if rest.startswith(repo_id + "/revision/"):
                    siblings = [{"rfilename": p} for p in hub.repos[repo_id]]
                    return self._json({"id": repo_id, "sha": hub.commit, "siblings": siblings})
                if rest.startswith(repo_id + "/tree/"):
                    return self._json(hub.tree(repo_id))
            self._missing("RepoNotFound")

        def _json(self, data: object) -> None:
            raw = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def _missing(self, code: str) -> None:
            self.send_response(404)
            self.send_header("X-Error-Code", code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _file(self, name: str, data: bytes, body: bool) -> None:
            if name in hub.corrupt:
                data = bytes([data[0] ^ 0xFF]) + data[1:]
            start = 0
            if body and (range_header := self.headers.get("Range")):
                start = int(range_header.removeprefix("bytes=").split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.send_header("ETag", f'"{hashlib.sha256(data).hexdigest()}"')
            self.send_header("X-Repo-Commit", hub.commit)
            self.end_headers()
            if not body:
                return
            payload = data[start:]
            if hub.cuts.get(name, 0) > 0:
                hub.cuts[name] -= 1
                payload = payload[: len(payload) // 2]  # then the connection drops
            for at in range(0, len(payload), 1 << 16):
                self.wfile.write(payload[at : at + (1 << 16)])
                self.wfile.flush()
                time.sleep(hub.pause)

    return Handler


@contextmanager
def serve(hub: Hub) -> Iterator[Hub]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hub))
    server.daemon_threads = True
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
