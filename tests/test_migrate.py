"""sketchkit migrate: an old-format sketch rewritten to the current budget model, comments, key
order and quoting kept; written atomically, never over the input without --in-place."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Lang
from sketchkit.migration.migrate import MigrationError, migrate_text
from tests.conftest import ROOT, run_cli

OLD = """\
# Skisse i det gamle formatet.
call: innovasjonspartnerskap-2017   # utlysningen
title: 'Snø til besvær'
budget:
  # Alle kostnadene, slik vi regnet dem i fjor.
  items:
    - item: Prosjektledelse   # egne folk
      amount_nok: 1 000 000
    - item: "Utvikling hos leverandørene"
      amount_nok: 4 000 000
  total_nok: 5 000 000   # sum av postene
  own_contribution_nok: 1 000 000
  requested_nok: 4 000 000

risks:
  - risk: Lite snø
"""

NEW = """\
# Skisse i det gamle formatet.
call: innovasjonspartnerskap-2017   # utlysningen
title: 'Snø til besvær'
budget:
  # Alle kostnadene, slik vi regnet dem i fjor.
  own_costs:
    - item: Prosjektledelse   # egne folk
      amount_nok: 1 000 000
    - item: "Utvikling hos leverandørene"
      amount_nok: 4 000 000
  # Tilskuddet går i hovedsak til bedriftenes utvikling (sketchkit migrate).
  companies_development_nok: '<<FYLL INN: bedriftenes utviklingskostnader i kroner>>' # sum av postene
  own_contribution_nok: 1 000 000
  requested_nok: 4 000 000

procurement:
  procedure: '<<FYLL INN: innovation_partnership, pre_commercial_procurement, competitive_dialogue, competition_with_negotiation, other eller not_decided>>'
  description: '<<FYLL INN: hvordan løsningen skal anskaffes og tas i bruk>>'

risks:
  - risk: Lite snø
