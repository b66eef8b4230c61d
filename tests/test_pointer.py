"""JSON Pointers (RFC 6901) and the walk up from one to the root."""

from __future__ import annotations

import pytest

from sketchkit.core import pointer as ptr


@pytest.mark.parametrize(
    ("token", "escaped"),
    [("plain", "plain"), ("a/b", "a~1b"), ("a~b", "a~0b"), ("~/", "~0~1"), ("~1", "~01")],
)
def test_escape_and_unescape_round_trip(token: str, escaped: str) -> None:
    assert ptr.escape(token) == escaped
    assert ptr.unescape(escaped) == token


def test_join_escapes_the_token_and_takes_indices() -> None:
    assert ptr.join("", "a/b") == "/a~1b"
    assert ptr.join("/plan/phases", 2) == "/plan/phases/2"


def test_parts_unescape_each_token() -> None:
    assert ptr.parts("") == []
    assert ptr.parts("/") == [""]
    assert ptr.parts("/a~1b/c~0d/0") == ["a/b", "c~d", "0"]


@pytest.mark.parametrize(
    ("pointer", "up"),
    [
        ("/plan/phases/2", "/plan/phases"),
        ("/plan", ""),
        ("", ""),
        ("/", ""),
        # Not a pointer (no leading "/"): the root, never the text itself, so a walk up ends.
        ("title", ""),
        ("plan/phases", "plan"),
    ],
)
def test_parent_is_always_shorter_until_the_root(pointer: str, up: str) -> None:
    assert ptr.parent(pointer) == up


@pytest.mark.parametrize(
    ("pointer", "ancestor", "within"),
    [
        ("/a", "/a", True),
        ("/a/b", "/a", True),
        ("/ab", "/a", False),
        ("/a", "/a/b", False),
        ("/a", "", True),
    ],
)
def test_is_within(pointer: str, ancestor: str, within: bool) -> None:
    assert ptr.is_within(pointer, ancestor) is within


@pytest.mark.parametrize(
    ("pointer", "shown"),
    [
        ("/plan/phases/2/end", "plan.phases[2].end"),
        ("/risks/0", "risks[0]"),
        ("/0/a", "[0].a"),
        ("", "(rot)"),
    ],
)
def test_dotted(pointer: str, shown: str) -> None:
    assert ptr.dotted(pointer) == shown


def test_lookup_walks_mappings_and_lists_and_says_missing() -> None:
    from sketchkit.core.pointer import lookup

    data = {"a": [{"b": 1}, {"c/d": 2}], "e": None}
    assert lookup(data, "/a/0/b") == 1
    assert lookup(data, "/a/1/c~1d") == 2
    assert lookup(data, "/e", "missing") is None
    assert lookup(data, "", "missing") is data
    for absent in ("/a/2", "/a/x", "/a/0/b/c", "/f", "/a/-1"):
        assert lookup(data, absent, "missing") == "missing"
