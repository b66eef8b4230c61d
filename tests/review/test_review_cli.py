"""`sketchkit review`: sheets written, filled, read back (YAML and xlsx) and reported."""

from __future__ import annotations

import hashlib
import html.parser
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from tests.conftest import EXAMPLES, run_cli

SKETCHES = [p for p in EXAMPLES if "2020" not in p.parent.name]  # the three 2017 examples
CRITERIA = [
    "unsolved_need",
    "service_quality",
    "cost_savings",
    "anchoring",
    "business_involvement",
    "novelty",
]


@pytest.fixture
def jury(tmp_path: Path) -> Path:
    out = tmp_path / "jury"
    r = run_cli(
        "review",
        "init",
        *SKETCHES,
        "-e",
        "Kari Nordmann",
        "-e",
        "Ola Ås",
        "-o",
        out,
        "--format",
        "both",
        "--today",
        "2017-09-01",
    )
    assert r.exit_code == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"Skrev {out / name}"
        for name in (
            "jury.yaml",
            "kari-nordmann.yaml",
            "kari-nordmann.xlsx",
            "ola-as.yaml",
            "ola-as.xlsx",
        )
    ]
    return out


def _fill_yaml(path: Path, scores: dict[str, list[int]], conflicts: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in data["sketches"]:
        item["conflict"] = item["id"] in conflicts
        for cid, v in zip(CRITERIA, scores.get(item["id"], []), strict=False):
            item["scores"][cid] = {"score": v, "justification": "Begrunnet."}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_report_ranks_from_yaml_sheets_and_never_changes_them(jury: Path) -> None:
    (jury / "ola-as.xlsx").unlink()
    (jury / "kari-nordmann.xlsx").unlink()
    _fill_yaml(jury / "kari-nordmann.yaml", {"S01": [5] * 6, "S02": [4] * 6, "S03": [6] * 6})
    _fill_yaml(jury / "ola-as.yaml", {"S01": [5] * 6, "S02": [6] * 6}, conflicts={"S03"})
    before = _digest(jury)
    r = run_cli("review", "report", jury, "--format", "json")
    assert r.exit_code == 0, r.stdout + r.stderr
    assert _digest(jury) == before
    doc = json.loads(r.stdout)
    # S03 only by Kari (Ola declared a conflict): 6; S01 5; S02 (4+6)/2 = 5 → tie with S01.
    assert [(x["id"], x["rank"], x["tied"], x["weighted_score"]) for x in doc["ranking"]] == [
        ("S03", 1, False, 6.0),
        ("S01", 2, True, 5.0),
        ("S02", 2, True, 5.0),
    ]
    assert doc["scale"] == {
        "min": 1,
        "max": 7,
        "source": "Forskningsrådet",
        "sketchkit_default": True,
    }
    assert doc["ranking"][0]["conflicts"] == ["Ola Ås"]
    assert doc["unfinished"] == [] and doc["problems"] == []
    text = run_cli("review", "report", jury).stdout
    table = text.split("Rangering:\n")[1].splitlines()
    assert table[0].split()[:4] == ["Plass", "Skisse", "Vektet", "poengsum"]
    assert [line.split()[:3] for line in table[1:4]] == [
        ["1", "S03", "6,00"],
        ["2=", "S01", "5,00"],
        ["2=", "S02", "5,00"],
    ]
    assert "Alle evaluatorene er ferdige." in text


def test_bad_yaml_sheet_names_file_line_and_column(jury: Path) -> None:
    sheet = jury / "kari-nordmann.yaml"
    (jury / "kari-nordmann.xlsx").unlink()
    text = sheet.read_text(encoding="utf-8")
    lines = text.splitlines()
    score_lines = [i for i, line in enumerate(lines) if line.strip() == "score:"]
    lines[score_lines[0]] += " 9"  # out of range
    lines[score_lines[1]] += " 4.5"  # not whole
    lines[score_lines[2]] += " 7"  # end of the scale without a justification
    lines[score_lines[3]] += " sju"  # not a number
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = sheet.read_bytes()
    r = run_cli("review", "report", jury)
    assert r.exit_code == 1
    assert sheet.read_bytes() == before
    problems = r.stdout.split("Problemer i arkene (disse poengene er ikke talt med):\n")[1]
    n = [i + 1 for i in score_lines]
    assert problems.splitlines() == [
        f"  {sheet}:{n[0]}:16: poengsummen 9 er utenfor skalaen 1–7",
        f"  {sheet}:{n[1]}:16: poengsummen må være et helt tall fra 1 til 7, ikke «4.5»",
        f"  {sheet}:{n[2]}:16: poengsummen 7 er ytterst på skalaen og må begrunnes (justification)",
        f"  {sheet}:{n[3]}:16: poengsummen må være et helt tall fra 1 til 7, ikke «sju»",
    ]
    assert "Kari Nordmann: 18 poeng mangler" in r.stdout
    assert "Ola Ås: 18 poeng mangler" in r.stdout


def test_scores_on_a_declared_conflict_are_refused(jury: Path) -> None:
    for p in jury.glob("*.xlsx"):
        p.unlink()
    _fill_yaml(
        jury / "kari-nordmann.yaml", {"S01": [5] * 6, "S02": [4] * 6, "S03": [6] * 6}, {"S02"}
    )
    r = run_cli("review", "report", jury, "--format", "json")
    assert r.exit_code == 1
    doc = json.loads(r.stdout)
    (problem,) = doc["problems"]
    assert problem["message"] == (
        "poeng for «S02» avvises: evaluatoren har erklært interessekonflikt med skissen"
    )
    sheet = jury / "kari-nordmann.yaml"
    line = int(problem["where"].removeprefix(f"{sheet}:").split(":")[0])
    # The place is the declaration itself: «conflict: true» under S02.
    assert sheet.read_text(encoding="utf-8").splitlines()[line - 1].strip() == "conflict: true"
    s02 = next(x for x in doc["unranked"] if x["id"] == "S02")
    assert s02["criteria"]["novelty"]["scores"] == {}


def _fill_xlsx(path: Path, scores: dict[tuple[str, str], Any], conflicts: set[str]) -> None:
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    for row in ws.iter_rows(min_row=2):
        key = (row[0].value, row[3].value)
        if key in scores:
            row[6].value = scores[key]
            row[7].value = "Fordi."
    for row in book.worksheets[1].iter_rows(min_row=2):
        if row[0].value in conflicts:
            row[2].value = "ja"
    book.save(path)


def test_xlsx_sheets_read_back_with_sheet_and_cell_in_errors(jury: Path) -> None:
    for p in jury.glob("*.yaml"):
        if p.name != "jury.yaml":
            p.unlink()
    kari = jury / "kari-nordmann.xlsx"
    ws = openpyxl.load_workbook(kari).worksheets[0]
    assert [c.value for c in ws[1]] == [
        "Skisse",
        "Tittel",
        "Søker",
        "Kriterium (id)",
        "Kriterium",
        "Vekt",
        "Poeng",
        "Begrunnelse",
    ]
    assert ws.freeze_panes == "A2"
    full = {(s, c): 5 for s in ("S01", "S02", "S03") for c in CRITERIA}
    _fill_xlsx(kari, {**full, ("S01", "novelty"): 8, ("S02", "novelty"): "=7"}, set())
    _fill_xlsx(jury / "ola-as.xlsx", {k: v for k, v in full.items() if k[0] != "S03"}, {"S03"})
    before = _digest(jury)
    r = run_cli("review", "report", jury, "--format", "json")
    assert _digest(jury) == before
    assert r.exit_code == 1
    doc = json.loads(r.stdout)
    assert [(p["where"], p["message"]) for p in doc["problems"]] == [
        (f"{kari}: Skåring!G7", "poengsummen 8 er utenfor skalaen 1–7"),
        (f"{kari}: Skåring!G13", "cellen har en formel; skriv poengsummen som et tall"),
    ]
    assert doc["ranking"][0]["conflicts"] == [] and any(
        x["conflicts"] == ["Ola Ås"] for x in doc["ranking"]
    )
    assert doc["unfinished"] == [{"evaluator": "Kari Nordmann", "missing": 2, "sheet": str(kari)}]


def test_anonymous_sheets_hide_applicants(tmp_path: Path) -> None:
    out = tmp_path / "anon"
    r = run_cli(
        "review", "init", *SKETCHES, "-e", "Kari", "-o", out, "--anonymous", "--format", "both"
    )
    assert r.exit_code == 0, r.stderr
    sheet = (out / "kari.yaml").read_text(encoding="utf-8")
    assert "applicant" not in sheet and "Stavanger" not in sheet and "skisse.yaml" not in sheet
    assert "Trygg og aktiv hverdag hjemme" in sheet
    book = openpyxl.load_workbook(out / "kari.xlsx")
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    assert not any("Stavanger" in c for c in cells)
    # The jury file, kept by the staff, still knows who is who.
    assert "Stavanger kommune" in (out / "jury.yaml").read_text(encoding="utf-8")


def test_init_never_overwrites_and_report_formats_read_back(jury: Path, tmp_path: Path) -> None:
    before = _digest(jury)
    again = run_cli("review", "init", *SKETCHES, "-e", "Kari Nordmann", "-o", jury)
    assert again.exit_code == 2 and "finnes allerede" in again.stderr
    assert _digest(jury) == before
    for p in [*jury.glob("*.xlsx"), jury / "ola-as.yaml"]:
        p.unlink()
    _fill_yaml(jury / "kari-nordmann.yaml", {"S01": [6] * 6, "S02": [2] * 6, "S03": [4] * 6})
    out = tmp_path / "r.xlsx"
    r = run_cli("review", "report", jury, "-f", "xlsx", "-o", out, "--today", "2017-09-20")
    assert r.exit_code == 0 and r.stderr.strip() == f"Skrev {out}"
    ranking = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ranking[2]][:6] == [
        1,
        None,
        "S01",
        ranking["D2"].value,
        "Hordaland fylkeskommune",
        6,
    ]
    assert isinstance(ranking["F3"].value, int | float)
    about = openpyxl.load_workbook(out)["Om rapporten"]
    assert about["B3"].value == (
        "1–7 (sketchkits standard, som Forskningsrådet bruker; utlysningen oppgir ingen skala)"
    )
    assert run_cli("review", "report", jury, "-f", "xlsx", "-o", out).exit_code == 2
    page = run_cli("review", "report", jury, "-f", "html").stdout

    class Cells(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.text: list[str] = []

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    parser = Cells()
    parser.feed(page)
    assert "S01" in parser.text and "Ola Ås: ikke noe ark funnet" in parser.text


def test_names_and_titles_never_become_markup_or_formulas(tmp_path: Path) -> None:
    sketch = tmp_path / "s" / "skisse.yaml"
    sketch.parent.mkdir()
    text = SKETCHES[0].read_text(encoding="utf-8")
    text = re.sub(r"(?m)^title: .*$", "title: '=HYPERLINK(\"x\")<b>'", text, count=1)
    sketch.write_text(text, encoding="utf-8")
    (sketch.parent / "forpliktelseserklaering.pdf").write_bytes(
        (SKETCHES[0].parent / "forpliktelseserklaering.pdf").read_bytes()
    )
    out = tmp_path / "j"
    assert (
        run_cli(
            "review", "init", sketch, "-e", "<i>Eva</i>", "-o", out, "--format", "both"
        ).exit_code
        == 0
    )
    ws = openpyxl.load_workbook(out / "i-eva-i.xlsx").worksheets[0]
    assert ws["B2"].value == '=HYPERLINK("x")<b>' and ws["B2"].data_type == "s"
    page = run_cli("review", "report", out, "-f", "html").stdout
    assert "<b>" not in page and "&lt;i&gt;Eva&lt;/i&gt;" in page
