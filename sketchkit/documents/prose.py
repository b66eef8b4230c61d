"""Prose as the writer laid it out: paragraphs and bullet lists, whatever YAML block style.

A folded block (``>``) joins its lines with spaces, so a ``-`` list inside it reaches the
program as one run-on line. For such a block the lines are read again from the source, as a
literal block (``|``) would have kept them, and then split here into paragraphs (blank lines)
and list items (lines starting with ``-``, ``*``, ``•`` or ``1.``/``1)``). Nothing in the text
becomes markup: the result is plain strings that every renderer escapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sketchkit.input.yamldoc import block_body

_ITEM = re.compile(r"^(?:[-*•]|\d{1,3}[.)])[ \t]+(?P<text>\S.*)$")
_NEWLINES = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class ProsePart:
    """One paragraph (``items`` empty) or one list (``text`` empty)."""

    text: str = ""
    items: tuple[str, ...] = ()


def folded_source(source: str, line: int, column: int) -> str | None:
    """The lines of a folded block scalar whose indicator ``>`` sits at ``line``/``column``
    (1-based), unfolded; None when the value there is not a folded block."""
    lines = _NEWLINES.sub("\n", source).split("\n")
    if not 0 < line <= len(lines):
        return None
    header = lines[line - 1][column - 1 :]
    if not header.startswith(">"):
        return None
    return "\n".join(block_body(lines, line)).strip("\n")


def parts(text: str) -> tuple[ProsePart, ...]:
    """Paragraphs and lists of ``text``; a paragraph's lines are joined with spaces."""
    text = _NEWLINES.sub("\n", text).strip()
    if "\n" not in text:  # one line is one paragraph, even if it opens with "1. "
        return (ProsePart(text=text),) if text else ()
    out: list[ProsePart] = []
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            out.append(ProsePart(text=" ".join(para)))
            para.clear()
        if items:
            out.append(ProsePart(items=tuple(items)))
            items.clear()

    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        m = _ITEM.match(line)
        if m:
            if para:
                flush()
            items.append(m.group("text").strip())
        elif items:
            items[-1] += " " + line  # a wrapped list item goes on
        else:
            para.append(line)
    flush()
    return tuple(out)
