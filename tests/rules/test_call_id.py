"""call-id and call-unknown: the call the sketch names, against the call it is checked with."""

from __future__ import annotations

from sketchkit.calls import builtin_call_ids
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, WARNING, Found, findings

CALL = "innovasjonspartnerskap-2017"


def test_the_named_call_checked_against_itself_passes_spaces_and_all() -> None:
    assert findings("call: innovasjonspartnerskap-2017\n", call=CALL) == []
    assert findings("call: '  innovasjonspartnerskap-2017 '\n", call=CALL) == []
    assert findings("call: ' innovasjonspartnerskap-2017 '\n") == []


def test_another_call_given_with_call_warns() -> None:
    assert findings("call: ' innovasjonspartnerskap-2020'\n", call=CALL) == [
        Found(
            1,
            7,
            WARNING,
            RuleId.CALL_ID,
            "skissen er skrevet for «innovasjonspartnerskap-2020», men sjekkes mot "
            "«innovasjonspartnerskap-2017»",
            "Sett feltet call til utlysningens id (se sketchkit calls), eller bruk --call.",
        )
    ]


def test_in_english() -> None:
    assert findings("call: innovasjonspartnerskap-2099\n", call=CALL, lang=Lang.EN) == [
        Found(
            1,
            7,
            WARNING,
            RuleId.CALL_ID,
            "the sketch names 'innovasjonspartnerskap-2099' but is checked against "
            "'innovasjonspartnerskap-2017'",
            "Set the call field to the call's id (see sketchkit calls), or use --call.",
        )
    ]


def test_an_unknown_call_is_an_error_and_not_also_a_warning() -> None:
    known = ", ".join(builtin_call_ids())
    assert findings("call: innovasjonspartnerskap-2099\n") == [
        Found(
            1,
            7,
            ERROR,
            RuleId.CALL_UNKNOWN,
            "skissen oppgir utlysningen «innovasjonspartnerskap-2099», som sketchkit ikke kjenner; "
            "sjekket mot «innovasjonspartnerskap-2017»",
            f"Kjente utlysninger: {known}. Rett feltet call, eller bruk --call.",
        )
    ]
    assert findings("call: innovasjonspartnerskap-2099\n", lang=Lang.EN) == [
        Found(
            1,
            7,
            ERROR,
            RuleId.CALL_UNKNOWN,
            "the sketch names the call 'innovasjonspartnerskap-2099', which sketchkit does not "
            "know; checked against 'innovasjonspartnerskap-2017'",
            f"Known calls: {known}. Fix the call field, or use --call.",
        )
    ]


def test_an_empty_call_names_nothing() -> None:
    assert [f.rule for f in findings("call: ''\n", call=CALL)] == []
