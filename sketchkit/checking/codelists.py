"""Norway's municipality and county numbers by date, read from SSB's code lists kept as data.

Numbers change with reforms (2018, 2019, 2020, 2024): Bergen was 1201 until 2019 and is 4601
since 2020. A sketch is checked against the numbers valid on its call's date, and a number from
another period is answered with what it was or became. The lists and their sources are in
``sketchkit/checking/data/`` (see docs/rules.md); they are read on first use only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

_DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Unit:
    """One municipality or county number with its name, valid from one date to another."""

    number: str
    name: str
    valid_from: dt.date
    valid_to: dt.date | None  # None: still valid

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def short_name(self) -> str:
        """The name without its county in brackets or its Sami/Kven forms: ``Våler``, ``Oslo``."""
        return _short(self.name)


def _short(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).split(" - ")[0].strip()


def _rows(file: str) -> Iterable[list[str]]:
    text = (_DATA / file).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return (line.split(";") for line in lines[1:])  # the first line names the columns


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def municipalities() -> tuple[Unit, ...]:
    out = []
    for number, name, start, end in _rows("municipalities.csv"):
        begin = _date(start)
        assert begin is not None
        out.append(Unit(number, name, begin, _date(end)))
    return tuple(out)


@cache
def _changes() -> tuple[tuple[dt.date, str, str], ...]:
    out = []
    for day, old, new in _rows("municipality_changes.csv"):
        when = _date(day)
        assert when is not None
        out.append((when, old, new))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class County(Unit):
    became: tuple[str, ...] = ()


_U = TypeVar("_U", bound=Unit)


@cache
def counties() -> tuple[County, ...]:
    out = []
    for number, name, start, end, became in _rows("counties.csv"):
        begin = _date(start)
        assert begin is not None
        out.append(County(number, name, begin, _date(end), tuple(became.split())))
    return tuple(out)


def municipality(number: str, day: dt.date) -> Unit | None:
    """The municipality with ``number`` on ``day``, or None."""
    return next((u for u in municipalities() if u.number == number and u.valid_on(day)), None)


def history(number: str) -> tuple[Unit, ...]:
    """Every period the number was in use, oldest first."""
    return tuple(u for u in municipalities() if u.number == number)


def county(number: str, day: dt.date) -> County | None:
    return next((c for c in counties() if c.number == number and c.valid_on(day)), None)


def county_history(number: str) -> tuple[County, ...]:
    return tuple(c for c in counties() if c.number == number)


def became(number: str, since: dt.date, day: dt.date) -> tuple[Unit, ...]:
    """What a number that ended before ``day`` turned into by ``day``: follows the changes
    forward from ``since`` (a split gives several)."""
    current = {number}
    for when in sorted({w for w, _, _ in _changes() if since < w <= day}):
        step = {old: {n for w, o, n in _changes() if w == when and o == old} for old in current}
        current = set().union(*(news or {old} for old, news in step.items()))
    return _valid(current, day)


def was(number: str, until: dt.date, day: dt.date) -> tuple[Unit, ...]:
    """What a number that began after ``day`` was on ``day``: follows the changes backward from
    ``until`` (a merger gives several)."""
    current = {number}
    for when in sorted({w for w, _, _ in _changes() if day < w <= until}, reverse=True):
        step = {new: {o for w, o, n in _changes() if w == when and n == new} for new in current}
        current = set().union(*(olds or {new} for new, olds in step.items()))
    return _valid(current, day)


def _valid(numbers: Iterable[str], day: dt.date) -> tuple[Unit, ...]:
    found = (municipality(n, day) for n in sorted(numbers))
    return tuple(u for u in found if u is not None)


def municipalities_named(name: str) -> tuple[Unit, ...]:
    """Every period of every municipality whose short name is ``name`` (case-insensitive)."""
    return _named(_municipalities_by_initial(), name)


def counties_named(name: str) -> tuple[County, ...]:
    return _named(_counties_by_initial(), name)


def _named(by_initial: dict[str, tuple[_U, ...]], name: str) -> tuple[_U, ...]:
    wanted = name.strip().casefold()
    # A short name is the start of the full one (a test holds every list to that): only the
    # names with the same first letter need shortening, not all ~850 on every look-up.
    return tuple(u for u in by_initial.get(wanted[:1], ()) if u.short_name.casefold() == wanted)


@cache
def _municipalities_by_initial() -> dict[str, tuple[Unit, ...]]:
    return _by_initial(municipalities())


@cache
def _counties_by_initial() -> dict[str, tuple[County, ...]]:
    return _by_initial(counties())


def _by_initial(units: tuple[_U, ...]) -> dict[str, tuple[_U, ...]]:
    groups: dict[str, list[_U]] = {}
    for u in units:
        groups.setdefault(u.name[:1].casefold(), []).append(u)
    return {initial: tuple(group) for initial, group in groups.items()}
