from __future__ import annotations

import tracemalloc

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.input.yamldoc import (
    MAX_DEPTH,
    MAX_NODES,
    MAX_NUMBER_DIGITS,
    MAX_SCALAR_CHARS,
    YamlProblemKind,
    load,
    resolve_plain,
)

# A file past 64 KB is composed by the counting Python composer instead of libyaml's; both
# draw the limits at the same place. The padding is a comment line, so lines shift by one.
BIG_PAD = "# " + "x" * 70_000 + "\n"


def _load(text: str) -> object:
    doc, problems = load(text, Lang.NB)
    assert problems == []
    assert doc is not None
    return doc.data


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("land: NO", {"land": "NO"}),
        ("a: yes\nb: off\nc: On\nd: n", {"a": "yes", "b": "off", "c": "On", "d": "n"}),
        ("kommunenummer: 0301", {"kommunenummer": "0301"}),
        ("dato: 2017-08-21", {"dato": "2017-08-21"}),
        ("tid: 2017-08-21 12:00:00", {"tid": "2017-08-21 12:00:00"}),
        ("n: 1103", {"n": 1103}),
        ("n: -4", {"n": -4}),
        ("x: 1.5", {"x": 1.5}),
        ("x: 1.000.000", {"x": "1.000.000"}),
        ("x: 1 000 000", {"x": "1 000 000"}),
        ("x: 0x1F", {"x": "0x1F"}),
        ("x: .inf", {"x": ".inf"}),
        ("x: true\ny: False", {"x": True, "y": False}),
        ("x: ~\ny: null\nz:", {"x": None, "y": None, "z": None}),
        ("x: 'NO'", {"x": "NO"}),
        ('x: "0301"', {"x": "0301"}),
    ],
)
def test_values_are_read_as_meant(text: str, value: object) -> None:
    assert _load(text) == value


def test_resolve_plain_keeps_leading_zero_numbers_as_text() -> None:
    assert resolve_plain("007") == "007"
    assert resolve_plain("0") == 0


def test_positions_are_one_based_and_point_at_values_and_keys() -> None:
    doc, _ = load("a:\n  b: [1, 2]\n  c: tekst\n", Lang.NB)
    assert doc is not None
    assert doc.positions["/a/b/1"] == (2, 10)
    assert doc.positions["/a/c"] == (3, 6)
    assert doc.key_positions["/a/c"] == (3, 3)
    assert doc.where("/a/missing") == (1, 1)  # the parent's key
    assert doc.where("/a/b/7") == (2, 3)  # the key of the nearest present ancestor


def test_raw_text_is_kept_for_plain_non_text_values() -> None:
    doc, _ = load("n: 0964965226\nm: 964965226\nx: 1.000\n", Lang.NB)
    assert doc is not None
    assert doc.raw == {"/m": "964965226", "/x": "1.000"}


def test_duplicate_key_names_both_lines_and_keeps_the_first() -> None:
    doc, problems = load("title: A\nother: 1\ntitle: B\n", Lang.EN)
    assert doc is not None
    assert doc.data == {"title": "A", "other": 1}
    (p,) = problems
    assert (p.kind, p.line, p.column, p.pointer) == (YamlProblemKind.DUPLICATE_KEY, 3, 1, "/title")
    assert p.message == "the field 'title' appears twice: on line 1 and line 3"


def test_syntax_error_is_a_problem_with_position() -> None:
    doc, problems = load("a: 1\nb: c: d\n", Lang.EN)
    assert doc is None
    (p,) = problems
    assert (p.kind, p.line, p.column) == (YamlProblemKind.SYNTAX, 2, 5)
    assert p.message == "YAML error: a colon where none is allowed"
    assert p.hint is not None and "quotes" in p.hint


def test_tab_indentation_gets_a_yaml_specific_hint() -> None:
    _, problems = load("a:\n\tb: 1\n", Lang.NB)
    (p,) = problems
    assert p.line == 2
    assert p.hint is not None and "Tabulator" in p.hint


def test_several_documents_are_refused() -> None:
    _, problems = load("a: 1\n---\nb: 2\n", Lang.EN)
    assert problems[0].message == "YAML error: the file holds several documents (---)"


def test_keys_that_are_not_text_are_reported() -> None:
    doc, problems = load("? [a, b]\n: 1\nc: 2\n", Lang.NB)
    assert doc is not None and doc.data == {"c": 2}
    assert problems[0].line == 1


def test_crlf_line_endings_keep_line_numbers() -> None:
    doc, _ = load("a: 1\r\nb: 2\r\nc: x\r\n", Lang.NB)
    assert doc is not None
    assert doc.positions["/c"] == (3, 4)
    assert doc.data == {"a": 1, "b": 2, "c": "x"}


