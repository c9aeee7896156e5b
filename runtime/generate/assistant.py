"""A model loaded and ready to chat: package + tokenizer + chat template + engine + vision encoder.

`Assistant.reply` renders the conversation with the model's own template, generates, and streams
text back split into thinking and answer. The command-line tools and the worker process both
talk to the model through this class.

Images travel beside the messages: `images[i]` lists the files (or encoded bytes) attached to
`messages[i]`, shown before its text as the template places them. Each is opened, resized to the
per-image token budget and encoded; its features take the place of its pad tokens in the prompt
(early fusion). An image that cannot be used (damaged, not an image, too large, see
runtime.vision.preprocess) does not stop the turn: it is left out of its message, the stream
starts with an `ImageSkipped` event that says which image and why, and the rest of the message
goes through. Images that would overflow the context raise `ContextOverflow` before any is
encoded.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from runtime.generate.chat_template import ChatMessage, ChatTemplate
from runtime.generate.detokenizer import TextEvent
from runtime.generate.engine import (
    ContextOverflow,
    Engine,
    EngineError,
    Finish,
    GenerationConfig,
    PrefillProgress,
    Prompt,
    TokenEvent,
)
from runtime.generate.session import DecoderSession
from runtime.generate.state_store import StateStore
from runtime.generate.tokenizer import Tokenizer
from runtime.package import ModelPackage
from runtime.tools.parser import MalformedCall, ParsedCall
from runtime.tools.stream import TurnDecoder, call_stop_ids
from runtime.vision.encoder import VisionEncoder
from runtime.vision.preprocess import (
    DEFAULT_TOKEN_BUDGET,
    ImageError,
    ImageInput,
    budget_to_max_pixels,
    load_image,
    preprocess,
)
from runtime.vision.prompt import image_key, image_prompt

# An attached image: a file path, or the encoded file's bytes.
ImageSource = Path | str | bytes

STOP_TOKENS = ("<|im_end|>", "<|endoftext|>")


@dataclass(frozen=True)
class ImageSkipped:
    """An attached image that could not be used; its message went on without it."""

    message_index: int
    image_index: int  # within the message's images
    reason: str  # the ImageError's message, which names the file


@dataclass(frozen=True)
class TurnPrompt:
    prompt: Prompt
    in_thinking: bool  # the prompt leaves a `<think>` open
    skipped: tuple[ImageSkipped, ...] = ()


class Assistant:
    def __init__(
        self,
        package_dir: Path,
        *,
        provider: str = "auto",
        ops: str | None = None,
        threads: int | None = None,
        context_length: int | None = None,
        image_token_budget: int = DEFAULT_TOKEN_BUDGET,
        states: StateStore | None = None,
    ) -> None:
        budget_to_max_pixels(image_token_budget)  # ValueError when out of range
        self.image_token_budget = image_token_budget
        self.package = ModelPackage.open(package_dir)
        self.session = DecoderSession(self.package, provider=provider, ops=ops, threads=threads)
        self.engine = Engine(self.session, context_length=context_length, states=states)
        self.tokenizer = Tokenizer.from_dir(package_dir)
        self.template = ChatTemplate.from_dir(package_dir)
        self.stop_ids = frozenset(i for t in STOP_TOKENS if (i := self.tokenizer.token_id(t)) is not None)
        self.image_token_id = self.package.config.image_token_id
        self.vision: VisionEncoder | None = None
        if "vision" in self.package.manifest["graphs"]:
            self.vision = VisionEncoder(
                self.package,
                providers=self.session.session.get_providers(),
                ops=self.session.ops,
                threads=threads,
            )

    def load_image(self, source: ImageSource, *, token_budget: int | None = None) -> ImageInput:
        """Open one image and prepare it for the encoder at `token_budget` tokens at most (the
        assistant's budget by default). Raises `ImageError` with a message for the user."""
        vision = self._vision()
        budget = self.image_token_budget if token_budget is None else token_budget
        image = load_image(Path(source) if isinstance(source, str) else source)
        return preprocess(
            image,
            max_pixels=budget_to_max_pixels(budget),
            patch_size=vision.config.patch_size,
            temporal_patch_size=vision.config.temporal_patch_size,
            merge_size=vision.config.spatial_merge_size,
        )

    def prompt_with_images(
        self, ids: Sequence[int], images: Sequence[ImageInput], *, lazy: bool = False
    ) -> Prompt:
        """The prompt for `ids` whose image-pad ids stand for `images` in order, features encoded.

        With `lazy`, the images are encoded only when the engine feeds their pads
        (`Prompt.encode_images`): those a cached or saved state already covers never are.
        Raises `ContextOverflow` before running the encoder when the images make it too long.
        """
        keys = [image_key(image) for image in images]
        prompt = image_prompt(ids, images, self.image_token_id, keys)
        if len(prompt) >= self.engine.context_length:
            image_tokens = sum(image.num_tokens for image in images)
            raise ContextOverflow(
                f"this conversation is {len(prompt):,} tokens long, {image_tokens:,} of them for its "
                f"{len(images)} image(s), which leaves no room for an answer in the context length of "
                f"{self.engine.context_length:,} tokens: lower the image token budget, remove images, "
                f"start a new chat or raise the context length"
            )
        if not images:
            return prompt
        vision = self._vision()
        if lazy:
            starts = np.cumsum([0] + [image.num_tokens for image in images])

            def rows_from(pad: int) -> np.ndarray:
                first = int(np.searchsorted(starts, pad, side="right")) - 1  # the image holding that pad
                rows = [vision.encode(images[i], keys[i]) for i in range(first, len(images))]
                return np.concatenate(rows)[pad - int(starts[first]) :]

            return dataclasses.replace(prompt, encode_images=rows_from)
        features = [vision.encode(image, key) for image, key in zip(images, keys, strict=True)]
        return dataclasses.replace(prompt, image_features=np.concatenate(features))

    def prompt_for(
        self,
        messages: Sequence[ChatMessage],
        *,
        images: Sequence[Sequence[ImageSource]] = (),
        image_token_budget: int | None = None,
        thinking: bool | None = None,
        tools: Sequence[Mapping[str, Any]] = (),
        lazy_images: bool = False,
        add_generation_prompt: bool = True,
    ) -> TurnPrompt:
        """The prompt for a conversation; `images[i]` are the images of `messages[i]`.

        A message's `images` count comes from its sources; images that cannot be used are left
        out and reported in `TurnPrompt.skipped`. `lazy_images`: see `prompt_with_images`.
        Without `add_generation_prompt`, the history alone, as the next turn will start.
        """
        if len(images) > len(messages):
            raise ValueError(f"images are given for {len(images)} messages but there are {len(messages)}")
        if any(images):
            self._vision()  # a text-only model fails here, before any image is opened
        if image_token_budget is not None:
            budget_to_max_pixels(image_token_budget)  # ValueError when out of range
        chat: list[ChatMessage] = []
        loaded: list[ImageInput] = []
        skipped: list[ImageSkipped] = []
        for index, message in enumerate(messages):
            sources = images[index] if index < len(images) else ()
            if message.images and message.images != len(sources):
                raise ValueError(
                    f"message {index} counts {message.images} images but {len(sources)} were given"
                )
            usable = []
            for n, source in enumerate(sources):
                try:
                    usable.append(self.load_image(source, token_budget=image_token_budget))
                except ImageError as e:
                    skipped.append(ImageSkipped(index, n, str(e)))
            loaded += usable
            chat.append(dataclasses.replace(message, images=len(usable)))
        text = self.template.render(
            chat, enable_thinking=thinking, tools=tools or None, add_generation_prompt=add_generation_prompt
        )
        ids = self.tokenizer.encode(text)
        prompt = self.prompt_with_images(ids, loaded, lazy=lazy_images) if loaded else Prompt.from_ids(ids)
        history = self.template.render(
            chat, enable_thinking=thinking, tools=tools or None, add_generation_prompt=False
        )
        shared = _common_prefix(ids, self.tokenizer.encode(history)) if text.startswith(history) else 0
        # the image pads among the shared tokens each stand for the whole image
        pads = sum(image.num_tokens - 1 for image in loaded[: ids[:shared].count(self.image_token_id)])
        prompt = dataclasses.replace(prompt, resume_at=shared + pads)
        return TurnPrompt(prompt, text.endswith("<think>\n"), tuple(skipped))

    def reply(
        self,
        messages: Sequence[ChatMessage],
        config: GenerationConfig,
        *,
        images: Sequence[Sequence[ImageSource]] = (),
        image_token_budget: int | None = None,
        thinking: bool | None = None,
        tools: Sequence[Mapping[str, Any]] = (),
        cancel: threading.Event | None = None,
        conversation: str | None = None,
    ) -> Iterator[
        ImageSkipped | PrefillProgress | TextEvent | ParsedCall | MalformedCall | TokenEvent | Finish
    ]:
        """Stream the assistant's next turn: skipped images first, prefill progress for a long
        prompt, then token ids, text (thinking kept apart) and, last, a Finish. `images[i]` are
        the images attached to `messages[i]`.

        With `tools` (function schemas) the prompt offers them, calls come out as `ParsedCall` or
        `MalformedCall` (never as text), and the turn stops at the first `</tool_call>`. With a
        `conversation` id and a state store, its state is saved once the Finish has been yielded
        (run the stream to its end), and so is the state of the history with this answer in it,
        as the next turn will render it: a follow-up, even after a restart, feeds only itself."""
        turn = self.prompt_for(
            messages,
            images=images,
            image_token_budget=image_token_budget,
            thinking=thinking,
            tools=tools,
            lazy_images=True,
        )
        yield from turn.skipped
        stop_ids = config.stop_ids | self.stop_ids | (call_stop_ids(self.tokenizer) if tools else frozenset())
        config = GenerationConfig(config.max_new_tokens, config.sampling, stop_ids)
        decoder = TurnDecoder(self.tokenizer, tools=tools, in_thinking=turn.in_thinking)
        said: dict[str, list[str]] = {"answer": [], "thinking": []}
        called = False
        finish: Finish | None = None
        for event in self.engine.generate(turn.prompt, config, cancel, conversation=conversation):
            if isinstance(event, PrefillProgress):
                yield event
                continue
            parts = [*decoder.add(event.token_id)] if isinstance(event, TokenEvent) else [*decoder.finish()]
            for part in parts:
                if isinstance(part, TextEvent):
                    said[part.kind].append(part.text)
                else:
                    called = True
            if isinstance(event, TokenEvent):
                yield event
                yield from parts
            else:
                yield from parts
                yield event  # the Finish comes last, after the text held back until the end
                assert isinstance(event, Finish)
                finish = event
        if conversation is not None and self.engine.states is not None and finish and not called:
            # a tool call's rendering is the caller's to choose: its next turn resumes from the history
            answer = ChatMessage(
                "assistant", "".join(said["answer"]), reasoning="".join(said["thinking"]) or None
            )
            next_turn = self._next_turn_prefix(
                [*messages, answer],
                [*images, *([()] * (len(messages) - len(images))), ()],
                image_token_budget,
                thinking,
                tools,
            )
            self.engine.extend(next_turn, conversation=conversation)

    def _next_turn_prefix(
        self,
        history: Sequence[ChatMessage],
        images: Sequence[Sequence[ImageSource]],
        image_token_budget: int | None,
        thinking: bool | None,
        tools: Sequence[Mapping[str, Any]],
    ) -> Prompt:
        """The tokens every next turn after `history` starts with, whatever the user writes.

        A template renders the last answer differently once a question follows it (Qwen3.5 drops
        its reasoning), so this renders two different follow-ups and keeps what they share."""
        a, b = (
            self.prompt_for(
                [*history, ChatMessage("user", text)],
                images=[*images, ()],
                image_token_budget=image_token_budget,
                thinking=thinking,
                tools=tools,
                lazy_images=True,
                add_generation_prompt=False,
            ).prompt
            for text in ("a", "b")
        )
        return a.prefix(_common_prefix(a.keys, b.keys))

    def _vision(self) -> VisionEncoder:
        if self.vision is None:
            raise EngineError(
                f"{self.package.path.name} cannot see images (it has no vision encoder): remove the "
                "images or choose a vision model"
            )
        return self.vision


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
