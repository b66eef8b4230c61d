"""Dates and numbers as a reader of the document's language writes them.

Bokmål and nynorsk share month names and number style (``1 250 000 kr``, ``4,5 %``,
``21. august 2017``); English gets ``NOK 1,250,000``, ``4.5%`` and ``21 August 2017``. Spaces
inside a number are no-break spaces, so a number never wraps across lines.
"""

from __future__ import annotations

import datetime as dt

from sketchkit.core.i18n import Lang

_MONTHS_NO = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NBSP = "\u00a0"


def month(lang: Lang, number: int, *, short: bool = False) -> str:
    name = (_MONTHS_EN if lang is Lang.EN else _MONTHS_NO)[number - 1]
    if not short or len(name) <= 4:
        return name
    return name[:3] + "."


def date(lang: Lang, d: dt.date, *, short: bool = False) -> str:
    """``21. august 2017`` / ``21 August 2017``; short: ``21. aug. 2017``."""
    if lang is Lang.EN:
        return f"{d.day} {month(lang, d.month, short=short)} {d.year}"
    return f"{d.day}. {month(lang, d.month, short=short)} {d.year}"


def date_text(lang: Lang, iso: str) -> str:
    """A date written in the sketch, as the reader expects it; text that is no date as is."""
    try:
        return date(lang, dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def integer(lang: Lang, n: int) -> str:
    grouped = f"{abs(n):,}".replace(",", "," if lang is Lang.EN else NBSP)
    return ("-" if n < 0 else "") + grouped


def decimal(lang: Lang, x: float, digits: int = 1) -> str:
    text = f"{x:,.{digits}f}"
    if lang is Lang.EN:
        return text
    return text.replace(",", NBSP).replace(".", ",")


def nok(lang: Lang, amount: int, *, unit: bool = True) -> str:
    """``1 250 000 kr`` / ``NOK 1,250,000``; without unit where a column heading carries it."""
    number = integer(lang, amount)
    if not unit:
        return number
    return f"NOK{NBSP}{number}" if lang is Lang.EN else f"{number}{NBSP}kr"


def millions(lang: Lang, amount: float) -> str:
    """``41 mill. kr`` / ``NOK 41m``: short amounts for chart labels."""
    value = amount / 1_000_000
    digits = 0 if abs(value) >= 10 or value == int(value) else 1
    number = decimal(lang, value, digits)
    return f"NOK{NBSP}{number}m" if lang is Lang.EN else f"{number}{NBSP}mill.{NBSP}kr"


def percent(lang: Lang, share: float) -> str:
    digits = 0 if share >= 0.1 or share == 0 else 1
    number = decimal(lang, share * 100, digits)
    return f"{number}%" if lang is Lang.EN else f"{number}{NBSP}%"
