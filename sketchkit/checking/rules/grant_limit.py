"""The grant applied for lies within the call's maximum, range or the range of its tier."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sketchkit.calls.model import ParamKind
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Param, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg, pick
from sketchkit.core.numbers import format_nok

INFO = RuleInfo(
    id=RuleId.GRANT_LIMIT,
    severity=Severity.WARNING,
    summary=Msg(
        "Omsøkt tilskudd ligger innenfor utlysningens tak eller spenn (for prosjekttypen).",
        "The grant applied for lies within the call's maximum or range (for the project type).",
    ),
    why=Msg(
        "Utlysningen oppgir hvor mye ett prosjekt kan få; en søknad utenfor det passer ikke "
        "ordningen.",
        "The call says how much one project can get; an application outside that does not fit "
        "the scheme.",
    ),
    fix=Msg(
        "Juster omsøkt beløp (budget.requested_nok), eller velg riktig prosjekttype "
        "(budget.tier) der utlysningen har flere.",
        "Adjust the amount applied for (budget.requested_nok), or choose the right project "
        "type (budget.tier) where the call has several.",
    ),
    params=(
        Param("max_nok", ParamKind.INTEGER, Msg("største tilskudd (kr)", "largest grant (NOK)")),
        Param("min_nok", ParamKind.INTEGER, Msg("minste tilskudd (kr)", "smallest grant (NOK)")),
        Param(
            "tiers",
            ParamKind.TABLE,
            Msg(
                "prosjekttyper, hver med id, title_nb, title_en, min_nok og max_nok",
                "project types, each with id, title_nb, title_en, min_nok and max_nok",
            ),
        ),
    ),
    # Without a source in the call's data, what the rule checks is sketchkit's advice.
    basis=BasisKind.ADVICE,
    default_on=False,
    fields=(
        "/budget/requested_nok",
        "/budget/tier",
    ),
)

_ABOVE = Msg(
    "omsøkt {requested} er over taket {limit}{tier}",
    "requested {requested} is above the maximum {limit}{tier}",
)
_BELOW = Msg(
    "omsøkt {requested} er under det minste beløpet {limit}{tier}",
    "requested {requested} is below the smallest amount {limit}{tier}",
)
_FOR_TIER = Msg(" for «{tier}»", " for '{tier}'")
_NO_TIER = Msg(
    "utlysningen har flere prosjekttyper ({tiers}); oppgi hvilken i budget.tier",
    "the call has several project types ({tiers}); say which in budget.tier",
)
_UNKNOWN_TIER = Msg(
    "ukjent prosjekttype «{tier}»; utlysningen har: {tiers}",
    "unknown project type '{tier}'; the call has: {tiers}",
)


def _int(row: Mapping[str, object], key: str) -> int | None:
    value = row.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _title(row: Mapping[str, object], ctx: Context) -> str:
    texts = {k.removeprefix("title_"): str(v) for k, v in row.items() if k.startswith("title_")}
    # The row was chosen by its id, so it has one.
    return pick(texts, ctx.lang) if texts else str(row["id"])


def check(ctx: Context) -> Iterator[Finding]:
    setting = ctx.setting(INFO)
    tiers = setting.table("tiers")
    low, high, tier_name = setting.integer("min_nok"), setting.integer("max_nok"), ""
    if tiers:
        ids = ", ".join(str(row.get("id")) for row in tiers)
        chosen = ctx.text("/budget/tier")
        if chosen is None:
            if isinstance(ctx.get("/budget"), dict):
                yield ctx.finding(INFO, "/budget", _NO_TIER(ctx.lang, tiers=ids), at_key=True)
            return
        row = next((r for r in tiers if r.get("id") == chosen.strip()), None)
        if row is None:
            yield ctx.finding(INFO, "/budget/tier", _UNKNOWN_TIER(ctx.lang, tier=chosen, tiers=ids))
            return
        low, high = _int(row, "min_nok"), _int(row, "max_nok")
        tier_name = _FOR_TIER(ctx.lang, tier=_title(row, ctx))
    requested = ctx.amount("/budget/requested_nok")
    if requested is None:
        return
    if high is not None and requested > high:
        message = _ABOVE(
            ctx.lang, requested=format_nok(requested), limit=format_nok(high), tier=tier_name
        )
        yield ctx.finding(INFO, "/budget/requested_nok", message, INFO.fix(ctx.lang))
    elif low is not None and requested < low:
        message = _BELOW(
            ctx.lang, requested=format_nok(requested), limit=format_nok(low), tier=tier_name
        )
        yield ctx.finding(INFO, "/budget/requested_nok", message, INFO.fix(ctx.lang))


RULE = Rule(INFO, check)
