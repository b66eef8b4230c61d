"""The overview as one HTML page that works offline: filter by text, status and call, sort by
any column, open a sketch's problems, follow links to its rendered documents, print on A4.

Everything from a sketch goes through Jinja's autoescaping; links are relative file paths,
percent-encoded, so no sketch text becomes markup or a URL scheme.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sketchkit.checking.findings import SEVERITY_WORDS, Severity
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.numbers import format_nok
from sketchkit.core.textsafe import unsurrogate
from sketchkit.intake import labels as L
from sketchkit.intake.columns import (
    Column,
    Output,
    columns,
    criterion_word,
    screen_text,
    sort_text,
)
from sketchkit.intake.duplicates import REASON_WORDS
from sketchkit.intake.overview import STATUS_TEXT, CallSection, Overview, Row, RowStatus

_TEXT = {
    "search": Msg("Søk", "Search"),
    "search_hint": Msg("søker, prosjekt, fil, regel …", "applicant, project, file, rule …"),
    "status": Msg("Status", "Status"),
    "call": Msg("Utlysning", "Call"),
    "all": Msg("alle", "all"),
    "duplicates": Msg("mulige duplikater", "possible duplicates"),
    "shown": Msg("Viser {shown} av {total} skisser", "Showing {shown} of {total} sketches"),
    "sort_hint": Msg(
        "Klikk på en kolonneoverskrift for å sortere.", "Click a column heading to sort."
    ),
    "made": Msg("Laget {d} med sketchkit.", "Made {d} with sketchkit."),
}


def _href(target: str, base: Path) -> str:
    """A relative link from the page's folder to ``target``, percent-encoded."""
    try:
        rel = os.path.relpath(Path(target).resolve(), base.resolve())
    except ValueError:  # another drive on Windows
        rel = str(Path(target).resolve())
    return quote(os.fsencode(Path(rel).as_posix()))


def _css(column: Column) -> str:
    """The cell's classes: alignment, wrapping and the column's own (``col-<key>``)."""
    look = "num" if column.numeric else "" if column.wrap else "nowrap"
    return f"{look} col-{column.key}".strip()


def _row(
    row: Row,
    section: CallSection,
    shown: list[tuple[Column, str]],
    lang: Lang,
    base: Path,
    involved: set[int],
) -> dict[str, Any]:
    errors = [p for p in row.problems if p.severity == Severity.ERROR.value]
    warnings = [p for p in row.problems if p.severity == Severity.WARNING.value]
    problems = [*errors, *warnings]
    reason = ""
    if row.duplicate is not None:
        reason = REASON_WORDS[row.duplicate.reason](lang)
        if row.duplicate.similarity < 1.0:
            reason = L.SIMILAR(lang, reason=reason, sim=round(100 * row.duplicate.similarity))
    # (key, classes, sort value, text): tuples, which the template unpacks without look-ups.
    cells = []
    for c, css in shown:
        value = c.read(row, section, lang)
        # The problems are shown as a list, sorted by how many it holds.
        sort = str(len(problems)) if c.key == "problems" else sort_text(c, value)
        cells.append((c.key, css, sort, screen_text(c, value, lang)))
    return {
        "status": row.status,
        "duplicate": row.number in involved,
        "duplicate_reason": reason,
        "cells": cells,
        "criteria": [
            (
                row.criteria.get(cid, "") if row.errors is not None else "",
                criterion_word(row, cid, lang),
            )
            for cid, _ in section.criteria
        ],
        "problems": [
            {
                "rule": p.rule,
                "severity": SEVERITY_WORDS[Severity(p.severity)](lang),
                "where": f"{p.line}:{p.column}",
                "message": p.message,
            }
            for p in problems
        ],
        "problems_summary": Msg("{e} feil, {w} advarsler", "{e} errors, {w} warnings")(
            lang, e=len(errors), w=len(warnings)
        ),
        "documents": [(Path(d).suffix.lstrip("."), _href(d, base)) for d in row.documents],
    }


def to_html(overview: Overview, lang: Lang, base: Path, title: str | None = None) -> str:
    from jinja2 import FileSystemLoader
    from jinja2.sandbox import SandboxedEnvironment

    from sketchkit.core import resources

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(resources.templates_dir())),
        autoescape=True,
        # Every text the page shows can be written as UTF-8: a name that is not UTF-8 keeps
        # its odd bytes as \xff.
        finalize=lambda v: unsurrogate(v) if isinstance(v, str) else v,
    )
    involved = {r.number for pair in overview.duplicates for r in pair[:2]}
    shown = [(c, _css(c)) for c in columns(Output.HTML)]
    sections = [
        {
            "call_id": s.call_id,
            "title": s.title,
            "totals": L.TOTALS_LINE(
                lang,
                n=len(s.rows),
                ok=s.count(RowStatus.OK),
                warn=s.count(RowStatus.WARNINGS),
                err=s.count(RowStatus.ERRORS),
                bad=s.count(RowStatus.UNREADABLE),
            ),
            "amounts": L.AMOUNTS_LINE(
                lang,
                requested=format_nok(s.requested_nok),
                pot=L.pot_text(s.pot, s.requested_nok, lang),
            ),
            "criteria": [t for _, t in s.criteria],
            "rows": [_row(r, s, shown, lang, base, involved) for r in s.rows],
        }
        for s in overview.sections
    ]
    pairs = []
    for earlier, later, d in overview.duplicates:
        reason = REASON_WORDS[d.reason](lang)
        if d.similarity < 1.0:
            reason = L.SIMILAR(lang, reason=reason, sim=round(100 * d.similarity))
        pairs.append(
            {
                "later": later.number,
                "later_path": later.path,
                "earlier": earlier.number,
                "earlier_path": earlier.path,
                "reason": reason,
            }
        )
    heading = title or Msg("Mottatte skisser", "Sketches received")(lang)
    labels = {k: m(lang) for k, m in _TEXT.items()}
    labels["made"] = _TEXT["made"](lang, d=overview.made.isoformat())
    return env.get_template("summary.html.j2").render(
        title=heading,
        lang="nn" if lang is Lang.NN else lang.value,
        labels=labels,
        statuses=[(s, STATUS_TEXT[s](lang)) for s in STATUS_TEXT],
        sections=sections,
        columns=[(c.heading(Output.HTML, lang), c.numeric) for c, _ in shown],
        pairs=pairs,
        duplicates_heading=L.DUPLICATES_HEADING(lang),
        no_duplicates=L.NO_DUPLICATES(lang),
        coverage_note=L.COVERAGE_NOTE(lang),
        lix_note=L.LIX_NOTE(lang),
        total=len(overview.rows),
    )
