"""A model loaded and ready to chat: package + tokenizer + chat template + engine + vision encoder.

`Assistant.reply` renders the conversation with the model's own template, generates, and streams
text back split into thinking and answer. The command-line tools and the worker process both
talk to the model through this class.

Images travel beside the messages: `images[i]` lists the images attached to `messages[i]` (the
protocol's `ImageRef`s, files or encoded bytes), shown before its text as the template places
them. An image is known by its sha256 and the token budget: the first time, it is opened, resized
to the budget and encoded; later turns place it by its remembered layout without decoding it, and
encode it again only if neither the engine's cached state nor the encoder's cache holds it. Its
features take the place of its pad tokens in the prompt (early fusion). An image that cannot be
used (damaged, not an image, too large, see runtime.vision.preprocess) does not stop the turn: it
is left out of its message, the stream starts with an `ImageSkipped` event that says which image
and why, and the rest of the message goes through. Images that would overflow the context raise
`ContextOverflow` before any is decoded: their token counts come from the files' headers
(`image_tokens`), or from the layout an earlier turn remembered.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from runtime.errors import UserError
from runtime.generate.chat_template import ChatMessage, ChatTemplate
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
from runtime.protocol import DEFAULT_IMAGE_TOKEN_BUDGET, ErrorCode, ImageRef, ImageSkipped, TextDelta
from runtime.tools.parser import MalformedCall, ParsedCall
from runtime.tools.stream import TurnDecoder, call_prefix, call_stop_ids
from runtime.vision.encoder import VisionEncoder
from runtime.vision.preprocess import (
    ImageError,
    ImageInput,
    ImageLayout,
    budget_to_max_pixels,
    image_size,
    image_tokens,
    load_image,
    preprocess,
)
from runtime.vision.prompt import image_key, image_prompt

# An attached image: the protocol's ref (path and sha256), a file path, or the encoded file's bytes.
ImageSource = ImageRef | Path | str | bytes
# Layouts of images seen, by reuse key: a later turn places them without decoding (64 bytes each).
LAYOUTS_KEPT = 1024

STOP_TOKENS = ("<|im_end|>", "<|endoftext|>")
# What `Assistant.reply` streams.
ReplyEvent = ImageSkipped | PrefillProgress | TextDelta | ParsedCall | MalformedCall | TokenEvent | Finish


@dataclass(frozen=True)
class _TurnImage:
    key: int  # runtime.vision.prompt.image_key
    layout: ImageLayout
    source: ImageSource
    decoded: ImageInput | None  # None: placed by its layout; decoded only if its features are needed


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
        image_token_budget: int = DEFAULT_IMAGE_TOKEN_BUDGET,
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
        self._layouts: OrderedDict[int, ImageLayout] = OrderedDict()
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
        assistant's budget by default), with its reuse key. Raises `ImageError` with a message for
        the user."""
        vision = self.require_vision()
        budget = self.image_token_budget if token_budget is None else token_budget
        key = image_key(_sha256(source), budget)
        data = source if isinstance(source, bytes) else Path(_path(source))
        image = preprocess(
            load_image(data),
            max_pixels=budget_to_max_pixels(budget),
            patch_size=vision.config.patch_size,
            temporal_patch_size=vision.config.temporal_patch_size,
            merge_size=vision.config.spatial_merge_size,
        )
        self._remember(key, image.layout)
        return dataclasses.replace(image, key=key)

    def image_tokens(self, source: ImageSource, *, token_budget: int | None = None) -> int:
        """How many prompt tokens an image will take, read from its header: nothing is decoded.
        Raises `ImageError` for what the header shows (see `runtime.vision.preprocess.image_size`)."""
        config = self.require_vision().config
        budget = self.image_token_budget if token_budget is None else token_budget
        src = _path(source) if not isinstance(source, bytes) else source
        width, height = image_size(Path(src) if isinstance(src, str) else src)
        return image_tokens(
            width,
            height,
            max_pixels=budget_to_max_pixels(budget),
            patch_size=config.patch_size,
            merge_size=config.spatial_merge_size,
        )

    def prompt_with_images(self, ids: Sequence[int], images: Sequence[ImageInput]) -> Prompt:
        """The prompt for `ids` whose image-pad ids stand for `images` (from `load_image`) in order,
        features encoded. Raises `ContextOverflow` before running the encoder when the images make
        it too long."""
        if any(image.key is None for image in images):
            raise ValueError("the images of a prompt come from Assistant.load_image, which keys them")
        turn = [_TurnImage(image.key, image.layout, b"", image) for image in images if image.key is not None]
        return self._prompt(ids, turn, self.image_token_budget)

    def prompt_for(
        self,
        messages: Sequence[ChatMessage],
        *,
        images: Sequence[Sequence[ImageSource]] = (),
        image_token_budget: int | None = None,
        thinking: bool | None = None,
        tools: Sequence[Mapping[str, Any]] = (),
        tool_choice: str = "auto",
        add_generation_prompt: bool = True,
    ) -> TurnPrompt:
        """The prompt for a conversation; `images[i]` are the images of `messages[i]`.

        A message's `images` count comes from its sources; images that cannot be used are left
        out and reported in `TurnPrompt.skipped`. An image seen before (by its sha256, at the same
        budget) is not decoded again, and only the images the engine's cached state lacks are
        encoded. Without `add_generation_prompt`, the history alone. `Prompt.resume_at` is where
        the history ends: the state there is what the next turn resumes.
        """
        if len(images) > len(messages):
            raise ValueError(f"images are given for {len(images)} messages but there are {len(messages)}")
        if any(images):
            self.require_vision()  # a text-only model fails here, before any image is opened
        budget = self.image_token_budget if image_token_budget is None else image_token_budget
        for index, message in enumerate(messages):
            given = len(images[index]) if index < len(images) else 0
            if message.images and message.images != given:
                raise ValueError(f"message {index} counts {message.images} images but {given} were given")
        # Sizes first, from the headers (or the layout an earlier turn remembered): a conversation
        # too long is refused before any image is decoded (a decoded image and its patches cost
        # ~25 MB at the default budget).
        skipped: list[ImageSkipped] = []
        sized: list[list[tuple[int, ImageSource, int]]] = []  # per message: (index, source, tokens)
        for index in range(len(messages)):
            sized.append([])
            for n, source in enumerate(images[index] if index < len(images) else ()):
                try:
                    sized[index].append((n, source, self._known_tokens(source, budget)))
                except ImageError as e:
                    skipped.append(ImageSkipped("", index, n, str(e)))  # the worker adds the request id
        prefix = call_prefix(tool_choice) if tools and add_generation_prompt else ""
        rendered = [len(s) for s in sized]
        text, ids = self._render(messages, rendered, thinking, tools, prefix, add_generation_prompt)
        tokens = [t for message_images in sized for _, _, t in message_images]
        self._check_fits(len(ids) - len(tokens) + sum(tokens), tokens)  # each pad becomes its tokens
        attached: list[_TurnImage] = []
        counts: list[int] = []
        for index, message_images in enumerate(sized):
            usable = 0
            for n, source, _ in message_images:
                try:
                    attached.append(self._attach(source, budget))
                    usable += 1
                except ImageError as e:  # damage that only decoding shows
                    skipped.append(ImageSkipped("", index, n, str(e)))
            counts.append(usable)
        if len(attached) < len(tokens):
            rendered = counts
            text, ids = self._render(messages, counts, thinking, tools, prefix, add_generation_prompt)
        skipped.sort(key=lambda e: (e.message_index, e.image_index))
        prompt = self._prompt(ids, attached, budget) if attached else Prompt.from_ids(ids)
        history, history_ids = self._render(messages, rendered, thinking, tools, add_generation_prompt=False)
        shared = _common_prefix(ids, history_ids) if text.startswith(history) else 0
        # the image pads among the shared tokens each stand for the whole image
        in_history = attached[: ids[:shared].count(self.image_token_id)]
        prompt = dataclasses.replace(
            prompt, resume_at=shared + sum(i.layout.num_tokens - 1 for i in in_history)
        )
        return TurnPrompt(prompt, text.endswith("<think>\n"), tuple(skipped), prefix)

    def _known_tokens(self, source: ImageSource, budget: int) -> int:
        """An image's prompt tokens: from the layout an earlier turn remembered, else its header."""
        layout = self._layouts.get(image_key(_sha256(source), budget))
        return layout.num_tokens if layout is not None else self.image_tokens(source, token_budget=budget)

    def _attach(self, source: ImageSource, budget: int) -> _TurnImage:
        """An image of this turn: its layout from an earlier turn, or decoded now."""
        key = image_key(_sha256(source), budget)
        layout = self._layouts.get(key)
        if layout is not None:
            self._layouts.move_to_end(key)
            return _TurnImage(key, layout, source, None)
        image = self.load_image(source, token_budget=budget)
        return _TurnImage(key, image.layout, source, image)

    def _remember(self, key: int, layout: ImageLayout) -> None:
        self._layouts[key] = layout
        self._layouts.move_to_end(key)
        while len(self._layouts) > LAYOUTS_KEPT:
            self._layouts.popitem(last=False)

    def _prompt(self, ids: Sequence[int], images: Sequence[_TurnImage], budget: int) -> Prompt:
        """The prompt with its images' pads and positions, and the features of those images the
        engine's cached state does not cover (encoded now, or from the encoder's cache)."""
        prompt = image_prompt(ids, [i.layout for i in images], self.image_token_id, [i.key for i in images])
        self._check_fits(len(prompt), [i.layout.num_tokens for i in images])
        if not images:
            return prompt
        reused = self.engine.reusable_tokens(prompt.keys)
        pads = np.flatnonzero(prompt.ids == self.image_token_id)
        ends = np.cumsum([i.layout.num_tokens for i in images])  # each image's last pad, +1, in `pads`
        covered = sum(1 for end in ends if pads[end - 1] < reused)  # images the cached state holds
        features = [self._features(image, budget) for image in images[covered:]]
        starts = np.concatenate([[0], ends])

        def rows_from(pad: int) -> np.ndarray:  # when a saved state counted on cannot be read
            first = int(np.searchsorted(starts, pad, side="right")) - 1  # the image holding that pad
            rows = np.concatenate([self._features(image, budget) for image in images[first:]])
            return rows[pad - int(starts[first]) :]

        return dataclasses.replace(
            prompt,
            image_features=np.concatenate(features) if features else None,
            image_rows_from=int(ends[covered - 1]) if covered else 0,
            encode_images=rows_from,
        )

    def _features(self, image: _TurnImage, budget: int) -> np.ndarray:
        vision = self.require_vision()
        features = vision.cached(image.key)
        if features is not None:
            return features
        decoded = image.decoded
        if decoded is None:  # seen in an earlier turn, no longer in any cache
            try:
                decoded = self.load_image(image.source, token_budget=budget)
            except ImageError as e:
                raise EngineError(str(e)) from e
        return vision.encode(decoded, image.key)

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
        conversation: str | None = None,
    ) -> Iterator[
        ImageSkipped | PrefillProgress | TextDelta | ParsedCall | MalformedCall | TokenEvent | Finish
    ]:
        """Stream the assistant's next turn: skipped images first, prefill progress for a long
        prompt, then token ids, text (thinking kept apart) and, last, a Finish. `images[i]` are
        the images attached to `messages[i]`.

        With `tools` (function schemas) the prompt offers them, calls come out as `ParsedCall` or
        `MalformedCall` (never as text), and the turn stops at the first `</tool_call>`.
        `tool_choice` "required" or a tool's name opens the call in the prompt, so one must come.
        With a `conversation` id and a state store, once the Finish has been yielded (run the
        stream to its end), the state where the history ended is saved, and so is the state of
        the history with this answer in it, as the next turn will render it: a follow-up, even
        after a restart, feeds only itself."""
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
        said: dict[str, list[str]] = {"answer": [], "thinking": []}
        called = False
        finish: Finish | None = None
        for event in self.engine.generate(turn.prompt, config, cancel, conversation=conversation):
            if isinstance(event, PrefillProgress):
                yield event
                continue
            parts = [*decoder.add(event.token_id)] if isinstance(event, TokenEvent) else [*decoder.finish()]
            for part in parts:
                if isinstance(part, TextDelta):
                    said[part.kind].append(part.text)
                else:
                    called = True
            if isinstance(event, TokenEvent):
                yield event
                yield from parts
            else:
                yield from parts
                yield event  # the Finish comes last, after the text held back until the end
                finish = event
        if conversation is not None and self.engine.states is not None and finish and not called:
            # a tool call's rendering is the caller's to choose: its next turn resumes from the history
            answer = ChatMessage(
                "assistant", "".join(said["answer"]), reasoning="".join(said["thinking"]) or None
            )
            padded = [*images, *([()] * (len(messages) - len(images)))]
            next_turn = self._next_turn_prefix(
                [*messages, answer], [*padded, ()], image_token_budget, thinking, tools
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
                add_generation_prompt=False,
            ).prompt
            for text in ("a", "b")
        )
        return a.prefix(_common_prefix(a.keys, b.keys))

    def _render(
        self,
        messages: Sequence[ChatMessage],
        image_counts: Sequence[int],
        thinking: bool | None,
        tools: Sequence[Mapping[str, Any]],
        prefix: str = "",
        add_generation_prompt: bool = True,
    ) -> tuple[str, list[int]]:
        """The conversation's text, with `image_counts[i]` images in message i and `prefix` (an
        opened call, see `call_prefix`) after it, and its token ids."""
        chat = [dataclasses.replace(m, images=count) for m, count in zip(messages, image_counts, strict=True)]
        text = self.template.render(
            chat, enable_thinking=thinking, tools=tools or None, add_generation_prompt=add_generation_prompt
        )
        if prefix and text.endswith("<think>\n"):
            text += "\n</think>\n\n"  # a forced call comes now: the thought is closed empty
        text += prefix
        return text, self.tokenizer.encode(text)

    def _check_fits(self, length: int, image_tokens: Sequence[int]) -> None:
        """Raise `ContextOverflow` when a prompt of `length` tokens leaves no room for an answer."""
        if length >= self.engine.context_length:
            raise ContextOverflow(
                f"this conversation is {length:,} tokens long, {sum(image_tokens):,} of them for its "
                f"{len(image_tokens)} image(s), which leaves no room for an answer in the context length of "
                f"{self.engine.context_length:,} tokens: lower the image token budget, remove images, "
                f"start a new chat or raise the context length"
            )

    def require_vision(self) -> VisionEncoder:
        """The vision encoder; raises UserError(BAD_IMAGE) for a model that reads text only."""
        if self.vision is None:
            raise UserError(
                ErrorCode.BAD_IMAGE,
                f"{self.package.path.name} reads text only (it has no vision encoder): send the "
                "message without images, or choose a model that can see.",
            )
        return self.vision


def _path(source: ImageRef | Path | str) -> str | Path:
    return source.path if isinstance(source, ImageRef) else source


def _sha256(source: ImageSource) -> str:
    """The identity of an image: its ref's hash, or the hash of its bytes (read from its file)."""
    if isinstance(source, ImageRef):
        return source.sha256
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    path = Path(_path(source))
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError as error:
        raise ImageError(f"'{path.name}' could not be read: {error.strerror or error}.") from error


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
