"""Cost savings: positive, and believable against what the area costs today."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.calls.model import ParamKind
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import Context, Param, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.core.numbers import format_nok

INFO = RuleInfo(
    id=RuleId.COST_SAVINGS,
    severity=Severity.ERROR,
    summary=Msg(
        "Forventet besparelse er positiv og ikke større enn dagens kostnad.",
        "Expected savings are positive and no larger than today's cost.",
    ),
    why=Msg(
        "Utlysningen ber om løsninger som senker utgiftene i offentlige budsjetter; "
        "tallene må henge sammen for å være troverdige.",
        "The call asks for solutions that lower public expenditure; the figures must hang "
        "together to be believed.",
    ),
    fix=Msg(
        "Oppgi dagens årlige kostnad og en forventet årlig besparelse som er en rimelig "
        "andel av den, og forklar forutsetningene.",
        "Give today's annual cost and an expected annual saving that is a reasonable share "
        "of it, and explain the assumptions.",
    ),
    params=(
        Param(
            "warn_share",
            ParamKind.NUMBER,
            Msg(
                "andel av dagens kostnad der en besparelse må begrunnes godt (0.5 = 50 %)",
                "share of today's cost above which a saving needs a strong case (0.5 = 50 %)",
            ),
        ),
    ),
    default_on=False,
    fields=(
        "/benefits/cost_savings/expected_annual_savings_nok",
        "/benefits/cost_savings/baseline_annual_cost_nok",
    ),
)

_SAVINGS = "/benefits/cost_savings/expected_annual_savings_nok"
_BASELINE = "/benefits/cost_savings/baseline_annual_cost_nok"
_NOT_POSITIVE = Msg(
    "forventet årlig besparelse må være større enn 0; er {value}",
    "expected annual savings must be above 0; is {value}",
)
_ABOVE = Msg(
    "forventet årlig besparelse {savings} er større enn dagens årlige kostnad {baseline}",
    "expected annual savings {savings} exceed today's annual cost {baseline}",
)
_HIGH = Msg(
    "forventet årlig besparelse er {share} % av dagens kostnad; over {limit} % må begrunnes godt",
    "expected annual savings are {share} % of today's cost; above {limit} % needs a strong case",
)
_HIGH_HINT = Msg(
    "Forklar i assumptions hvordan en så stor besparelse kan nås.",
    "Explain in assumptions how such a large saving can be reached.",
)


def check(ctx: Context) -> Iterator[Finding]:
    savings = ctx.amount(_SAVINGS)
    if savings is None:
        return
    if savings <= 0:
        yield ctx.finding(INFO, _SAVINGS, _NOT_POSITIVE(ctx.lang, value=format_nok(savings)))
        return
    baseline = ctx.amount(_BASELINE)
    if baseline is None or baseline <= 0:
        return
    if savings > baseline:
        yield ctx.finding(
            INFO,
            _SAVINGS,
            _ABOVE(ctx.lang, savings=format_nok(savings), baseline=format_nok(baseline)),
        )
        return
    warn_share = ctx.setting(INFO).number("warn_share")
    if warn_share is not None and savings > warn_share * baseline:
        share = round(100 * savings / baseline)
        yield ctx.finding(
            INFO,
            _SAVINGS,
            _HIGH(ctx.lang, share=share, limit=f"{100 * warn_share:g}"),
            _HIGH_HINT(ctx.lang),
            severity=Severity.WARNING,
        )


RULE = Rule(INFO, check)
