"""Every rule id sketchkit can report, declared once.

Code refers to rules through these constants, never through string literals; the catalogue
(``sketchkit.checking.catalog``) holds exactly one RuleInfo for each, and a test keeps the two
in step. The values are the public ids: they appear in reports, ``explain`` and suppressions,
so they never change once released.
"""

from __future__ import annotations

import enum


class RuleId(enum.StrEnum):
    # The file itself, before any field is read (reported by the loader).
    YAML_SYNTAX = "yaml-syntax"
    DUPLICATE_KEY = "duplicate-key"
    ENCODING = "encoding"
    NOT_TEXT = "not-text"
    EMPTY_FILE = "empty-file"
    FILE_TOO_LARGE = "file-too-large"
    YAML_LIMITS = "yaml-limits"
    # The call the sketch is checked against.
    CALL_UNKNOWN = "call-unknown"
    CALL_ID = "call-id"
    # The call's JSON Schema.
    SCHEMA_REQUIRED = "schema-required"
    SCHEMA_UNKNOWN_FIELD = "schema-unknown-field"
    SCHEMA_TYPE = "schema-type"
    SCHEMA_ENUM = "schema-enum"
    SCHEMA_FORMAT = "schema-format"
    SCHEMA_RANGE = "schema-range"
    # The rules, one module each in sketchkit/checking/rules/.
    DEADLINE = "deadline"
    PLACEHOLDER = "placeholder"
    ORG_NUMBER = "org-number"
    MUNICIPALITY_NUMBER = "municipality-number"
    CONTACT = "contact"
    TOP_MANAGER = "top-manager"
    COMMITMENT_LETTER = "commitment-letter"
    BUDGET_SUM = "budget-sum"
    COST_SAVINGS = "cost-savings"
    PLAN_DATES = "plan-dates"
    PLAN_ORDER = "plan-order"
    PLAN_START = "plan-start"
    PLAN_DURATION = "plan-duration"
    WORD_LIMIT = "word-limit"
    # Suppression comments themselves.
    SUPPRESSION = "suppression"
    # The budget model of #11: the call's grant limits, the planned procurement, old sketches.
    GRANT_LIMIT = "grant-limit"
    PURCHASE_PROPORTION = "purchase-proportion"
    SKETCH_FORMAT = "sketch-format"
