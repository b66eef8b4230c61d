"""`sketchkit summary` in every format, each read back by an independent reader."""

from __future__ import annotations

import csv
import datetime as dt
import html.parser
import io
import os
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from sketchkit.core.i18n import Lang
from sketchkit.intake.overview import build
from sketchkit.intake.terminal import to_text
from tests.conftest import EXAMPLES, GOOD_TODAY, ROOT, run_cli

HOSTILE_TITLE = '=HYPERLINK("http://x.invalid","klikk")<script>'


@pytest.fixture
def corpus(tmp_path: Path, bad_sketches: Path) -> Path:
    """Every example, a copy of one under another name (a duplicate), one with a hostile
    title and a rendered PDF beside it, and one that cannot be read."""
    root = tmp_path / "innkomne"
    for example in EXAMPLES:
        shutil.copytree(example.parent, root / example.parent.name)
    shutil.copytree(EXAMPLES[0].parent, root / "zz-kopi")
    hostile = root / "hostile"
    shutil.copytree(ROOT / "examples" / "ostfold-pasientforlop", hostile)
    text = (hostile / "skisse.yaml").read_text(encoding="utf-8")
    title = text.split("\ntitle: ", 1)[1].split("\n", 1)[0]
    text = text.replace(f"title: {title}", f"title: '{HOSTILE_TITLE}'")
    text = text.replace("name: Sykehuset Østfold HF", 'name: "-2+3\\e[31m"')
    (hostile / "skisse.yaml").write_text(text, encoding="utf-8")
    (hostile / "skisse.pdf").write_bytes(b"%PDF-1.4\n")
    shutil.copy(bad_sketches / "yaml-syntax.yaml", root / "ulesbar.yaml")
    return root


def _csv(path: Path, delimiter: str) -> list[dict[str, str]]:
    return list(
        csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=delimiter)
    )


