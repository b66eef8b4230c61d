from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.suppressions import parse
from tests.conftest import BAD

TODAY = CheckOptions(today=dt.date(2017, 8, 1))


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


def test_suppression_with_a_reason_silences_the_finding(tmp_path: Path) -> None:
    text = (
        (BAD / "top-manager.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "# expect: top-manager",
            "# sketchkit: ignore[top-manager] rådmannen signerer erklæringen",
        )
    )
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(text, encoding="utf-8")
    (tmp_path / "forpliktelseserklaering.pdf").write_bytes(
        (BAD / "forpliktelseserklaering.pdf").read_bytes()
    )
    result = check_file(sketch, replace(TODAY, klarsprak=False))  # advice: tests/language
    assert result.findings == ()
    assert {c.status.value for c in result.criteria} == {"met"}


def test_errors_can_be_silenced_too_and_exit_code_follows(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    text = (
        (BAD / "contact-phone.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "# expect: contact", "# sketchkit: ignore[contact] sentralbordet har bare 6 siffer"
        )
    )
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(text, encoding="utf-8")
    (tmp_path / "forpliktelseserklaering.pdf").write_bytes(
        (BAD / "forpliktelseserklaering.pdf").read_bytes()
    )
    assert run_cli("check", sketch, "--today", "2017-08-01").exit_code == 0
