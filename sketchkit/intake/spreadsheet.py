"""The overview as an .xlsx workbook: a totals sheet, one sheet per call, one of findings and
one of possible duplicates. Numbers are numbers, coverage a percentage, dates dates; every
header row is frozen and filtered. Imported only by ``summary --xlsx``."""

from __future__ import annotations

from sketchkit.checking.findings import SEVERITY_WORDS, Severity
from sketchkit.core.i18n import Lang
from sketchkit.core.workbook import Cell, Workbook, fixed_time
from sketchkit.intake import labels as L
from sketchkit.intake.columns import Output, columns, criterion_word, xlsx_cell, xlsx_format
from sketchkit.intake.duplicates import REASON_WORDS
from sketchkit.intake.overview import STATUS_TEXT, Overview, RowStatus


def to_xlsx(overview: Overview, lang: Lang) -> bytes:
    book = Workbook(fixed_time(overview.made))
    totals: list[list[Cell]] = []
    for s in overview.sections:
        totals.append(
            [
                s.title,
                s.call_id,
                s.deadline.date() if s.deadline else None,
                len(s.rows),
                s.count(RowStatus.OK),
                s.count(RowStatus.WARNINGS),
                s.count(RowStatus.ERRORS),
                s.count(RowStatus.UNREADABLE),
                s.requested_nok,
                s.pot.nok if s.pot else L.UNKNOWN(lang),
                s.pot.source if s.pot else "",
                overview.made,
            ]
        )
    book.table(
        L.TOTALS_SHEET(lang),
        [
            L.CALL(lang),
            "id",
            L.DEADLINE(lang),
            L.SKETCHES(lang),
            STATUS_TEXT[RowStatus.OK](lang),
            STATUS_TEXT[RowStatus.WARNINGS](lang),
            STATUS_TEXT[RowStatus.ERRORS](lang),
            STATUS_TEXT[RowStatus.UNREADABLE](lang),
            L.REQUESTED_TOTAL(lang),
            L.POT(lang),
            L.POT_SOURCE(lang),
            L.MADE(lang),
        ],
        totals,
        formats=[
            "wrap",
            None,
            "date",
            None,
            None,
            None,
            None,
            None,
            "amount",
            "amount",
            "wrap",
            "date",
        ],
        widths=[40, 28, 12, 9, 10, 10, 10, 10, 18, 16, 30, 12],
    )
    shown = columns(Output.XLSX)
    for s in overview.sections:
        rows: list[list[Cell]] = [
            [
                *(xlsx_cell(c, c.read(r, s, lang)) for c in shown),
                *(criterion_word(r, cid, lang) or None for cid, _ in s.criteria),
            ]
            for r in s.rows
        ]
        book.table(
            f"{s.call_id}",
            [*(c.heading(Output.XLSX, lang) for c in shown), *(t for _, t in s.criteria)],
            rows,
            formats=[xlsx_format(c) for c in shown],
            widths=[*(c.width for c in shown), *([14] * len(s.criteria))],
        )
    findings: list[list[Cell]] = [
        [
            r.number,
            r.call_id,
            r.path,
            SEVERITY_WORDS[Severity(p.severity)](lang),
            p.rule,
            p.line,
            p.column,
            p.message,
        ]
        for r in overview.rows
        for p in r.problems
    ]
    book.table(
        L.FINDINGS_SHEET(lang),
        [
            L.NUMBER(lang),
            L.CALL(lang),
            L.PATH(lang),
            L.SEVERITY(lang),
            L.RULE(lang),
            L.LINE(lang),
            L.COLUMN(lang),
            L.MESSAGE(lang),
        ],
        findings,
        formats=[None, None, "wrap", None, None, None, None, "wrap"],
        widths=[5, 26, 30, 10, 22, 6, 8, 80],
    )
    book.table(
        L.DUPLICATES_SHEET(lang),
        [
            L.LATER(lang),
            L.PATH(lang),
            L.EARLIER(lang),
            L.PATH(lang),
            L.REASON(lang),
            L.SIMILARITY(lang),
        ],
        [
            [
                later.number,
                later.path,
                earlier.number,
                earlier.path,
                REASON_WORDS[d.reason](lang),
                d.similarity,
            ]
            for earlier, later, d in overview.duplicates
        ],
        formats=[None, "wrap", None, "wrap", "wrap", "percent"],
        widths=[10, 36, 10, 36, 36, 12],
    )
    return book.data()
