"""A jury round that cannot run says why (exit 2); a broken sheet names its place (exit 1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli

OLDER = [p for p in EXAMPLES if "2020" not in p.parent.name]
OSLO = next(p for p in EXAMPLES if "2020" in p.parent.name)


@pytest.fixture
def jury(tmp_path: Path) -> Path:
    out = tmp_path / "jury"
    assert run_cli("review", "init", *OLDER, "-e", "Kari", "-o", out).exit_code == 0
    return out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "oppgi minst én evaluator med --evaluator NAVN"),
        (["-e", "Kari", "-e", "Kari"], "evaluatoren «Kari» er oppgitt to ganger"),
        (["-e", " "], "en evaluator trenger et navn"),
        (["-e", "Kari", "--format", "pdf"], "--format må være yaml, xlsx eller both"),
    ],
)
def test_init_refuses_bad_options(tmp_path: Path, args: list[str], message: str) -> None:
    r = run_cli("review", "init", *OLDER, "-o", tmp_path / "j", *args)
    assert r.exit_code == 2
    assert r.stderr == f"sketchkit: {message}\n"
    assert not (tmp_path / "j").exists()


def test_init_wants_one_call(tmp_path: Path) -> None:
    r = run_cli("review", "init", *OLDER, OSLO, "-e", "Kari", "-o", tmp_path / "j")
    assert r.exit_code == 2
    assert (
        "skissene hører til flere utlysninger (innovasjonspartnerskap-2017, innovasjonspartnerskap-2020)"
        in r.stderr
    )
    forced = run_cli(
        "review",
        "init",
        *OLDER,
        OSLO,
        "-e",
        "Kari",
        "-o",
        tmp_path / "j",
        "--call",
        "innovasjonspartnerskap-2020",
    )
    assert forced.exit_code == 0, forced.stderr


def test_report_without_a_round_or_with_a_broken_one(tmp_path: Path, jury: Path) -> None:
    r = run_cli("review", "report", tmp_path)
    assert r.exit_code == 2 and "lag runden med sketchkit review init" in r.stderr
    (jury / "jury.yaml").write_text("format: [\n", encoding="utf-8")
    r = run_cli("review", "report", jury)
    assert r.exit_code == 2 and f"{jury / 'jury.yaml'}:" in r.stderr
    assert "jury-filen er ødelagt" in r.stderr


def test_report_never_writes_over_a_sheet(jury: Path) -> None:
    sheet = jury / "kari.yaml"
    before = sheet.read_bytes()
    r = run_cli("review", "report", jury, "-o", sheet, "--force")
    assert r.exit_code == 2
    assert r.stderr == (
        f"sketchkit: {sheet} er en av filene som leses (skissen, et vedlegg, en mal, et "
        "skåringsark eller utlysningen); den skrives aldri over, heller ikke med --force\n"
    )
    assert sheet.read_bytes() == before


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (
            lambda t: t.replace('evaluator: "Kari"', 'evaluator: "Ola"'),
            7,
            "arket tilhører «Ola», ikke «Kari»",
        ),
        (lambda t: t.replace('- id: "S02"', '- id: "S09"'), None, "ukjent skisse «S09»"),
        (lambda t: t.replace('- id: "S02"', '- id: "S01"'), None, "skissen «S01» står to ganger"),
        (
            lambda t: t.replace("conflict: false", "conflict: kanskje", 1),
            None,
            "conflict må være true eller false",
        ),
        (lambda t: t.replace('"novelty":', '"nyhet":', 1), None, "ukjent kriterium «nyhet»"),
        (
            lambda t: t.replace("format: sketchkit-score-sheet-1", "format: 2"),
            5,
            "dette er ikke et skåringsark fra sketchkit (format: 2)",
        ),
        (lambda t: "- bare en liste\n", 1, "arket må være et YAML-kart"),
    ],
)
def test_a_broken_sheet_names_line_and_column(
    jury: Path, edit: Callable[[str], str], where: int | None, message: str
) -> None:
    sheet = jury / "kari.yaml"
    text = edit(sheet.read_text(encoding="utf-8"))
    sheet.write_text(text, encoding="utf-8")
    r = run_cli("review", "report", jury)
    assert r.exit_code == 1
    problems = r.stdout.split("talt med):\n", 1)[1].splitlines()
    hits = [p for p in problems if p.endswith(message)]
    assert hits, problems
    place = hits[0].strip().split(": ", 1)[0]
    file, line, column = place.rsplit(":", 2)
    assert file == str(sheet) and int(column) >= 1
    if where is not None:
        assert int(line) == where
    else:
        assert text.splitlines()[int(line) - 1].strip()  # a real line of the sheet


def test_a_workbook_that_is_not_a_sheet_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    out = tmp_path / "j"
    assert (
        run_cli("review", "init", *OLDER, "-e", "Kari", "-o", out, "--format", "xlsx").exit_code
        == 0
    )
    sheet = out / "kari.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not really a zip")
    r = run_cli("review", "report", out)
    assert r.exit_code == 1
    assert f"  {sheet}: kan ikke leses: BadZipFile" in r.stdout


def test_a_workbook_that_unpacks_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "j"
    assert (
        run_cli("review", "init", *OLDER, "-e", "Kari", "-o", out, "--format", "xlsx").exit_code
        == 0
    )
    sheet = out / "kari.xlsx"
    with zipfile.ZipFile(sheet, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.bin", b"\0" * 60_000_000)
    r = run_cli("review", "report", out)
    assert r.exit_code == 1
    assert (
        f"  {sheet}: kan ikke leses: arbeidsboken er for stor til å være et skåringsark" in r.stdout
    )
