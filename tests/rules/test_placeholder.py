"""placeholder: what ``new`` writes (<<FYLL INN>>) and what people leave (TODO, TBD, XXX,
lorem ipsum) is an error; the same letters in prose are not."""

from __future__ import annotations

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, Found, check, findings

HINT = "Erstatt plassholderen med deres eget svar."


@pytest.mark.parametrize(
    ("title", "placeholder"),
    [
        ("TODO skriv tittel", "TODO"),
        ("Dette er TBD", "TBD"),
        ("XXX", "XXX"),
        ("Lorem ipsum dolor", "Lorem ipsum"),
        ("lorem ipsum", "lorem ipsum"),
        ("<<FYLL INN>>", "<<FYLL INN>>"),
        ("<<fyll inn: tittel>>", "<<fyll inn: tittel>>"),
        ("<< FILL IN >>", "<< FILL IN >>"),
    ],
)
def test_placeholders_are_errors(title: str, placeholder: str) -> None:
    assert findings(f"title: '{title}'\n") == [
        Found(1, 8, ERROR, RuleId.PLACEHOLDER, f"plassholderen «{placeholder}» står igjen", HINT)
    ]


@pytest.mark.parametrize(
    "title", ["todo: skriv mer", "TODOS", "MTBD", "XXXL", "Dolorem ipsum", "<<FYLL>>", "Tbd"]
)
def test_the_same_letters_in_prose_are_not(title: str) -> None:
    assert findings(f"title: '{title}'\n") == []


def test_in_a_list_and_in_english() -> None:
    case = """\
risks:
  - risk: Få leverandører melder interesse
    mitigation: Tidlig og bred markedsdialog, også med oppstartsbedrifter.
  - risk: <<FILL IN>>
    mitigation: Ansatte deltar i utformingen og får opplæring.
"""
    assert findings(case, lang=Lang.EN) == [
        Found(
            4,
            11,
            ERROR,
            RuleId.PLACEHOLDER,
            "the placeholder '<<FILL IN>>' is still there",
            "Replace the placeholder with your own answer.",
        )
    ]


def test_a_placeholder_is_the_one_finding_where_it_stands() -> None:
    # A title and a summary of one word each would break the length and title rules too.
    case = """\
summary: TODO
anchoring:
  top_manager:
    name: Per Hansen
    title: <<FYLL INN>>
  decision:
    body: Formannskapet i Stavanger kommune
    date: 2017-06-14
    reference: "Sak 112/17"
  commitment_letter: forpliktelseserklaering.pdf
  resources:
    person_months: 36
    budget_nok: 3 000 000
"""
    result = check(case)
    assert [(f.line, f.column, f.rule, f.message) for f in result.findings] == [
        (1, 10, RuleId.PLACEHOLDER, "plassholderen «TODO» står igjen"),
        (5, 12, RuleId.PLACEHOLDER, "plassholderen «<<FYLL INN>>» står igjen"),
    ]
    # The criterion whose field holds a placeholder is not met: the field is not answered.
    assert {c.criterion.id: c.status.value for c in result.criteria}["anchoring"] == "weak"
