"""Writing .xlsx workbooks that are reproducible and never carry a formula from the input.

xlsxwriter (≈ 46 ms to import) is imported only when a workbook is made, by the commands that
write one. Every value goes in through a typed method: text is always a string cell
(xlsxwriter's guessing of formulas, numbers and links is switched off), numbers are numbers,
dates are dates. With a fixed creation date the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from typing import Any

from sketchkit.core.textsafe import xml_safe

MAX_CELL_CHARS = 32_767  # Excel's limit; longer text is cut, with a visible mark
_SHEET_BAD = re.compile(r"[\[\]:*?/\\\x00-\x1f]")

Cell = str | int | float | dt.date | None


class Workbook:
    """A workbook in memory; ``data()`` gives its bytes."""

    def __init__(self, created: dt.datetime) -> None:
        import xlsxwriter  # type: ignore[import-untyped]  # heavy, and ships no type information

        self._buffer = io.BytesIO()
        self._book = xlsxwriter.Workbook(
            self._buffer,
            {
                "in_memory": True,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        self._book.set_properties({"created": created, "author": "sketchkit"})
        self._names: set[str] = set()
        self.bold = self._book.add_format({"bold": True, "bg_color": "#EEEEEE", "text_wrap": True})
        self.wrap = self._book.add_format({"text_wrap": True, "valign": "top"})
        self.top = self._book.add_format({"valign": "top"})
        self.amount = self._book.add_format({"num_format": "#,##0", "valign": "top"})
        self.decimal = self._book.add_format({"num_format": "0.00", "valign": "top"})
        self.tenths = self._book.add_format({"num_format": "0.0", "valign": "top"})
        self.percent = self._book.add_format({"num_format": "0%", "valign": "top"})
        self.date = self._book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
        self.flag = self._book.add_format({"bg_color": "#F8D7DA", "valign": "top"})

    def sheet_name(self, wanted: str) -> str:
        """A valid, unique sheet name: ≤ 31 characters, none of ``[]:*?/\\``."""
        base = _SHEET_BAD.sub(" ", wanted).strip().strip("'") or "Ark"
        name = base[:31]
        n = 2
        while name.casefold() in self._names:
            suffix = f" ({n})"
            name = base[: 31 - len(suffix)] + suffix
            n += 1
        self._names.add(name.casefold())
        return name

    def table(
        self,
        title: str,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        *,
        formats: Sequence[str | None] = (),
        widths: Sequence[int] = (),
    ) -> Any:
        """A sheet with a frozen, filtered header row; ``formats`` name a format per column."""
        sheet = self._book.add_worksheet(self.sheet_name(title))
        for col, text in enumerate(header):
            sheet.write_string(0, col, text, self.bold)
            if col < len(widths):
                sheet.set_column(col, col, widths[col])
        for r, row in enumerate(rows, 1):
            for col, value in enumerate(row):
                fmt = formats[col] if col < len(formats) else None
                self.write(sheet, r, col, value, fmt)
        sheet.freeze_panes(1, 0)
        if header:
            sheet.autofilter(0, 0, max(len(rows), 1), len(header) - 1)
        return sheet

    def write(self, sheet: Any, row: int, col: int, value: Cell, fmt: str | None = None) -> None:
        style = getattr(self, fmt) if fmt else self.top
        if value is None:
            sheet.write_blank(row, col, None, style)
        elif isinstance(value, bool):
            sheet.write_string(row, col, str(value).lower(), style)
        elif isinstance(value, int | float):
            sheet.write_number(row, col, value, style)
        elif isinstance(value, dt.date):
            when = value if isinstance(value, dt.datetime) else dt.datetime(*value.timetuple()[:3])
            sheet.write_datetime(row, col, when, style)
        else:
            text = cell_text(value)
            if len(text) > MAX_CELL_CHARS:
                text = text[: MAX_CELL_CHARS - 1] + "…"
            sheet.write_string(row, col, text, style)

    def data(self) -> bytes:
        self._book.close()
        return self._buffer.getvalue()


def cell_text(text: str) -> str:
    """Text as a cell holds it: line ends as LF (a CR would be stored as ``_x000D_``), and
    characters XML cannot hold shown as U+FFFD."""
    return xml_safe(text.replace("\r\n", "\n").replace("\r", "\n"))


def fixed_time(day: dt.date) -> dt.datetime:
    """The workbook's creation time: the day it is made for, at midnight, so that the same
    input on the same day gives the same bytes."""
    return dt.datetime(day.year, day.month, day.day)
