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

from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.core.cells import neutralise
from sketchkit.core.i18n import Lang
from sketchkit.intake import labels as L
from sketchkit.intake.overview import STATUS_TEXT, Overview, Row


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
        L.NUMBER(lang),
        L.CALL(lang),
        L.PATH(lang),
        L.APPLICANT(lang),
        L.ORG_NUMBER(lang),
        L.TITLE(lang),
        L.REQUESTED(lang),
        L.SAVINGS(lang),
        L.STATUS(lang),
        L.ERRORS(lang),
        L.WARNINGS(lang),
        L.MET(lang),
        L.CRITERIA_TOTAL(lang),
        L.COVERAGE_PERCENT(lang),
        L.DUPLICATE(lang),
        L.RULES(lang),
        L.PROBLEMS(lang),
        L.DOCUMENTS(lang),
        *(h for _, _, h in criterion_columns(overview)),
    ]


def _problems(row: Row) -> str:
    return " | ".join(f"{p.line}:{p.column} {p.rule}: {p.message}" for p in row.problems)


def row_cells(row: Row, columns: list[tuple[str, str, str]], lang: Lang, decimal: str) -> list[str]:
    unread = row.errors is None

    def number(v: int | None) -> str:
        return "" if v is None else str(v)

    coverage = "" if unread else f"{100 * row.score:.1f}".replace(".", decimal)
    texts = [
        row.call_id,
        row.path,
        row.applicant or row.note,
        row.org_number,
        row.title,
    ]
    status = [
        STATUS_WORDS[Status(row.criteria[cid])](lang)
        if call_id == row.call_id and cid in row.criteria and not unread
        else ""
        for call_id, cid, _ in columns
    ]
    return [
        str(row.number),
        *(neutralise(t) for t in texts),
        number(row.requested_nok),
        number(row.savings_nok),
        STATUS_TEXT[row.status](lang),
        number(row.errors),
        number(row.warnings),
        "" if unread else str(row.met),
        "" if unread else str(len(row.criteria)),
        coverage,
        str(row.duplicate_of) if row.duplicate is not None else "",
        ", ".join(row.rule_ids()),
        neutralise(_problems(row)),
        neutralise(" ".join(row.documents)),
        *status,
    ]


def to_csv(overview: Overview, lang: Lang, dialect: Dialect = Dialect.EXCEL_NB) -> str:
    out = io.StringIO()
    nb = dialect is Dialect.EXCEL_NB
    writer = csv.writer(out, lineterminator="\r\n", **reader_options(dialect))  # type: ignore[arg-type]
    columns = criterion_columns(overview)
    writer.writerow(header(overview, lang))
    for row in overview.rows:
        writer.writerow(row_cells(row, columns, lang, "," if nb else "."))
    return ("\ufeff" if nb else "") + out.getvalue()
