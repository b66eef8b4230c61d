from __future__ import annotations

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.core.numbers import format_nok, format_number, parse_nok


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


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (" 1 000 ", 1_000),
        ("1'000'000", 1_000_000),
        ("1\u202f000", 1_000),
        ("KR 1 000", 1_000),
        ("kr. 500", 500),
        ("500 kr.", 500),
        ("500 nok", 500),
        ("nok500", 500),
        ("500,00", 500),
        ("500,0", 500),
        ("500.-", 500),
        ("1 000,-", 1_000),
        ("0001", 1),
        ("1 000 000 000", 1_000_000_000),
        ("1.5 MILL.", 1_500_000),
        ("1,5 mill. nok", 1_500_000),
        ("5 mnok", 5_000_000),
        ("5 mill kr", 5_000_000),
        ("5 mill. kr", 5_000_000),
        ("12 millions", 12_000_000),
        ("3 million", 3_000_000),
        ("1,123456 mill", 1_123_456),  # six decimals of a million: whole kroner
        ("0,000001 mill", 1),
    ],
)
def test_parse_nok_edge_cases(text: str, amount: int) -> None:
    assert parse_nok(text) == amount


@pytest.mark.parametrize("text", ["1 0000", "1,5", "-1000", "kr", "1,1234567 mill"])
def test_parse_nok_refuses_edge_cases(text: str) -> None:
    assert parse_nok(text) is None


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (0, "0\u00a0kr"),
        (999, "999\u00a0kr"),
        (1000, "1\u00a0000\u00a0kr"),
        (-1, "-1\u00a0kr"),
        (-1_000_000, "-1\u00a0000\u00a0000\u00a0kr"),
    ],
)
def test_format_nok_edge_cases(amount: int, shown: str) -> None:
    assert format_nok(amount) == shown
    assert format_nok(amount, suffix=False) == shown.removesuffix("\u00a0kr")


@pytest.mark.parametrize(
    ("value", "decimals", "nb", "en"),
    [
        (True, None, "true", "true"),  # as YAML writes it, not Python's True
        (False, None, "false", "false"),
        (4.8, None, "4,8", "4.8"),
        (4, None, "4", "4"),
        (1_000_000, None, "1000000", "1000000"),  # whole numbers in full, never 1e+06
        (4, 1, "4,0", "4.0"),
        (2.345, 2, "2,35", "2.35"),
    ],
)
def test_format_number_as_a_reader_of_each_language_writes_it(
    value: float, decimals: int | None, nb: str, en: str
) -> None:
    assert format_number(value, Lang.NB, decimals) == nb
    assert format_number(value, Lang.NN, decimals) == nb
    assert format_number(value, Lang.EN, decimals) == en


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1 000 000", 1_000_000),
        ("1 000\u00a0000", 1_000_000),  # kinds of space are one way of grouping
        ("1\u202f000 000", 1_000_000),
        ("1.000.000", 1_000_000),
        ("1'000'000", 1_000_000),
        ("1.000 000", None),  # two ways in one amount: a typo or a decimal, not a guess
        ("1 000.000", None),
        ("1'000.000", None),
        ("1 000'000", None),
    ],
)
def test_parse_nok_groups_one_way_throughout(text: str, amount: int | None) -> None:
    assert parse_nok(text) == amount


def test_an_amount_may_be_64_characters_long_and_not_one_more() -> None:
    from sketchkit.core.numbers import MAX_AMOUNT_CHARS

    text = "kr 1 000" + " " * (MAX_AMOUNT_CHARS - 10) + ",-"
    assert len(text) == MAX_AMOUNT_CHARS and parse_nok(text) == 1000
    assert parse_nok(text + " ") == 1000  # surrounding spaces are not part of it
    assert parse_nok("kr 1 000 " + " " * (MAX_AMOUNT_CHARS - 10) + ",-") is None


@pytest.mark.parametrize(
    ("value", "whole"),
    [
        (4, 4),
        (99e6, 99_000_000),
        (1.0, 1),
        (1.5, None),
        (float("inf"), None),
        (True, None),
        ("4", None),
    ],
)
def test_whole_number_takes_every_way_of_writing_a_whole_number(
    value: object, whole: int | None
) -> None:
    from sketchkit.core.numbers import whole_number

    result = whole_number(value)
    assert result == whole and (result is None or type(result) is int)
