"""What the overview needs from a call beyond its criteria: the pot, when the call gives one.

A call whose data has ``pot: {nok: 100000000, source: id}`` (checked by the call loader, which
names the source) is shown with it; every other call says «ukjent». A figure is never made up.
"""

from __future__ import annotations

from dataclasses import dataclass

from sketchkit.calls import Call


@dataclass(frozen=True, slots=True)
class Pot:
    nok: int
    source: str


def pot_of(call: Call) -> Pot | None:
    value = call.pot
    if isinstance(value, dict):
        nok, source = value.get("nok"), value.get("source", "")
    else:
        nok, source = getattr(value, "nok", None), getattr(value, "source", "")
    if isinstance(nok, int) and not isinstance(nok, bool) and nok > 0:
        return Pot(nok, str(source or ""))
    return None
