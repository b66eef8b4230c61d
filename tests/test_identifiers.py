from __future__ import annotations

import pytest

from sketchkit.core.identifiers import (
    format_org_number,
    org_check_digit,
    org_number_digits,
)


@pytest.mark.parametrize("number", ["986399445", "912660680", "964965226", "123456785"])
def test_real_numbers_pass(number: str) -> None:
    assert org_check_digit(number[:8]) == int(number[8])


def test_check_digit_from_the_domain_notes() -> None:
    assert org_check_digit("12345678") == 5


def test_remainder_one_means_no_valid_number() -> None:
    # 3*1 + 2*0 ... chosen so the weighted sum is 1 mod 11
    first8 = next(
        f"{n:08d}" for n in range(10_000_000, 10_100_000) if org_check_digit(f"{n:08d}") is None
    )
    assert org_check_digit(first8) is None


@pytest.mark.parametrize(
    ("text", "digits"),
    [("964 965 226", "964965226"), ("964965226", "964965226"), (" 964 965226 ", "964965226")],
)
def test_digits_allow_spaces(text: str, digits: str) -> None:
    assert org_number_digits(text) == digits


@pytest.mark.parametrize("text", ["96496522", "9649652260", "964-965-226", "abc"])
def test_wrong_shapes_have_no_digits(text: str) -> None:
    assert org_number_digits(text) is None


def test_format() -> None:
    assert format_org_number("964965226") == "964 965 226"
