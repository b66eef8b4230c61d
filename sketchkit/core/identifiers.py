"""Norwegian public identifiers: organisation and municipality numbers."""

from __future__ import annotations

import re

_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_ORG_SHAPE = re.compile(r"^\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}$")


def org_number_digits(text: str) -> str | None:
    """The 9 digits of an organisation number written with or without spaces, else None."""
    s = text.strip()
    if not _ORG_SHAPE.match(s):
        return None
    return re.sub(r"\D", "", s)


def org_check_digit(first8: str) -> int | None:
    """The MOD11 check digit for 8 digits, or None where no valid number can end them."""
    r = sum(int(d) * w for d, w in zip(first8, _ORG_WEIGHTS, strict=True)) % 11
    if r == 0:
        return 0
    if r == 1:
        return None
    return 11 - r


def format_org_number(digits: str) -> str:
    """``964965226`` → ``964 965 226``."""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 9 else digits


def display_org_number(text: str) -> str:
    """``964965226`` → ``964 965 226``; anything that is not an organisation number, as it is."""
    digits = org_number_digits(text)
    return format_org_number(digits) if digits else text


_MUNICIPALITY = re.compile(r"^\d{4}$")


def municipality_number_ok(text: str) -> bool:
    """Exactly four digits, the leading zero kept (``0301``)."""
    return _MUNICIPALITY.match(text.strip()) is not None


# First two digits of a municipality number name the county. Numbers change
# with reforms (2018, 2020, 2024), so every era's county numbers are known.
# fmt: skip below: one line per era keeps the reforms readable as a table.
COUNTY_NUMBERS = frozenset(
    {
        # before 2018 (and many again from 2024)
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
        "11", "12", "14", "15", "16", "17", "18", "19", "20",
        # 2018: Trøndelag; 2020: Viken, Innlandet, Vestfold og Telemark, Agder,
        # Vestland, Troms og Finnmark
        "50", "30", "34", "38", "42", "46", "54",
        # 2024: Østfold, Akershus, Buskerud, Vestfold, Telemark, Troms, Finnmark
        "31", "32", "33", "39", "40", "55", "56",
    }
)  # fmt: skip


# Contact details: loose enough for every real address and number, strict enough to catch typos.
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")


# An address has at most 254 characters (RFC 5321) and a phone number, written any way, far
# fewer: longer text is refused before any pattern sees it.
_MAX_EMAIL = 254
_MAX_PHONE = 40


def email_ok(value: str) -> bool:
    s = value.strip()
    return len(s) <= _MAX_EMAIL and _EMAIL.match(s) is not None


def phone_ok(value: str) -> bool:
    """Norwegian 8 digits, or an international number with a country code."""
    if len(value) > _MAX_PHONE:
        return False
    compact = re.sub(r"[\s\-.()\u00a0]", "", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+47"):
        return re.fullmatch(r"\+47\d{8}", compact) is not None
    if compact.startswith("+"):
        return re.fullmatch(r"\+[1-9]\d{6,14}", compact) is not None
    return re.fullmatch(r"\d{8}", compact) is not None
