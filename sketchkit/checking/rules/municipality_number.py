"""Municipality and county numbers and names, as they were on the call's date.

Numbers change with reforms: Bergen is 1201 in 2017 and 4601 in 2020, and Hordaland and Sogn og
Fjordane became Vestland in 2020. A number that is not in use on the call's date is wrong for
that call, and the message says what the number was or became then (SSB's lists, kept as data in
``sketchkit/checking/data/``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sketchkit.checking import codelists
from sketchkit.checking.codelists import County, Unit
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import MISSING, Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import municipality_number_ok

INFO = RuleInfo(
    id=RuleId.MUNICIPALITY_NUMBER,
    severity=Severity.ERROR,
    summary=Msg(
        "Kommunenummeret har fire siffer og er i bruk på utlysningens dato; navn på kommuner "
        "og fylkeskommuner finnes på den datoen.",
        "The municipality number has four digits and is in use on the call's date; names of "
        "municipalities and counties exist on that date.",
    ),
    why=Msg(
        "Kommune- og fylkesnumre endres ved reformer (2018, 2020, 2024): Bergen er 1201 i 2017 "
        "og 4601 i 2020. Et nummer fra en annen periode peker på feil kommune eller ingen.",
        "Municipality and county numbers change with reforms (2018, 2020, 2024): Bergen is "
        "1201 in 2017 and 4601 in 2020. A number from another period points at the wrong "
        "municipality or none.",
    ),
    fix=Msg(
        "Skriv nummeret som gjaldt på utlysningens dato, med fire siffer og ledende null, "
        "f.eks. «0301» for Oslo. SSBs kommuneliste for året har alle numrene.",
        "Write the number in use on the call's date, four digits with the leading zero, e.g. "
        "'0301' for Oslo. Statistics Norway's list for the year has every number.",
    ),
    basis=BasisKind.INTEGRITY,
    fields=(
        "/applicant/municipality_number",
        "/applicant/kind",
        "/applicant/name",
        "/partners/*/name",
    ),
)

_POINTER = "/applicant/municipality_number"
_REQUIRED = Msg(
    "søkeren er en kommune, men kommunenummer (municipality_number) mangler",
    "the applicant is a municipality, but municipality_number is missing",
)
_REQUIRED_HINT = Msg(
    'Legg til f.eks. municipality_number: "1103" under applicant.',
    'Add e.g. municipality_number: "1103" under applicant.',
)
_SHAPE = Msg(
    "«{value}» er ikke et kommunenummer: det skal ha nøyaktig 4 siffer",
    "'{value}' is not a municipality number: it must have exactly 4 digits",
)
_SHAPE_HINT = Msg(
    'Behold ledende null og skriv nummeret i anførselstegn: "0301".',
    'Keep the leading zero and quote the number: "0301".',
)
_ENDED = Msg(
    "kommunenummeret {value} ({name}) gjaldt til {end}; på utlysningens dato {day} er "
    "nummeret {now}",
    "municipality number {value} ({name}) was in use until {end}; on the call's date {day} "
    "the number is {now}",
)
_NOT_YET = Msg(
    "kommunenummeret {value} ({name}) gjelder fra {start}; på utlysningens dato {day} var "
    "nummeret {then}",
    "municipality number {value} ({name}) is in use from {start}; on the call's date {day} "
    "the number was {then}",
)
_NEVER = Msg(
    "{value} er ikke noe kommunenummer på utlysningens dato {day}",
    "{value} is no municipality number on the call's date {day}",
)
_COUNTY = Msg(
    "kommunenummeret {value} begynner med {county}, som ikke er noe fylkesnummer",
    "municipality number {value} starts with {county}, which is no county number",
)
_COUNTY_HINT = Msg(
    "De to første sifrene er fylket. Sjekk nummeret hos SSB.",
    "The first two digits are the county. Check the number with Statistics Norway.",
)
_CHANGED_HINT = Msg(
    "Skriv nummeret som gjaldt på utlysningens dato.",
    "Write the number that was in use on the call's date.",
)
_NEVER_HINT = Msg(
    "Sjekk nummeret i SSBs kommuneliste for {year}; de to første sifrene er fylket.",
    "Check the number in Statistics Norway's list for {year}; the first two digits are the county.",
)
_OTHER_NAME = Msg(
    "kommunenummeret {value} er {name} på utlysningens dato, men søkeren heter «{applicant}»",
    "municipality number {value} is {name} on the call's date, but the applicant is "
    "called '{applicant}'",
)
_OTHER_NAME_HINT = Msg(
    "Rett nummeret eller navnet så de viser til samme kommune.",
    "Correct the number or the name so both refer to the same municipality.",
)
_NAME_ENDED = Msg(
    "«{body}»: {name} ({number}) fantes til {end}; på utlysningens dato {day} er det {now}",
    "'{body}': {name} ({number}) existed until {end}; on the call's date {day} it is {now}",
)
_NAME_NOT_YET = Msg(
    "«{body}»: {name} ({number}) finnes fra {start}; på utlysningens dato {day} var det {then}",
    "'{body}': {name} ({number}) exists from {start}; on the call's date {day} it was {then}",
)
_NAME_HINT = Msg(
    "Bruk navnet virksomheten hadde på utlysningens dato.",
    "Use the name the body had on the call's date.",
)
_OR = Msg(" eller ", " or ")
_AND = Msg(" og ", " and ")
_SUFFIX = {"municipality": " kommune", "county_municipality": " fylkeskommune"}


def _listed(units: Sequence[Unit], lang: Lang, joiner: Msg) -> str:
    if not units:
        return ""
    *before, last = [f"{u.number} ({u.name})" for u in units]
    return ", ".join(before) + joiner(lang) + last if before else last


def _day(ctx: Context) -> dt.date:
    """The call's date: the numbers a sketch for this call must use are those in use then."""
    return ctx.call.deadline.date()


