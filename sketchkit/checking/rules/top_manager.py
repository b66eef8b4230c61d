"""The top manager's title is the top of the administration for that kind of body, then.

Titles differ by kind of body and period (``rådmann`` before the 2018 kommunelov took effect in
October 2019, ``kommunedirektør`` after; Oslo and Bergen are governed by a «byråd»; a health
trust has an «administrerende direktør»), and an «ordfører» is a politician, not the
administration. The titles are data (``sketchkit/checking/data/top_managers.json``), the same
for every call: they depend on the body and the date, not on the call (a call may accept more
with its ``titles`` parameter). The 2017 call asks for
«topplederforankring»; which title shows it is sketchkit's advice, so this is a warning.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sketchkit.calls.model import ParamKind
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Param, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg, pick

INFO = RuleInfo(
    id=RuleId.TOP_MANAGER,
    severity=Severity.WARNING,
    summary=Msg(
        "Topplederen har tittelen til administrasjonens øverste leder for den typen "
        "virksomhet på utlysningens dato, og er ikke en folkevalgt.",
        "The top manager has the title of the administration's head for that kind of body "
        "on the call's date, and is not an elected politician.",
    ),
    why=Msg(
        "Utlysningen i 2017 krever topplederforankring. Øverste leder heter rådmann eller "
        "kommunedirektør i en kommune, byrådsleder eller byråd i Oslo og Bergen, og "
        "administrerende direktør i et helseforetak; en ordfører er politiker, ikke "
        "administrasjonens leder.",
        "The 2017 call requires top-management anchoring. The highest manager is the chief "
        "municipal executive in a municipality, the city government in Oslo and Bergen, and "
        "the chief executive in a health trust; a mayor is a politician, not the head of the "
        "administration.",
    ),
    fix=Msg(
        "Oppgi administrasjonens øverste leder og tittelen hennes eller hans slik den var på "
        "utlysningens dato.",
        "Name the head of the administration and their title as it was on the call's date.",
    ),
    basis=BasisKind.ADVICE,
    params=(
        Param(
            "titles",
            ParamKind.TEXTS,
            Msg(
                "flere titler utlysningen godtar som toppledelse, i tillegg til sketchkits "
                "liste per type virksomhet (hele ord, uansett store og små bokstaver)",
                "more titles the call accepts as top management, besides sketchkit's list "
                "per kind of body (whole words, any case)",
            ),
        ),
    ),
    fields=("/anchoring/top_manager/title",),
)

_DATA = Path(__file__).resolve().parent.parent / "data" / "top_managers.json"
_POINTER = "/anchoring/top_manager/title"
_POLITICAL = Msg(
    "«{title}» er et politisk verv, ikke administrasjonens øverste leder; forventet {expected}",
    "'{title}' is a political office, not the head of the administration; expected {expected}",
)
_NOT_TOP = Msg(
    "«{title}» er ikke tittelen til administrasjonens øverste leder hos denne søkeren på "
    "utlysningens dato; forventet {expected}",
    "'{title}' is not the title of the administration's head at this applicant on the "
    "call's date; expected {expected}",
)


@dataclass(frozen=True, slots=True)
class Body:
    """The top titles for one kind of body in one period (and, for some, certain municipalities)."""

    kind: str
    titles: tuple[str, ...]
    expected: dict[str, str]
    numbers: tuple[str, ...] = ()
    start: dt.date | None = None
    until: dt.date | None = None

    def fits(self, kind: object, number: str | None, day: dt.date) -> bool:
        if kind != self.kind or (self.numbers and number not in self.numbers):
            return False
        return (self.start is None or self.start <= day) and (
            self.until is None or day <= self.until
        )


@cache
def _data() -> tuple[tuple[Body, ...], tuple[str, ...]]:
    raw: dict[str, Any] = json.loads(_DATA.read_text(encoding="utf-8"))
    bodies = tuple(
        Body(
            kind=b["kind"],
            titles=tuple(b["titles"]),
            expected=dict(b["expected"]),
            numbers=tuple(b.get("municipality_numbers", ())),
            start=dt.date.fromisoformat(b["from"]) if "from" in b else None,
            until=dt.date.fromisoformat(b["until"]) if "until" in b else None,
        )
        for b in raw["bodies"]
    )
    return bodies, tuple(raw["political_offices"])


def _has(title: str, words: tuple[str, ...]) -> bool:
    lowered = title.casefold()
    return any(re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", lowered) for w in words)


def body_for(kind: object, number: str | None, day: dt.date) -> Body | None:
    """The titles that apply to the applicant: the first entry that fits its kind, its
    municipality number and the call's date."""
    return next((b for b in _data()[0] if b.fits(kind, number, day)), None)


def check(ctx: Context) -> Iterator[Finding]:
    title = ctx.text(_POINTER)
    if title is None:
        return
    number = ctx.text("/applicant/municipality_number")
    body = body_for(ctx.get("/applicant/kind"), number.strip() if number else None, _day(ctx))
    if body is None:
        return  # a kind sketchkit has no titles for: nothing to say
    expected = pick(body.expected, ctx.lang)
    political = _data()[1]
    if _has(title, political) and not _has(title, body.titles):
        yield ctx.finding(
            INFO, _POINTER, _POLITICAL(ctx.lang, title=title, expected=expected), INFO.fix(ctx.lang)
        )
    elif not _has(title, body.titles + ctx.setting(INFO).texts("titles")):
        yield ctx.finding(
            INFO, _POINTER, _NOT_TOP(ctx.lang, title=title, expected=expected), INFO.fix(ctx.lang)
        )


def _day(ctx: Context) -> dt.date:
    return ctx.call.deadline.date()


RULE = Rule(INFO, check)
