"""The catalogue of every rule sketchkit can report: one RuleInfo per RuleId.

Each RuleInfo is declared once, beside the code that reports it (a rule's module, the schema
validation, the file-level rules, suppressions); this module only gathers them, in the order
``explain`` and SARIF list them.
"""

from __future__ import annotations

from functools import cache

from sketchkit.checking import clear_language, sketch_format, suppressions
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
        *clear_language.INFOS,
    )


def rule_info(rule_id: RuleId | str) -> RuleInfo | None:
    """The RuleInfo for an id, or None for an id sketchkit does not have."""
    return _by_id().get(str(rule_id))


@cache
def _by_id() -> dict[str, RuleInfo]:
    return {str(info.id): info for info in all_rule_infos()}


# Which schema keyword is checked by which schema rule, for rules_for().
_SCHEMA_KEYWORDS: tuple[tuple[tuple[str, ...], RuleId], ...] = (
    (("type",), RuleId.SCHEMA_TYPE),
    (("enum", "const"), RuleId.SCHEMA_ENUM),
    (("pattern", "format", "x-error"), RuleId.SCHEMA_FORMAT),
    (
        (
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
        ),
        RuleId.SCHEMA_RANGE,
    ),
    (("additionalProperties",), RuleId.SCHEMA_UNKNOWN_FIELD),
    (("required",), RuleId.SCHEMA_REQUIRED),
)


def _matches(pattern: str, pointer: str) -> bool:
    want = pattern.split("/")
    have = pointer.split("/")
    return len(want) == len(have) and all(w in ("*", h) for w, h in zip(want, have, strict=True))


def rules_for(pointer: str, schema_node: dict[str, object]) -> list[str]:
    """The ids of the rules that check the field at ``pointer``: the schema rules its schema
    node calls for, then every rule that declares the field."""
    ids = [str(rule) for keys, rule in _SCHEMA_KEYWORDS if any(k in schema_node for k in keys)]
    ids += [
        str(info.id)
        for info in all_rule_infos()
        if any(_matches(pattern, pointer) for pattern in info.fields)
    ]
    return ids
