"""`python -m bench.runners.child`: load one runtime in this fresh process and time it.

Run by the benchmark, one process per runtime and round, so that load time and peak RSS belong
to that runtime alone. Prints one line `BENCH-RESULT {json}` (a `Measurement`) at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.runners import RunnerOptions, all_runners
from bench.runners.base import measure

RESULT_PREFIX = "BENCH-RESULT "


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.runners.child")
    p.add_argument("runner")
    p.add_argument("artifact", type=Path)
    p.add_argument("--options", default="{}", help="RunnerOptions as JSON")
    p.add_argument("--prompt", required=True, help="comma-separated prompt token ids")
    p.add_argument("--new-tokens", type=int, required=True)
    p.add_argument("--threads", type=int, required=True)
    args = p.parse_args(argv)
    runner = all_runners(RunnerOptions(**json.loads(args.options)))[args.runner]
    prompt = [int(x) for x in args.prompt.split(",")]
    max_tokens = len(prompt) + args.new_tokens
    result = measure(lambda: runner.load(args.artifact, args.threads, max_tokens), prompt, args.new_tokens)
    sys.stdout.flush()
    print(RESULT_PREFIX + result.to_json(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
