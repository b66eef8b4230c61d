"""Where the cursor is in a sketch: which field, on its key or on its value.

Two ways, because an editor's text is often half-typed: from the loaded YAML's positions when the
text parses, and from indentation alone when it does not (completion must work on broken text).
Positions here are LSP's: 0-based line and character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sketchkit.core import pointer as ptr
from sketchkit.input.yamldoc import YamlDocument


@dataclass(frozen=True, slots=True)
class Spot:
    pointer: str
    on_key: bool


def locate(doc: YamlDocument, line: int, character: int) -> Spot | None:
    """The field under the cursor in a loaded sketch: its key, or the value that starts at or
    before the cursor (the deepest one, so a block of text belongs to its own field)."""
    row, col = line + 1, character + 1
    for pointer, (kline, kcol) in doc.key_positions.items():
        if kline == row and kcol <= col < kcol + max(len(ptr.parts(pointer)[-1]), 1) + 2:
            return Spot(pointer, on_key=True)
    best: tuple[tuple[int, int, int], str] | None = None
    for pointer, (vline, vcol) in doc.positions.items():
        if (vline, vcol) <= (row, col):
            # Later starts win; at the same start the deeper pointer (a mapping and its first key).
            rank = (vline, vcol, pointer.count("/"))
            if best is None or rank > best[0]:
                best = (rank, pointer)
    return Spot(best[1], on_key=False) if best else None


_KEY = re.compile(r"(?P<key>[^\s#:'\"\-][^:#]*?|'[^']*'|\"[^\"]*\")\s*:(?:\s|$)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key(text: str) -> str | None:
    m = _KEY.match(text)
    return m.group("key").strip("'\"") if m else None


def parent_at(lines: list[str], line: int, character: int) -> str:
    """The pointer of the mapping or list that a new key typed at the cursor would belong to,
    read from indentation alone (``0`` stands for "a list item" wherever an index is needed)."""
    current = lines[line][:character] if line < len(lines) else ""
    tokens: list[str] = []
    item = re.match(r"^(\s*)-(\s+|$)", current)
    if item:
        tokens.append("0")
        target = len(item.group(1))
    else:
        target = _indent(current)
    for text in reversed(lines[:line]):
        stripped = text.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = _indent(text)
        if indent >= target:
            continue
        if stripped.startswith("-") and stripped[1:2] in ("", " "):
            # The cursor sits inside this list item's mapping.
            tokens.append("0")
            target = indent
            continue
        key = _key(stripped)
        if key is not None:
            tokens.append(key)
            target = indent
        if target == 0:
            break
    return "".join(f"/{ptr.escape(t)}" for t in reversed(tokens))


def key_before_cursor(lines: list[str], line: int, character: int) -> str | None:
    """The key whose value is being typed (``kind: mun|`` → ``kind``), else None."""
    current = lines[line][:character] if line < len(lines) else ""
    stripped = current.lstrip(" ")
    if stripped.startswith("- "):
        stripped = stripped[2:].lstrip(" ")
    m = re.match(r"(?P<key>[^\s#:'\"][^:#]*?)\s*:\s+\S*$", stripped)
    return m.group("key") if m else None


def block_keys(lines: list[str], line: int, indent: int) -> set[str]:
    """Keys already written at ``indent`` in the block around ``line`` (up and down to the first
    line indented less), so completion does not offer a key twice."""
    found: set[str] = set()
    for step in (-1, 1):
        i = line + step
        while 0 <= i < len(lines):
            text = lines[i]
            stripped = text.lstrip(" ")
            i += step
            if not stripped or stripped.startswith("#"):
                continue
            current = _indent(text)
            if current == indent - 2 and stripped.startswith("- "):
                # The line that opens this list item holds its first key; the next item is another.
                key = _key(stripped[2:]) if step < 0 else None
                if key is not None:
                    found.add(key)
                break
            if current < indent:
                break
            if current == indent:
                key = _key(stripped)
                if key is not None:
                    found.add(key)
    return found
