"""The overview as an .xlsx workbook: a totals sheet, one sheet per call, one of findings and
one of possible duplicates. Numbers are numbers, coverage a percentage, dates dates; every
header row is frozen and filtered. Imported only by ``summary --xlsx``."""

from __future__ import annotations

from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.checking.findings import SEVERITY_WORDS, Severity
from sketchkit.core.i18n import Lang
from sketchkit.core.workbook import Cell, Workbook, fixed_time
from sketchkit.intake import labels as L
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
    for s in overview.sections:
        rows: list[list[Cell]] = []
        for r in s.rows:
            unread = r.errors is None
            rows.append(
                [
                    r.number,
                    r.path,
                    r.applicant or r.note,
                    r.org_number,
                    r.title,
                    r.requested_nok,
                    r.savings_nok,
                    STATUS_TEXT[r.status](lang),
                    r.errors,
                    r.warnings,
                    None if unread else r.met,
                    None if unread else len(s.criteria),
                    None if unread else r.score,
                    r.duplicate_of if r.duplicate is not None else None,
                    ", ".join(r.rule_ids()),
                    "\n".join(r.documents),
                    *(
                        STATUS_WORDS[Status(r.criteria[cid])](lang)
                        if not unread and cid in r.criteria
                        else None
                        for cid, _ in s.criteria
                    ),
                ]
            )
        book.table(
            f"{s.call_id}",
            [
                L.NUMBER(lang),
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
                L.COVERAGE(lang),
                L.DUPLICATE(lang),
                L.RULES(lang),
                L.DOCUMENTS(lang),
                *(t for _, t in s.criteria),
            ],
            rows,
            formats=[
                None,
                "wrap",
                "wrap",
                None,
                "wrap",
                "amount",
                "amount",
                None,
                None,
                None,
                None,
                None,
                "percent",
                None,
                "wrap",
                "wrap",
            ],
            widths=[
                5,
                30,
                24,
                12,
                36,
                14,
                14,
                12,
                6,
                9,
                9,
                9,
                12,
                10,
                20,
                24,
                *([14] * len(s.criteria)),
            ],
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
