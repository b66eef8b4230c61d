"""Budget arithmetic in the scheme's model: what the project costs (the applicant's own costs
and the companies' development) covers what finances it (own contribution and the grant)."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.core.numbers import format_nok

INFO = RuleInfo(
    id=RuleId.BUDGET_SUM,
    severity=Severity.ERROR,
    summary=Msg(
        "Egeninnsats pluss omsøkt tilskudd er ikke mer enn prosjektet koster (egne kostnader "
        "pluss bedriftenes utviklingskostnader).",
        "Own contribution plus the grant applied for is no more than the project costs (own "
        "costs plus the companies' development costs).",
    ),
    why=Msg(
        "En skisse som finansierer mer enn prosjektet koster, motsier seg selv; tilskuddet "
        "går i hovedsak til bedriftenes utvikling, og tallene må kunne leses entydig.",
        "A sketch that finances more than the project costs contradicts itself; the grant "
        "mainly pays the companies' development, and the figures must be unambiguous.",
    ),
    fix=Msg(
        "Regn ut summene på nytt: egne kostnader (own_costs) pluss bedriftenes "
        "utviklingskostnader skal dekke egeninnsats pluss omsøkt tilskudd.",
        "Add the figures up again: own costs (own_costs) plus the companies' development "
        "costs must cover own contribution plus the grant applied for.",
    ),
    fields=(
        "/budget/own_costs/*/amount_nok",
        "/budget/companies_development_nok",
        "/budget/own_contribution_nok",
        "/budget/requested_nok",
    ),
)

_OVER = Msg(
    "egeninnsats {own} + omsøkt {requested} = {financing}, men prosjektet koster {cost} "
    "(egne kostnader {own_costs} + bedriftenes utvikling {development})",
    "own contribution {own} + requested {requested} = {financing}, but the project costs "
    "{cost} (own costs {own_costs} + the companies' development {development})",
)
_HINT = Msg(
    "Rett tallene så de stemmer; alle beløp er i hele kroner.",
    "Correct the figures so they agree; all amounts are in whole kroner.",
)


def check(ctx: Context) -> Iterator[Finding]:
    amounts = [ctx.amount(f"{p}/amount_nok") for p, _ in ctx.items("/budget/own_costs")]
    development = ctx.amount("/budget/companies_development_nok")
    own = ctx.amount("/budget/own_contribution_nok")
    requested = ctx.amount("/budget/requested_nok")
    if not amounts or None in amounts or None in (development, own, requested):
        return
    own_costs = sum(a for a in amounts if a is not None)
    assert development is not None and own is not None and requested is not None
    cost = own_costs + development
    if own + requested > cost:
        yield ctx.finding(
            INFO,
            "/budget/requested_nok",
            _OVER(
                ctx.lang,
                own=format_nok(own),
                requested=format_nok(requested),
                financing=format_nok(own + requested),
                cost=format_nok(cost),
                own_costs=format_nok(own_costs),
                development=format_nok(development),
            ),
            _HINT(ctx.lang),
        )


RULE = Rule(INFO, check)
