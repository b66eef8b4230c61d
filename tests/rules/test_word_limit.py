"""word-limit: prose within the call's limits; above a maximum an error, below a minimum a
warning; words counted as a reader counts them (e-post is one word)."""

from __future__ import annotations

import dataclasses

import pytest

from sketchkit.calls import Limit
from sketchkit.calls.model import Basis, RuleSetting, Source
from sketchkit.checking.findings import BasisKind, Severity
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules.word_limit import count_words
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, call_2017, check, findings

MAX_HINT = "Kort ned teksten; flytt detaljer til vedlegg."
MIN_HINT = "Utdyp teksten: hva, hvem, hvor mye og hvorfor."


def words(n: int) -> str:
    return " ".join(f"ord{i}" for i in range(n))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("e-post", 1),
        ("Nord-Norge og Sør-Trøndelag", 3),
        ("tre-fire-fem", 1),
        ("o'Connor og Anne’s", 3),
        ("bl.a. og f.eks.", 3),
        ("3 000 000 kr", 4),
        ("- – — ... ,", 0),
        ("æøå ÆØÅ", 2),
        ("slutt-", 1),
    ],
)
def test_words_are_counted_as_a_reader_counts_them(text: str, count: int) -> None:
    assert count_words(text) == count


def test_a_title_of_60_characters_passes_and_61_warns_as_advice() -> None:
    assert findings(f"title: {'x' * 60}\n") == []
    assert findings(f"title: {'x' * 61}\n") == [
        Found(1, 8, WARNING, RuleId.WORD_LIMIT, "kan ha høyst 60 tegn; har 61", MAX_HINT)
    ]


def test_characters_are_counted_without_surrounding_spaces() -> None:
    assert findings(f"title: '  {'x' * 60}  '\n") == []


def test_a_summary_of_30_words_passes_and_29_warns() -> None:
    assert findings(f"summary: {words(30)}\n") == []
    assert findings(f"summary: {words(29)}\n") == [
        Found(1, 10, WARNING, RuleId.WORD_LIMIT, "må ha minst 30 ord; har 29", MIN_HINT)
    ]


def test_hyphenated_words_count_once_against_the_limit() -> None:
    # 28 words and two hyphenated ones: 30 words, not 32 and not 28.
    assert findings(f"summary: {words(28)} e-post Nord-Norge\n") == []
    assert findings(f"summary: {words(27)} e-post Nord-Norge\n") == [
        Found(1, 10, WARNING, RuleId.WORD_LIMIT, "må ha minst 30 ord; har 29", MIN_HINT)
    ]


def test_a_summary_of_150_words_passes_and_151_warns_as_advice() -> None:
    assert findings(f"summary: {words(150)}\n") == []
    assert findings(f"summary: {words(151)}\n") == [
        Found(1, 10, WARNING, RuleId.WORD_LIMIT, "kan ha høyst 150 ord; har 151", MAX_HINT)
    ]


def test_every_item_of_a_list_is_measured() -> None:
    case = """\
risks:
  - risk: Få leverandører melder interesse
    mitigation: Tidlig dialog.
  - risk: Ansatte tar ikke løsningen i bruk
    mitigation: Ansatte deltar i utformingen.
  - risk: Prosjektet blir forsinket
    mitigation: Ukentlig oppfølging.
"""
    assert findings(case, lang=Lang.EN) == [
        Found(
            3,
            17,
            WARNING,
            RuleId.WORD_LIMIT,
            "must have at least 4 words; has 2",
            "Expand the text: what, who, how much and why.",
        ),
        Found(
            7,
            17,
            WARNING,
            RuleId.WORD_LIMIT,
            "must have at least 4 words; has 2",
            "Expand the text: what, who, how much and why.",
        ),
    ]


