"""deadline: a warning once the call has closed; the deadline day itself is still open."""

from __future__ import annotations

import datetime as dt

import pytest

from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.rules.sketch import ERROR, WARNING, Found, call_2017, check, findings

CALL = "call: innovasjonspartnerskap-2017\n"
HINT = (
    "Sjekk om det finnes en nyere utlysning (sketchkit calls), og bruk --call for å sjekke "
    "skissen mot den."
)
CLOSED = Found(
    1,
    7,
    WARNING,
    RuleId.DEADLINE,
    "utlysningen «innovasjonspartnerskap-2017» stengte 2017-08-21",
    HINT,
)


def test_the_deadline_day_itself_is_open() -> None:
    assert findings(CALL, today=dt.date(2017, 8, 21)) == []


def test_the_day_after_the_deadline_is_closed() -> None:
    assert findings(CALL, today=dt.date(2017, 8, 22)) == [CLOSED]
    assert [f.pointer for f in check(CALL, today=dt.date(2017, 8, 22)).findings] == ["/call"]


def test_long_after_the_deadline_in_english() -> None:
    assert findings(CALL, today=dt.date(2020, 1, 1), lang=Lang.EN) == [
        Found(
            1,
            7,
            WARNING,
            RuleId.DEADLINE,
            "the call 'innovasjonspartnerskap-2017' closed on 2017-08-21",
            "Check for a newer call (sketchkit calls), and use --call to check the sketch "
            "against it.",
        )
    ]


@pytest.mark.parametrize(
    ("deadline", "shown"),
    [
        (dt.datetime(2017, 8, 21, 23, 59), "2017-08-21"),  # the end of the day: the date alone
        # Changed with issue #11: a time of day comes with the call's time zone.
        (dt.datetime(2017, 8, 21, 17, 0), "2017-08-21 17:00 (Europe/Oslo)"),
        (dt.datetime(2017, 8, 21, 23, 0), "2017-08-21 23:00 (Europe/Oslo)"),
        (dt.datetime(2017, 8, 21, 12, 59), "2017-08-21 12:59 (Europe/Oslo)"),
    ],
)
def test_a_deadline_with_a_time_of_day_shows_it(deadline: dt.datetime, shown: str) -> None:
    assert findings(CALL, today=dt.date(2017, 8, 22), call=call_2017(deadline=deadline)) == [
        CLOSED._replace(message=f"utlysningen «innovasjonspartnerskap-2017» stengte {shown}")
    ]


def test_without_a_call_field_the_finding_is_on_the_document() -> None:
    # The sketch names no call: the finding points at the document, not at a field.
    result = check("# kommentar\nlanguage: nb\n", drop=["call"], today=dt.date(2017, 8, 22))
    assert [(f.rule, f.pointer) for f in result.findings] == [
        (RuleId.DEADLINE, ""),
        (RuleId.SCHEMA_REQUIRED, "/call"),
    ]
    assert findings("# kommentar\nlanguage: nb\n", drop=["call"], today=dt.date(2017, 8, 22)) == [
        Found(2, 1, WARNING, RuleId.DEADLINE, CLOSED.message, HINT),
        Found(
            2,
            1,
            ERROR,
            RuleId.SCHEMA_REQUIRED,
            "feltet «Utlysning» (call) mangler",
            "Hvilken utlysning skissen svarer på, som utlysningens id.",
        ),
    ]
