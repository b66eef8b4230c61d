"""Norwegian amounts: read them as people write them, print them as they expect."""

from __future__ import annotations

import math
import re

from sketchkit.core.i18n import Lang

# Group separators people type: space, no-break space, narrow no-break space,
# full stop, apostrophe.
_GROUP = "[ \u00a0\u202f.']"
_GROUP_KIND = {"\u00a0": " ", "\u202f": " "}
_WHOLE = re.compile(
    rf"^(?:kr\.?|nok)?\s*(?P<num>\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d+)\s*(?:,-|,00?|\.-)?\s*(?:kr\.?|nok)?$",
    re.IGNORECASE,
)
_MILLIONS = re.compile(
    r"^(?:kr\.?|nok)?\s*(?P<int>\d+)(?:[,.](?P<frac>\d{1,6}))?\s*"
    r"(?:mill\.?|millioner|million|millions|mnok|mill\. kr|mill kr)\s*(?:kr\.?|nok)?$",
    re.IGNORECASE,
)


# The longest amount anyone writes ("kr 1 250 000 000 000,-", "1 250 000 000 000 NOK") is far
# shorter. Longer text is no amount, and is never given to the patterns: they then run in
# constant time on any input, and no digit string reaches int() that Python would refuse.
MAX_AMOUNT_CHARS = 64


def parse_nok(text: str) -> int | None:
    """Whole kroner from ``1 250 000``, ``1.250.000``, ``kr 1 250 000,-`` or ``1,5 mill.``.

    Returns None where the text is not an amount, rather than guessing.
    """
    s = text.strip()
    if len(s) > MAX_AMOUNT_CHARS:
        return None
    m = _WHOLE.match(s)
    if m:
        # One way of grouping throughout: «1 000.000» is a typo or a decimal, not an amount.
        # (Kinds of space count as one: text copied from Word mixes them.)
        kinds = {_GROUP_KIND.get(c, c) for c in m.group("num") if not c.isdigit()}
        return int(re.sub(r"\D", "", m.group("num"))) if len(kinds) <= 1 else None
    m = _MILLIONS.match(s)
    if m:
        # At most six decimals (the pattern says so): millionths of a million are whole kroner.
        frac = m.group("frac") or ""
        return int(m.group("int")) * 1_000_000 + int(frac.ljust(6, "0"))
    return None


def whole_number(value: object) -> int | None:
    """An amount as a whole number: ints as they are, and floats with no fraction
    (``1.0``, ``99e6``) as the int they equal, so that no way of writing a number slips past
    a rule. None for anything else (``1.5``, ``inf``, ``nan``, text, ``true``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def format_nok(amount: int, *, suffix: bool = True) -> str:
    """``1250000`` → ``1 250 000 kr`` (no-break spaces keep the number on one line)."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}".replace(",", "\u00a0")
    return f"{sign}{grouped}\u00a0kr" if suffix else f"{sign}{grouped}"


def format_number(value: float, lang: Lang, decimals: int | None = None) -> str:
    """A number as a reader of ``lang`` writes it: ``4.8`` → ``4,8`` in Norwegian, ``4.8``
    in English; whole numbers without decimals; ``decimals`` rounds to that many places."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    if isinstance(value, int) and decimals is None:
        text = str(value)
    return text if lang is Lang.EN else text.replace(".", ",")
