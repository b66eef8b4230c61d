"""The CSV opened by a real spreadsheet with Norwegian settings: LibreOffice Calc, headless."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from tests.conftest import EXAMPLES, GOOD_TODAY, run_cli

# Calc's own library: soffice alone may be only Writer (Debian splits the suite).
CALC = Path("/usr/lib/libreoffice/program/libsclo.so")
NB_NO = 1044  # LibreOffice's language code for Norwegian bokmål
pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or not CALC.exists(),
    reason="LibreOffice Calc is not installed here (Debian: libreoffice-calc-nogui)",
)


def test_numbers_stay_numbers_and_nothing_becomes_a_date(
    tmp_path: Path, bad_sketches: Path
) -> None:
    csv_file = tmp_path / "oversikt.csv"
    hostile = tmp_path / "hostile.yaml"
    text = (bad_sketches / "budget-sum.yaml").read_text(encoding="utf-8")
    title = text.split("\ntitle: ", 1)[1].split("\n", 1)[0]
    hostile.write_text(text.replace(f"title: {title}", "title: '=1+1'"), encoding="utf-8")
    r = run_cli(
        "summary",
        *EXAMPLES,
        bad_sketches / "budget-sum.yaml",
        hostile,
        "--csv",
        csv_file,
        "--today",
        GOOD_TODAY,
    )
    assert r.exit_code == 0, r.stderr
    # The import options a Norwegian user gets: semicolon (59), quote (34), UTF-8 (76),
    # from line 1, Norwegian bokmål number recognition.
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"--infilter=CSV:59,34,76,1,,{NB_NO}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "out"),
            str(csv_file),
        ],
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        timeout=120,
        check=True,
    )
    sheet = openpyxl.load_workbook(tmp_path / "out" / "oversikt.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=False))
    header = [c.value for c in rows[0]]
    for row in rows[1:]:
        cells = dict(zip(header, row, strict=False))
        for name in (
            "Omsøkt (kr)",
            "Feil",
            "Kriterier oppfylt",
            "Kriterier i alt",
            "Dekningsgrad (sketchkit, %)",
            "LIKS (lesbarhetsindeks)",
        ):
            assert cells[name].data_type == "n", (name, cells[name].value)
        assert not any(getattr(c, "is_date", False) for c in row)
    first = dict(zip(header, (c.value for c in rows[1]), strict=False))
    assert first["Dekningsgrad (sketchkit, %)"] == 100
    assert (first["Kriterier oppfylt"], first["Kriterier i alt"]) == (6, 6)
    assert first["Omsøkt (kr)"] == 8_000_000
    assert first["LIKS (lesbarhetsindeks)"] == 50  # «50,0»: 49.96 to one decimal
    # The formula stays text: never computed, still readable.
    titles = [c.value for c in sheet[get_column_letter(header.index("Prosjekt") + 1)]]
    assert "'=1+1" in titles and 2 not in titles
