from __future__ import annotations

import pytest

from sketchkit.core.identifiers import (
    display_org_number,
    email_ok,
    format_org_number,
    municipality_number_ok,
    org_check_digit,
    org_number_digits,
    phone_ok,
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


@pytest.mark.parametrize(
    ("first8", "digit"),
    [
        ("93000000", 0),  # weighted sum 27, remainder 0: the check digit is 0, not 11
        ("10000000", 8),  # remainder 3: 11 - 3
        ("91000000", 4),
        ("99000000", None),  # remainder 1: no digit makes a valid number
    ],
)
def test_check_digit_at_each_remainder(first8: str, digit: int | None) -> None:
    assert org_check_digit(first8) == digit


def test_check_digit_needs_exactly_eight_digits() -> None:
    with pytest.raises(ValueError):
        org_check_digit("1234567")


def test_nine_digits_with_no_break_spaces() -> None:
    assert org_number_digits("964\u00a0965\u00a0226") == "964965226"
    assert org_number_digits("964  965 226") is None


def test_display_formats_numbers_and_leaves_anything_else() -> None:
    assert display_org_number(" 964965226 ") == "964 965 226"
    assert display_org_number("abc") == "abc"
    assert format_org_number("12345") == "12345"


@pytest.mark.parametrize(
    ("text", "ok"),
    [("0301", True), (" 0301 ", True), ("301", False), ("03011", False), ("030a", False)],
)
def test_municipality_number_shape(text: str, ok: bool) -> None:
    assert municipality_number_ok(text) is ok


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("a@b.no", True),
        (" a@b.no ", True),
        ("ø@æ.no", True),
        ("a@b", False),
        ("a b@c.no", False),
        ("a@b.n", False),
        ("a@b.no.", False),
        ("a,b@c.no", False),
        ("a;b@c.no", False),
        ("a@b@c.no", False),
        ("<a@b.no>", False),
        ("a@b.c0", False),
        ("a@" + "b" * 249 + ".no", True),  # 254 characters: the longest address (RFC 5321)
        ("a@" + "b" * 250 + ".no", False),
    ],
)
def test_email_shape(email: str, ok: bool) -> None:
    assert email_ok(email) is ok


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("51507090", True),
        ("5150 7090", True),
        ("51-50-70-90", True),
        ("(51) 50.70.90", True),
        ("\u00a051507090", True),
        ("515070900", False),
        ("5150709", False),
        ("0047 51507090", True),  # 00 is the international prefix, as +
        ("0047 5150709", False),
        ("004651507090", True),
        ("+4751507090", True),
        ("+47515070900", False),  # +47 is followed by exactly 8 digits
        ("+46812345678", True),
        ("+1234567", True),  # 7 digits: the shortest international number
        ("+123456", False),
        ("+123456789012345", True),  # 15 digits: the longest (E.164)
        ("+1234567890123456", False),
        ("+0123456789", False),
        ("51507090" + " " * 32, True),  # 40 characters: the most sketchkit reads
        ("51507090" + " " * 33, False),
    ],
)
def test_phone_shape(phone: str, ok: bool) -> None:
    assert phone_ok(phone) is ok
