"""Text bound for a spreadsheet cell: never a formula, always readable.

Sketches and score sheets are untrusted. A CSV cell whose text starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is run as a formula by Excel and LibreOffice (OWASP, "CSV
Injection"); a leading apostrophe makes the spreadsheet show the text as text, and a reader still
sees every character the writer wrote.
"""

from __future__ import annotations

from sketchkit.core.textsafe import unsurrogate

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` made inert as a spreadsheet cell: an apostrophe before a formula start, and
    the bytes of a file name that is not UTF-8 written as ``\xff`` (no encoder takes them)."""
    text = unsurrogate(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
