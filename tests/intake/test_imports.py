"""Spreadsheet libraries are loaded only by the commands that write or read a workbook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES

CODE = """
import sys
from sketchkit.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print(sorted({"xlsxwriter", "openpyxl", "playwright"} & set(sys.modules)))
"""


def _loaded(*argv: str) -> str:
    r = subprocess.run(
        [sys.executable, "-c", CODE, *argv], capture_output=True, text=True, check=False
    )
    return r.stdout.strip().splitlines()[-1]


def test_check_and_summary_without_xlsx_load_no_spreadsheet_library(tmp_path: Path) -> None:
    sketch = str(EXAMPLES[0])
    assert _loaded("check", sketch, "--today", "2017-08-01") == "[]"
    assert _loaded("summary", sketch, "--csv", str(tmp_path / "o.csv")) == "[]"
    assert _loaded("summary", sketch, "--xlsx", str(tmp_path / "o.xlsx")) == "['xlsxwriter']"
    jury = tmp_path / "j"
    assert _loaded("review", "init", sketch, "-e", "Kari", "-o", str(jury)) == "[]"
    # A round with YAML sheets only is reported without openpyxl.
    assert _loaded("review", "report", str(jury)) == "[]"
