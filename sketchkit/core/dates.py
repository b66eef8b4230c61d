"""Dates as people write them: ``2017-08-01`` and ``01.08.2017`` (or ``1.8.2017``).

One reading for a sketch's date fields and for every date given on the command line, so that a
form accepted in one place is accepted in the other.
"""

from __future__ import annotations

import datetime as dt
import re

_NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def to_iso(text: str) -> str | None:
    """``01.08.2017`` → ``2017-08-01``; None where the text is not in the Norwegian form
    (the calendar itself is checked by whoever reads the ISO date)."""
    m = _NORWEGIAN_DATE.match(text.strip())
    if not m:
        return None
    day, month, year = m.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def parse_date(text: str) -> dt.date | None:
    """A date in either form; None where it is not a real date."""
    iso = to_iso(text) or text.strip()
    try:
        return dt.date.fromisoformat(iso) if len(iso) == 10 else None
    except ValueError:
        return None


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; where that month is too short for it (a 31st, 29
    February), the first of the month after, so that a period keeps all its days."""
    year, month = divmod(day.month - 1 + months, 12)
    try:
        return day.replace(year=day.year + year, month=month + 1)
    except ValueError:
        year, month = divmod(day.month + months, 12)
        return dt.date(day.year + year, month + 1, 1)


def past_limit(start: dt.date, years: float) -> dt.date | None:
    """The first day past a duration of ``years`` from ``start``, in calendar time (three years
    from 2021-01-01: 2024-01-01, whatever the leap days between); part years count in whole
    months, at least one. None where that day lies past the year 9999: nothing reaches it."""
    try:
        return months_later(start, max(1, round(years * 12)))
    except (ValueError, OverflowError):
        return None
