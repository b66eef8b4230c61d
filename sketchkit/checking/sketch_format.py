"""Sketches in the budget format from before #11: one clear message instead of a wall of
schema errors, naming the command that rewrites them (``sketchkit migrate``)."""

from __future__ import annotations

import shlex
from typing import Any

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.input.yamldoc import YamlDocument

INFO = RuleInfo(
    id=RuleId.SKETCH_FORMAT,
    severity=Severity.ERROR,
    summary=Msg(
        "Skissen er skrevet i sketchkits gjeldende format.",
        "The sketch is written in sketchkit's current format.",
    ),
    why=Msg(
        "Budsjettet er nå bygd slik ordningen virker: egne kostnader, bedriftenes "
        "utviklingskostnader (som tilskuddet i hovedsak dekker), omsøkt tilskudd og "
        "anskaffelsesambisjonene. En skisse i det gamle formatet kan ikke sjekkes mot det.",
        "The budget now follows the scheme: own costs, the companies' development costs (which "
        "the grant mainly pays), the grant applied for and the procurement ambitions. A sketch "
        "in the old format cannot be checked against that.",
    ),
    fix=Msg(
        "Kjør «sketchkit migrate SKISSE.yaml -o NY.yaml» og fyll inn det den markerer.",
        "Run 'sketchkit migrate SKETCH.yaml -o NEW.yaml' and fill in what it marks.",
    ),
)

# Keys only the old budget had: budget.items (all costs) and budget.total_nok.
OLD_BUDGET_KEYS = ("items", "total_nok")
# Where the old format's schema findings would stand; the one message replaces them.
_COVERED = ("/budget", "/procurement")

_OLD = Msg(
    "skissen bruker det gamle budsjettformatet (budget.items og total_nok); budsjettet er nå "
    "egne kostnader, bedriftenes utviklingskostnader, omsøkt tilskudd og anskaffelsesambisjoner",
    "the sketch uses the old budget format (budget.items and total_nok); the budget is now own "
    "costs, the companies' development costs, the grant applied for and procurement ambitions",
)
_HINT = Msg(
    "Kjør: sketchkit migrate {file} -o ny-skisse.yaml – den beholder kommentarene og viser hva "
    "den endret.",
    "Run: sketchkit migrate {file} -o new-sketch.yaml – it keeps the comments and shows what it "
    "changed.",
)


def is_old(data: Any) -> bool:
    """Whether a sketch's data has the budget format from before #11."""
    budget = data.get("budget") if isinstance(data, dict) else None
    return (
        isinstance(budget, dict)
        and "own_costs" not in budget
        and any(k in budget for k in OLD_BUDGET_KEYS)
    )


def old_format(doc: YamlDocument, file: str, lang: Lang) -> Finding | None:
    """The one finding for a sketch in the old format, or None."""
    if not is_old(doc.data):
        return None
    line, column = doc.where("/budget", key=True)
    return Finding(
        INFO.id,
        INFO.severity,
        _OLD(lang),
        "/budget",
        line,
        column,
        _HINT(lang, file=shlex.quote(file)),  # ready to paste, also with spaces in the name
    )


def covered(finding: Finding) -> bool:
    """A finding the old-format message stands for (the budget's and procurement's shape)."""
    return any(ptr.is_within(finding.pointer, p) for p in _COVERED)
