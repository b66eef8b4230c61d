"""A valid base sketch and small inline changes to it, for the per-rule tests (yamllint's style).

The base is examples/stavanger-hjemmetjenester/skisse.yaml, which has no findings on
2017-08-01. A case is a piece of YAML with one or more whole top-level sections; ``sketch(case)``
puts the case first and the base's other sections after it, so line 1 of the case is line 1 of
the sketch and every expected line and column reads straight off the test::

    assert findings('''
        budget:
          items:
            - item: A
              amount_nok: 1
          total_nok: 2
    ''') == [Found(5, 14, ERROR, RuleId.BUDGET_SUM, "budsjettpostene summerer til …", "Rett …")]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from sketchkit.calls import Call, load_call
from sketchkit.calls.model import RuleSetting
from sketchkit.checking.checker import CheckOptions, FileResult, check_text
from sketchkit.checking.findings import Finding, Severity
from sketchkit.core.i18n import Lang
from tests.conftest import ROOT

EXAMPLE_DIR = ROOT / "examples" / "stavanger-hjemmetjenester"
BASE = (EXAMPLE_DIR / "skisse.yaml").read_text(encoding="utf-8")
TODAY = dt.date(2017, 8, 1)  # before the 2017 call's deadline, 2017-08-21 23:59

ERROR = Severity.ERROR
WARNING = Severity.WARNING
INFO = Severity.INFO
NBSP = "\u00a0"  # format_nok groups digits with no-break spaces


def kr(amount: str) -> str:
    """``1 000`` as format_nok writes it: no-break spaces and the unit after them."""
    return amount.replace(" ", NBSP) + f"{NBSP}kr"


_SECTION = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):")


class Found(NamedTuple):
    """A finding as a test states it: everything the user sees of it."""

    line: int
    column: int
    severity: Severity
    rule: str
    message: str
    hint: str | None = None


def call_2017(**changes: Any) -> Call:
    """The 2017 call, with some of its facts changed (a deadline, a limit, a list of titles)."""
    return dataclasses.replace(load_call("innovasjonspartnerskap-2017", Lang.NB), **changes)


def with_rule(call: Call, rule: str, **params: Any) -> Call:
    """``call`` with ``rule``'s parameters changed; a parameter given as None is removed, and
    ``applies=False`` turns the rule off (the call data's ``rules:`` entry, edited)."""
    old = call.setting(rule) or RuleSetting(rule=str(rule))
    applies = params.pop("applies", old.applies)
    merged = {k: v for k, v in {**old.params, **params}.items() if v is not None}
    new = dataclasses.replace(old, params=merged, applies=applies)
    return dataclasses.replace(call, rules={**call.rules, str(rule): new})


def _sections(text: str) -> dict[str, str]:
    """Top-level key → its block of lines, in order; what precedes the first key is dropped."""
    out: dict[str, str] = {}
    key: str | None = None
    for line in text.splitlines(keepends=True):
        m = _SECTION.match(line)
        if m:
            key = m.group("key")
            out[key] = ""
        if key is not None:
            out[key] += line
    return out


def sketch(case: str = "", *, drop: Iterable[str] = ()) -> str:
    """The base sketch with the sections ``case`` writes replaced by it (first), and the
    sections named in ``drop`` removed."""
    text = textwrap.dedent(case).lstrip("\n")
    if text and not text.endswith("\n"):
        text += "\n"
    replaced = set(_sections(text)) | set(drop)
    rest = [block for key, block in _sections(BASE).items() if key not in replaced]
    return text + "".join(rest)


def as_found(f: Finding) -> Found:
    return Found(f.line, f.column, f.severity, f.rule, f.message, f.hint)


def check(
    case: str = "",
    *,
    drop: Iterable[str] = (),
    today: dt.date = TODAY,
    lang: Lang = Lang.NB,
    folder: Path | None = EXAMPLE_DIR,
    call: str | Call | None = None,
) -> FileResult:
    forced = load_call(call, lang) if isinstance(call, str) else call
    return check_text(
        sketch(case, drop=drop),
        # The rules only: the clear-language advice is tested in tests/language.
        options=CheckOptions(lang=lang, today=today, klarsprak=False),
        folder=folder,
        forced=forced,
    )


def findings(
    case: str = "",
    *,
    drop: Iterable[str] = (),
    today: dt.date = TODAY,
    lang: Lang = Lang.NB,
    folder: Path | None = EXAMPLE_DIR,
    call: str | Call | None = None,
) -> list[Found]:
    """Every finding on the base sketch changed by ``case``, in report order."""
    result = check(case, drop=drop, today=today, lang=lang, folder=folder, call=call)
    return [as_found(f) for f in result.findings]


def plan(*phases: tuple[str, str, str]) -> str:
    """A ``plan:`` case of ``(phase, start, end)``; phase i's ``phase:`` is on line 3 + 4i,
    its ``start:`` on line 4 + 4i (column 14) and its ``end:`` on line 5 + 4i (column 12)."""
    out = "plan:\n  phases:\n"
    for kind, start, end in phases:
        out += (
            f"    - phase: {kind}\n      start: {start}\n      end: {end}\n"
            "      description: Fire ord i beskrivelsen.\n"
        )
    return out


APPLICANT = """\
applicant:
  name: Stavanger kommune
  org_number: {org_number}
  kind: {kind}
  municipality_number: {municipality_number}
  contact:
    name: Kari Nordmann
    role: Prosjektleder
    email: {email}
    phone: {phone}
"""


def applicant(
    *,
    org_number: str = "964 965 226",
    kind: str = "municipality",
    municipality_number: str = '"1103"',
    email: str = "kari.nordmann@stavanger.kommune.no",
    phone: str = "51 50 70 90",
) -> str:
    """An ``applicant:`` case: org_number on line 3 (column 15), municipality_number on line 5
    (column 24), email on line 9 and phone on line 10 (column 12)."""
    return APPLICANT.format(
        org_number=org_number,
        kind=kind,
        municipality_number=municipality_number,
        email=email,
        phone=phone,
    )
