"""The overview's columns, declared once for every format: what each holds, what it is called,
which formats show it and how each format writes its value.

A column reads a typed value from a row (a text, a count, an amount, a share, …); its ``Kind``
decides how CSV, xlsx, the terminal and the HTML page write that value. The order here is the
order in every format; the criteria of each call follow as columns of their own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.core.cells import neutralise
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.numbers import format_nok, format_number
from sketchkit.intake import labels as L
from sketchkit.intake.overview import STATUS_TEXT, CallSection, Row


class Output(enum.Flag):
    TERMINAL = enum.auto()
    CSV = enum.auto()
    XLSX = enum.auto()
    HTML = enum.auto()
    FILES = CSV | XLSX
    ALL = TERMINAL | CSV | XLSX | HTML


class Kind(enum.Enum):
    """What a column's value is, and so how each format writes it."""

    TEXT = "text"  # str; from the sketch or sketchkit's own words
    COUNT = "count"  # int | None
    AMOUNT = "amount"  # int | None, in kroner
    SHARE = "share"  # float | None from 0 to 1, shown as a percentage
    DECIMAL = "decimal"  # float | None, shown with one decimal
    OF_TOTAL = "of-total"  # (part, whole) | None: the part in files, «part/whole» on screen
    REFERENCE = "reference"  # int | None: another row's number, «#n» on screen
    FILES = "files"  # tuple[str, ...]: paths of files


Value = str | int | float | tuple[int, int] | tuple[str, ...] | None
Reader = Callable[[Row, CallSection, Lang], Value]


@dataclass(frozen=True)
class Column:
    key: str  # stable: the HTML page's cell classes and tests go by it
    label: Msg
    kind: Kind
    read: Reader
    shown: Output = Output.ALL
    short: Msg | None = None  # the terminal's heading, where the label is too wide
    csv_label: Msg | None = None  # CSV's heading, where it needs a unit the cell cannot show
    width: int = 12  # in xlsx
    wrap: bool = True  # a text that may run over several lines in a cell
    # On the terminal: shortened with … to fit (``cut_left``: keep the end, as of a path),
    # and left out, lowest rank first, when nothing else makes the table fit.
    flex: bool = False
    cut_left: bool = False
    drop: int = 0

    def heading(self, output: Output, lang: Lang) -> str:
        if output is Output.TERMINAL and self.short is not None:
            return self.short(lang)
        if output is Output.CSV and self.csv_label is not None:
            return self.csv_label(lang)
        return self.label(lang)

    @property
    def numeric(self) -> bool:
        return self.kind not in (Kind.TEXT, Kind.FILES)


def _readable(read: Callable[[Row, CallSection], Value]) -> Reader:
    """A reader that gives None for a sketch that could not be read."""
    return lambda row, section, lang: None if row.errors is None else read(row, section)


def _problems(row: Row) -> str:
    return " | ".join(f"{p.line}:{p.column} {p.rule}: {p.message}" for p in row.problems)


COLUMNS: tuple[Column, ...] = (
    Column("number", L.NUMBER, Kind.COUNT, lambda r, s, lang: r.number, short=L.HASH, width=5),
    Column("call", L.CALL, Kind.TEXT, lambda r, s, lang: r.call_id, Output.CSV),
    Column(
        "path",
        L.PATH,
        Kind.TEXT,
        lambda r, s, lang: r.path,
        width=30,
        flex=True,
        cut_left=True,
        drop=6,
    ),
    Column(
        "applicant",
        L.APPLICANT,
        Kind.TEXT,
        lambda r, s, lang: r.applicant or r.note,
        width=24,
        flex=True,
    ),
    Column(
        "org_number", L.ORG_NUMBER, Kind.TEXT, lambda r, s, lang: r.org_number, wrap=False, drop=1
    ),
    Column("title", L.TITLE, Kind.TEXT, lambda r, s, lang: r.title, width=36, flex=True),
    Column(
        "requested", L.REQUESTED, Kind.AMOUNT, lambda r, s, lang: r.requested_nok, width=14, drop=2
    ),
    Column(
        "savings", L.SAVINGS, Kind.AMOUNT, lambda r, s, lang: r.savings_nok, Output.FILES, width=14
    ),
    Column(
        "lix", L.LIX, Kind.DECIMAL, lambda r, s, lang: r.lix, short=L.LIX_SHORT, width=10, drop=3
    ),
    Column(
        "status",
        L.STATUS,
        Kind.TEXT,
        lambda r, s, lang: STATUS_TEXT[r.status](lang),
        Output.FILES | Output.HTML,
        wrap=False,
    ),
    Column("errors", L.ERRORS, Kind.COUNT, lambda r, s, lang: r.errors, width=6),
    Column(
        "warnings",
        L.WARNINGS,
        Kind.COUNT,
        lambda r, s, lang: r.warnings,
        short=L.WARNINGS_SHORT,
        width=9,
    ),
    Column(
        "met",
        L.MET,
        Kind.OF_TOTAL,
        _readable(lambda r, s: (r.met, len(s.criteria))),
        short=L.MET_SHORT,
        width=9,
    ),
    Column(
        "criteria_total",
        L.CRITERIA_TOTAL,
        Kind.COUNT,
        _readable(lambda r, s: len(s.criteria)),
        Output.FILES,
        width=9,
    ),
    Column(
        "coverage",
        L.COVERAGE,
        Kind.SHARE,
        _readable(lambda r, s: r.score),
        short=L.COVERAGE_SHORT,
        csv_label=L.COVERAGE_PERCENT,
        drop=4,
    ),
    Column(
        "duplicate",
        L.DUPLICATE,
        Kind.REFERENCE,
        lambda r, s, lang: r.duplicate_of if r.duplicate is not None else None,
        short=L.DUPLICATE_SHORT,
        width=10,
        drop=5,
    ),
    Column(
        "rules",
        L.RULES,
        Kind.TEXT,
        lambda r, s, lang: ", ".join(r.rule_ids()),
        Output.FILES,
        width=20,
    ),
    Column(
        "problems", L.PROBLEMS, Kind.TEXT, lambda r, s, lang: _problems(r), Output.CSV | Output.HTML
    ),
    Column(
        "documents",
        L.DOCUMENTS,
        Kind.FILES,
        lambda r, s, lang: r.documents,
        Output.FILES | Output.HTML,
        width=24,
    ),
)


