"""The worker's model lane: the one loaded model, and the load / unload / generate requests.

One model at a time. A load first lets go of the model before it (and hands its memory back to
the system: runtime.worker.memory), so switching 2B <-> 4B never holds both; a failed load
therefore leaves no model loaded. Loading what is already loaded, with the same settings, answers
at once.

Generation streams the assistant's text as `TextDelta`s, thinking and answer kept apart, and ends
with exactly one `Finished` or `Error`. The engine keeps the decoder state of the conversation it
served last; a request for another `conversation_id` starts from a clean state.

Each Generate is checked once, by `validate`, before anything runs. Images: `Message.images` are
refs (path and sha256) to files the GUI stored; they go to `Assistant.reply` beside the messages,
which decodes only images it has not seen. A model without a vision encoder refuses them with
BAD_IMAGE; an image that cannot be used (damaged, not an image, too large) is left out with an
`ImageSkipped` event and the turn goes on.

Tools: `Generate.tools` are offered through the chat template; each call the model writes comes
out as a `ToolCallProposed` (or `ToolCallInvalid`), never as text, and the turn ends after it.
The worker never runs a tool: that is runtime.tools' job, in its own process.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable
from typing import Any

from runtime.errors import UserError
from runtime.generate.chat_template import ChatMessage, ChatTemplateError
from runtime.generate.engine import ContextOverflow, EngineError, Finish, GenerationConfig, TokenEvent
from runtime.protocol import (
    ErrorCode,
    Event,
    Finished,
    Generate,
    ImageSkipped,
    LoadModel,
    Message,
    ModelLoaded,
    ModelUnloaded,
    Progress,
    Request,
    TextDelta,
    ToolCallInvalid,
    ToolCallProposed,
    UnloadModel,
)
from runtime.tools.calls import ToolCall
from runtime.tools.stream import tool_events
from runtime.vision.preprocess import budget_to_max_pixels
from runtime.worker.loading import LoadedModel, LoadProgress, load_model
from runtime.worker.memory import release_memory

Loader = Callable[[LoadModel, LoadProgress], LoadedModel]


class ModelHost:
    def __init__(self, emit: Callable[[Event], None], *, load: Loader = load_model) -> None:
        self._emit = emit
        self._load = load
        self.model: LoadedModel | None = None
        self._conversation: str | None = None

    @property
    def package_dir(self) -> str | None:
        model = self.model
        return model.request.package_dir if model is not None else None

    @property
    def provider(self) -> str | None:
        model = self.model
        return model.provider if model is not None else None

    def run(self, request: Request, cancel: threading.Event) -> None:
        if isinstance(request, LoadModel):
            self.load(request, cancel)
        elif isinstance(request, UnloadModel):
            self.unload()
            self._emit(ModelUnloaded(request.request_id))
        else:
            assert isinstance(request, Generate)
            self.generate(request, cancel)

    def load(self, request: LoadModel, cancel: threading.Event) -> None:
        if cancel.is_set():
            raise UserError(ErrorCode.CANCELLED, "The model was not loaded: the load was cancelled.")
        model = self.model
        same = model is not None and dataclasses.replace(model.request, request_id="") == dataclasses.replace(
            request, request_id=""
        )
        if not same:
            self.unload()

            def progress(fraction: float, detail: str) -> None:
                self._emit(Progress(request.request_id, "load", fraction, detail))

            model = self.model = self._load(request, progress)
        assert model is not None
        self._emit(
            ModelLoaded(
                request.request_id,
                package_dir=request.package_dir,
                provider=model.provider,
                provider_reason=model.provider_reason,
                ops=model.assistant.session.ops,
                load_seconds=model.load_seconds if not same else 0.0,
                placement=model.assistant.session.placement(),
            )
        )

    def unload(self) -> None:
        if self.model is not None:
            self.model = None
            self._conversation = None
            release_memory()

    def generate(self, request: Generate, cancel: threading.Event) -> None:
        rid = request.request_id
        if cancel.is_set():  # cancelled while it waited in the queue
            self._emit(Finished(rid, "cancelled", 0, 0, 0.0, 0.0, 0.0))
            return
        model, config = validate(request, self.model)
        engine = model.assistant.engine
        if request.conversation_id != self._conversation:
            engine.reset()
            self._conversation = request.conversation_id
        try:
            self._relay(rid, model, request, config, cancel)
        except ContextOverflow as e:
            raise UserError(ErrorCode.CONTEXT_OVERFLOW, str(e)) from e
        except (EngineError, ChatTemplateError) as e:
            raise UserError(ErrorCode.INVALID_REQUEST, str(e)) from e
        except BaseException:
            self._conversation = None  # whatever state the engine kept is suspect now
            engine.reset()
            raise

    def _relay(
        self,
        rid: str,
        model: LoadedModel,
        request: Generate,
        config: GenerationConfig,
        cancel: threading.Event,
    ) -> None:
        """Run the turn and send its events: skipped images, text, tool calls, and the Finished."""
        started = time.perf_counter()
        first_token: float | None = None
        events = model.assistant.reply(
            [_chat_message(m) for m in request.messages],
            config,
            images=[m.images for m in request.messages],
            image_token_budget=request.image_token_budget,
            thinking=request.thinking,
            tools=_tools(request.tools),
            tool_choice=request.tool_choice,
            cancel=cancel,
        )
        for event in tool_events(rid, events):
            if isinstance(event, TokenEvent):
                first_token = first_token or time.perf_counter()
            elif isinstance(event, TextDelta):
                if event.text:
                    self._emit(dataclasses.replace(event, request_id=rid))
            elif isinstance(event, Finish):
                self._emit(_finished(rid, event, (first_token or time.perf_counter()) - started))
            elif isinstance(event, ImageSkipped):
                self._emit(dataclasses.replace(event, request_id=rid))
            elif isinstance(event, ToolCallProposed | ToolCallInvalid):
                self._emit(event)


def validate(request: Generate, model: LoadedModel | None) -> tuple[LoadedModel, GenerationConfig]:
    """The worker's one check of a Generate, before anything runs: the loaded model, and the
    generation settings it asks for. Raises UserError with what to change."""
    if model is None:
        raise UserError(ErrorCode.NO_MODEL_LOADED, "No model is loaded: choose a model first.")
    if not request.messages:
        raise UserError(ErrorCode.INVALID_REQUEST, "a conversation needs at least one message")
    if request.max_new_tokens < 1:
        raise UserError(ErrorCode.INVALID_REQUEST, "max_new_tokens must be at least 1")
    if any(m.images for m in request.messages):
        model.assistant.require_vision()
    try:
        budget_to_max_pixels(request.image_token_budget)
        request.sampling.check()
    except ValueError as e:
        raise UserError(ErrorCode.INVALID_REQUEST, str(e)) from e
    return model, GenerationConfig(request.max_new_tokens, request.sampling)


def _tools(schemas: tuple[str, ...]) -> list[dict[str, Any]]:
    tools = []
    for index, text in enumerate(schemas):
        try:
            tool = json.loads(text)
        except json.JSONDecodeError as e:
            raise UserError(ErrorCode.INVALID_REQUEST, f"tool {index} is not JSON: {e}") from e
        if not isinstance(tool, dict):
            raise UserError(ErrorCode.INVALID_REQUEST, f"tool {index} is not a JSON object")
        tools.append(tool)
    return tools


def _chat_message(message: Message) -> ChatMessage:
    calls = []
    for call in message.tool_calls:
        try:
            arguments = json.loads(call.arguments or "{}")
        except json.JSONDecodeError as e:
            raise UserError(
                ErrorCode.INVALID_REQUEST,
                f"the arguments of tool call {call.id or call.name} are not JSON: {e}",
            ) from e
        if not isinstance(arguments, dict):
            raise UserError(
                ErrorCode.INVALID_REQUEST,
                f"the arguments of tool call {call.id or call.name} are not an object",
            )
        calls.append(ToolCall(call.name, arguments, call.id))
    return ChatMessage(
        message.role,
        message.text,
        images=len(message.images),
        reasoning=message.reasoning,
        tool_calls=tuple(calls),
    )


def _finished(request_id: str, finish: Finish, time_to_first_token: float) -> Finished:
    return Finished(
        request_id,
        reason=finish.reason,
        prompt_tokens=finish.prompt_tokens,
        generated_tokens=finish.generated_tokens,
        prefill_tokens_per_second=finish.prefill_tokens_per_second,
        decode_tokens_per_second=finish.decode_tokens_per_second,
        time_to_first_token=time_to_first_token if finish.generated_tokens else 0.0,
    )
