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
    Prompt,
    TokenEvent,
)
from runtime.generate.session import DecoderSession
from runtime.generate.tokenizer import Tokenizer
from runtime.package import ModelPackage
from runtime.tools.parser import MalformedCall, ParsedCall
from runtime.tools.stream import TurnDecoder, call_prefix, call_stop_ids
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
    call_prefix: str = ""  # the opened call the prompt ends with (tool_choice "required" or a name)


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
    ) -> None:
        budget_to_max_pixels(image_token_budget)  # ValueError when out of range
        self.image_token_budget = image_token_budget
        self.package = ModelPackage.open(package_dir)
        self.session = DecoderSession(self.package, provider=provider, ops=ops, threads=threads)
        self.engine = Engine(self.session, context_length=context_length)
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

    def prompt_with_images(self, ids: Sequence[int], images: Sequence[ImageInput]) -> Prompt:
        """The prompt for `ids` whose image-pad ids stand for `images` in order, features encoded.

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
        tool_choice: str = "auto",
    ) -> TurnPrompt:
        """The prompt for a conversation; `images[i]` are the images of `messages[i]`.

        A message's `images` count comes from its sources; images that cannot be used are left
        out and reported in `TurnPrompt.skipped`.
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
        text = self.template.render(chat, enable_thinking=thinking, tools=tools or None)
        prefix = call_prefix(tool_choice) if tools else ""
        if prefix and text.endswith("<think>\n"):
            text += "\n</think>\n\n"  # a forced call comes now: the thought is closed empty
        text += prefix
        ids = self.tokenizer.encode(text)
        prompt = self.prompt_with_images(ids, loaded) if loaded else Prompt.from_ids(ids)
        return TurnPrompt(prompt, text.endswith("<think>\n"), tuple(skipped), prefix)

    def reply(
        self,
        messages: Sequence[ChatMessage],
        config: GenerationConfig,
        *,
        images: Sequence[Sequence[ImageSource]] = (),
        image_token_budget: int | None = None,
        thinking: bool | None = None,
        tools: Sequence[Mapping[str, Any]] = (),
        tool_choice: str = "auto",
        cancel: threading.Event | None = None,
    ) -> Iterator[ImageSkipped | TextEvent | ParsedCall | MalformedCall | TokenEvent | Finish]:
        """Stream the assistant's next turn: skipped images first, then token ids, text (thinking
        kept apart) and, last, a Finish. `images[i]` are the images attached to `messages[i]`.

        With `tools` (function schemas) the prompt offers them, calls come out as `ParsedCall` or
        `MalformedCall` (never as text), and the turn stops at the first `</tool_call>`.
        `tool_choice` "required" or a tool's name opens the call in the prompt, so one must come."""
        turn = self.prompt_for(
            messages,
            images=images,
            image_token_budget=image_token_budget,
            thinking=thinking,
            tools=tools,
            tool_choice=tool_choice,
        )
        yield from turn.skipped
        stop_ids = config.stop_ids | self.stop_ids | (call_stop_ids(self.tokenizer) if tools else frozenset())
        config = GenerationConfig(config.max_new_tokens, config.sampling, stop_ids)
        decoder = TurnDecoder(
            self.tokenizer, tools=tools, in_thinking=turn.in_thinking, call_prefix=turn.call_prefix
        )
        for event in self.engine.generate(turn.prompt, config, cancel):
            if isinstance(event, TokenEvent):
                yield event
                yield from decoder.add(event.token_id)
            else:
                yield from decoder.finish()
                yield event  # the Finish comes last, after the text held back until the end

    def _vision(self) -> VisionEncoder:
        if self.vision is None:
            raise EngineError(
                f"{self.package.path.name} cannot see images (it has no vision encoder): remove the "
                "images or choose a vision model"
            )
        return self.vision
