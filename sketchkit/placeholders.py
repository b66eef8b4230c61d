"""Placeholders that ``new`` writes and ``check`` refuses to let through."""

from __future__ import annotations

import re
from typing import Any

# ``<<FYLL INN: …>>`` is what the scaffold writes; the rest is what people leave behind.
PLACEHOLDER = re.compile(
    r"<<\s*(?:FYLL INN|FILL IN)[^>]*>>|\bTODO\b|\bTBD\b|\bXXX\b|\blorem ipsum\b",
    re.IGNORECASE,
)


def placeholder(lang: str, hint: str = "") -> str:
    """The marker ``new`` writes where the user must fill something in."""
    word = "FILL IN" if lang == "en" else "FYLL INN"
    return f"<<{word}: {hint}>>" if hint else f"<<{word}>>"


def find_placeholder(text: str) -> re.Match[str] | None:
    return PLACEHOLDER.search(text)


def has_placeholder(value: Any) -> bool:
    if isinstance(value, str):
        return PLACEHOLDER.search(value) is not None
    if isinstance(value, list):
        return any(has_placeholder(v) for v in value)
    if isinstance(value, dict):
        return any(has_placeholder(v) for v in value.values())
    return False
