from __future__ import annotations

import datetime as dt
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.suppressions import parse

# The rules only: suppressing clear-language advice is tested in tests/language.
TODAY = CheckOptions(today=dt.date(2017, 8, 1), klarsprak=False)


def test_trailing_comment_silences_its_own_line() -> None:
    (s,) = parse("title: x  # sketchkit: ignore[word-limit, top-manager] vedtatt slik\n")
    assert (s.line, s.target, s.rules, s.reason) == (
        1,
        1,
        ("word-limit", "top-manager"),
        "vedtatt slik",
    )


def test_comment_alone_silences_the_next_line_with_content() -> None:
    (s,) = parse("a: 1\n# sketchkit: ignore[x] grunn\n\n# mer\nb: 2\n")
    assert (s.line, s.target) == (2, 5)


def test_suppression_with_a_reason_silences_the_finding(tmp_sketch: Path) -> None:
    title = "title: Seksjonsleder for IT"
    text = tmp_sketch.read_text(encoding="utf-8").replace("title: Rådmann", title)
    tmp_sketch.write_text(text, encoding="utf-8")
    assert [f.rule for f in check_file(tmp_sketch, TODAY).findings] == ["top-manager"]
    reason = "  # sketchkit: ignore[top-manager] rådmannen signerer erklæringen"
    tmp_sketch.write_text(text.replace(title, title + reason), encoding="utf-8")
    result = check_file(tmp_sketch, TODAY)
    assert result.findings == ()
    assert {c.status.value for c in result.criteria} == {"met"}


def test_errors_can_be_silenced_too_and_exit_code_follows(tmp_sketch: Path) -> None:
    from tests.conftest import run_cli

    text = tmp_sketch.read_text(encoding="utf-8").replace(
        "phone: +47 51 50 70 90",
        'phone: "51 50 70"  # sketchkit: ignore[contact] sentralbordet har bare 6 siffer',
    )
    sketch = tmp_sketch
    sketch.write_text(text, encoding="utf-8")
    assert run_cli("check", sketch, "--today", "2017-08-01").exit_code == 0


def test_a_reason_left_as_the_editors_placeholder_is_no_reason() -> None:
    from sketchkit.checking.checker import check_text

    text = (
        "title: Prosjekt\n"
        "applicant:\n"
        "  org_number: 964 965 227  # sketchkit: ignore[org-number] <<begrunnelse>>\n"
    )
    result = check_text(text)
    said = [f.message for f in result.findings if f.rule == "suppression"]
    assert said == ["undertrykkelsen av org-number mangler begrunnelse"]
