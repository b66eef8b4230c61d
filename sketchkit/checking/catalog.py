"""The catalogue of every rule sketchkit can report: one RuleInfo per RuleId.

Each RuleInfo is declared once, beside the code that reports it (a rule's module, the schema
validation, the file-level rules, suppressions); this module only gathers them, in the order
``explain`` and SARIF list them.
"""

from __future__ import annotations

from functools import cache

from sketchkit.checking import sketch_format, suppressions
from sketchkit.checking.file_rules import FILE_RULES
from sketchkit.checking.rule import RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules import RULES
from sketchkit.checking.rules.call_id import UNKNOWN
from sketchkit.checking.schema_rules import SCHEMA_RULES


@cache
def all_rule_infos() -> tuple[RuleInfo, ...]:
    """Every rule sketchkit can report, file-level, call and schema rules included."""
    return (
        *FILE_RULES,
        UNKNOWN,
        *SCHEMA_RULES,
        *(r.info for r in RULES),
        suppressions.INFO,
        sketch_format.INFO,
    )


def rule_info(rule_id: RuleId | str) -> RuleInfo | None:
    """The RuleInfo for an id, or None for an id sketchkit does not have."""
    return _by_id().get(str(rule_id))


@cache
def _by_id() -> dict[str, RuleInfo]:
    return {str(info.id): info for info in all_rule_infos()}
