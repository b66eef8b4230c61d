"""Saving a sketch edited in the form without losing anything the user wrote.

The file is read twice: by sketchkit's own loader (the values the form shows, as the user wrote
them) and by ruamel.yaml in round-trip mode (comments, key order, quoting, block styles). A
change in the form is applied to the round-trip tree value by value, so every field that did not
change is written back byte for byte. ruamel.yaml is imported by this module only, which only
``sketchkit edit`` imports.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    ScalarString,
    SingleQuotedScalarString,
)

from sketchkit.input.yamldoc import resolve_plain

_STYLED = (
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
    DoubleQuotedScalarString,
)


class RoundTrip:
    """One sketch's text as a round-trip tree, changed in place, written out again."""

    def __init__(self, text: str) -> None:
        self.yaml = YAML(typ="rt")
        self.yaml.preserve_quotes = True
        self.yaml.width = 4096  # never re-wrap the user's lines
        mapping, sequence, offset = guess_indent(text)
        self.yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        self.tree: Any = self.yaml.load(text) if text.strip() else CommentedMap()
        if self.tree is None:
            self.tree = CommentedMap()

    def apply(self, old: Any, new: Any) -> None:
        """Make the tree hold ``new`` where it held ``old`` (both as sketchkit's loader reads)."""
        self.tree = _apply(self.tree, old, new)

    def dump(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.tree, out)
        return out.getvalue()


def guess_indent(text: str) -> tuple[int, int, int]:
    """The indentation the file uses: a mapping's step, and a list item's dash offset.

    sketchkit writes ``key:`` then ``  - item`` (mapping 2, dash offset 2, sequence 4); a file
    that writes ``key:`` then ``- item`` keeps that.
    """
    mapping, offset = 0, None
    previous_key_indent: int | None = None
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if previous_key_indent is not None and indent >= previous_key_indent:
            step = indent - previous_key_indent
            if stripped.startswith("- ") and offset is None:
                offset = step
            elif not stripped.startswith("- ") and not mapping and step:
                mapping = step
        opens_block = re.match(r"[^#'\"\s][^:#]*:\s*$", stripped)
        previous_key_indent = indent if opens_block else None
        if mapping and offset is not None:
            break
    mapping = mapping or 2
    offset = offset if offset is not None else mapping
    return mapping, offset + 2, offset


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _apply(node: Any, old: Any, new: Any) -> Any:
    if old == new and type(old) is type(new):
        return node
    if isinstance(new, dict) and isinstance(old, dict) and isinstance(node, dict):
        for key in [k for k in node if k not in new]:
            del node[key]
        for key, value in new.items():
            if key in old and key in node:
                node[key] = _apply(node[key], old[key], value)
            else:
                node[key] = to_node(value)
        return node
    if isinstance(new, list) and isinstance(old, list) and isinstance(node, list):
        return _apply_list(node, old, new)
    return _scalar(node, new)


def _apply_list(node: list[Any], old: list[Any], new: list[Any]) -> list[Any]:
    # Items changed, added, removed or moved: each item that stayed keeps its node (and so its
    # comments), also where as many were added as removed.
    matcher = difflib.SequenceMatcher(a=[_canon(v) for v in old], b=[_canon(v) for v in new])
    kept: list[tuple[Any, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept += [(node[i1 + k], i1 + k) for k in range(i2 - i1)]
        elif tag == "replace":
            kept += _pair(node, old, new, range(i1, i2), range(j1, j2))
        else:
            kept += [(to_node(v), None) for v in new[j1:j2]]
    comments = getattr(node, "ca", None)
    old_items = dict(comments.items) if comments is not None else {}
    del node[:]
    node.extend(item for item, _ in kept)
    if comments is not None:
        comments.items.clear()
        for index, (_, was) in enumerate(kept):
            if was is not None and was in old_items:
                comments.items[index] = old_items[was]
    return node


def _pair(
    node: list[Any], old: list[Any], new: list[Any], olds: range, news: range
) -> list[tuple[Any, int | None]]:
    """New items in a changed stretch of a list, each built on the most alike old item (a phase
    whose date changed while another was added keeps its node), or new where none is alike."""
    free = list(olds)
    out: list[tuple[Any, int | None]] = []
    for j in news:
        target = _canon(new[j])
        scored = [(difflib.SequenceMatcher(a=_canon(old[i]), b=target).ratio(), i) for i in free]
        best = max(scored, default=(0.0, -1))
        if best[0] >= 0.6:
            free.remove(best[1])
            out.append((_apply(node[best[1]], old[best[1]], new[j]), best[1]))
        else:
            out.append((to_node(new[j]), None))
    return out


def _scalar(old_node: Any, value: Any) -> Any:
    """The new value in the old value's style where it has one."""
    if not isinstance(value, str):
        return to_node(value)
    if isinstance(old_node, _STYLED):
        cls = type(old_node)
        if cls in (FoldedScalarString, LiteralScalarString):
            if "\n" in value.strip("\n"):
                # Lines and paragraphs as typed: a literal block keeps every line break, where a
                # folded one would need blank lines between them.
                cls = LiteralScalarString
            if not value.endswith("\n"):
                value += "\n"
        return cls(value)
    if isinstance(old_node, dt.date) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    read = resolve_plain(value)
    if isinstance(old_node, bool | int | float) and type(read) is type(old_node):
        return read
    return to_node(value)


def to_node(value: Any) -> Any:
    """A new value from the form as a round-trip node: text with line breaks as a block."""
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = to_node(item)
        return out
    if isinstance(value, list):
        seq = CommentedSeq()
        seq.extend(to_node(v) for v in value)
        return seq
    if isinstance(value, str) and "\n" in value.strip("\n"):
        return LiteralScalarString(value if value.endswith("\n") else value + "\n")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        # Written plain, as a date reads in YAML; sketchkit reads it as the same text.
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, ScalarString):
        return value
    return value
