"""The API server's identity: a client checks that the program on the port is Oriel, before it
sends its token, and a program squatting on the port cannot pass the check."""

from __future__ import annotations

import http.client
import os
import stat
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import openai
import pytest

from devtools.fake_worker import FakeWorker
from runtime.protocol import LoadModel
from runtime.remote.credentials import SecretStore
from runtime.server import (
    CHALLENGE_HEADER,
    PROOF_HEADER,
    ApiServer,
    is_oriel,
    load_or_create_identity,
)
from runtime.server.cli import main as server_main
from runtime.server.identity import IDENTITY_NAME, new_challenge
from runtime.transport import BlockingClient

pytestmark = pytest.mark.timeout(30)

TOKEN = "test-token-0123456789"
MODEL = "Qwen3.5-2B-fp32"


@pytest.fixture
def store(tmp_path: Path) -> SecretStore:
    return SecretStore(secrets_dir=tmp_path / "secrets", use_system_keyring=False)


@pytest.fixture
def server(tmp_path: Path, store: SecretStore) -> Iterator[ApiServer]:
    worker = BlockingClient(FakeWorker(answer="Hello.", delay=0.001), prefix="api")
    (tmp_path / MODEL).mkdir()
    list(worker.stream(LoadModel(worker.new_id(), str(tmp_path / MODEL))))
    api = ApiServer(worker, TOKEN, port=0, identity=load_or_create_identity(store))
    api.start()
    yield api
    api.close()
    worker.shutdown()


def proof_without_a_token(port: int, challenge: str) -> tuple[int, str | None]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/v1/models", headers={CHALLENGE_HEADER: challenge})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader(PROOF_HEADER)
    finally:
        connection.close()


def test_a_client_can_tell_the_server_is_oriel_before_sending_its_token(
    server: ApiServer, store: SecretStore
) -> None:
    identity = load_or_create_identity(store)
    challenge = new_challenge()
    status, answer = proof_without_a_token(server.address[1], challenge)
    assert status == 401 and is_oriel(identity, challenge, answer)
    assert not is_oriel(identity, new_challenge(), answer), "each challenge has its own proof"
    assert not is_oriel("another install's identity", challenge, answer)

    checked = new_challenge()  # the openai client, once it trusts the server
    client = openai.OpenAI(
        base_url=server.url, api_key=TOKEN, max_retries=0, default_headers={CHALLENGE_HEADER: checked}
    )
    raw = client.models.with_raw_response.list()
    assert is_oriel(identity, checked, raw.headers.get(PROOF_HEADER))
    assert [m.id for m in raw.parse().data] == [MODEL]


def test_a_squatter_on_the_port_cannot_pass_the_check(server: ApiServer, store: SecretStore) -> None:
    identity = load_or_create_identity(store)
    seen = proof_without_a_token(server.address[1], new_challenge())[1]

    class Squatter(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # replays the proof it saw Oriel send
            self.send_response(401)
            self.send_header(PROOF_HEADER, seen or "")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    squatter = HTTPServer(("127.0.0.1", 0), Squatter)
    thread = threading.Thread(target=squatter.serve_forever, daemon=True)
    thread.start()
    try:
        challenge = new_challenge()
        status, answer = proof_without_a_token(squatter.server_address[1], challenge)
        assert status == 401 and answer == seen
        assert not is_oriel(identity, challenge, answer)
    finally:
        squatter.shutdown()
        squatter.server_close()


def test_no_proof_for_a_challenge_too_short_to_be_random(server: ApiServer) -> None:
    assert proof_without_a_token(server.address[1], "abc")[1] is None
    assert proof_without_a_token(server.address[1], "x" * 300)[1] is None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_identity_is_made_once_and_kept_owner_only(store: SecretStore) -> None:
    identity = load_or_create_identity(store)
    assert len(identity) >= 40 and load_or_create_identity(store) == identity
    kept = [p for p in (store.secrets_dir).iterdir() if IDENTITY_NAME in p.name or p.read_text() == identity]
    assert kept and stat.S_IMODE(kept[0].stat().st_mode) == 0o600


def test_the_command_line_prints_the_identity(store: SecretStore, capsys) -> None:
    args = ["--print-identity", "--secrets-dir", str(store.secrets_dir), "--no-keyring"]
    assert server_main(args) == 0
    assert capsys.readouterr().out.strip() == load_or_create_identity(store)
