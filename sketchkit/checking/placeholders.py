"""Placeholders that ``new`` writes and ``check`` refuses to let through."""

from __future__ import annotations

import re
from typing import Any

from sketchkit.core import pointer as ptr

# ``<<FYLL INN: …>>`` is what the scaffold writes; the rest is what people leave behind.
# Case-sensitive on purpose (and fast): "todo" in prose is not a marker, "TODO" is.
# Linear on any text: the marker's body stops at the next "<" as well as at ">", so a text of
# thousands of unclosed "<<FYLL INN" is scanned once, not once per opening.
PLACEHOLDER = re.compile(
    r"<<\s*(?i:fyll inn|fill in)[^<>]*>>|\b(?:TODO|TBD|XXX)\b|\b[Ll]orem ipsum\b"
)


# What ``PLACEHOLDER`` cannot match without: each of its forms holds one of these as written
# («<<FYLL INN …>>», «TODO», «TBD», «XXX», «Lorem ipsum»). A test holds the two together.
# Testing for them first costs a fraction of the expression's search, which most texts need.
PLACEHOLDER_LITERALS = ("<<", "TODO", "TBD", "XXX", "orem ipsum")


def search(text: str) -> re.Match[str] | None:
    """The first placeholder in ``text``, or None."""
    if not any(s in text for s in PLACEHOLDER_LITERALS):
        return None
    return PLACEHOLDER.search(text)


def placeholder(lang: str, hint: str = "") -> str:
    """The marker ``new`` writes where the user must fill something in."""
    word = "FILL IN" if lang == "en" else "FYLL INN"
    hint = hint.replace("<", "").replace(">", "")  # a hint never closes or reopens the marker
    return f"<<{word}: {hint}>>" if hint else f"<<{word}>>"


def find_all(value: Any, pointer: str = "") -> dict[str, str]:
    """Every placeholder in a document: pointer → the placeholder text."""
    found: dict[str, str] = {}
    _walk(value, pointer, found)
    return found


def _walk(value: Any, pointer: str, found: dict[str, str]) -> None:
    if isinstance(value, str):
        m = search(value)
        if m:
            found[pointer] = m.group(0)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, f"{pointer}/{i}", found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, ptr.join(pointer, key), found)
