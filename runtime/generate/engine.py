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

Qwen3.5's template renders a past answer without the `<think>` block its prompt opened, so a
follow-up never extends the state the answer ended in. `Prompt.resume_at` names the point a
follow-up will share (the history without the generation prompt, computed by the assistant); the
prefill stops there for a snapshot on its way, and that snapshot is what the next turn resumes.

With a `StateStore`, the engine also saves a conversation's state to disk after each answer (the
`resume_at` snapshot, or the state the answer ended in when the prompt names no such point), and
a prompt that memory cannot serve in full is looked up there: the longest saved prefix wins, and
only the rest is prefilled. Reopening a conversation, or a follow-up after the model was
switched or the app restarted, reads instead of re-prefilling.

A prefill longer than one chunk reports `PrefillProgress` between chunks, and a cancel is honoured
there: the tokens fed so far stay in the cached state, so asking again goes on from them.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from runtime.generate.sampler import make_sampler
from runtime.generate.session import DecoderSession, DecoderState
from runtime.generate.state_file import SavedState, package_identity
from runtime.generate.state_store import StateStore
from runtime.protocol import Sampling

# Snapshots kept for rewinding (each holds copies of the recurrent states and views of the KV
# caches, which the live state only ever appends to: see DecoderState.snapshot): the last
# prompt's resume point and end, and the prompt before it.
MAX_SNAPSHOTS = 3

log = logging.getLogger(__name__)


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
    # The rows from the k-th image-pad token on, encoded on demand: what the prefill uses when a
    # saved state the caller counted on (`Engine.reusable_tokens`) turns out unreadable.
    encode_images: Callable[[int], np.ndarray] | None = None
    # What makes two positions "the same" for reuse: the id, or the image's identity for pads.
    keys: tuple[int, ...] = ()
    # How many leading tokens the next turn's prompt will start with (0: unknown, or all of them).
    resume_at: int = 0

    @classmethod
    def from_ids(cls, ids: Sequence[int]) -> Prompt:
        arr = np.asarray(ids, dtype=np.int64)
        pos = np.broadcast_to(np.arange(len(arr), dtype=np.int64), (3, len(arr))).copy()
        return cls(arr, pos, len(arr), keys=tuple(int(i) for i in arr))

    def __len__(self) -> int:
        return len(self.ids)

    def prefix(self, n: int) -> Prompt:
        """The first `n` tokens, as a prompt of their own (image rows: those of their pads)."""
        assert 0 < n <= len(self)
        rows = self.image_features
        if rows is not None and self.image_token_id is not None:
            rows = rows[: max(0, int((self.ids[:n] == self.image_token_id).sum()) - self.image_rows_from)]
        return dataclasses.replace(
            self,
            ids=self.ids[:n],
            positions=self.positions[:, :n],
            next_position=int(self.positions[:, :n].max()) + 1,
            image_features=rows,
            keys=self.keys[:n],
            resume_at=min(self.resume_at, n),
        )


@dataclass(frozen=True)
class GenerationConfig:
    max_new_tokens: int = 512
    sampling: Sampling = field(default_factory=Sampling.neutral)
    stop_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class TokenEvent:
    token_id: int


@dataclass(frozen=True)
class PrefillProgress:
    """How far the prefill of a prompt longer than one chunk has got."""

    done: int  # prompt tokens fed so far by this prefill
    total: int  # prompt tokens this prefill feeds (the reused ones not counted)
    reused: int  # prompt tokens served from a cached or saved state
    seconds_left: float | None  # at the rate measured so far; None before the first chunk


