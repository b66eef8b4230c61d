"""deadline to the minute: the 2020 call closed on 16 April 2020 at 17:00 Europe/Oslo.

The hour on both sides, a moment in another time zone, the day itself with --today, and the
command line's --now and --today forms.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sketchkit.calls import load_call
from sketchkit.checking.checker import CheckOptions, check_text
from sketchkit.checking.findings import Severity
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from tests.conftest import ROOT, run_cli
from tests.rules.sketch import Found, as_found

OSLO = ROOT / "examples" / "oslo-overvann-2020" / "skisse.yaml"
TEXT = OSLO.read_text(encoding="utf-8")
HINT = (
    "Sjekk om det finnes en nyere utlysning (sketchkit calls), og bruk --call for å sjekke "
    "skissen mot den."
)
CLOSED = Found(
    3,
    7,
    Severity.WARNING,
    RuleId.DEADLINE,
    "utlysningen «innovasjonspartnerskap-2020» stengte 2020-04-16 17:00 (Europe/Oslo)",
    HINT,
)
TODAY = Found(
    3,
    7,
    Severity.INFO,
    RuleId.DEADLINE,
    "utlysningen «innovasjonspartnerskap-2020» stenger i dag klokka 17:00 (Europe/Oslo)",
    "Send skissen i god tid før fristen; Innovasjon Norges frister gjelder til minuttet.",
)


def deadline(
    *, now: dt.datetime | None = None, today: dt.date | None = None, lang: Lang = Lang.NB
) -> list[Found]:
    result = check_text(
        TEXT,
        options=CheckOptions(lang=lang, now=now, today=today),
        folder=OSLO.parent,
        forced=load_call("innovasjonspartnerskap-2020", lang),
    )
    return [as_found(f) for f in result.findings if f.rule == RuleId.DEADLINE]


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (15, 59, [TODAY]),
        (16, 59, [TODAY]),
        (17, 0, [TODAY]),  # the deadline's own minute is in time
        (17, 1, [CLOSED]),
        (17, 30, [CLOSED]),
        (18, 0, [CLOSED]),
    ],
)
def test_the_hour_on_both_sides(hour: int, minute: int, expected: list[Found]) -> None:
    assert deadline(now=dt.datetime(2020, 4, 16, hour, minute)) == expected


def test_the_days_around_the_deadline() -> None:
    assert deadline(now=dt.datetime(2020, 4, 15, 23, 59)) == []
    assert deadline(now=dt.datetime(2020, 4, 17, 0, 0)) == [CLOSED]


def test_a_moment_in_another_time_zone_is_read_in_the_calls() -> None:
    # 15:00 UTC is 17:00 in Oslo (summer time, UTC+2): in time; 15:01 UTC is late.
    assert deadline(now=dt.datetime(2020, 4, 16, 15, 0, tzinfo=dt.UTC)) == [TODAY]
    assert deadline(now=dt.datetime(2020, 4, 16, 15, 1, tzinfo=dt.UTC)) == [CLOSED]


def test_today_is_the_first_minute_of_the_day() -> None:
    assert deadline(today=dt.date(2020, 4, 15)) == []
    assert deadline(today=dt.date(2020, 4, 16)) == [TODAY]
    assert deadline(today=dt.date(2020, 4, 17)) == [CLOSED]


def test_in_english() -> None:
    assert deadline(now=dt.datetime(2020, 4, 16, 17, 1), lang=Lang.EN) == [
        Found(
            3,
            7,
            Severity.WARNING,
            RuleId.DEADLINE,
            "the call 'innovasjonspartnerskap-2020' closed on 2020-04-16 17:00 (Europe/Oslo)",
            "Check for a newer call (sketchkit calls), and use --call to check the sketch "
            "against it.",
        )
    ]


def test_a_date_only_deadline_closes_at_the_end_of_the_day() -> None:
    # The 2017 call gives no time: open all of 21 August, with no "closes today" note.
    text = ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml"
    for moment, closed in (
        (dt.datetime(2017, 8, 21, 23, 59), False),
        (dt.datetime(2017, 8, 22), True),
    ):
        options = CheckOptions(now=moment, klarsprak=False)  # the deadline only
        result = check_text(text.read_text(encoding="utf-8"), options=options)
        assert [f.rule for f in result.findings] == ([RuleId.DEADLINE] if closed else [])


@pytest.mark.parametrize(
    ("args", "code", "line"),
    [
        (("--now", "2020-04-16T17:00"), 0, "1 info"),
        (("--now", "2020-04-16 17:01"), 0, "1 advarsel"),
        (("--now", "16.04.2020 17:30"), 0, "1 advarsel"),
        (("--now", "2020-04-16T15:30Z"), 0, "1 advarsel"),
        (("--now", "2020-04-16T17:00+02:00"), 0, "1 info"),
        (("--today", "16.04.2020"), 0, "1 info"),
        (("--today", "2020-04-17"), 0, "1 advarsel"),
    ],
)
def test_the_command_line_forms(
    args: tuple[str, str], code: int, line: str, tmp_path: Path
) -> None:
    folder = tmp_path / "skisse"
    shutil.copytree(OSLO.parent, folder)
    # The deadline only: the clear-language advice is tested in tests/language.
    (folder / "sketchkit.toml").write_text("[klarsprak]\nenabled = false\n", encoding="utf-8")
    r = run_cli("check", folder / OSLO.name, *args)
    assert r.exit_code == code
    assert line in r.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--now", "2020-04-16"), "--now må være dato og klokkeslett som 2020-04-16T17:30"),
        (("--now", "kl. 17"), "--now må være dato og klokkeslett"),
        (("--today", "16/04/2020"), "--today må være en dato som 2017-08-01 eller 01.08.2017"),
        (("--today", "2020-04-16", "--now", "2020-04-16T17:00"), "bruk enten --today eller --now"),
    ],
)
def test_bad_times_are_usage_errors(args: tuple[str, ...], message: str) -> None:
    r = run_cli("check", OSLO, *args)
    assert r.exit_code == 2
    assert message in r.stderr


@pytest.mark.parametrize("moment", ["0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00"])
def test_moments_at_the_ends_of_the_calendar_do_not_break(moment: str) -> None:
    assert run_cli("check", OSLO, "--now", moment).exit_code == 0
    assert run_cli("calls", "--now", moment).exit_code == 0


def test_calls_shows_the_time_zone_and_the_status_at_a_moment() -> None:
    out = run_cli("calls", "innovasjonspartnerskap-2020", "--now", "2020-04-16T17:00").stdout
    assert "Frist: 2020-04-16 17:00 (Europe/Oslo)\n" in out
    assert "Status 2020-04-16 17:00: åpen\n" in out
    late = run_cli("calls", "innovasjonspartnerskap-2020", "--now", "2020-04-16T17:01").stdout
    assert "Status 2020-04-16 17:01: stengt\n" in late
    listing = run_cli("calls", "--now", "2020-04-16T17:01").stdout
    assert "2020-04-16 17:00 (Europe/Oslo)  stengt" in listing


def test_closing_today_in_english() -> None:
    assert [
        (f.message, f.hint) for f in deadline(now=dt.datetime(2020, 4, 16, 9), lang=Lang.EN)
    ] == [
        (
            "the call 'innovasjonspartnerskap-2020' closes today at 17:00 (Europe/Oslo)",
            "Send the sketch well before the deadline; Innovasjon Norge's deadlines hold to the "
            "minute.",
        )
    ]
