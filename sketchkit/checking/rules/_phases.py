"""Reading the plan's phases once, for the plan rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sketchkit.checking.rule import Context

# The innovation-partnership procedure's order (anskaffelsesforskriften part III).
PHASE_ORDER = ("need_clarification", "market_dialogue", "competition", "development", "purchase")


@dataclass(frozen=True, slots=True)
class Phase:
    pointer: str
    phase: str | None
    start: dt.date | None
    end: dt.date | None


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def phases(ctx: Context) -> tuple[Phase, ...]:
    """The plan's phases, read once per sketch for the four plan rules."""
    cached = ctx.memo.get("phases")
    if cached is None:
        cached = ctx.memo["phases"] = tuple(_read(ctx))
    phases_: tuple[Phase, ...] = cached
    return phases_


def _read(ctx: Context) -> list[Phase]:
    out = []
    for pointer, item in ctx.items("/plan/phases"):
        if not isinstance(item, dict):
            continue
        kind = item.get("phase")
        out.append(
            Phase(
                pointer,
                kind if kind in PHASE_ORDER else None,
                _date(item.get("start")),
                _date(item.get("end")),
            )
        )
    return out