def test_limits_in_characters_both_ways_in_english() -> None:
    call = call_2017(limits=(Limit("/title", min_chars=10, max_chars=20),))
    assert findings("title: 123456789\n", call=call, lang=Lang.EN) == [
        Found(
            1,
            8,
            WARNING,
            RuleId.WORD_LIMIT,
            "must have at least 10 characters; has 9",
            "Expand the text: what, who, how much and why.",
        )
    ]
    assert findings("title: '1234567890'\n", call=call) == []
    assert findings("title: '12345678901234567890'\n", call=call) == []
    assert findings("title: '123456789012345678901'\n", call=call, lang=Lang.EN) == [
        Found(
            1,
            8,
            WARNING,
            RuleId.WORD_LIMIT,
            "may have at most 20 characters; has 21",
            "Shorten the text; move details to an attachment.",
        )
    ]


def test_words_and_characters_at_once() -> None:
    call = call_2017(limits=(Limit("/title", min_words=3, max_words=4, max_chars=12),))
    assert findings("title: ab cd ef gh ij\n", call=call, lang=Lang.EN) == [
        Found(
            1,
            8,
            WARNING,
            RuleId.WORD_LIMIT,
            "may have at most 4 words; has 5",
            "Shorten the text; move details to an attachment.",
        ),
        Found(
            1,
            8,
            WARNING,
            RuleId.WORD_LIMIT,
            "may have at most 12 characters; has 14",
            "Shorten the text; move details to an attachment.",
        ),
    ]
    assert findings("title: ab cd\n", call=call) == [
        Found(1, 8, WARNING, RuleId.WORD_LIMIT, "må ha minst 3 ord; har 2", MIN_HINT)
    ]
    assert findings("title: ab cd ef\n", call=call) == []


def test_messages_in_bokmal_for_characters() -> None:
    call = call_2017(limits=(Limit("/title", min_chars=10),))
    assert findings("title: kort\n", call=call) == [
        Found(1, 8, WARNING, RuleId.WORD_LIMIT, "må ha minst 10 tegn; har 4", MIN_HINT)
    ]


def test_a_pattern_for_a_field_the_sketch_lacks_is_no_finding() -> None:
    call = call_2017(
        limits=(Limit("/partners/*/role", min_words=3), Limit("/nothing/here", min_words=3))
    )
    assert findings("", call=call) == []


def test_only_a_limit_with_the_calls_source_is_an_error() -> None:
    """Issue #11: sketchkit's own limits are advice (warnings); a limit the call's source sets
    may be an error, and the finding names that source and its words."""
    source = Source("template", "Utlysningens skissemal")
    sourced = Limit("/title", max_chars=20, basis=Basis(source, "Tittel: høyst 20 tegn"))
    own = Limit("/summary", max_words=3)
    base = call_2017()
    call = dataclasses.replace(
        base,
        limits=(sourced, own),
        rules={**base.rules, "word-limit": RuleSetting("word-limit", basis=Basis(source, "…"))},
    )
    result = check("title: '123456789012345678901'\nsummary: en to tre fire\n", call=call)
    assert [(f.line, f.severity, f.basis, f.source, f.quote) for f in result.findings] == [
        (1, Severity.ERROR, BasisKind.CALL, source, "Tittel: høyst 20 tegn"),
        (2, Severity.WARNING, BasisKind.ADVICE, None, None),
    ]


def test_a_minimum_the_call_sets_is_still_only_a_warning() -> None:
    # Below a minimum the text is thin, not cut off: the portal takes it either way.
    source = Source("template", "Utlysningens skissemal")
    sourced = Limit("/summary", min_words=5, basis=Basis(source, "Sammendrag: minst 5 ord"))
    base = call_2017()
    call = dataclasses.replace(
        base,
        limits=(sourced,),
        rules={**base.rules, "word-limit": RuleSetting("word-limit", basis=Basis(source, "…"))},
    )
    result = check("summary: en to tre fire\n", call=call)
    assert [(f.line, f.severity, f.basis, f.source) for f in result.findings] == [
        (1, Severity.WARNING, BasisKind.CALL, source)
    ]
