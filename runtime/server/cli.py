"""`python -m runtime.server --model PACKAGE`: Oriel's OpenAI-compatible API, standalone.

For scripts and editors when the window is not running: starts a worker process of its own,
loads the model, and serves it on http://127.0.0.1:PORT/v1 (runtime.server). The first line on
stdout is that base URL, so a script can read it (useful with `--port 0`, which takes a free
port); the rest goes to stderr. It stops on Ctrl-C (or SIGTERM), and the worker with it.

Clients send `Authorization: Bearer <token>`. The token is generated on first use and kept in the
system keyring, or in an owner-only file where there is none; `--print-token` prints it, and
`--new-token` replaces it. `--print-identity` prints the installation's server identity, with
which a client checks that the program on the port is Oriel before it sends the token
(runtime.server.identity). `--host` takes only loopback addresses: the server is never reachable
from another machine.

    python -m runtime.server --model ~/Models/Qwen3.5-2B-int4 --port 8421
    curl -H "Authorization: Bearer $(python -m runtime.server --print-token)" \\
         http://127.0.0.1:8421/v1/models
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from runtime.protocol import Error, LoadModel, ModelLoaded, Progress
from runtime.remote.credentials import CredentialError, SecretStore
from runtime.server import DEFAULT_PORT, ApiServer, NotLoopback, loopback_address
from runtime.server.identity import load_or_create_identity
from runtime.server.token import load_or_create_token
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient

PROG = "python -m runtime.server"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0])
    p.add_argument("--model", help="an Oriel model package folder, or the name of an installed model")
    p.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}; 0 takes a free one"
    )
    p.add_argument("--host", default="127.0.0.1", help="127.0.0.1 (default) or ::1; nothing else is allowed")
    p.add_argument("--provider", default="auto", help="auto, cpu, cuda, dml or webgpu")
    p.add_argument("--context-length", type=int, default=32768)
    p.add_argument("--threads", type=int, help="CPU threads (default: all cores)")
    p.add_argument("--max-waiting", type=int, default=32, help="requests that may wait their turn (then 429)")
    p.add_argument("--print-token", action="store_true", help="print the bearer token and exit")
    p.add_argument("--new-token", action="store_true", help="replace the bearer token with a new one")
    p.add_argument(
        "--print-identity",
        action="store_true",
        help="print the server identity (clients check X-Oriel-Proof with it) and exit",
    )
    p.add_argument("--secrets-dir", type=Path, help=argparse.SUPPRESS)  # tests: keep the token file there
    p.add_argument("--no-keyring", action="store_true", help=argparse.SUPPRESS)  # tests: never the real one
    args = p.parse_args(argv)
    if not args.print_token and not args.print_identity and not args.model:
        p.error("--model is required (or --print-token, --print-identity)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        host = loopback_address(args.host)
    except NotLoopback as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    store = SecretStore(secrets_dir=args.secrets_dir, use_system_keyring=not args.no_keyring)
    try:
        token, where = load_or_create_token(store, renew=args.new_token)
        identity = load_or_create_identity(store)
    except CredentialError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 1
    if args.print_token or args.print_identity:
        print(token if args.print_token else identity)
        return 0
    package = resolve_package(args.model)
    if package is None:
        said = f"there is no model package at {args.model} and no installed model of that name"
        print(f"{PROG}: error: {said}", file=sys.stderr)
        return 2

    worker = BlockingClient(WorkerClient(), prefix="api")
    try:
        request = LoadModel(
            worker.new_id(),
            str(package),
            provider=args.provider,
            context_length=args.context_length,
            threads=args.threads,
        )
        if not load(worker, request):
            return 1
        try:
            server = ApiServer(
                worker,
                token,
                host=host,
                port=args.port,
                max_waiting=args.max_waiting,
                identity=identity,
                log=log,
            )
        except OSError as e:
            print(f"{PROG}: error: cannot listen on {host}:{args.port}: {e.strerror or e}", file=sys.stderr)
            return 1
        print(server.url, flush=True)
        log(
            f"serving {worker.model_name} at {server.url} (OpenAI-compatible; only this computer can connect)"
        )
        log(f"bearer token: {where} Print it with `{PROG} --print-token`.")
        log(f"a client checks that this is Oriel with the identity `{PROG} --print-identity` prints")
        serve(server)
    finally:
        worker.shutdown()
    return 0


def resolve_package(model: str) -> Path | None:
    """A package folder as given, or an installed model by name in the default store."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    from runtime.store import default_store_dir  # the store pulls in the converter: only when needed

    installed = default_store_dir() / model
    return installed if installed.is_dir() else None


def load(worker: BlockingClient, request: LoadModel) -> bool:
    """Load the model, showing progress; False (after saying why) when it fails."""
    for event in worker.stream(request):
        if isinstance(event, Progress):
            log(f"loading: {event.fraction:.0%} {event.detail}")
        elif isinstance(event, ModelLoaded):
            log(f"loaded {Path(event.package_dir).name} on {event.provider} ({event.provider_reason})")
            return True
        elif isinstance(event, Error):
            print(f"{PROG}: error: {event.message}", file=sys.stderr)
            return False
    return False


def serve(server: ApiServer) -> None:
    """Serve until Ctrl-C or SIGTERM."""
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server.start()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        log("stopping")
        server.close()


def log(line: str) -> None:
    print(f"oriel-api: {line}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
