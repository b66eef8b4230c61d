"""What a rule is and what it sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sketchkit.calls import Call
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.placeholders import find_all
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.numbers import whole_number
from sketchkit.input.yamldoc import YamlDocument

MISSING: Any = object()


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What ``explain`` and machine formats say about a rule."""

    id: str
    severity: Severity
    summary: Msg
    why: Msg
    fix: Msg


@dataclass(frozen=True)
class Context:
    """One sketch being checked against one call."""

    doc: YamlDocument
    call: Call
    lang: Lang
    today: dt.date
    folder: Path | None  # the sketch's folder, for files it refers to
    # What several rules read the same way (the plan's phases), worked out once per sketch.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def placeholders(self) -> dict[str, str]:
        """Pointer → placeholder text, for every placeholder in the sketch (found once)."""
        return find_all(self.doc.data)

    def get(self, pointer: str) -> Any:
        node: Any = self.doc.data
        for token in ptr.parts(pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return MISSING
        return node

    def text(self, pointer: str) -> str | None:
        """Non-empty text at ``pointer``, else None (the schema reports the rest)."""
        value = self.get(pointer)
        return value if isinstance(value, str) and value.strip() else None

    def amount(self, pointer: str) -> int | None:
        """A whole number at ``pointer``; a float with no fraction counts as the int it equals,
        so a rule never skips ``99e6`` that it would check as ``99000000``."""
        return whole_number(self.get(pointer))

    def items(self, pointer: str) -> list[tuple[str, Any]]:
        """``(pointer, item)`` for each element of a list; empty when it is not a list."""
        value = self.get(pointer)
        if not isinstance(value, list):
            return []
        return [(f"{pointer}/{i}", item) for i, item in enumerate(value)]

    def answered(self, pointer: str) -> bool:
        """Present, not empty and not a scaffolding placeholder."""
        value = self.get(pointer)
        if value is MISSING or value is None or value in ("", [], {}):
            return False
        return pointer not in self._placeholder_ancestors

    @cached_property
    def _placeholder_ancestors(self) -> frozenset[str]:
        """Every pointer at or above a placeholder, so that answered() costs one look-up
        however many placeholders a hostile sketch holds."""
        out: set[str] = set()
        for p in self.placeholders:
            while p not in out:
                out.add(p)
                if not p:
                    break
                p = ptr.parent(p)
        return frozenset(out)

    def finding(
        self,
        rule: RuleInfo,
        pointer: str,
        message: str,
        hint: str | None = None,
        *,
        severity: Severity | None = None,
        at_key: bool = False,
    ) -> Finding:
        line, column = self.doc.where(pointer, key=at_key)
        return Finding(rule.id, severity or rule.severity, message, pointer, line, column, hint)


Check = Callable[[Context], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    info: RuleInfo
    check: Check
