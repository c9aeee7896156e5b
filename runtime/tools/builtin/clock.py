"""The date and time, in any IANA time zone (zoneinfo; the `tzdata` package supplies the zone
database on Windows, which has none of its own)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runtime.tools.registry import HostedTool, ToolContext, ToolError, ToolSpec

_FORMAT = "%A %Y-%m-%d %H:%M:%S %Z (UTC%z)"


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ToolError(f"Unknown time zone {name!r}; use an IANA name such as Europe/Paris.") from None


def _describe(moment: datetime) -> str:
    text = moment.strftime(_FORMAT)
    return f"{text}; ISO 8601: {moment.isoformat(timespec='seconds')}"


def current_time(timezone: str | None = None, now: datetime | None = None) -> str:
    zone = _zone(timezone)
    moment = (
        (now or datetime.now().astimezone()).astimezone(zone)
        if zone
        else (now or datetime.now().astimezone())
    )
    return _describe(moment)


def convert_time(time: str, from_timezone: str, to_timezone: str) -> str:
    source, target = _zone(from_timezone), _zone(to_timezone)
    try:
        moment = datetime.fromisoformat(time.strip())
    except ValueError:
        raise ToolError(f"{time!r} is not an ISO 8601 date and time such as 2026-12-04T18:30.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=source)
    return _describe(moment.astimezone(target))


def _now(arguments: Mapping[str, Any], context: ToolContext) -> str:
    return current_time(arguments.get("timezone"))


def _convert(arguments: Mapping[str, Any], context: ToolContext) -> str:
    return convert_time(
        str(arguments["time"]), str(arguments["from_timezone"]), str(arguments["to_timezone"])
    )


_ZONE = {"type": "string", "description": "An IANA time zone such as Europe/Paris; omit for the local time."}
NOW = HostedTool(
    ToolSpec(
        "current_time",
        "The current date, weekday and time, locally or in a given time zone.",
        {"type": "object", "properties": {"timezone": _ZONE}},
        default_policy="allow",
        touches="Nothing outside Oriel (reads the computer's clock).",
    ),
    _now,
)
CONVERT = HostedTool(
    ToolSpec(
        "convert_time",
        "Convert a date and time from one time zone to another.",
        {
            "type": "object",
            "properties": {
                "time": {"type": "string", "description": "ISO 8601, e.g. 2026-12-04T18:30"},
                "from_timezone": {"type": "string"},
                "to_timezone": {"type": "string"},
            },
            "required": ["time", "from_timezone", "to_timezone"],
        },
        default_policy="allow",
        touches="Nothing outside Oriel.",
    ),
    _convert,
)
