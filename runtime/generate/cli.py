"""`python -m runtime.generate MODEL --prompt TEXT`: one answer from the command line.

Streams the answer to stdout (thinking to stderr, dimmed), or with `--json` prints one object
with the generated token ids, the text and the timings. `--input-ids` bypasses the tokenizer and
the chat template, so a model without a tokenizer still runs (and tests can pin exact tokens).

`--image` attaches an image (repeat it for several). With `--prompt` the images come before the
text, as the chat template places them; an image that cannot be used is reported on stderr and
left out. With `--input-ids`, each image-pad id in the ids (the config's `image_token_id`) stands
for the next `--image`, in order, and is expanded to that image's tokens.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from runtime.errors import UserError
from runtime.generate.chat_template import ChatMessage
from runtime.generate.engine import EngineError, Finish, GenerationConfig, PrefillProgress, Prompt, TokenEvent
from runtime.protocol import ImageSkipped, Sampling, TextDelta
from runtime.vision.preprocess import DEFAULT_TOKEN_BUDGET, MAX_TOKEN_BUDGET, MIN_TOKEN_BUDGET

if TYPE_CHECKING:
    from runtime.generate.assistant import Assistant


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m runtime.generate", description=__doc__.splitlines()[0])
    p.add_argument("model", type=Path, help="an Oriel model package folder")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--prompt", help="the user's message")
    src.add_argument("--input-ids", help="comma-separated token ids, fed as they are")
    p.add_argument("--system", help="a system prompt")
    p.add_argument("--image", action="append", default=[], type=Path, help="attach an image (repeatable)")
    p.add_argument(
        "--image-tokens",
        type=int,
        default=DEFAULT_TOKEN_BUDGET,
        help=f"most tokens one image may take, {MIN_TOKEN_BUDGET}..{MAX_TOKEN_BUDGET} (default "
        f"{DEFAULT_TOKEN_BUDGET}, about one megapixel)",
    )
    p.add_argument("--max-new-tokens", type=int, default=512)
    p.add_argument("--greedy", action="store_true", help="always the most likely token")
    p.add_argument("--temperature", type=float, default=0.7)
    p.add_argument("--top-p", type=float, default=0.8)
    p.add_argument("--top-k", type=int, default=20)
    p.add_argument("--min-p", type=float, default=0.0)
    p.add_argument("--repetition-penalty", type=float, default=1.0)
    p.add_argument("--presence-penalty", type=float, default=0.0)
    p.add_argument("--seed", type=int)
    p.add_argument("--provider", default="auto", help="auto, cpu, cuda, dml or webgpu")
    p.add_argument(
        "--ops", choices=("fused", "portable"), help="delta-rule operators (default: best available)"
    )
    p.add_argument("--threads", type=int, help="CPU threads (default: all cores)")
    p.add_argument("--context-length", type=int, help="refuse prompts longer than this many tokens")
    think = p.add_mutually_exclusive_group()
    think.add_argument("--think", dest="thinking", action="store_const", const=True, help="thinking on")
    think.add_argument("--no-think", dest="thinking", action="store_const", const=False, help="thinking off")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of streaming text")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from runtime.generate.assistant import Assistant  # imports onnxruntime: after --help

    try:
        sampling = (
            Sampling.greedy()
            if args.greedy
            else Sampling(
                temperature=args.temperature,
                top_p=args.top_p,
                top_k=args.top_k,
                min_p=args.min_p,
                repetition_penalty=args.repetition_penalty,
                presence_penalty=args.presence_penalty,
                seed=args.seed,
            )
        )
        sampling.check()
    except ValueError as e:
        print(f"oriel-generate: error: {e}", file=sys.stderr)
        return 2
    try:
        assistant = Assistant(
            args.model,
            provider=args.provider,
            ops=args.ops,
            threads=args.threads,
            context_length=args.context_length,
            image_token_budget=args.image_tokens,
        )
    except (ValueError, OSError) as e:
        print(f"oriel-generate: error: {e}", file=sys.stderr)
        return 2

    config = GenerationConfig(max_new_tokens=args.max_new_tokens, sampling=sampling)
    started = time.perf_counter()
    first_token_at: float | None = None
    token_ids: list[int] = []
    texts: dict[str, list[str]] = {"answer": [], "thinking": []}
    skipped: list[str] = []
    finish: Finish | None = None
    try:
        if args.input_ids is not None:
            ids = [int(x) for x in args.input_ids.replace(" ", "").split(",") if x]
            prompt = (
                assistant.prompt_with_images(ids, [assistant.load_image(path) for path in args.image])
                if args.image
                else Prompt.from_ids(ids)
            )
            events = iter(assistant.engine.generate(prompt, config))
            stream = _as_text(assistant, events)
        else:
            messages = [ChatMessage("system", args.system)] if args.system else []
            messages.append(ChatMessage("user", args.prompt))
            images = [()] * (len(messages) - 1) + [tuple(args.image)]
            stream = assistant.reply(messages, config, images=images, thinking=args.thinking)
        for event in stream:
            if isinstance(event, ImageSkipped):
                skipped.append(event.reason)
                print(f"oriel-generate: warning: {event.reason} The image was left out.", file=sys.stderr)
            elif isinstance(event, TokenEvent):
                token_ids.append(event.token_id)
                first_token_at = first_token_at or time.perf_counter()
            elif isinstance(event, TextDelta):
                texts[event.kind].append(event.text)
                if not args.json:
                    out = sys.stdout if event.kind == "answer" else sys.stderr
                    out.write(event.text if event.kind == "answer" else f"\x1b[2m{event.text}\x1b[0m")
                    out.flush()
            elif isinstance(event, Finish):
                finish = event
    except (EngineError, UserError, ValueError) as e:
        print(f"\noriel-generate: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    assert finish is not None
    if args.json:
        print(
            json.dumps(
                {
                    "token_ids": token_ids,
                    "text": "".join(texts["answer"]),
                    "thinking": "".join(texts["thinking"]),
                    "finish_reason": finish.reason,
                    "prompt_tokens": finish.prompt_tokens,
                    "generated_tokens": finish.generated_tokens,
                    "skipped_images": skipped,
                    "time_to_first_token_s": round((first_token_at or started) - started, 4),
                    "prefill_tokens_per_second": round(finish.prefill_tokens_per_second, 2),
                    "decode_tokens_per_second": round(finish.decode_tokens_per_second, 2),
                    "provider": assistant.session.provider,
                    "ops": assistant.session.ops,
                },
                ensure_ascii=False,
            )
        )
    else:
        print()
    return 0


def _as_text(
    assistant: Assistant, events: Iterator[PrefillProgress | TokenEvent | Finish]
) -> Iterator[object]:
    """Token events from the engine, with the decoded text interleaved (no template, no splitting)."""
    from runtime.generate.detokenizer import StreamingDetokenizer

    detok = StreamingDetokenizer(assistant.tokenizer)
    for event in events:
        yield event
        if isinstance(event, PrefillProgress):
            continue
        text = detok.add(event.token_id) if isinstance(event, TokenEvent) else detok.flush()
        if text:
            yield TextDelta("", "answer", text)


if __name__ == "__main__":
    sys.exit(main())
