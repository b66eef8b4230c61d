"""The LIX column of `sketchkit summary`: all the sketch's prose read as one text, in every
format, equal to what `check`'s JSON and `sketchkit klarsprak` give, and blank (never 0) where
there is nothing to measure."""

from __future__ import annotations

import csv
import datetime as dt
import html.parser
import io
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sketchkit.checking.checker import CheckOptions, check_file, check_text
from sketchkit.checking.placeholders import PLACEHOLDER, PLACEHOLDER_LITERALS, placeholder, search
from sketchkit.core.i18n import Lang
from sketchkit.intake.overview import build
from sketchkit.intake.readability import sketch_counts
from sketchkit.language import Counts, analyse, combined, count, defaults
from tests.conftest import EXAMPLES, GOOD_TODAY, run_cli
from tests.language.test_lix_hand_counts import TEXTS, HandCount

# Counted by hand, by the definition in docs/klarsprak.md:
#   /summary: «Kommunen skal teste nye løsninger.» «Vi samarbeider med leverandører.»
#     = 9 words, 2 sentences; long (seven letters or more): Kommunen, løsninger,
#     samarbeider, leverandører = 4.
#   /need/description, read as written in the file (a folded block whose lines are list
#     items: each item a sentence of its own, though YAML folds them into one line):
#     «Behovet er stort:» «glatte veier» «flere ulykker» = 7 words, 3 sentences;
#     long: Behovet, ulykker = 2.
#   /need/affected holds a placeholder, and /title is short and has no word limit: neither
#   is prose.
#   LIX = 16/5 + 100·6/16 = 3.2 + 37.5 = 40.7. (The average of the two fields' LIX,
#   (48.94 + 30.90)/2 = 39.9, is not the sketch's LIX.)
HAND = """\
call: innovasjonspartnerskap-2017
title: Snø
summary: Kommunen skal teste nye løsninger. Vi samarbeider med leverandører.
need:
  description: >
    Behovet er stort:
    - glatte veier
    - flere ulykker
  affected: "<<FYLL INN: hvem som merker det>>"
"""
HAND_COUNTS = Counts(words=16, sentences=5, long_words=6)
HAND_LIX = 40.7
EMPTY = "call: innovasjonspartnerskap-2017\n"


@pytest.fixture
def sketches(tmp_path: Path, bad_sketches: Path) -> Path:
    folder = tmp_path / "skisser"
    folder.mkdir()
    (folder / "a-hand.yaml").write_text(HAND, encoding="utf-8")
    (folder / "b-empty.yaml").write_text(EMPTY, encoding="utf-8")
    shutil.copy(bad_sketches / "yaml-syntax.yaml", folder / "c-syntax.yaml")
    return folder


def _csv_rows(text: str, delimiter: str) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=delimiter)
    return {Path(row[_file_key(row)]).name: row for row in rows}


def _file_key(row: dict[str, str]) -> str:
    return next(k for k in row if k in ("Fil", "File"))


def test_the_hand_count_in_the_library() -> None:
    options = CheckOptions(today=dt.date(2017, 8, 1), klarsprak=False)
    assert sketch_counts(check_text(HAND, options=options)) == HAND_COUNTS
    assert sketch_counts(check_text(EMPTY, options=options)) == Counts(0, 0, 0)
    assert Counts(0, 0, 0).lix is None
    assert HAND_COUNTS.lix == pytest.approx(40.7)


