from __future__ import annotations

import pytest

from sketchkit.core.numbers import format_nok, parse_nok


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1000000", 1_000_000),
        ("1 000 000", 1_000_000),
        ("1.000.000", 1_000_000),
        ("1\u00a0000\u00a0000", 1_000_000),
        ("kr 1 250 000,-", 1_250_000),
        ("1 250 000 kr", 1_250_000),
        ("NOK 500 000", 500_000),
        ("1,5 mill.", 1_500_000),
        ("kr 1 mill.", 1_000_000),
        ("2 millioner", 2_000_000),
        ("0", 0),
    ],
)
def test_parse_nok_reads_norwegian_amounts(text: str, amount: int) -> None:
    assert parse_nok(text) == amount


@pytest.mark.parametrize("text", ["tre millioner", "1.5", "1 00 000", "12,5", "", "1.0000"])
def test_parse_nok_refuses_what_is_not_clear(text: str) -> None:
    assert parse_nok(text) is None


def test_format_nok_groups_with_no_break_spaces() -> None:
    assert format_nok(1_250_000) == "1\u00a0250\u00a0000\u00a0kr"
    assert format_nok(-5000, suffix=False) == "-5\u00a0000"