@dataclass(frozen=True)
class Finish:
    """The end of a generation: why, how much, how fast."""

    reason: str  # "stop" | "length" | "context" | "cancelled"
    prompt_tokens: int
    reused_tokens: int  # prompt tokens served from the conversation's cached state
    generated_tokens: int
    prefill_seconds: float
    decode_seconds: float
    restored: bool = False  # the reused tokens were read from a saved state on disk

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

    def __init__(
        self,
        session: DecoderSession,
        *,
        context_length: int | None = None,
        states: StateStore | None = None,
    ) -> None:
        self.session = session
        limit = session.config.max_position_embeddings
        self.context_length = min(context_length or limit, limit)
        self.states = states
        self._package_id = package_identity(session.package) if states is not None else ""
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
        prefixes = [s for s in self._snapshots if len(s[0]) < len(keys) and keys[: len(s[0])] == tuple(s[0])]
        if prefixes:
            snap_keys, snap, _ = max(prefixes, key=lambda s: len(s[0]))
            return snap, True, len(snap_keys), None
        return None, False, 0, None

    def reusable_tokens(self, keys: tuple[int, ...]) -> int:
        """How many tokens of a prompt with reuse keys `keys` a kept state (in memory, or saved on
        disk, judged by its file's name) already covers."""
        reused = self._match(keys)[2]
        if self.states is not None and reused < len(keys):
            reused = max(reused, self.states.longest_prefix(self._package_id, keys, longer_than=reused))
        return reused

    def _resume_point(
        self, prompt: Prompt, keys: tuple[int, ...]
    ) -> tuple[DecoderState, int, np.ndarray | None, bool]:
        """The state to continue from (a snapshot is copied), how many prompt tokens it covers, the
        logits when it covers them all, and whether it was read from disk."""
        state, snapshot, reused, logits = self._match(keys)
        if self.states is not None and reused < len(keys):
            saved = self.states.find(self._package_id, keys, longer_than=reused)
            if saved is not None:
                n = len(saved.keys)
                saved.state.tokens = [int(t) for t in prompt.ids[:n]]
                if n < len(keys):
                    return saved.state, n, None, True
                self._remember(keys, saved.state, saved.logits)
                return saved.state, n, saved.logits, True
        if state is None:
            return self.session.empty_state(), 0, None, False
        return (state.copy() if snapshot else state), reused, logits, False

    def _feed(
        self, state: DecoderState, prompt: Prompt, start: int, stop: int, rows: np.ndarray | None
    ) -> np.ndarray:
        """Feed prompt tokens [start, stop) into `state`, `rows` holding the image rows of the pads
        from `start` on; the logits of the last one."""
        return self.session.forward(
            state,
            prompt.ids[start:stop],
            prompt.positions[:, start:stop],
            rows,
            image_token_id=prompt.image_token_id,
        )

    @staticmethod
    def _image_rows(prompt: Prompt, reused: int) -> np.ndarray | None:
        """The feature rows of the image pads a prefill from `reused` on feeds."""
        pad = prompt.image_token_id
        if pad is None:
            return prompt.image_features
        before = int((prompt.ids[:reused] == pad).sum())
        skip = before - prompt.image_rows_from
        new_pads = int((prompt.ids[reused:] == pad).sum())
        images = prompt.image_features
        held = 0 if images is None else len(images) - skip
        if skip >= 0 and held == new_pads:
            return images[skip:] if images is not None else None
        if prompt.encode_images is not None:  # a saved state covered fewer images than planned
            return prompt.encode_images(before)
        raise EngineError(f"the prompt holds {held} image rows for the {new_pads} it feeds")

    def _remember(self, keys: Sequence[int], state: DecoderState, logits: np.ndarray) -> None:
        self._snapshots = [*self._snapshots, (list(keys), state.snapshot(), logits)][-MAX_SNAPSHOTS:]

    def generate(
        self,
        prompt: Prompt,
        config: GenerationConfig,
        cancel: threading.Event | None = None,
        *,
        conversation: str | None = None,
    ) -> Iterator[PrefillProgress | TokenEvent | Finish]:
        """Prefill what the cache lacks, then sample until a stop token, a limit or a cancel.

        With a `conversation` id and a state store, the state the next turn will resume from is
        saved after the `Finish` (so the consumer must run the generator to its end)."""
        if len(prompt) == 0:
            raise EngineError("the prompt is empty")
        if len(prompt) >= self.context_length:
            raise ContextOverflow(
                f"this conversation is {len(prompt):,} tokens long, which leaves no room for an answer "
                f"in the context length of {self.context_length:,} tokens: start a new chat, remove "
                f"images or raise the context length"
            )
        keys = prompt.keys or tuple(int(i) for i in prompt.ids)
        state, reused, logits, restored = self._resume_point(prompt, keys)
        # Until the prefill finishes, the cached state is in flux: drop it so a failure cannot
        # leave a half-fed state behind for the next turn.
        self._state, self._keys = None, []
        sampler = make_sampler(config.sampling)
        to_save: SavedState | None = None

        started = time.perf_counter()
        if logits is None:
            logits, to_save = yield from self._prefill(state, prompt, keys, reused, cancel)
            if logits is None:
                elapsed = time.perf_counter() - started
                yield self._finish("cancelled", prompt, reused, 0, elapsed, 0.0, restored)
                return
            self._remember(keys, state, logits)
        state.next_position = prompt.next_position
        self._state, self._keys = state, list(keys)
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
        decode_seconds = time.perf_counter() - decode_started
        yield self._finish(reason, prompt, reused, len(generated), prefill_seconds, decode_seconds, restored)
        if self.states is not None and conversation is not None:
            if to_save is None and prompt.resume_at in (0, len(prompt)):
                to_save = SavedState(state, tuple(self._keys), logits)
            if to_save is not None:
                self._save(conversation, to_save)

    def extend(self, prompt: Prompt, *, conversation: str | None = None) -> int:
        """Prefill `prompt` without answering, so that the next turn, which starts with it, finds
        its state ready (in memory and, with a `conversation` id, on disk); the tokens fed.

        The assistant calls this after an answer with the history as the next turn will render
        it (the answer without its `<think>` block): reopening the conversation then feeds only
        the new question."""
        if len(prompt) >= self.context_length:
            return 0
        keys = prompt.keys or tuple(int(i) for i in prompt.ids)
        state, reused, logits, _ = self._resume_point(prompt, keys)
        if logits is not None:  # already there
            return 0
        self._state, self._keys = None, []
        feeding = self._prefill(state, prompt, keys, reused, None)
        while True:
            try:
                next(feeding)
            except StopIteration as done:
                logits, _ = done.value
                break
        assert logits is not None  # nothing to cancel it
        state.next_position = prompt.next_position
        self._remember(keys, state, logits)
        self._state, self._keys = state, list(keys)
        if self.states is not None and conversation is not None:
            self._save(conversation, SavedState(state, keys, logits))
        return len(prompt) - reused

    def _prefill(
        self,
        state: DecoderState,
        prompt: Prompt,
        keys: tuple[int, ...],
        reused: int,
        cancel: threading.Event | None,
    ) -> Generator[PrefillProgress, None, tuple[np.ndarray | None, SavedState | None]]:
        """Feed `prompt[reused:]` into `state` chunk by chunk, snapshotting at its resume point.

        Returns the last position's logits (None when cancelled: the tokens fed so far then stay
        in the cached state, so asking again goes on from them) and the resume point's state."""
        chunk = self.session.chunk_size
        total = len(prompt) - reused
        resume_at = prompt.resume_at if reused < prompt.resume_at < len(prompt) else len(prompt)
        at = reused
        rows = self._image_rows(prompt, reused)
        logits: np.ndarray | None = None
        to_save: SavedState | None = None
        started = time.perf_counter()
        if total > chunk:
            yield PrefillProgress(0, total, reused, None)
        while at < len(prompt):
            if cancel is not None and cancel.is_set():
                self._state, self._keys = state, list(keys[:at])
                return None, None
            stop = min(at + chunk, resume_at if at < resume_at else len(prompt))
            pad = prompt.image_token_id
            fed_pads = int((prompt.ids[reused:at] == pad).sum()) if pad is not None else 0
            logits = self._feed(state, prompt, at, stop, rows[fed_pads:] if rows is not None else None)
            at = stop
            if at == resume_at < len(prompt):
                self._remember(keys[:at], state, logits)
                to_save = SavedState(self._snapshots[-1][1], keys[:at], logits)
            if total > chunk:
                rate = (at - reused) / (time.perf_counter() - started)
                yield PrefillProgress(at - reused, total, reused, (len(prompt) - at) / rate)
        return logits, to_save

    def _save(self, conversation: str, saved: SavedState) -> None:
        assert self.states is not None
        saved.state.materialize()  # states kept on an accelerator come down for the file
        try:
            self.states.save(conversation, self._package_id, saved)
        except OSError as e:  # a full or read-only disk costs a re-prefill later, not this answer
            log.warning("could not save the state of conversation %s: %s", conversation, e)

    @staticmethod
    def _finish(
        reason: str,
        prompt: Prompt,
        reused: int,
        generated: int,
        prefill_seconds: float,
        decode_seconds: float,
        restored: bool,
    ) -> Finish:
        return Finish(
            reason=reason,
            prompt_tokens=len(prompt),
            reused_tokens=reused,
            generated_tokens=generated,
            prefill_seconds=prefill_seconds,
            decode_seconds=decode_seconds,
            restored=restored,
        )
