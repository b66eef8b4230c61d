"""Whatever a sketch writes, CSV and xlsx cells keep it as inert, readable text."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sketchkit.core.cells import FORMULA_STARTS, neutralise
from sketchkit.core.i18n import Lang
from sketchkit.core.workbook import cell_text
from sketchkit.intake.csvdialect import Dialect, to_csv
from sketchkit.intake.overview import CallSection, Overview, Row
from sketchkit.intake.spreadsheet import to_xlsx

TEXT = st.text(
    alphabet=st.sampled_from("=+-@\t\r\n;,\"'_x0A1 æøå<>&\x1b\x00|%:()"), min_size=1, max_size=24
)


def _overview(title: str, applicant: str) -> Overview:
    row = Row(
        path="a.yaml",
        call_id="c",
        applicant=applicant,
        org_number="",
        title=title,
        requested_nok=5,
        savings_nok=None,
        errors=0,
        warnings=0,
        criteria={},
        met=0,
        number=1,
    )
    section = CallSection("c", "C", [], [row], None, None)
    return Overview([section], [], dt.date(2026, 1, 1))


def test_neutralise_only_adds_an_apostrophe_before_a_formula_start() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("1+1") == "1+1"
    assert neutralise("'=x") == "'=x"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, applicant=TEXT)
def test_csv_cells_read_back_inert_and_whole(title: str, applicant: str) -> None:
    for dialect in Dialect:
        text = to_csv(_overview(title, applicant), Lang.NB, dialect).removeprefix("\ufeff")
        delimiter = ";" if dialect is Dialect.EXCEL_NB else ","
        header, row = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        cells = dict(zip(header, row, strict=True))
        for written, read in ((title, cells["Prosjekt"]), (applicant, cells["Søker"])):
            assert read == neutralise(written)
            assert not read.startswith(FORMULA_STARTS)
            assert read.removeprefix("'") == written or read == written


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT)
def test_xlsx_cells_are_strings_with_the_text(title: str) -> None:
    data = to_xlsx(_overview(title, "x"), Lang.NB)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["c"]
    cell = sheet["E2"]
    assert cell.data_type == "s"
    assert cell.value == cell_text(title)
    assert cell_text("a\r\nb\rc\x1b") == "a\nb\nc\ufffd"
