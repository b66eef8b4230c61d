"""Findings are plain values: what is wrong, where, and how bad."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sketchkit.core.i18n import Msg


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# How each severity reads in a message, one place for every output.
SEVERITY_WORDS = {
    Severity.ERROR: Msg("feil", "error"),
    Severity.WARNING: Msg("advarsel", "warning"),
    Severity.INFO: Msg("info", "info"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one sketch.

    ``pointer`` is a JSON Pointer into the sketch (for a missing field, the
    field's own pointer); ``line`` and ``column`` are 1-based and point at the
    value, or for a missing field at its parent.
    """

    rule: str
    severity: Severity
    message: str
    pointer: str
    line: int
    column: int
    hint: str | None = None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.rule)
