"""The overview as CSV, in a dialect a spreadsheet with Norwegian settings reads right.

``excel-nb`` (the default): UTF-8 with a byte order mark (so Excel reads æøå), semicolons
between fields, CRLF line ends, decimal comma, amounts as plain whole numbers, no value that
looks like a date (criteria met and criteria in all are two columns, never «6/6»).
``rfc4180``: commas, decimal point, CRLF, UTF-8 without a byte order mark, for programs.
Either way every text cell that could start a formula is neutralised (sketchkit.core.cells).
"""

from __future__ import annotations

import csv
import enum
import io

from sketchkit.core.i18n import Lang
from sketchkit.intake.columns import Output, columns, criterion_word, csv_cell
from sketchkit.intake.overview import CallSection, Overview, Row


class Dialect(enum.StrEnum):
    EXCEL_NB = "excel-nb"
    RFC4180 = "rfc4180"


def reader_options(dialect: Dialect) -> dict[str, str]:
    """What ``csv.reader`` needs to read our output back (after removing any BOM)."""
    return {"delimiter": ";" if dialect is Dialect.EXCEL_NB else ","}


def criterion_columns(overview: Overview) -> list[tuple[str, str, str]]:
    """(call id, criterion id, header) for every call's criteria; with several calls the
    header names the call, so that «Effekt» of 2020 is never read as a 2017 criterion."""
    several = len(overview.sections) > 1
    return [
        (s.call_id, cid, f"{title} ({s.call_id})" if several else title)
        for s in overview.sections
        for cid, title in s.criteria
    ]


def header(overview: Overview, lang: Lang) -> list[str]:
    return [
        *(c.heading(Output.CSV, lang) for c in columns(Output.CSV)),
        *(h for _, _, h in criterion_columns(overview)),
    ]


def row_cells(
    row: Row,
    section: CallSection,
    columns_of_criteria: list[tuple[str, str, str]],
    lang: Lang,
    decimal: str,
) -> list[str]:
    status = [
        criterion_word(row, cid, lang) if call_id == row.call_id else ""
        for call_id, cid, _ in columns_of_criteria
    ]
    return [
        *(csv_cell(c, c.read(row, section, lang), decimal) for c in columns(Output.CSV)),
        *status,
    ]


def to_csv(overview: Overview, lang: Lang, dialect: Dialect = Dialect.EXCEL_NB) -> str:
    out = io.StringIO()
    nb = dialect is Dialect.EXCEL_NB
    writer = csv.writer(out, lineterminator="\r\n", **reader_options(dialect))  # type: ignore[arg-type]
    criteria = criterion_columns(overview)
    writer.writerow(header(overview, lang))
    for section in overview.sections:
        for row in section.rows:
            writer.writerow(row_cells(row, section, criteria, lang, "," if nb else "."))
    return ("\ufeff" if nb else "") + out.getvalue()
