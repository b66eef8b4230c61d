"""The planned purchase is in proportion to the development it pays for (anskaffelser.no)."""

from __future__ import annotations

from collections.abc import Iterator

from sketchkit.calls.model import ParamKind
from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Param, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.core.numbers import format_nok, format_number

INFO = RuleInfo(
    id=RuleId.PURCHASE_PROPORTION,
    severity=Severity.WARNING,
    summary=Msg(
        "Forventet verdi av kjøpet står i forhold til bedriftenes utviklingskostnader.",
        "The expected purchase value is in proportion to the companies' development costs.",
    ),
    why=Msg(
        "I et innovasjonspartnerskap må verdien av kjøpet stå i forhold til investeringen i "
        "utviklingen (anskaffelser.no). Et kjøp som er lite mot utviklingen, tyder på at "
        "anskaffelsesambisjonene ikke henger sammen med budsjettet.",
        "In an innovation partnership the purchase value must be in proportion to the "
        "development investment (anskaffelser.no). A purchase small against the development "
        "suggests that the procurement ambitions and the budget do not fit together.",
    ),
    fix=Msg(
        "Forklar i procurement.description hvem som skal kjøpe løsningen og i hvilket omfang, "
        "og oppgi et anslag i procurement.expected_purchase_value_nok.",
        "Explain in procurement.description who is to buy the solution and to what extent, "
        "and give an estimate in procurement.expected_purchase_value_nok.",
    ),
    params=(
        Param(
            "min_ratio",
            ParamKind.NUMBER,
            Msg(
                "minste forhold mellom kjøpets verdi og utviklingskostnadene (1 = like store)",
                "smallest ratio of purchase value to development costs (1 = equal)",
            ),
            required=True,
        ),
    ),
    # Without a source in the call's data, what the rule checks is sketchkit's advice.
    basis=BasisKind.ADVICE,
    default_on=False,
    fields=(
        "/procurement/expected_purchase_value_nok",
        "/budget/companies_development_nok",
    ),
)

_SMALL = Msg(
    "forventet kjøp {purchase} er lite mot bedriftenes utviklingskostnader {development} "
    "(under {ratio} ganger)",
    "the expected purchase {purchase} is small against the companies' development costs "
    "{development} (below {ratio} times)",
)


def check(ctx: Context) -> Iterator[Finding]:
    ratio = ctx.setting(INFO).number("min_ratio")
    purchase = ctx.amount("/procurement/expected_purchase_value_nok")
    development = ctx.amount("/budget/companies_development_nok")
    if ratio is None or purchase is None or development is None or development <= 0:
        return
    if purchase < ratio * development:
        yield ctx.finding(
            INFO,
            "/procurement/expected_purchase_value_nok",
            _SMALL(
                ctx.lang,
                purchase=format_nok(purchase),
                development=format_nok(development),
                ratio=format_number(ratio, ctx.lang),
            ),
            INFO.fix(ctx.lang),
        )


RULE = Rule(INFO, check)
