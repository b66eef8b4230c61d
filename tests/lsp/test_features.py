"""The language server's features as plain functions, on inline sketches."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from lsprotocol import types as t

from sketchkit.core.i18n import Lang
from sketchkit.lsp import actions, completion, diagnostics, hover, outline
from sketchkit.lsp.locate import block_keys, key_before_cursor, parent_at
from sketchkit.lsp.server import language_of
from sketchkit.lsp.state import Snapshot, snapshot

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml"

NESTED = textwrap.dedent(
    """\
    title: Snø
    plan:
      phases:
        - phase: competition
          start: 2018-01-01

    applicant:
      name: Gjøvik kommune
      kind: mun
    """
).split("\n")


@pytest.mark.parametrize(
    ("line", "character", "parent"),
    [
        (0, 0, ""),
        (2, 2, "/plan"),
        (4, 6, "/plan/phases/0"),
        (3, 4, "/plan/phases"),
        (7, 2, "/applicant"),
        (8, 8, "/applicant"),
    ],
)
def test_parent_from_indentation(line: int, character: int, parent: str) -> None:
    assert parent_at(NESTED, line, character) == parent


def test_a_new_list_item_is_inside_the_list() -> None:
    lines = ["plan:", "  phases:", "    - "]
    assert parent_at(lines, 2, 6) == "/plan/phases/0"


def test_the_key_whose_value_is_typed() -> None:
    assert key_before_cursor(NESTED, 8, 11) == "kind"
    assert key_before_cursor(NESTED, 3, 13) == "phase"
    assert key_before_cursor(NESTED, 7, 2) is None


def test_keys_already_written_in_a_block() -> None:
    assert block_keys(NESTED, 8, 2) == {"name"}
    # Inside a list item: the key on the item's own line counts.
    assert block_keys(NESTED, 4, 6) == {"phase"}


@pytest.mark.parametrize(
    ("locale", "options", "forced", "lang"),
    [
        ("nn-NO", None, None, Lang.NN),
        ("en-GB", None, None, Lang.EN),
        ("nb_NO", None, None, Lang.NB),
        ("de-DE", None, None, Lang.NB),
        ("en-GB", {"lang": "nn"}, None, Lang.NN),
        ("en-GB", {"lang": "nn"}, Lang.EN, Lang.EN),
        (None, None, None, Lang.NB),
    ],
)
def test_language_of_the_session(
    locale: str | None,
    options: object,
    forced: Lang | None,
    lang: Lang,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SKETCHKIT_LANG", raising=False)
    assert language_of(locale, options, forced) is lang


def _snap(text: str, tmp_path: Path) -> Snapshot:
    path = tmp_path / "skisse.yaml"
    return snapshot(path.as_uri(), 1, text, Lang.NB, path)


def _example() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def _diagnostic(snap: Snapshot, rule: str) -> t.Diagnostic:
    return next(d for d in diagnostics.to_diagnostics(snap, 5_000_000) if d.code == rule)


def test_org_number_written_without_spaces_is_offered_in_groups(tmp_path: Path) -> None:
    snap = _snap(_example().replace("org_number: 964 965 226", "org_number: 964965226"), tmp_path)
    line = snap.lines.index("  org_number: 964965226")
    found = actions.code_actions(snap, line, [])
    assert [(a.title, a.kind) for a in found] == [
        ("Skriv organisasjonsnummeret som 964 965 226", t.CodeActionKind.RefactorRewrite)
    ]
    edit = found[0].edit
    assert edit is not None and edit.changes is not None
    assert edit.changes[snap.uri] == [
        t.TextEdit(t.Range(t.Position(line, 14), t.Position(line, 23)), "964 965 226")
    ]


def test_an_unquoted_municipality_number_can_be_quoted(tmp_path: Path) -> None:
    snap = _snap(
        _example().replace('municipality_number: "1103"', "municipality_number: 1103"), tmp_path
    )
    line = snap.lines.index("  municipality_number: 1103")
    found = actions.code_actions(snap, line, [])
    assert [a.title for a in found] == ["Sett kommunenummeret i anførselstegn"]
    assert found[0].edit is not None and found[0].edit.changes is not None
    assert found[0].edit.changes[snap.uri][0].new_text == '"1103"'


def test_a_placeholder_starts_from_the_example(tmp_path: Path) -> None:
    text = _example().replace('municipality_number: "1103"', "municipality_number: <<FYLL INN>>")
    snap = _snap(text, tmp_path)
    diagnostic = _diagnostic(snap, "placeholder")
    found = actions.code_actions(snap, diagnostic.range.start.line, [diagnostic])
    assert [a.title for a in found] == [
        "Begynn med feltets eksempel",
        "Undertrykk placeholder her (med begrunnelse)",
    ]
    assert found[0].edit is not None and found[0].edit.changes is not None
    (edit,) = found[0].edit.changes[snap.uri]
    assert edit.new_text == "1103"


def test_a_missing_required_field_is_added_with_a_placeholder(tmp_path: Path) -> None:
    text = _example().replace("  kind: municipality\n", "")
    snap = _snap(text, tmp_path)
    diagnostic = _diagnostic(snap, "schema-required")
    found = actions.code_actions(snap, diagnostic.range.start.line, [diagnostic])
    assert found[0].title == "Legg til feltet «kind»"
    assert found[0].edit is not None and found[0].edit.changes is not None
    (edit,) = found[0].edit.changes[snap.uri]
    applicant = snap.lines.index("applicant:")
    assert edit.range.start == t.Position(applicant + 1, 0)
    assert edit.new_text == "  kind: <<FYLL INN: Type virksomhet>>\n"


def test_a_suppression_goes_above_a_line_that_has_a_comment(tmp_path: Path) -> None:
    text = _example().replace("org_number: 964 965 226", "org_number: 964 965 227  # fra brreg")
    snap = _snap(text, tmp_path)
    diagnostic = _diagnostic(snap, "org-number")
    (suppress,) = [
        a
        for a in actions.code_actions(snap, diagnostic.range.start.line, [diagnostic])
        if a.title.startswith("Undertrykk")
    ]
    assert suppress.edit is not None and suppress.edit.changes is not None
    (edit,) = suppress.edit.changes[snap.uri]
    assert edit.new_text == "  # sketchkit: ignore[org-number] <<begrunnelse>>\n"


def test_hover_outside_any_field_says_nothing(tmp_path: Path) -> None:
    snap = _snap(_example(), tmp_path)
    assert hover.hover_markdown(snap, 0, 0) is None


def test_completion_in_a_document_that_does_not_parse(tmp_path: Path) -> None:
    text = "title: [\napplicant:\n  \n"
    snap = _snap(text, tmp_path)
    items = completion.complete(snap, 2, 2)
    assert [i.label for i in items][:4] == ["name", "org_number", "kind", "contact"]


def test_no_outline_for_an_unreadable_document(tmp_path: Path) -> None:
    snap = _snap("title: [\n", tmp_path)
    assert outline.symbols(snap) == []
    # The criteria read «ikke vurdert» (?) until the sketch loads: nobody could assess them.
    (lens,) = outline.lenses(snap)
    assert lens.command is not None
    assert lens.command.title.startswith("Kriterier: 0/6 oppfylt — ? Stort, uløst behov · ? ")