def test_csv_for_a_norwegian_spreadsheet(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    r = run_cli("summary", corpus, "--csv", out, "--today", GOOD_TODAY)
    assert r.exit_code == 0, r.stderr
    assert r.stderr == f"Skrev {out}\n"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = _csv(out, ";")
    by_dir = {Path(row["Fil"]).parent.name: row for row in rows}
    hostile = by_dir["hostile"]
    # Formula starts are neutralised by an apostrophe; the text stays whole and readable.
    assert hostile["Prosjekt"] == "'" + HOSTILE_TITLE
    assert hostile["Søker"] == "'-2+3\x1b[31m"
    assert hostile["Dokumenter"].endswith("hostile/skisse.pdf")
    good = by_dir["hordaland-glatte-veier"]
    # No «6/6» that a spreadsheet would take for a date; decimal comma; plain numbers.
    assert (good["Kriterier oppfylt"], good["Kriterier i alt"]) == ("6", "6")
    assert good["Dekningsgrad (sketchkit, %)"] == "100,0"
    assert good["Omsøkt (kr)"] == "8000000"
    assert by_dir["zz-kopi"]["Mulig duplikat av"] == good["Nr."]
    oslo = by_dir["oslo-overvann-2020"]
    assert oslo["Utlysning"] == "innovasjonspartnerskap-2020"
    assert oslo["Effekt (innovasjonspartnerskap-2020)"] == "oppfylt"
    assert oslo["Stort, uløst behov (innovasjonspartnerskap-2017)"] == ""
    unreadable = next(row for row in rows if row["Fil"].endswith("ulesbar.yaml"))
    assert unreadable["Status"] == "kunne ikke leses" and unreadable["Regler"] == "yaml-syntax"


def test_csv_rfc4180_and_stdout(corpus: Path) -> None:
    r = run_cli(
        "summary",
        corpus,
        "--csv",
        "-",
        "--csv-dialect",
        "rfc4180",
        "--today",
        GOOD_TODAY,
        "--lang",
        "en",
    )
    assert r.exit_code == 0, r.stderr
    assert not Path("-").exists()
    assert r.stderr == ""  # nothing was written to a file
    rows = list(csv.DictReader(io.StringIO(r.stdout), delimiter=","))
    assert not r.stdout.startswith("\ufeff")
    good = next(row for row in rows if "hordaland" in row["File"])
    assert good["Coverage (sketchkit, %)"] == "100.0"
    assert good["Status"] == "no errors"


def test_outputs_are_never_overwritten_without_force(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    out.write_bytes(b"mine")
    r = run_cli("summary", corpus, "--xlsx", out, "--today", GOOD_TODAY)
    assert r.exit_code == 2 and "finnes allerede" in r.stderr
    assert out.read_bytes() == b"mine"
    assert (
        run_cli("summary", corpus, "--xlsx", out, "--force", "--today", GOOD_TODAY).exit_code == 0
    )
    assert out.read_bytes().startswith(b"PK")
    both = run_cli("summary", corpus, "--csv", "-", "--html", "-")
    assert both.exit_code == 2


def test_xlsx_read_back_by_openpyxl(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    assert run_cli("summary", corpus, "--xlsx", out, "--today", GOOD_TODAY).exit_code == 0
    again = tmp_path / "again.xlsx"
    assert run_cli("summary", corpus, "--xlsx", again, "--today", GOOD_TODAY).exit_code == 0
    assert out.read_bytes() == again.read_bytes()  # reproducible
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Totaler",
        "innovasjonspartnerskap-2017",
        "innovasjonspartnerskap-2020",
        "Funn",
        "Duplikater",
    ]
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
    totals = book["Totaler"]
    assert totals["C2"].value == dt.datetime(2017, 8, 21) and totals["C2"].is_date
    assert totals["L2"].value == dt.datetime(2017, 8, 1)
    assert totals["J2"].value == "ukjent"  # the pot is not known for this call
    sheet = book["innovasjonspartnerskap-2017"]
    header = [c.value for c in sheet[1]]
    assert header[-6:] == [
        "Stort, uløst behov",
        "Bedre kvalitet på offentlige tjenester",
        "Lavere offentlige utgifter",
        "Topplederforankring",
        "Næringslivet med i behovsforståelse og løsning",
        "Helt nye løsninger",
    ]
    rows = {str(r[1].value): r for r in sheet.iter_rows(min_row=2)}
    hostile = next(r for p, r in rows.items() if "hostile" in p)
    title = hostile[header.index("Prosjekt")]
    assert title.value == HOSTILE_TITLE and title.data_type == "s"  # a string, not a formula
    coverage = hostile[header.index("Dekningsgrad (sketchkit)")]
    assert coverage.value == 1 and coverage.number_format == "0%"
    amount = hostile[header.index("Omsøkt (kr)")]
    assert amount.value == 9_500_000 and amount.data_type == "n"
    findings = book["Funn"]
    assert [c.value for c in findings[1]] == [
        "Nr.",
        "Utlysning",
        "Fil",
        "Alvor",
        "Regel",
        "Linje",
        "Kolonne",
        "Melding",
    ]
    assert any(
        r[4].value == "yaml-syntax" and isinstance(r[5].value, int)
        for r in findings.iter_rows(min_row=2)
    )
    dups: list[list[Any]] = [[c.value for c in r] for r in book["Duplikater"].iter_rows(min_row=2)]
    pairs = {
        (frozenset({Path(d[1]).parent.name, Path(d[3]).parent.name}), d[4]): d[5] for d in dups
    }
    assert pairs.keys() == {
        (
            frozenset({"hordaland-glatte-veier", "zz-kopi"}),
            "samme organisasjonsnummer og samme tittel",
        ),
        (frozenset({"hostile", "ostfold-pasientforlop"}), "nesten lik tekst"),
    }
    similarity = pairs[frozenset({"hostile", "ostfold-pasientforlop"}), "nesten lik tekst"]
    assert 0.8 <= similarity < 1


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[str]] = {}
        self.links: list[str] = []
        self._call: str | None = None
        self._in_th = False
        self.external = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        call = a.get("data-call")
        if tag == "section" and call:
            self._call = call
            self.sections[call] = []
        self._in_th = tag == "th"
        if tag == "a":
            self.links.append(a.get("href") or "")
        if tag in ("link", "img", "iframe") or (tag == "script" and a.get("src")):
            self.external += 1

    def handle_endtag(self, tag: str) -> None:
        self._in_th = False if tag == "th" else self._in_th

    def handle_data(self, data: str) -> None:
        if self._in_th and self._call:
            self.sections[self._call].append(data)


def test_html_has_one_section_per_call_with_its_own_criteria(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "side" / "o.html"
    out.parent.mkdir()
    assert run_cli("summary", corpus, "--html", out, "--today", GOOD_TODAY).exit_code == 0
    page = out.read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(page)
    assert parser.external == 0  # works offline
    assert set(parser.sections) == {"innovasjonspartnerskap-2017", "innovasjonspartnerskap-2020"}
    assert "Effekt" in parser.sections["innovasjonspartnerskap-2020"]
    assert "Effekt" not in parser.sections["innovasjonspartnerskap-2017"]
    assert "Topplederforankring" in parser.sections["innovasjonspartnerskap-2017"]
    assert "<script>" not in page.split("<body>")[1].split("<script>\n//")[0]
    assert "&lt;script&gt;" in page
    assert parser.links == ["../innkomne/hostile/skisse.pdf"]


def test_terminal_tables_fit_the_width(corpus: Path) -> None:
    from sketchkit.checking.checker import CheckOptions, check_files
    from sketchkit.input.discover import expand

    files = expand([str(corpus)])
    overview = build(check_files(files, CheckOptions(today=dt.date(2017, 8, 1))), Lang.NB)
    for width in (60, 80, 120):
        text = to_text(overview, Lang.NB, width)
        # Every line fits: tables by shortening and leaving out columns, text by wrapping.
        assert all(len(line) <= width for line in text.splitlines()), width
    text = to_text(overview, Lang.NB, 200)
    heading_2020 = text.index("(innovasjonspartnerskap-2020)")
    assert text.index("oslo-overvann-2020") > heading_2020  # under its own call's heading
    assert "\x1b" not in text and "\\x1b[31m" in text
    assert "ligner" in text and "samme tittel" in text


def test_an_output_is_never_an_input_even_with_force(corpus: Path) -> None:
    sketch = corpus / "hostile" / "skisse.yaml"
    before = sketch.read_bytes()
    r = run_cli("summary", corpus, "--csv", sketch, "--force")
    assert r.exit_code == 2
    assert r.stderr == (
        f"sketchkit: {sketch} er en av filene som leses (skissen, et vedlegg, en mal, et "
        "skåringsark eller utlysningen); den skrives aldri over, heller ikke med --force\n"
    )
    assert sketch.read_bytes() == before


def test_schema_output_is_confirmed_and_dash_is_stdout(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    r = run_cli("schema", "-o", out)
    assert r.exit_code == 0 and r.stderr == f"Skrev {out}\n"
    dash = run_cli("schema", "-o", "-")
    assert dash.exit_code == 0 and dash.stdout.startswith("{") and dash.stderr == ""


def test_an_unknown_csv_dialect_is_a_usage_error(corpus: Path) -> None:
    r = run_cli("summary", corpus, "--csv", "-", "--csv-dialect", "excel-us")
    assert r.exit_code == 2
    assert r.stderr == ("sketchkit: ukjent CSV-dialekt «excel-us»; velg en av: excel-nb, rfc4180\n")


def test_a_folder_whose_name_is_not_utf8_is_written_readably_and_linked_rightly(
    tmp_path: Path,
) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/mappe-\xf8"))
    folder.mkdir()
    example = next(p for p in EXAMPLES if p.parent.name == "stavanger-hjemmetjenester")
    shutil.copy(example, folder / "skisse.yaml")
    (folder / "skisse.pdf").write_bytes(b"%PDF-1.7\n")
    out = tmp_path / "ut"
    out.mkdir()
    html, xlsx, table = out / "o.html", out / "o.xlsx", out / "o.csv"
    r = run_cli(
        "summary", folder, "--today", GOOD_TODAY, "--html", html, "--xlsx", xlsx, "--csv", table
    )
    assert r.exit_code in (0, 1), r.stderr
    page = html.read_text(encoding="utf-8")
    assert 'href="../mappe-%F8/skisse.pdf"' in page  # the bytes the name is
    assert "mappe-\\xf8/skisse.yaml" in page  # shown printable
    (row,) = list(csv.DictReader(io.StringIO(table.read_text("utf-8-sig")), delimiter=";"))
    assert row["Dokumenter"].endswith("mappe-\\xf8/skisse.pdf")
    assert row["Feil og advarsler"].endswith("mappe-\\xf8")  # the letter's folder, in a message
    assert openpyxl.load_workbook(xlsx).sheetnames
