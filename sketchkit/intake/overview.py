"""An overview of many sketches for the programme staff who receive them: ``sketchkit summary``.

The model only: one Row per sketch, one CallSection per call (with that call's own criteria and
totals), and the duplicates found across all of them. The formats live beside it (terminal,
csvdialect, webpage, spreadsheet).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sketchkit.calls import Call
from sketchkit.checking.checker import FileResult
from sketchkit.checking.criteria import Status
from sketchkit.checking.findings import Severity
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.identifiers import display_org_number
from sketchkit.intake import duplicates
from sketchkit.intake.calldata import Pot, pot_of
from sketchkit.intake.readability import sketch_lix

_UNREADABLE = Msg("kunne ikke leses: {why}", "could not be read: {why}")
# Rendered documents are looked for next to the sketch, named as `render` names them.
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".html", ".md")


class RowStatus(enum.StrEnum):
    """What the filter in the HTML page and the status column go by."""

    OK = "ok"
    WARNINGS = "warnings"
    ERRORS = "errors"
    UNREADABLE = "unreadable"


STATUS_TEXT = {
    RowStatus.OK: Msg("uten feil", "no errors"),
    RowStatus.WARNINGS: Msg("advarsler", "warnings"),
    RowStatus.ERRORS: Msg("feil", "errors"),
    RowStatus.UNREADABLE: Msg("kunne ikke leses", "could not be read"),
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A finding as staff see it: its rule id, severity, place and message."""

    rule: str
    severity: str
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Row:
    path: str
    call_id: str
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
    problems: tuple[RowProblem, ...] = ()
    documents: tuple[str, ...] = ()  # rendered documents found next to the sketch
    number: int = 0  # 1-based place in the whole overview, for naming rows
    duplicate: duplicates.Duplicate | None = None
    duplicate_of: int = 0  # the number of the earlier row this one repeats
    lix: float | None = None  # of all the prose read as one text (intake.readability)

    @property
    def status(self) -> RowStatus:
        if self.errors is None:
            return RowStatus.UNREADABLE
        if self.errors:
            return RowStatus.ERRORS
        return RowStatus.WARNINGS if self.warnings else RowStatus.OK

    def sort_key(self) -> tuple[int, int, float, int, str]:
        """Complete sketches first: readable, no errors, highest coverage, fewest warnings."""
        unreadable = self.errors is None
        return (int(unreadable), int(bool(self.errors)), -self.score, self.warnings or 0, self.path)

    def rule_ids(self) -> list[str]:
        """The rules with errors or warnings, each once, in the order first met."""
        return list(
            dict.fromkeys(p.rule for p in self.problems if p.severity != Severity.INFO.value)
        )


@dataclass(frozen=True)
class CallSection:
    """One call's sketches, with that call's criteria and its totals."""

    call_id: str
    title: str
    criteria: list[tuple[str, str]]  # (id, title in the user's language)
    rows: list[Row]
    pot: Pot | None
    deadline: dt.datetime | None

    @property
    def requested_nok(self) -> int:
        return sum(r.requested_nok or 0 for r in self.rows)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass(frozen=True)
class Overview:
    sections: list[CallSection]
    duplicates: list[tuple[Row, Row, duplicates.Duplicate]] = field(default_factory=list)
    made: dt.date = field(default_factory=dt.date.today)

    @property
    def rows(self) -> list[Row]:
        return [r for s in self.sections for r in s.rows]


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _documents(result: FileResult) -> tuple[str, ...]:
    # By the name the system has (``path`` is its printable form), so that a link to it works;
    # every output writes it printable (cells, the page's text, the terminal).
    sketch = Path(result.system_path)
    found = []
    for suffix in DOCUMENT_SUFFIXES:
        candidate = sketch.with_suffix(suffix)
        if candidate != sketch and candidate.is_file():
            found.append(str(candidate))
    return tuple(found)


def row_for(result: FileResult, lang: Lang) -> Row:
    criteria = {c.criterion.id: c.status.value for c in result.criteria}
    met = sum(1 for c in result.criteria if c.status is Status.MET)
    call_id = result.call.id if result.call is not None else ""
    problems = tuple(
        RowProblem(f.rule, f.severity.value, f.line, f.column, f.message) for f in result.findings
    )
    data = result.document.data if result.document is not None else None
    if result.fatal is not None or data is None:
        why = result.fatal or "; ".join(
            f"{f.line}:{f.column} {f.message}" for f in result.findings[:2]
        )
        return Row(
            path=result.path,
            call_id=call_id,
            applicant="",
            org_number="",
            title="",
            requested_nok=None,
            savings_nok=None,
            errors=None,
            warnings=None,
            criteria=criteria,
            met=met,
            note=_UNREADABLE(lang, why=why),
            problems=problems,
        )
    return Row(
        path=result.path,
        call_id=call_id,
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
        problems=problems,
        documents=_documents(result),
        # Checked with the clear-language figures, the sketch has its LIX already.
        lix=result.lix if result.language is not None else sketch_lix(result),
    )


@dataclass(frozen=True, slots=True)
class Checked:
    """What the overview keeps of one checked sketch: small, and cheap to send between
    processes (sketchkit.intake.batch checks on several cores)."""

    row: Row
    fingerprint: duplicates.Fingerprint | None


def checked(result: FileResult, lang: Lang) -> Checked:
    row = row_for(result, lang)
    data = result.document.data if result.document is not None else None
    readable = row.errors is not None
    return Checked(
        row, duplicates.fingerprint(row.org_number, row.title, data) if readable else None
    )


def build(results: Iterable[FileResult], lang: Lang, made: dt.date | None = None) -> Overview:
    """The overview of ``results``, read one at a time (only rows and fingerprints are kept)."""
    calls: dict[str, Call] = {}

    def items() -> Iterator[Checked]:
        for result in results:
            if result.call is not None:
                calls.setdefault(result.call.id, result.call)
            yield checked(result, lang)

    return assemble(items(), lang, made, calls.get)


def assemble(
    items: Iterable[Checked],
    lang: Lang,
    made: dt.date | None,
    call_for: Callable[[str], Call | None],
) -> Overview:
    """Sections, numbers and duplicates from the checked sketches; ``call_for`` gives the call
    behind an id (asked only after every item is read)."""
    rows: list[Row] = []
    prints: list[duplicates.Fingerprint | None] = []
    for item in items:
        rows.append(item.row)
        prints.append(item.fingerprint)
    # The order the files were given in decides which of two copies is "the earlier".
    found = duplicates.find(prints)
    del prints
    by_later = {d.later: d for d in found}
    order = sorted(range(len(rows)), key=lambda i: (rows[i].call_id, rows[i].sort_key()))
    numbers = {i: n for n, i in enumerate(order, 1)}
    numbered: dict[int, Row] = {}
    for i in order:
        d = by_later.get(i)
        numbered[i] = replace(
            rows[i],
            number=numbers[i],
            duplicate=d,
            duplicate_of=numbers[d.earlier] if d is not None else 0,
        )
    sections = []
    for call_id in sorted({r.call_id for r in rows}):
        call = call_for(call_id)
        sections.append(
            CallSection(
                call_id=call_id,
                title=call.title_in(lang) if call is not None else call_id,
                criteria=[(c.id, c.title_in(lang)) for c in call.criteria] if call else [],
                rows=[numbered[i] for i in order if rows[i].call_id == call_id],
                pot=pot_of(call) if call is not None else None,
                deadline=call.deadline if call is not None else None,
            )
        )
    pairs = [(numbered[d.earlier], numbered[d.later], d) for d in found]
    return Overview(sections, pairs, made or dt.date.today())
