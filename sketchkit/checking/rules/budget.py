"""Budget arithmetic: the items add up to the total, and so does the financing."""

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
        "Budsjettpostene summerer til totalen, og egeninnsats pluss omsøkt er lik totalen.",
        "Budget items add up to the total, and own contribution plus requested equals it.",
    ),
    why=Msg(
        "Et budsjett som ikke går opp, svekker tilliten til hele skissen, og omsøkt beløp "
        "må kunne leses entydig.",
        "A budget that does not add up weakens trust in the whole sketch, and the amount "
        "requested must be unambiguous.",
    ),
    fix=Msg(
        "Regn ut summen på nytt og rett enten postene eller totalen.",
        "Add the figures up again and correct either the items or the total.",
    ),
)

_ITEMS = Msg(
    "budsjettpostene summerer til {sum}, men total_nok er {total} (differanse {diff})",
    "the budget items add up to {sum}, but total_nok is {total} (difference {diff})",
)
_FINANCE = Msg(
    "egeninnsats {own} + omsøkt {requested} = {sum}, men total_nok er {total}",
    "own contribution {own} + requested {requested} = {sum}, but total_nok is {total}",
)
_HINT = Msg(
    "Rett tallene så de stemmer; alle beløp er i hele kroner.",
    "Correct the figures so they agree; all amounts are in whole kroner.",
)


def check(ctx: Context) -> Iterator[Finding]:
    total = ctx.amount("/budget/total_nok")
    if total is None:
        return
    amounts = [ctx.amount(f"{p}/amount_nok") for p, _ in ctx.items("/budget/items")]
    if amounts and all(a is not None for a in amounts):
        items_sum = sum(a for a in amounts if a is not None)
        if items_sum != total:
            yield ctx.finding(
                INFO,
                "/budget/total_nok",
                _ITEMS(
                    ctx.lang,
                    sum=format_nok(items_sum),
                    total=format_nok(total),
                    diff=format_nok(total - items_sum),
                ),
                _HINT(ctx.lang),
            )
    own = ctx.amount("/budget/own_contribution_nok")
    requested = ctx.amount("/budget/requested_nok")
    if own is not None and requested is not None and own + requested != total:
        yield ctx.finding(
            INFO,
            "/budget/requested_nok",
            _FINANCE(
                ctx.lang,
                own=format_nok(own),
                requested=format_nok(requested),
                sum=format_nok(own + requested),
                total=format_nok(total),
            ),
            _HINT(ctx.lang),
        )


RULE = Rule(INFO, check)