def columns(output: Output) -> list[Column]:
    """The columns ``output`` shows, in order."""
    return [c for c in COLUMNS if output in c.shown]


def criterion_word(row: Row, criterion: str, lang: Lang) -> str:
    """How the row meets one criterion of its call, in words; empty for a sketch that could
    not be read (and for a criterion it was not checked against)."""
    if row.errors is None or criterion not in row.criteria:
        return ""
    return STATUS_WORDS[Status(row.criteria[criterion])](lang)


# --- writing a value ----------------------------------------------------------------------


def csv_cell(column: Column, value: Value, decimal: str) -> str:
    """As CSV writes it: plain numbers with ``decimal``, no text that could run as a formula."""
    if value is None:
        return ""
    kind = column.kind
    if isinstance(value, tuple):
        if kind is Kind.OF_TOTAL:
            return str(value[0])
        return neutralise(" ".join(str(v) for v in value))
    if isinstance(value, str):
        return neutralise(value)
    if kind is Kind.SHARE:
        return f"{100 * value:.1f}".replace(".", decimal)
    if kind is Kind.DECIMAL:
        return f"{value:.1f}".replace(".", decimal)
    return str(value)


def xlsx_cell(column: Column, value: Value) -> str | int | float | None:
    """As a workbook holds it: numbers as numbers (one decimal kept where one is shown)."""
    if isinstance(value, tuple):
        return value[0] if column.kind is Kind.OF_TOTAL else "\n".join(str(v) for v in value)
    if column.kind is Kind.DECIMAL and isinstance(value, float):
        return round(value, 1)
    return value


# The workbook's format for each kind (sketchkit.core.workbook), None for its plain one.
XLSX_FORMATS: dict[Kind, str | None] = {
    Kind.TEXT: "wrap",
    Kind.FILES: "wrap",
    Kind.AMOUNT: "amount",
    Kind.SHARE: "percent",
    Kind.DECIMAL: "tenths",
}


def xlsx_format(column: Column) -> str | None:
    return XLSX_FORMATS.get(column.kind) if column.wrap else None


def screen_text(column: Column, value: Value, lang: Lang, *, compact: bool = False) -> str:
    """As the terminal (``compact``) and the HTML page show it."""
    if value is None:
        return ""
    kind = column.kind
    if isinstance(value, tuple):
        if kind is Kind.OF_TOTAL:
            return f"{value[0]}/{value[1]}"
        return " ".join(str(v) for v in value)
    if isinstance(value, str):
        return value
    if kind is Kind.AMOUNT:
        return format_nok(int(value), suffix=not compact)
    if kind is Kind.SHARE:
        return f"{round(100 * value)} %"
    if kind is Kind.DECIMAL:
        return format_number(value, lang, 1)
    if kind is Kind.REFERENCE:
        return f"#{value}"
    return str(value)


def sort_text(column: Column, value: Value) -> str:
    """What the HTML page sorts by: the number itself for numbers (empty when there is none)."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return str(value[0]) if column.kind is Kind.OF_TOTAL else str(len(value))
    if column.kind is Kind.SHARE and isinstance(value, float):
        return f"{value:.4f}"
    return str(value)
