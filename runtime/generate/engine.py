"""Generation: prompts in, a typed stream of events out.

Generation is a generator of events (mlx-lm's shape): the worker turns it into messages, a cancel
flag is checked between steps, errors are values or typed exceptions, and the stream always ends
with one `Finish`.

The engine keeps the decoder state of the conversation it served last. A follow-up turn whose
tokens extend what was already fed only prefills the new tokens. The recurrent state of the
delta-rule layers cannot be rewound, so the state at the end of each prompt is kept as a
snapshot, with the logits it ended on: regenerating an answer starts sampling from there without
feeding a token, and a history that re-renders differently after the last prompt (a template
that drops old reasoning) restarts from there instead of from zero.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from runtime.generate.sampler import make_sampler
from runtime.generate.session import DecoderSession, DecoderState
from runtime.protocol import Sampling

# Snapshots kept for rewinding (each holds copies of the recurrent states and views of the KV
# caches, which the live state only ever appends to: see DecoderState.snapshot).
MAX_SNAPSHOTS = 2


class EngineError(RuntimeError):
    """A request the engine cannot serve; the message is meant for the user."""


class ContextOverflow(EngineError):
    pass


@dataclass(frozen=True)
class Prompt:
    """Token ids with their M-RoPE positions and the image rows the image-pad tokens take."""

    ids: np.ndarray  # [T] int64
    positions: np.ndarray  # [3, T] int64
    next_position: int  # position of the first generated token
    image_features: np.ndarray | None = None  # [N, H], one row per image-pad token from image_rows_from
    image_token_id: int | None = None
    # The first image-pad row `image_features` holds: the rows before it are in the cached state.
    image_rows_from: int = 0
    # What makes two positions "the same" for reuse: the id, or the image's identity for pads.
    keys: tuple[int, ...] = ()

    @classmethod
    def from_ids(cls, ids: Sequence[int]) -> Prompt:
        arr = np.asarray(ids, dtype=np.int64)
        pos = np.broadcast_to(np.arange(len(arr), dtype=np.int64), (3, len(arr))).copy()
        return cls(arr, pos, len(arr), keys=tuple(int(i) for i in arr))

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class GenerationConfig:
    max_new_tokens: int = 512
    sampling: Sampling = field(default_factory=Sampling.neutral)
    stop_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class TokenEvent:
    token_id: int


@dataclass(frozen=True)
class Finish:
    """The end of a generation: why, how much, how fast."""

    reason: str  # "stop" | "length" | "context" | "cancelled"
    prompt_tokens: int
    reused_tokens: int  # prompt tokens served from the conversation's cached state
    generated_tokens: int
    prefill_seconds: float
    decode_seconds: float

    @property
    def prefill_tokens_per_second(self) -> float:
        fed = self.prompt_tokens - self.reused_tokens
        return fed / self.prefill_seconds if self.prefill_seconds > 0 else 0.0

    @property
    def decode_tokens_per_second(self) -> float:
        # the first token comes out of the prefill; each later one costs one decode step
        steps = max(self.generated_tokens - 1, 0)
        return steps / self.decode_seconds if self.decode_seconds > 0 else 0.0


class Engine:
    """Token-level generation over one `DecoderSession`, with conversation state reuse."""

    def __init__(self, session: DecoderSession, *, context_length: int | None = None) -> None:
        self.session = session
        limit = session.config.max_position_embeddings
        self.context_length = min(context_length or limit, limit)
        self._state: DecoderState | None = None
        self._keys: list[int] = []  # reuse keys of self._state.tokens
        # (reuse keys, state after them, logits of their last position)
        self._snapshots: list[tuple[list[int], DecoderState, np.ndarray]] = []

    def reset(self) -> None:
        """Forget the cached conversation (a new chat, or another conversation opened)."""
        self._state, self._keys, self._snapshots = None, [], []

    def _match(self, keys: tuple[int, ...]) -> tuple[DecoderState | None, bool, int, np.ndarray | None]:
        """The kept state to continue from (None: none fits), whether it is a snapshot, how many
        prompt tokens it covers, and, when it covers them all (a regenerated answer), the logits to
        sample the first token from."""
        for snap_keys, snap, logits in reversed(self._snapshots):
            if tuple(snap_keys) == keys:
                return snap, True, len(keys), logits
        if (
            self._state is not None
            and len(self._keys) < len(keys)
            and keys[: len(self._keys)] == tuple(self._keys)
        ):
            return self._state, False, len(self._keys), None
        for snap_keys, snap, _ in reversed(self._snapshots):
            if len(snap_keys) < len(keys) and keys[: len(snap_keys)] == tuple(snap_keys):
                return snap, True, len(snap_keys), None
        return None, False, 0, None

    def reusable_tokens(self, keys: tuple[int, ...]) -> int:
        """How many tokens of a prompt with reuse keys `keys` the kept state already covers."""
        return self._match(keys)[2]

    def _resume_point(self, keys: tuple[int, ...]) -> tuple[DecoderState, int, np.ndarray | None]:
        """The state to continue from (a snapshot is copied), how many prompt tokens it covers, and
        the logits when it covers them all."""
        state, snapshot, reused, logits = self._match(keys)
        if state is None:
            return self.session.empty_state(), 0, None
        return (state.copy() if snapshot else state), reused, logits

    def generate(
        self, prompt: Prompt, config: GenerationConfig, cancel: threading.Event | None = None
    ) -> Iterator[TokenEvent | Finish]:
        """Prefill what the cache lacks, then sample until a stop token, a limit or a cancel."""
        if len(prompt) == 0:
            raise EngineError("the prompt is empty")
        if len(prompt) >= self.context_length:
            raise ContextOverflow(
                f"this conversation is {len(prompt):,} tokens long, which leaves no room for an answer "
                f"in the context length of {self.context_length:,} tokens: start a new chat, remove "
                f"images or raise the context length"
            )
        keys = prompt.keys or tuple(int(i) for i in prompt.ids)
        state, reused, logits = self._resume_point(keys)
        # Until the prefill finishes, the cached state is in flux: drop it so a failure cannot
        # leave a half-fed state behind for the next turn.
        self._state, self._keys = None, []
        sampler = make_sampler(config.sampling)

        started = time.perf_counter()
        if logits is None:
            images = prompt.image_features
            if prompt.image_token_id is not None:
                skip = int((prompt.ids[:reused] == prompt.image_token_id).sum()) - prompt.image_rows_from
                new_pads = int((prompt.ids[reused:] == prompt.image_token_id).sum())
                held = 0 if images is None else len(images) - skip
                if skip < 0 or held != new_pads:
                    raise EngineError(f"the prompt holds {held} image rows for the {new_pads} it feeds")
                images = images[skip:] if images is not None else None
            logits = self.session.forward(
                state,
                prompt.ids[reused:],
                prompt.positions[:, reused:],
                images,
                image_token_id=prompt.image_token_id,
            )
            state.next_position = prompt.next_position
            snapshot = (list(keys), state.snapshot(), logits)
            self._snapshots = [*self._snapshots, snapshot][-MAX_SNAPSHOTS:]
        keys_fed = list(keys)
        self._state, self._keys = state, keys_fed
        prefill_seconds = time.perf_counter() - started

        generated: list[int] = []
        decode_started = time.perf_counter()
        while True:
            if cancel is not None and cancel.is_set():
                reason = "cancelled"
                break
            token = sampler(logits, generated)
            generated.append(token)
            yield TokenEvent(token)
            if token in config.stop_ids:
                reason = "stop"
                break
            if len(generated) >= config.max_new_tokens:
                reason = "length"
                break
            if len(state.tokens) + 1 >= self.context_length:
                reason = "context"
                break
            # A token enters the state only when another one is wanted: a stop token never
            # does, exactly as a re-rendered history continues after the answer.
            self._state = None
            pos = np.full((3, 1), state.next_position, dtype=np.int64)
            logits = self.session.forward(state, np.array([token], dtype=np.int64), pos)
            self._state = state
            self._keys.append(token)
        yield Finish(
            reason=reason,
            prompt_tokens=len(prompt),
            reused_tokens=reused,
            generated_tokens=len(generated),
            prefill_seconds=prefill_seconds,
            decode_seconds=time.perf_counter() - decode_started,
        )
