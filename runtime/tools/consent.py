"""Who says yes to a call: per-tool defaults, what the user allowed in this conversation, and the
question asked for everything else.

Nothing runs without a yes: a call runs when its tool's policy is "allow" (the user marked it as
always allowed, or it is a built-in that touches nothing outside Oriel: the calculator and the
clock), when the user chose "Allow for this conversation" for that tool earlier in the same
conversation, or when the user answers "Allow once" now. A tool whose policy is "off" is never
offered to the model; a call to it anyway is refused without asking.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from runtime.tools.calls import ToolCall
from runtime.tools.registry import Policy, ToolSpec


class Decision(enum.Enum):
    ALLOW_ONCE = "allow_once"
    ALLOW_CONVERSATION = "allow_conversation"
    DENY = "deny"


@dataclass(frozen=True)
class ConsentRequest:
    """What the consent card shows: the tool, where it comes from, what it touches, the arguments."""

    call: ToolCall
    spec: ToolSpec

    @property
    def arguments(self) -> Mapping[str, Any]:
        return self.call.arguments


Ask = Callable[[ConsentRequest], Decision]


@dataclass
class Consent:
    """The policies for one conversation. `policies` are the user's per-tool defaults (Settings);
    a tool without one uses its spec's default."""

    policies: Mapping[str, Policy] = field(default_factory=dict)
    allowed_here: set[str] = field(default_factory=set)  # "Allow for this conversation"

    def policy(self, spec: ToolSpec) -> Policy:
        return self.policies.get(spec.name, spec.default_policy)

    def offered(self, spec: ToolSpec) -> bool:
        return self.policy(spec) != "off"

    def decide(self, request: ConsentRequest, ask: Ask) -> bool:
        """Whether the call may run, asking the user only when nothing decided it already."""
        policy = self.policy(request.spec)
        if policy == "off":
            return False
        if policy == "allow" or request.spec.name in self.allowed_here:
            return True
        decision = ask(request)
        if decision is Decision.ALLOW_CONVERSATION:
            self.allowed_here.add(request.spec.name)
        return decision is not Decision.DENY
