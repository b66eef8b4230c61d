"""Text from a sketch or a score sheet, made safe to print on a terminal."""

from __future__ import annotations

import unicodedata


def printable(text: str) -> str:
    """No control character reaches the terminal: ESC, BEL, CR, newline and format characters
    are shown escaped (``\\x1b``), so a value cannot move the cursor or colour the screen."""
    if text.isprintable():
        return text
    return "".join(
        f"\\x{ord(ch):02x}" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text
    )
