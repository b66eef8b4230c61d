"""top-manager: the title reads as top management, matched as a whole word, any case."""

from __future__ import annotations

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, findings, with_rule

ANCHORING = """\
anchoring:
  top_manager:
    name: Per Hansen
    title: {title}
  decision:
    body: Formannskapet i Stavanger kommune
    date: 2017-06-14
    reference: "Sak 112/17"
  commitment_letter: forpliktelseserklaering.pdf
  resources:
    person_months: 36
    budget_nok: 3 000 000
"""
HINT = (
    "Oppgi virksomhetens øverste leder (rådmann/kommunedirektør, administrerende direktør, "
    "etatsdirektør) og hennes eller hans tittel."
)


@pytest.mark.parametrize(
    "title",
    ["Rådmann", "RÅDMANN", "Kommunedirektør i Stavanger", "Adm. dir.", "CEO", "Fungerende rådmann"],
)
def test_top_management_titles_pass(title: str) -> None:
    assert findings(ANCHORING.format(title=title)) == []


@pytest.mark.parametrize(
    "title", ["Prosjektleder", "Rådmannens stab", "Underdirektør", "Direktørens rådgiver"]
)
def test_other_titles_warn(title: str) -> None:
    assert findings(ANCHORING.format(title=title)) == [
        Found(
            4,
            12,
            WARNING,
            RuleId.TOP_MANAGER,
            f"«{title}» leses ikke som toppledelse; forventet f.eks. rådmann, kommunedirektør, "
            "fylkesrådmann",
            HINT,
        )
    ]


def test_in_english_with_the_calls_own_titles() -> None:
    call = with_rule(call_2017(), RuleId.TOP_MANAGER, titles=["mayor", "chief executive"])
    assert findings(ANCHORING.format(title="Rådmann"), call=call, lang=Lang.EN) == [
        Found(
            4,
            12,
            WARNING,
            RuleId.TOP_MANAGER,
            "'Rådmann' does not read as top management; expected e.g. mayor, chief executive",
            "Name the body's highest manager (chief municipal executive, CEO, director general) "
            "and their title.",
        )
    ]
    assert findings(ANCHORING.format(title="Acting Chief Executive"), call=call) == []


def test_a_call_that_does_not_apply_the_rule_accepts_any() -> None:
    call = with_rule(call_2017(), RuleId.TOP_MANAGER, applies=False)
    assert findings(ANCHORING.format(title="Prosjektleder"), call=call) == []