"""


def test_round_trip_keeps_comments_order_and_quoting() -> None:
    result = migrate_text(OLD, Lang.NB)
    assert result.text == NEW
    assert result.same_layout
    assert result.changes == (
        "budget.items → budget.own_costs: postene er nå søkerens egne kostnader; flytt det som "
        "er bedriftenes utvikling til companies_development_nok",
        "budget.total_nok (5 000 000) fjernet: prosjektets kostnad er nå egne kostnader pluss "
        "bedriftenes utviklingskostnader",
        "budget.companies_development_nok lagt til som plassholder: fyll inn bedriftenes "
        "utviklingskostnader",
        "procurement lagt til med plassholdere: prosedyre og plan for anskaffelsen",
    )


def test_a_current_sketch_is_left_as_it_is() -> None:
    text = (ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml").read_text("utf-8")
    result = migrate_text(text)
    assert result.text == text and result.changes == ()
    assert migrate_text(NEW).changes == ()  # migrating twice changes nothing more


def test_placeholders_follow_the_language() -> None:
    assert (
        "<<FILL IN: the companies' development costs in kroner>>" in migrate_text(OLD, Lang.EN).text
    )


def test_broken_yaml_is_a_clear_error() -> None:
    with pytest.raises(MigrationError, match="cannot read the sketch as YAML"):
        migrate_text("budget: [\n", Lang.EN)


def test_old_example_migrated_checks_with_only_the_placeholders(tmp_path: Path) -> None:
    # Every example was in the old format before #11; migrating one reproduces its new budget
    # apart from what only the user can know, which check then reports as placeholders.
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(OLD.replace("title: 'Snø til besvær'", "title: Snø"), encoding="utf-8")
    before = check_file(sketch, CheckOptions(today=dt.date(2017, 8, 1)))
    assert RuleId.SKETCH_FORMAT in {f.rule for f in before.findings}
    r = run_cli("migrate", sketch, "--in-place")
    assert r.exit_code == 0, r.stderr
    after = check_file(sketch, CheckOptions(today=dt.date(2017, 8, 1)))
    assert RuleId.SKETCH_FORMAT not in {f.rule for f in after.findings}
    placeholders = [f.pointer for f in after.findings if f.rule == RuleId.PLACEHOLDER]
    assert placeholders == [
        "/budget/companies_development_nok",
        "/procurement/procedure",
        "/procurement/description",
    ]


def test_cli_prints_to_stdout_and_says_what_changed(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(OLD, encoding="utf-8")
    r = run_cli("migrate", sketch)
    assert r.exit_code == 0
    assert r.stdout == NEW
    assert r.stderr.startswith(f"Endret i {sketch}:\n- budget.items → budget.own_costs")
    assert sketch.read_text(encoding="utf-8") == OLD  # the input is never touched


def test_cli_answers_a_nynorsk_sketch_in_nynorsk(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text("language: nn\n" + OLD, encoding="utf-8")
    r = run_cli("migrate", sketch, env={"SKETCHKIT_LANG": ""})
    assert r.exit_code == 0
    assert "<<FYLL INN: utviklingskostnadene i bedriftene i kroner>>" in r.stdout
    lines = r.stderr.splitlines()
    assert lines[0] == f"Endra i {sketch}:"
    assert lines[-1] == f"Fyll inn det som er merkt <<FYLL INN>>, og køyr: sketchkit check {sketch}"
    # --lang still decides when given.
    r = run_cli("migrate", sketch, "--lang", "nb")
    assert r.stderr.startswith(f"Endret i {sketch}:")


def test_cli_never_writes_over_the_input_without_in_place(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(OLD, encoding="utf-8")
    link = tmp_path / "lenke.yaml"
    link.symlink_to(sketch)
    hard = tmp_path / "hard.yaml"
    hard.hardlink_to(sketch)
    for target in (sketch, link, hard):
        r = run_cli("migrate", sketch, "-o", target, "--force", "--lang", "en")
        assert r.exit_code == 2
        assert "is the sketch itself; use --in-place" in r.stderr
    assert sketch.read_text(encoding="utf-8") == OLD


def test_cli_output_refuses_an_existing_file_without_force(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(OLD, encoding="utf-8")
    out = tmp_path / "ny.yaml"
    out.write_text("min egen fil\n", encoding="utf-8")
    assert run_cli("migrate", sketch, "-o", out).exit_code == 2
    assert out.read_text(encoding="utf-8") == "min egen fil\n"
    assert run_cli("migrate", sketch, "-o", out, "--force").exit_code == 0
    assert out.read_text(encoding="utf-8") == NEW


def test_cli_in_place_keeps_a_copy_of_the_original(tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.yaml"
    sketch.write_text(OLD, encoding="utf-8")
    assert run_cli("migrate", sketch, "--in-place").exit_code == 0
    assert sketch.read_text(encoding="utf-8") == NEW
    assert (tmp_path / "skisse.yaml.bak").read_text(encoding="utf-8") == OLD
    # Again: nothing to change, and the copy is not touched.
    r = run_cli("migrate", sketch, "--in-place", "--lang", "en")
    assert r.exit_code == 0 and "already in the current format" in r.stderr


def test_cli_reports_an_unreadable_file(tmp_path: Path) -> None:
    r = run_cli("migrate", tmp_path / "finnes-ikke.yaml", "--lang", "en")
    assert r.exit_code == 2 and "finnes-ikke.yaml" in r.stderr


def test_every_example_migrates_from_its_old_budget(tmp_path: Path) -> None:
    # The examples' old budgets, rebuilt from the new ones, migrate back into the new shape.
    for example in sorted((ROOT / "examples").glob("*/skisse.yaml")):
        folder = tmp_path / example.parent.name
        shutil.copytree(example.parent, folder)
        text = (folder / "skisse.yaml").read_text(encoding="utf-8")
        old = text.replace("  own_costs:\n", "  items:\n").replace(
            "  companies_development_nok:", "  total_nok:"
        )
        result = migrate_text(old)
        assert "  own_costs:\n" in result.text and "companies_development_nok" in result.text
        assert result.same_layout


_COMMENT = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufeff\x85"
        ),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=40, deadline=None)
@given(comments=st.lists(_COMMENT, min_size=5, max_size=5))
def test_every_comment_survives_migration(comments: list[str]) -> None:
    lines = OLD.splitlines()
    # End-of-line comments on the call, an item, total_nok, requested_nok and a risk.
    targets = [1, 6, 10, 12, 15]
    for index, comment in zip(targets, comments, strict=True):
        lines[index] = f"{lines[index].split('  #')[0]}  # {comment}"
    text = "\n".join(lines) + "\n"
    result = migrate_text(text)
    for comment in comments:
        assert f"# {comment}" in result.text
    assert migrate_text(result.text).changes == ()