def test_lix_in_csv_of_both_dialects_and_every_language(sketches: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert run_cli("summary", sketches, "--csv", out, "--today", GOOD_TODAY).exit_code == 0
    rows = _csv_rows(out.read_text(encoding="utf-8-sig"), ";")
    assert rows["a-hand.yaml"]["LIKS (lesbarhetsindeks)"] == "40,7"
    # Nothing to measure is a blank cell, never 0: an empty sketch, and one that cannot be read.
    assert rows["b-empty.yaml"]["LIKS (lesbarhetsindeks)"] == ""
    assert rows["c-syntax.yaml"]["LIKS (lesbarhetsindeks)"] == ""
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    # Beside the other figures of the sketch's content, before what the check found.
    assert header[header.index("LIKS (lesbarhetsindeks)") - 1] == "Årlig besparelse (kr)"
    assert header[header.index("LIKS (lesbarhetsindeks)") + 1] == "Status"
    r = run_cli(
        "summary", sketches, "--csv", "-", "--csv-dialect", "rfc4180", "--lang", "en",
        "--today", GOOD_TODAY,
    )  # fmt: skip
    en = _csv_rows(r.stdout, ",")
    assert en["a-hand.yaml"]["LIX (readability index)"] == "40.7"
    assert en["b-empty.yaml"]["LIX (readability index)"] == ""
    r = run_cli("summary", sketches, "--csv", "-", "--lang", "nn", "--today", GOOD_TODAY)
    assert _csv_rows(r.stdout, ";")["a-hand.yaml"]["LIKS (lesbarheitsindeks)"] == "40,7"


def test_lix_in_xlsx_is_a_number_with_one_decimal(sketches: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    assert run_cli("summary", sketches, "--xlsx", out, "--today", GOOD_TODAY).exit_code == 0
    sheet = openpyxl.load_workbook(out)["innovasjonspartnerskap-2017"]
    header = [c.value for c in sheet[1]]
    column = header.index("LIKS (lesbarhetsindeks)")
    cells = {Path(str(r[1].value)).name: r[column] for r in sheet.iter_rows(min_row=2)}
    hand = cells["a-hand.yaml"]
    assert (hand.value, hand.data_type, hand.number_format) == (HAND_LIX, "n", "0.0")
    assert cells["b-empty.yaml"].value is None
    assert cells["c-syntax.yaml"].value is None


class _Cells(html.parser.HTMLParser):
    """Each body row's LIX cell: (its text, its sort value), by the row's file."""

    def __init__(self) -> None:
        super().__init__()
        self.lix: dict[str, tuple[str, str]] = {}
        self.headings: list[str] = []
        self._cell: str | None = None  # class of the open <td>/<th>
        self._sort = ""
        self._text = ""
        self._path = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("td", "th"):
            self._cell, self._sort, self._text = a.get("class") or tag, a.get("data-sort") or "", ""

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("td", "th") or self._cell is None:
            return
        if self._cell == "th":
            self.headings.append(self._text)
        elif "col-path" in self._cell:
            self._path = Path(self._text).name
        elif "col-lix" in self._cell:
            assert "num" in self._cell
            self.lix[self._path] = (self._text, self._sort)
        self._cell = None


def test_lix_in_html_and_on_the_terminal(sketches: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.html"
    assert run_cli("summary", sketches, "--html", out, "--today", GOOD_TODAY).exit_code == 0
    page = _Cells()
    page.feed(out.read_text(encoding="utf-8"))
    assert "LIKS (lesbarhetsindeks)" in page.headings
    assert page.lix["a-hand.yaml"] == ("40,7", "40.7")
    assert page.lix["b-empty.yaml"] == ("", "")
    assert page.lix["c-syntax.yaml"] == ("", "")
    r = run_cli("summary", sketches, "--today", GOOD_TODAY, env={"COLUMNS": "120"})
    lines = r.stdout.splitlines()
    head = next(line for line in lines if line.startswith("#"))
    hand = next(line for line in lines if "a-hand.yaml" in line)
    empty = next(line for line in lines if "b-empty.yaml" in line)
    at = head.index("LIKS")
    assert hand[at : at + 4] == "40,7"
    assert empty[at : at + 4] == "    "
    assert "LIKS er lesbarhetsindeksen for all prosa i skissen lest som én tekst" in " ".join(
        r.stdout.split()
    )


def _by_definition(language: dict[str, object]) -> float | None:
    """LIX over the per-field figures of check's JSON: counts summed, then LIX."""
    fields = language["fields"]
    assert isinstance(fields, list)
    words = sum(int(f["words"]) for f in fields)
    sentences = sum(int(f["sentences"]) for f in fields)
    long_words = sum(int(f["long_words"]) for f in fields)
    if not words or not sentences:
        return None
    return round(words / sentences + 100 * long_words / words, 1)


def test_summary_gives_the_lix_check_and_klarsprak_give(sketches: Path, tmp_path: Path) -> None:
    files = [*EXAMPLES, sketches / "a-hand.yaml", sketches / "b-empty.yaml"]
    checked = run_cli("check", *files, "--format", "json", "--today", GOOD_TODAY)
    expected: dict[str, float | None] = {}
    for report in json.loads(checked.stdout)["files"]:
        language = report["language"]
        assert language["lix"] == _by_definition(language)
        expected[report["path"]] = language["lix"]
    told = json.loads(run_cli("klarsprak", *files, "--format", "json").stdout)
    assert {f["path"]: f["language"]["lix"] for f in told["files"]} == expected
    assert expected[str(sketches / "a-hand.yaml")] == HAND_LIX
    assert expected[str(sketches / "b-empty.yaml")] is None
    r = run_cli("summary", *files, "--csv", "-", "--csv-dialect", "rfc4180", "--today", GOOD_TODAY)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    shown = {row["Fil"]: row["LIKS (lesbarhetsindeks)"] for row in rows}
    assert shown == {path: "" if v is None else f"{v:.1f}" for path, v in expected.items()}
    # Exactly, not only to one decimal: the same words, sentences and long words.
    fast = CheckOptions(today=dt.date(2017, 8, 1), klarsprak=False)
    full = CheckOptions(today=dt.date(2017, 8, 1))
    for path in files:
        report = check_file(path, full).language
        assert report is not None
        figures = (report.words, report.sentences, report.long_words)
        assert tuple(sketch_counts(check_file(path, fast)) or ()) == figures, path
        # With the figures at hand (a check with the advice) the overview uses them.
        row = build([check_file(path, full)], Lang.NB).rows[0]
        assert row.lix == report.lix


def test_the_call_and_the_project_thresholds_hold_in_the_summary(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(HAND, encoding="utf-8")
    toml = tmp_path / "sketchkit.toml"
    # Long words of eight letters or more: Kommunen, løsninger, samarbeider, leverandører.
    # LIX = 16/5 + 100·4/16 = 3.2 + 25 = 28.2
    toml.write_text("[klarsprak]\nlong_word_letters = 8\n", encoding="utf-8")
    told = json.loads(run_cli("klarsprak", tmp_path / "a.yaml", "--format", "json").stdout)
    assert told["files"][0]["language"]["lix"] == 28.2
    r = run_cli("summary", tmp_path / "a.yaml", "--csv", "-", "--csv-dialect", "rfc4180")
    assert next(csv.DictReader(io.StringIO(r.stdout)))["LIKS (lesbarhetsindeks)"] == "28.2"
    # Clear-language figures turned off for the project: no LIX either.
    toml.write_text("[klarsprak]\nenabled = false\n", encoding="utf-8")
    r = run_cli("summary", tmp_path / "a.yaml", "--csv", "-", "--csv-dialect", "rfc4180")
    assert next(csv.DictReader(io.StringIO(r.stdout)))["LIKS (lesbarhetsindeks)"] == ""


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t.name)
def test_count_gives_the_hand_counts(text: HandCount) -> None:
    found = count(text.text, text.lang)
    assert found == Counts(
        sum(text.words_per_sentence), len(text.words_per_sentence), sum(text.long_per_sentence)
    )
    assert combined([found, Counts(0, 0, 0), found]) == Counts(*(2 * n for n in found))


# Text made of what splitting decides on: abbreviations, numbers, list items, blank lines,
# hyphens, full stops in and after words, capitals after a full stop.
PIECES = st.sampled_from(
    [
        "Vi", "skal", "kommunen", "IT-løsning", "bl.a.", "f.eks.", "nr.", "osv.", "kl.",
        "1 000 000", "4,5", "17.00", "§ 9", "21.", "august", "Ola", "J.", "Nordmann",
        "gang-", "og", "samarbeidsavtalene", "?", "!", ".", "…", ":", ",", "\n", "\n\n",
        "\n- ", "\n1. ", "\na) ", "«Sitat.»", "e-post", "2012–2016", "Ærlig", "Øvre",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(PIECES, max_size=40), lang=st.sampled_from(["nb", "nn", "en"]))
def test_count_counts_as_analyse_does(parts: list[str], lang: str) -> None:
    text = " ".join(parts)
    for letters in (5, 7, 9):
        limits = defaults()._replace(long_word_letters=float(letters))
        a = analyse(text, lang, limits)
        assert count(text, lang, letters) == Counts(a.words, a.sentences, a.long_words)


def test_the_placeholder_literals_are_those_of_the_expression() -> None:
    # placeholders.search looks for these before it runs PLACEHOLDER: when the expression changes,
    # the literals must change with it (each form of it holds one of them).
    assert PLACEHOLDER.pattern == (
        r"<<\s*(?i:fyll inn|fill in)[^<>]*>>|\b(?:TODO|TBD|XXX)\b|\b[Ll]orem ipsum\b"
    )
    assert PLACEHOLDER_LITERALS == ("<<", "TODO", "TBD", "XXX", "orem ipsum")
    for text in [placeholder("nb", "hvem"), placeholder("en"), "<< Fill in >>", "TBD.", "XXX",
                 "Lorem ipsum dolor", "lorem ipsum", "Se TODO her"]:  # fmt: skip
        assert search(text) and PLACEHOLDER.search(text), text
    for text in ["<FYLL INN>", "todo", "TODOS", "Lorem  ipsum", "XX X", "«fyll inn»"]:
        assert not search(text) and not PLACEHOLDER.search(text), text
