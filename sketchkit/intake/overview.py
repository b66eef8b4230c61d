"""An overview of many sketches for the programme staff who receive them: ``sketchkit summary``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sketchkit.checking.checker import FileResult
from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import display_org_number
from sketchkit.core.numbers import format_nok
from sketchkit.core.textsafe import terminal_safe

COLUMNS = {
    "path": Msg("Fil", "File"),
    "applicant": Msg("Søker", "Applicant"),
    "org_number": Msg("Org.nr.", "Org. no."),
    "title": Msg("Prosjekt", "Project"),
    "requested_nok": Msg("Omsøkt (kr)", "Requested (NOK)"),
    "savings_nok": Msg("Årlig besparelse (kr)", "Annual savings (NOK)"),
    "errors": Msg("Feil", "Errors"),
    "warnings": Msg("Advarsler", "Warnings"),
    "met": Msg("Kriterier oppfylt", "Criteria met"),
    "score": Msg("Dekningsgrad (sketchkit)", "Coverage (sketchkit)"),
}
_UNREADABLE = Msg("kunne ikke leses: {why}", "could not be read: {why}")


@dataclass(frozen=True)
class Row:
    path: str
    applicant: str
    org_number: str
    title: str
    requested_nok: int | None
    savings_nok: int | None
    errors: int | None  # None: the sketch could not be read
    warnings: int | None
    criteria: dict[str, str]  # criterion id → met / weak / missing
    met: int
    score: float = 0.0  # weighted share of criteria met; sketchkit's measure, not the call's
    note: str = ""  # why a sketch could not be read

    def sort_key(self) -> tuple[int, int, float, int, str]:
        """Complete sketches first: readable, no errors, highest coverage, fewest warnings."""
        unreadable = self.errors is None
        return (int(unreadable), int(bool(self.errors)), -self.score, self.warnings or 0, self.path)


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def row_for(result: FileResult, lang: Lang) -> Row:
    criteria = {c.criterion.id: c.status.value for c in result.criteria}
    met = sum(1 for c in result.criteria if c.status is Status.MET)
    data = result.document.data if result.document is not None else None
    if result.fatal is not None or data is None:
        why = result.fatal or "; ".join(
            f"{f.line}:{f.column} {f.message}" for f in result.findings[:2]
        )
        return Row(
            result.path,
            "",
            "",
            "",
            None,
            None,
            None,
            None,
            criteria,
            met,
            0.0,
            _UNREADABLE(lang, why=why),
        )
    return Row(
        path=result.path,
        applicant=str(_get(data, "applicant", "name") or ""),
        org_number=display_org_number(str(_get(data, "applicant", "org_number") or "")),
        title=str(_get(data, "title") or ""),
        requested_nok=_int(_get(data, "budget", "requested_nok")),
        savings_nok=_int(_get(data, "benefits", "cost_savings", "expected_annual_savings_nok")),
        errors=result.counts.get("error", 0),
        warnings=result.counts.get("warning", 0),
        criteria=criteria,
        met=met,
        score=result.score,
    )


def rows_for(results: Iterable[FileResult], lang: Lang) -> list[Row]:
    return sorted((row_for(r, lang) for r in results), key=Row.sort_key)


def header(criteria: list[tuple[str, str]], lang: Lang) -> list[str]:
    return [*(m(lang) for m in COLUMNS.values()), *(title for _, title in criteria)]


def _cells(row: Row, criteria: list[tuple[str, str]], lang: Lang, *, machine: bool) -> list[str]:
    def amount(v: int | None) -> str:
        if v is None:
            return ""
        return str(v) if machine else format_nok(v, suffix=False)

    status = [
        STATUS_WORDS[Status(row.criteria[cid])](lang)
        if cid in row.criteria and row.errors is not None
        else ""
        for cid, _ in criteria
    ]
    return [
        row.path,
        row.applicant or row.note,
        row.org_number,
        row.title,
        amount(row.requested_nok),
        amount(row.savings_nok),
        "" if row.errors is None else str(row.errors),
        "" if row.warnings is None else str(row.warnings),
        "" if row.errors is None else f"{row.met}/{len(row.criteria)}",
        ""
        if row.errors is None
        else (f"{row.score:.4f}" if machine else f"{round(100 * row.score)} %"),
        *status,
    ]


def to_csv(rows: list[Row], criteria: list[tuple[str, str]], lang: Lang) -> str:
    """Semicolon-separated, as Excel with Norwegian settings opens it; amounts as plain numbers."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header(criteria, lang))
    for row in rows:
        writer.writerow(_cells(row, criteria, lang, machine=True))
    return out.getvalue()


def to_text(rows: list[Row], criteria: list[tuple[str, str]], lang: Lang) -> str:
    head = header(criteria, lang)[:10]
    # A terminal shows the cells: what a sketch wrote (a newline, an ESC) is shown escaped.
    body = [[terminal_safe(c) for c in _cells(r, criteria, lang, machine=False)[:10]] for r in rows]
    # Paths stay whole; long names and titles are cut to keep the table on screen.
    widths = [
        max(len(x) for x in col) if i == 0 else min(max(len(x) for x in col), 40)
        for i, col in enumerate(zip(head, *body, strict=True))
    ]

    def line(cells: list[str]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    return "\n".join([line(head), "  ".join("-" * w for w in widths), *map(line, body)]) + "\n"


def to_html(rows: list[Row], criteria: list[tuple[str, str]], lang: Lang, title: str) -> str:
    from jinja2 import FileSystemLoader
    from jinja2.sandbox import SandboxedEnvironment

    from sketchkit.core import resources

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(resources.templates_dir())), autoescape=True
    )
    fixed = len(COLUMNS)
    numeric = [False] * 4 + [True] * (fixed - 4) + [False] * len(criteria)
    sort_values = [
        [
            *_cells(r, criteria, lang, machine=True)[:fixed],
            *(r.criteria.get(c, "") for c, _ in criteria),
        ]
        for r in rows
    ]
    return env.get_template("summary.html.j2").render(
        title=title,
        lang=lang.value,
        header=header(criteria, lang),
        rows=[
            list(zip(_cells(r, criteria, lang, machine=False), values, strict=True))
            for r, values in zip(rows, sort_values, strict=True)
        ],
        numeric=numeric,
        criteria_start=fixed,
    )
