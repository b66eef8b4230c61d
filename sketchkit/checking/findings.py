"""Findings are plain values: what is wrong, where, and how bad."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sketchkit.calls.model import Source
from sketchkit.core.i18n import Msg


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class BasisKind(enum.StrEnum):
    """Why a finding is reported: what gives sketchkit the right to say it.

    ``call``: the call's own requirement, with its source in the call data. ``integrity``: the
    sketch cannot be read, does not fit the format, or contradicts itself or a public register
    (a check digit that cannot exist, items that do not add up, a phase ending before it
    starts, a municipality number not in use on the call's date); true whatever the call says.
    ``sketchkit``: sketchkit's advice, never an error. Only the first two may block.
    """

    CALL = "call"
    INTEGRITY = "integrity"
    ADVICE = "sketchkit"


# How each basis reads after a finding, one place for every output.
BASIS_WORDS = {
    BasisKind.CALL: Msg("krav i utlysningen", "the call's requirement"),
    BasisKind.INTEGRITY: Msg("skissen selv", "the sketch itself"),
    BasisKind.ADVICE: Msg("sketchkits råd", "sketchkit's advice"),
}

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
    # Added with issue #11: why the finding is reported, and for the call's requirements the
    # source it rests on. Findings made outside a rule (file, format) are about the sketch itself.
    basis: BasisKind = BasisKind.INTEGRITY
    source: Source | None = None
    quote: str | None = None  # the call's own words the requirement rests on

    def sort_key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.rule)

    def basis_fields(self) -> dict[str, object]:
        """The basis as machine formats give it (JSON per finding, SARIF properties)."""
        source = (
            {"id": self.source.id, "title": self.source.title, "url": self.source.url}
            if self.source is not None
            else None
        )
        return {"basis": self.basis.value, "source": source, "quote": self.quote}
