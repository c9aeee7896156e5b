"""`python -m devtools.worker_conversation PACKAGE IMAGE [--linger S]`: one conversation with the
real worker.

Starts the worker as the window does (a `BlockingClient` over `WorkerClient`), loads PACKAGE on the CPU,
asks about IMAGE greedily, keeps the worker idle for S more seconds (as the window does between
questions: ONNX Runtime's telemetry uploads after about eight seconds, so a short run would not
show it), shuts the worker down, and prints one JSON line: the answer, the prompt's token count
and the errors seen. tests/runtime/test_offline.py runs it inside the offline
sandbox (devtools/offline_sandbox.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from runtime.protocol import (
    Error,
    Finished,
    Message,
    ModelLoaded,
    Sampling,
    TextDelta,
    ends_request,
    image_ref,
)
from runtime.transport import BlockingClient
from runtime.worker import WorkerClient

TIMEOUT_S = 120.0


def converse(package: str, image: str, question: str = "What colour is this?", linger: float = 0.0) -> dict:
    """Load `package`, ask `question` about `image`, wait `linger` seconds, and report."""
    client = BlockingClient(WorkerClient())
    answer, errors, loaded, prompt_tokens = "", [], False, 0
    try:
        client.start()
        client.wait_ready()
        client.load_model(package, provider="cpu")
        rid = client.generate(
            "offline",
            (Message("user", question, images=(image_ref(image),)),),
            sampling=Sampling(temperature=0.0),
            max_new_tokens=8,
        )
        while (event := client.next_event(TIMEOUT_S)) is not None:
            if isinstance(event, ModelLoaded):
                loaded = True
            elif isinstance(event, Error):
                errors.append(f"{event.code}: {event.message}")
            elif isinstance(event, TextDelta):
                answer += event.text
            elif isinstance(event, Finished):
                prompt_tokens = event.prompt_tokens
            if ends_request(event) and getattr(event, "request_id", None) == rid:
                break
        time.sleep(linger)
    finally:
        client.shutdown()
    return {"loaded": loaded, "answer": answer, "prompt_tokens": prompt_tokens, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package")
    parser.add_argument("image")
    parser.add_argument("--linger", type=float, default=0.0, help="seconds to keep the idle worker")
    args = parser.parse_args(argv)
    result = converse(args.package, args.image, linger=args.linger)
    print(json.dumps(result))
    return 0 if result["loaded"] and not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
