"""What the overview needs from a call beyond its criteria: the pot, when the call gives one.

The call format does not carry a pot yet. This is the one hook: a call that has
``pot: {nok: 100000000, source: "…"}`` (as an attribute of the Call, or in a ``data`` mapping the
call loader may keep) is shown with it; every other call says «ukjent». A figure is never made up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sketchkit.calls import Call


@dataclass(frozen=True, slots=True)
class Pot:
    nok: int
    source: str


def call_value(call: Call, key: str) -> Any:
    """``key`` from the call's data, wherever the loader keeps it; None when absent."""
    value = getattr(call, key, None)
    if value is None:
        data = getattr(call, "data", None)
        if isinstance(data, dict):
            value = data.get(key)
    return value


def pot_of(call: Call) -> Pot | None:
    value = call_value(call, "pot")
    if isinstance(value, dict):
        nok, source = value.get("nok"), value.get("source", "")
    else:
        nok, source = getattr(value, "nok", None), getattr(value, "source", "")
    if isinstance(nok, int) and not isinstance(nok, bool) and nok > 0:
        return Pot(nok, str(source or ""))
    return None