def _covered(day: dt.date) -> bool:
    """Whether the code lists reach back to ``day`` (they begin on 2017-01-01)."""
    return day >= codelists.municipalities()[0].valid_from


def _number(ctx: Context, value: str) -> Iterator[Finding]:
    day, number = _day(ctx), value.strip()
    if not _covered(day) or codelists.municipality(number, day) is not None:
        return  # before the lists begin sketchkit cannot tell
    moved = _moved(number, day, ctx.lang)
    if moved is not None:
        yield ctx.finding(INFO, _POINTER, moved, _CHANGED_HINT(ctx.lang))
        return
    if not codelists.county_history(number[:2]):
        yield ctx.finding(
            INFO,
            _POINTER,
            _COUNTY(ctx.lang, value=number, county=number[:2]),
            _COUNTY_HINT(ctx.lang),
        )
        return
    yield ctx.finding(
        INFO,
        _POINTER,
        _NEVER(ctx.lang, value=number, day=day.isoformat()),
        _NEVER_HINT(ctx.lang, year=day.year),
    )


def _moved(number: str, day: dt.date, lang: Lang) -> str | None:
    """What a number in use before or after ``day`` became or was on it (a merger or a split
    names several); None when it was never in use or leads nowhere on ``day``."""
    periods = codelists.history(number)
    iso = day.isoformat()
    last = next((u for u in reversed(periods) if u.valid_to is not None and u.valid_to < day), None)
    if last is not None and last.valid_to is not None:
        end = last.valid_to
        if now := _listed(codelists.became(number, end, day), lang, _OR):
            return _ENDED(lang, value=number, name=last.name, end=end.isoformat(), day=iso, now=now)
    first = next((u for u in periods if u.valid_from > day), None)
    if first is not None:
        start = first.valid_from
        if then := _listed(codelists.was(number, start, day), lang, _OR):
            return _NOT_YET(
                lang, value=number, name=first.name, start=start.isoformat(), day=iso, then=then
            )
    return None


def _short_name(body: str, kind: object) -> str | None:
    """``Bergen`` from ``Bergen kommune``; None when the name does not end as its kind does."""
    suffix = _SUFFIX.get(kind) if isinstance(kind, str) else None
    if suffix is None or not body.casefold().endswith(suffix):
        return None
    return body[: -len(suffix)].strip() or None