def test_deep_nesting_is_refused() -> None:
    text = "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    doc, problems = load(text, Lang.EN)
    assert doc is None
    assert problems[-1].kind is YamlProblemKind.LIMITS


def alias_bomb() -> str:
    """A billion values on paper ("billion laughs"): nine levels of ten aliases each."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 10)}]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_with_bounded_memory() -> None:
    tracemalloc.start()
    doc, problems = load(alias_bomb(), Lang.EN)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert doc is None
    assert problems[-1].kind is YamlProblemKind.LIMITS
    assert "anchors" in problems[-1].message
    # A billion values would take gigabytes; the limit stops it within bounds.
    assert peak < 100 * 1024 * 1024


def test_recursive_alias_is_refused() -> None:
    doc, problems = load("a: &a [*a]\n", Lang.EN)
    assert doc is None or problems
    if doc is None:
        assert problems[-1].kind in (YamlProblemKind.LIMITS, YamlProblemKind.SYNTAX)


@pytest.mark.timeout(5)
@pytest.mark.parametrize(("pointer", "where"), [("title", (1, 1)), ("a/b", (1, 1))])
def test_where_ends_for_text_that_is_no_pointer(pointer: str, where: tuple[int, int]) -> None:
    # It used to loop forever: the parent of "title" was "title".
    doc, _ = load("a:\n  b: 1\n", Lang.NB)
    assert doc is not None
    assert doc.where(pointer) == where


def test_an_error_past_the_last_line_has_its_place_and_no_tab_hint() -> None:
    # The mark is on the line after the text: there is no line to look for a tab in.
    doc, problems = load("a: [1,\n\t2", Lang.NB)
    assert doc is None
    assert [(p.message, p.hint, p.line, p.column) for p in problems] == [
        (
            "YAML-feil: en liste i klammer [ … ] er ikke lukket",
            "Sjekk at hver [ har sin ], og at elementene skilles med komma. Sett tekst som "
            "inneholder komma eller klammer, i anførselstegn.",
            3,
            1,
        )
    ]


def test_control_characters_are_a_syntax_problem_at_the_character() -> None:
    doc, problems = load("a: \x07\n", Lang.EN)
    assert doc is None
    (p,) = problems
    assert (p.kind, p.pointer, p.line, p.column) == (YamlProblemKind.SYNTAX, "", 1, 4)
    assert p.message == (
        "YAML error: the character U+0007 is a control character, not allowed in a sketch"
    )
    assert p.hint == (
        "Delete the character; it often comes from copying from another program. If it belongs "
        "there, write it as \\x07 in a text in double quotes."
    )


@pytest.mark.parametrize(
    ("source", "line", "column", "escape"),
    [
        ("\na: \x01\n", 2, 4, "\\x01"),  # a line break first still counts
        ("a: 1\r\nb: \xa0x\x9f\n", 2, 6, "\\x9f"),  # NBSP is allowed, C1 controls are not
        ("a: \ufffe\n", 1, 4, "\\ufffe"),  # beyond Latin-1: the four-digit escape
        (BIG_PAD + "a: \x01\n", 2, 4, "\\x01"),  # a big file: the same place
    ],
)
def test_a_control_character_is_placed_and_escaped(
    source: str, line: int, column: int, escape: str
) -> None:
    doc, problems = load(source, Lang.EN)
    assert doc is None
    assert [(p.line, p.column) for p in problems] == [(line, column)]
    assert f"write it as {escape} in a text" in (problems[0].hint or "")


def test_an_empty_document_has_no_values_and_every_place_is_the_start() -> None:
    doc, problems = load("# bare en kommentar\n", Lang.NB)
    assert doc is not None and problems == []
    assert (doc.data, doc.positions, doc.where("/title"), doc.where("")) == (
        None,
        {},
        (1, 1),
        (1, 1),
    )


def test_where_prefers_the_key_only_when_asked() -> None:
    doc, _ = load("a:\n  b: 1\n", Lang.NB)
    assert doc is not None
    assert doc.where("/a/b") == (2, 6)
    assert doc.where("/a/b", key=True) == (2, 3)
    assert doc.where("/a/c", key=True) == (1, 1)  # missing: its parent's key
    assert doc.where("/a") == (2, 3)  # a section's value starts at its first key


@pytest.mark.parametrize(
    ("text", "where", "tab"),
    [
        ("\ta: 1\n", (1, 1), True),  # a tab on the first line
        ("a: 1\n@\tb\n", (2, 1), False),  # a tab after the error's column is not its cause
    ],
)
def test_the_tab_hint_looks_up_to_the_errors_column(
    text: str, where: tuple[int, int], tab: bool
) -> None:
    doc, problems = load(text, Lang.EN)
    assert doc is None
    (p,) = problems
    assert (p.kind, p.pointer, p.line, p.column) == (YamlProblemKind.SYNTAX, "", *where)
    assert p.message == "YAML error: a character here cannot start a value"
    assert (
        p.hint == "A tab in the indentation: YAML needs spaces. Replace the tabs with spaces."
    ) is tab


def test_problems_of_the_whole_file_point_at_no_field() -> None:
    for text in ("a: b: c\n", "a: " + "[" * 5000 + "]" * 5000):
        _, problems = load(text, Lang.NB)
        assert [p.pointer for p in problems] == [""]


LIMIT_HINT_EN = (
    "A sketch needs only a few levels and a few hundred values. Remove the anchors and write "
    "the values out."
)


def test_limits_in_english_with_the_place_they_stopped_at() -> None:
    deep = "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    many = "a: [" + ",".join(["x"] * (MAX_NODES - 1)) + "]"
    long = "a: " + "x" * (MAX_SCALAR_CHARS + 1)
    found = []
    for text in (deep, many, long):
        doc, problems = load(text, Lang.EN)
        assert doc is None
        found += [(p.kind, p.message, p.hint, p.pointer) for p in problems]
    assert found == [
        (
            YamlProblemKind.LIMITS,
            f"the structure is nested deeper than {MAX_DEPTH} levels",
            LIMIT_HINT_EN,
            "/a" + "/0" * MAX_DEPTH,
        ),
        (
            YamlProblemKind.LIMITS,
            f"the document expands to over {MAX_NODES} values (perhaps &anchors and *aliases "
            "that multiply)",
            LIMIT_HINT_EN,
            f"/a/{MAX_NODES - 2}",
        ),
        (
            YamlProblemKind.LIMITS,
            f"a value has {MAX_SCALAR_CHARS + 1} characters; the limit is {MAX_SCALAR_CHARS}",
            LIMIT_HINT_EN,
            "/a",
        ),
    ]


def test_duplicate_and_bad_keys_in_english_with_their_pointers() -> None:
    doc, problems = load("s:\n  a: 1\n  a: 2\n  ? [x]\n  : 3\n", Lang.EN)
    assert doc is not None and doc.source.startswith("s:\n")
    assert [(p.message, p.hint, p.pointer) for p in problems] == [
        (
            "the field 'a' appears twice: on line 2 and line 3",
            "Delete one of them. sketchkit uses the first (line 2).",
            "/s/a",
        ),
        ("a field name must be text", None, "/s"),
    ]


def test_block_body_is_the_blocks_lines_as_written() -> None:
    from sketchkit.input.yamldoc import block_body

    lines = ["a: >", "  Første linje", "", "  - punkt", "    fortsatt", "b: |", "c: x"]
    assert block_body(lines, 1) == ["Første linje", "", "- punkt", "  fortsatt"]
    assert block_body(lines, 6) == []  # an empty block: the next line is the parent's
    assert block_body(lines, 0) == [] and block_body(lines, 8) == []
    # Line 0 is no line: not the last one read from the end, which would take what precedes it.
    assert block_body(["  x", "a: >"], 0) == []


# The small path stops while building values and names the place; the big one stops while
# composing, before any value is built (its pointer is empty): each must stop on its own.
DEEPEST = "/a" + "/0" * MAX_DEPTH


@pytest.mark.parametrize(
    ("pad", "first", "where"), [("", 1, DEEPEST), (BIG_PAD, 2, "")], ids=["small", "big"]
)
def test_the_depth_limit_is_the_same_for_small_and_big_files(
    pad: str, first: int, where: str
) -> None:
    deepest_allowed = "a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH
    too_deep = "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    doc, problems = load(pad + deepest_allowed, Lang.EN)
    assert doc is not None and problems == []
    doc, problems = load(pad + too_deep, Lang.EN)
    assert doc is None
    assert [(p.kind, p.message, p.pointer, p.line, p.column) for p in problems] == [
        (
            YamlProblemKind.LIMITS,
            f"the structure is nested deeper than {MAX_DEPTH} levels",
            where,
            first,
            MAX_DEPTH + 4,
        )
    ]


@pytest.mark.parametrize(
    ("pad", "first", "where"),
    [("", 1, f"/a/{MAX_NODES - 2}"), (BIG_PAD, 2, "")],
    ids=["small", "big"],
)
def test_the_value_limit_is_the_same_for_small_and_big_files(
    pad: str, first: int, where: str
) -> None:
    # The top mapping and the list are values too: MAX_NODES - 2 items fill the limit.
    full = "a: [" + ",".join(["x"] * (MAX_NODES - 2)) + "]"
    over = "a: [" + ",".join(["x"] * (MAX_NODES - 1)) + "]"
    doc, problems = load(pad + full, Lang.EN)
    assert doc is not None and problems == [] and len(doc.data["a"]) == MAX_NODES - 2
    doc, problems = load(pad + over, Lang.EN)
    assert doc is None
    assert [(p.kind, p.message, p.pointer, p.line, p.column) for p in problems] == [
        (
            YamlProblemKind.LIMITS,
            f"the document expands to over {MAX_NODES} values (perhaps &anchors and *aliases "
            "that multiply)",
            where,
            first,
            5 + 2 * (MAX_NODES - 2),  # the item past the limit
        )
    ]


@pytest.mark.parametrize(
    ("pad", "first", "where"),
    [("", 1, "/a/1" + "/0" * (MAX_DEPTH - 1)), (BIG_PAD, 2, "")],
    ids=["small", "big"],
)
def test_depth_is_counted_down_again_after_a_sibling(pad: str, first: int, where: str) -> None:
    # «[x]» first, then the deep list: the level after the sibling is its parent's again.
    def nested(levels: int) -> str:
        return "a: [[x], " + "[" * levels + "]" * levels + "]"

    doc, problems = load(pad + nested(MAX_DEPTH - 1), Lang.EN)
    assert doc is not None and problems == []
    doc, problems = load(pad + nested(MAX_DEPTH), Lang.EN)
    assert doc is None
    assert [(p.message, p.pointer, p.line, p.column) for p in problems] == [
        (f"the structure is nested deeper than {MAX_DEPTH} levels", where, first, MAX_DEPTH + 9)
    ]


def test_an_alias_of_an_anchored_key_counts_too() -> None:
    # A key is no value, but what an alias of it stands for is one, each time it is used.
    aliases = ",".join(["*k"] * MAX_NODES)
    doc, problems = load(BIG_PAD + f"&k a: 1\n? [{aliases}]\n: 1\n", Lang.EN)
    assert doc is None
    assert [(p.kind, p.pointer, p.line) for p in problems] == [(YamlProblemKind.LIMITS, "", 3)]


def test_a_big_file_counts_what_an_alias_stands_for() -> None:
    doc, problems = load(BIG_PAD + alias_bomb(), Lang.EN)
    assert doc is None
    assert [(p.kind, p.message, p.pointer, p.line, p.column) for p in problems] == [
        (
            YamlProblemKind.LIMITS,
            f"the document expands to over {MAX_NODES} values (perhaps &anchors and *aliases "
            "that multiply)",
            "",
            5,
            36,
        )
    ]
    # A few aliases of a small anchor are fine; an alias's value is placed where it was defined.
    doc, problems = load(BIG_PAD + "a: &a [1, 2]\nb: [*a, *a]\n", Lang.EN)
    assert problems == [] and doc is not None
    assert doc.data == {"a": [1, 2], "b": [[1, 2], [1, 2]]}
    assert doc.positions["/b/1"] == doc.positions["/a"] == (2, 4)


def test_a_number_longer_than_the_limit_stays_text_and_is_reported() -> None:
    doc, problems = load("a: 1\nb: " + "9" * MAX_NUMBER_DIGITS + "\n", Lang.EN)
    assert doc is not None and problems == [] and doc.data["b"] == int("9" * MAX_NUMBER_DIGITS)
    doc, problems = load("a: 1\nb: " + "9" * (MAX_NUMBER_DIGITS + 1) + "\n", Lang.EN)
    assert doc is not None and doc.data["b"] == "9" * (MAX_NUMBER_DIGITS + 1)
    assert [(p.kind, p.message, p.hint, p.pointer, p.line, p.column) for p in problems] == [
        (
            YamlProblemKind.LIMITS,
            f"a number has {MAX_NUMBER_DIGITS + 1} digits; the limit is {MAX_NUMBER_DIGITS}",
            "Check the number. If it is meant as text, put it in quotes.",
            "/b",
            2,
            4,
        )
    ]
    assert resolve_plain("9" * MAX_NUMBER_DIGITS) == int("9" * MAX_NUMBER_DIGITS)
    assert resolve_plain("9" * (MAX_NUMBER_DIGITS + 1)) == "9" * (MAX_NUMBER_DIGITS + 1)


def test_a_big_mapping_counts_its_values_not_its_keys() -> None:
    # 88 KB: the counting composer. The top mapping and MAX_NODES - 1 values fill the limit.
    def fields(n: int) -> str:
        return "".join(f"k{i}: 1\n" for i in range(n))

    doc, problems = load(fields(MAX_NODES - 1), Lang.EN)
    assert doc is not None and problems == [] and len(doc.data) == MAX_NODES - 1
    doc, problems = load(fields(MAX_NODES), Lang.EN)
    assert doc is None
    assert [(p.kind, p.pointer, p.line, p.column) for p in problems] == [
        (YamlProblemKind.LIMITS, "", MAX_NODES, 8)
    ]
