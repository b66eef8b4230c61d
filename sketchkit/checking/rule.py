"""What a rule is and what it sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sketchkit.calls import Call
from sketchkit.calls.model import ParamKind, RuleSetting, Source
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.placeholders import find_all
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.numbers import whole_number
from sketchkit.input.yamldoc import YamlDocument

MISSING: Any = object()


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a rule reads from the call's data (``rules: RULE-ID: NAME: value``)."""

    name: str
    kind: ParamKind
    about: Msg
    required: bool = False


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What ``explain`` and machine formats say about a rule."""

    id: str
    severity: Severity
    summary: Msg
    why: Msg
    fix: Msg
    # What the rule rests on when the call's data does not name it: a fact about the sketch
    # itself (may be an error) or sketchkit's advice (never an error). A call makes a rule its
    # own requirement by giving it a source in its ``rules:`` data.
    basis: BasisKind = BasisKind.INTEGRITY
    # What the rule reads from the call's ``rules:`` entry; thresholds live there, not in code.
    params: tuple[Param, ...] = ()
    # True: the rule runs for every call unless the call says ``applies: false``. False: it
    # runs only for a call whose data names it (a call-specific requirement or advice).
    default_on: bool = True
    # The fields the rule reads, as pointer patterns (``*`` for any list index); editors show
    # them on hover. Empty for rules about the whole file.
    fields: tuple[str, ...] = ()


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def ceiling(info: RuleInfo, setting: RuleSetting | None) -> Severity:
    """The most severe a rule's finding may be for a call.

    The call's ``severity`` when it gives one; else the rule's own, but never above a warning
    when the call names the rule as sketchkit's advice (advice never blocks).
    """
    if setting is None:
        return info.severity
    if setting.severity is not None:
        return Severity(setting.severity)
    if setting.basis.advice and info.severity is Severity.ERROR:
        return Severity.WARNING
    return info.severity


def basis_for(
    info: RuleInfo, setting: RuleSetting | None
) -> tuple[BasisKind, Source | None, str | None]:
    """What a rule rests on for a call: the source and words the call's data gives for it,
    sketchkit's advice where the data names the rule as such, else the rule's own basis."""
    if setting is None:
        return info.basis, None, None
    if setting.basis.source is not None:
        return BasisKind.CALL, setting.basis.source, setting.basis.quote
    return BasisKind.ADVICE, None, None


@dataclass(frozen=True)
class Context:
    """One sketch being checked against one call."""

    doc: YamlDocument
    call: Call
    lang: Lang
    today: dt.date
    folder: Path | None  # the sketch's folder, for files it refers to
    # The moment of checking (``--now``; naive: the call's wall-clock time), or None: the
    # first minute of ``today``.
    now: dt.datetime | None = None
    # What several rules read the same way (the plan's phases), worked out once per sketch.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def setting(self, rule: RuleInfo) -> RuleSetting:
        """How ``rule`` holds for this call: its basis, severity and parameters."""
        return self.call.setting(rule.id) or RuleSetting(rule=str(rule.id))

    @cached_property
    def placeholders(self) -> dict[str, str]:
        """Pointer → placeholder text, for every placeholder in the sketch (found once)."""
        return find_all(self.doc.data)

    def get(self, pointer: str) -> Any:
        return ptr.lookup(self.doc.data, pointer, MISSING)

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
        basis: BasisKind | None = None,
        source: Source | None = None,
        quote: str | None = None,
    ) -> Finding:
        """A finding of ``rule`` at ``pointer``. Its basis is ``basis`` when given (a part of a
        rule that rests on something else, e.g. one limit's own source), else the call's source
        for the rule, else the rule's own; sketchkit's advice is never more than a warning."""
        line, column = self.doc.where(pointer, key=at_key)
        if basis is None:
            basis, source, quote = self.basis_of(rule)
        top = ceiling(rule, self.call.setting(rule.id))
        if basis is BasisKind.ADVICE and top is Severity.ERROR:
            top = Severity.WARNING  # advice never blocks
        # A severity the rule chooses (a lesser case) is kept, but never above the call's.
        chosen = top if severity is None or _RANK[severity] > _RANK[top] else severity
        return Finding(rule.id, chosen, message, pointer, line, column, hint, basis, source, quote)

    def basis_of(self, rule: RuleInfo) -> tuple[BasisKind, Source | None, str | None]:
        """The rule's basis for this call: what the call's data says of it (its source and
        quoted words, or sketchkit's advice), else the rule's own."""
        return basis_for(rule, self.call.setting(rule.id))


Check = Callable[[Context], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    info: RuleInfo
    check: Check