def _about(unit: Unit, body: str, day: dt.date) -> dict[str, str]:
    return {"body": body, "name": unit.name, "number": unit.number, "day": day.isoformat()}


def _named(ctx: Context, pointer: str, body: str, kind: object) -> Iterator[Finding]:
    """A municipality or county named in a body's name that did not exist on the call's date."""
    short = _short_name(body, kind)
    if short is None:
        return
    day = _day(ctx)
    if not _covered(day):
        return
    found: Sequence[Unit] = (
        codelists.municipalities_named(short)
        if kind == "municipality"
        else codelists.counties_named(short)
    )
    if not found or any(u.valid_on(day) for u in found):
        return
    # Not in use on the day: what it last was before it (Vestfold, 07 until 2019, is 38 in
    # 2021, although a new Vestfold, 39, comes in 2024), else what it first is after it.
    ended = [u for u in found if u.valid_to is not None and u.valid_to < day]
    if ended:
        latest = max(ended, key=lambda u: u.valid_from)
        assert latest.valid_to is not None
        now = _listed(_now(latest, day), ctx.lang, _OR)
        said = _about(latest, body, day)
        message = _NAME_ENDED(ctx.lang, **said, end=latest.valid_to.isoformat(), now=now)
    else:
        first = min(found, key=lambda u: u.valid_from)
        then = _listed(_then(first, day), ctx.lang, _AND)
        said = _about(first, body, day)
        message = _NAME_NOT_YET(ctx.lang, **said, start=first.valid_from.isoformat(), then=then)
    yield ctx.finding(INFO, pointer, message, _NAME_HINT(ctx.lang), severity=Severity.WARNING)


def _now(unit: Unit, day: dt.date) -> tuple[Unit, ...]:
    assert unit.valid_to is not None
    if isinstance(unit, County):
        return tuple(c for n in unit.became for c in [codelists.county(n, day)] if c is not None)
    return codelists.became(unit.number, unit.valid_to, day)


def _then(unit: Unit, day: dt.date) -> tuple[Unit, ...]:
    if isinstance(unit, County):
        return tuple(c for c in codelists.counties() if c.valid_on(day) and unit.number in c.became)
    return codelists.was(unit.number, unit.valid_from, day)


def check(ctx: Context) -> Iterator[Finding]:
    reported = False  # the applicant's number already said what is wrong with its name
    value = ctx.get(_POINTER)
    kind = ctx.get("/applicant/kind")
    if value is MISSING or value is None:
        if kind == "municipality":
            # sketchkit's own format asks for it; no call does, so it is advice.
            yield ctx.finding(
                INFO,
                _POINTER,
                _REQUIRED(ctx.lang),
                _REQUIRED_HINT(ctx.lang),
                severity=Severity.WARNING,
                basis=BasisKind.ADVICE,
            )
    elif isinstance(value, str):
        if not municipality_number_ok(value):
            yield ctx.finding(INFO, _POINTER, _SHAPE(ctx.lang, value=value), _SHAPE_HINT(ctx.lang))
            return
        problems = list(_number(ctx, value))
        reported = bool(problems)
        yield from problems
        name = ctx.text("/applicant/name")
        unit = codelists.municipality(value.strip(), _day(ctx))
        if kind == "municipality" and unit is not None and name is not None:
            short = _short_name(name, kind)
            if short is not None and short.casefold() != unit.short_name.casefold():
                yield ctx.finding(
                    INFO,
                    "/applicant/name",
                    _OTHER_NAME(ctx.lang, value=value.strip(), name=unit.name, applicant=name),
                    _OTHER_NAME_HINT(ctx.lang),
                    severity=Severity.WARNING,
                )
    bodies = [] if reported else [("/applicant", ctx.get("/applicant"))]
    bodies += ctx.items("/partners")
    for pointer, body in bodies:
        if isinstance(body, dict) and isinstance(body.get("name"), str):
            yield from _named(ctx, f"{pointer}/name", body["name"].strip(), body.get("kind"))


RULE = Rule(INFO, check)
