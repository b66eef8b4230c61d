"""What a call is: its metadata, criteria, length limits and schema, as plain values."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sketchkit.calls.navigation import SchemaNav
from sketchkit.core.i18n import Lang, Msg, pick

if TYPE_CHECKING:
    import jsonschema_rs

    from sketchkit.calls.coercion import Plan

CALL_FILE = "call.yaml"


class CallError(Exception):
    """A call could not be found or is malformed: the command cannot run (exit 2)."""


SEVERITIES = ("error", "warning", "info")  # the words a call may use for a rule's severity


@dataclass(frozen=True, slots=True)
class Source:
    """A public text the call data is read from: what it is called and where it can be read."""

    id: str
    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Basis:
    """Why a rule or limit holds for a call: the call's own words, or sketchkit's advice.

    ``source`` None means sketchkit's advice. A sourced basis always quotes the words it
    rests on, so that anyone can look them up.
    """

    source: Source | None = None
    quote: str | None = None

    @property
    def advice(self) -> bool:
        return self.source is None


ADVICE = Basis()


class ParamKind(enum.StrEnum):
    """The kinds of value a rule parameter may have in ``call.yaml``."""

    INTEGER = "integer"  # a whole number >= 0 (kroner, counts)
    NUMBER = "number"  # a finite number > 0 (years, shares)
    TEXT = "text"  # one non-empty text
    TEXTS = "texts"  # a list of non-empty texts
    DATE = "date"  # YYYY-MM-DD
    TABLE = "table"  # a list of mappings from names to numbers or texts (e.g. tiers)


def param_value_ok(kind: ParamKind, value: object) -> bool:
    """Whether ``value`` (as read from YAML) is a valid value of ``kind``."""
    if kind is ParamKind.INTEGER:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if kind is ParamKind.NUMBER:
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and value > 0
        )
    if kind is ParamKind.TEXT:
        return isinstance(value, str) and bool(value.strip())
    if kind is ParamKind.TEXTS:
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    if kind is ParamKind.DATE:
        if not isinstance(value, str):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return len(value) == 10
    return isinstance(value, list) and all(
        isinstance(row, dict)
        and all(
            isinstance(v, str)
            or (isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v))
            for v in row.values()
        )
        for row in value
    )


@dataclass(frozen=True)
class RuleSetting:
    """How one rule holds for one call, as the call's data says (``rules:`` in call.yaml).

    ``severity`` None: the rule's own severity. A rule's findings are never more severe than
    the setting's severity, and an advice basis never makes an error (the loader refuses it).
    ``params`` are checked against the rule's declared parameters by the checking layer,
    which knows the rules; the typed readers below then return them as the rule expects.
    """

    rule: str
    basis: Basis = ADVICE
    applies: bool = True
    severity: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)
    line: int = 0  # where the rule's entry starts in call.yaml, for error messages
    column: int = 0
    param_where: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def integer(self, name: str) -> int | None:
        v = self.params.get(name)
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    def number(self, name: str) -> float | None:
        v = self.params.get(name)
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None

    def text(self, name: str) -> str | None:
        v = self.params.get(name)
        return v if isinstance(v, str) else None

    def texts(self, name: str) -> tuple[str, ...]:
        v = self.params.get(name)
        return tuple(str(x) for x in v) if isinstance(v, list) else ()

    def date(self, name: str) -> dt.date | None:
        v = self.params.get(name)
        return dt.date.fromisoformat(v) if isinstance(v, str) else None

    def table(self, name: str) -> tuple[Mapping[str, object], ...]:
        v = self.params.get(name)
        return tuple(row for row in v if isinstance(row, dict)) if isinstance(v, list) else ()


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    title: dict[str, str]
    description: dict[str, str]
    fields: tuple[str, ...]
    weight: float | None = None  # None: the call gives no weights; all count alike

    def title_in(self, lang: Lang) -> str:
        return pick(self.title, lang)


@dataclass(frozen=True, slots=True)
class Limit:
    """Length limits for prose at a pointer pattern (``*`` matches one list index)."""

    pattern: str
    min_words: int | None = None
    max_words: int | None = None
    min_chars: int | None = None
    max_chars: int | None = None
    basis: Basis = ADVICE

    @property
    def counts_words(self) -> bool:
        """A limit in words marks a prose field (written as a folded block, shown as a paragraph)."""
        return self.min_words is not None or self.max_words is not None

    def describe(self, lang: Lang) -> str:
        """``30–150 ord``, ``høyst 60 tegn``: the limit as guidance for a writer."""
        if self.counts_words:
            if self.min_words is None:
                return _AT_MOST_WORDS(lang, hi=self.max_words)
            if self.max_words is None:
                return _AT_LEAST_WORDS(lang, lo=self.min_words)
            return _WORDS(lang, lo=self.min_words, hi=self.max_words)
        if self.max_chars is not None:
            return _AT_MOST_CHARS(lang, hi=self.max_chars)
        return ""


@dataclass(frozen=True)
class Call:
    id: str
    folder: Path
    title: dict[str, str]
    organisers: tuple[str, ...]
    deadline: dt.datetime  # naive, in ``timezone``
    timezone: str
    languages: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    limits: tuple[Limit, ...]
    page_limit: int | None
    schema_path: Path | None  # a whole-schema file for editors' modelines, if the call has one
    schema: dict[str, Any]
    sources: tuple[Source, ...] = ()
    # Rule id -> how that rule holds for this call; a rule not named keeps its defaults.
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)
    # The whole pot of the call, with the title of the source stating it ({nok, source}); None
    # where no source states one: the intake overview then says «ukjent».
    pot: Mapping[str, Any] | None = None
    # The jury's scoring scale ({min, max, source}), read by the review workflow; None: its
    # default, marked as sketchkit's.
    scoring: Mapping[str, Any] | None = None
    # Overrides of the clear-language thresholds, read (and checked) by the language advice.
    klarsprak: Mapping[str, Any] | None = None
    unknown: dict[str, str] | None = None  # what is not public about the call, said plainly
    formal_requirements: tuple[dict[str, str], ...] = ()
    deadline_note: dict[str, str] | None = None

    def setting(self, rule: str) -> RuleSetting | None:
        """What the call's data says about ``rule``, or None when it says nothing."""
        return self.rules.get(str(rule))

    def limit_for(self, pointer: str) -> Limit | None:
        """The limit on the field at ``pointer``; list indices match ``*`` in the call's patterns."""
        generic = "/".join("*" if t.isdigit() else t for t in pointer.split("/"))
        return next((lim for lim in self.limits if lim.pattern == generic), None)

    @property
    def weighted(self) -> bool:
        return any(c.weight is not None for c in self.criteria)

    def title_in(self, lang: Lang) -> str:
        return pick(self.title, lang)

    @cached_property
    def validator(self) -> jsonschema_rs.Validator:
        import jsonschema_rs

        # Offline: nothing is ever fetched (every $ref was bundled at load); the linear-time
        # regex engine: a pattern in a call cannot make checking a sketch take forever.
        return jsonschema_rs.Draft202012Validator(
            self.schema,
            validate_formats=True,
            offline=True,
            pattern_options=jsonschema_rs.RegexOptions(),
        )

    @cached_property
    def nav(self) -> SchemaNav:
        return SchemaNav(self.schema)

    @cached_property
    def coercion(self) -> Plan:
        from sketchkit.calls.coercion import plan_for

        return plan_for(self.nav)

    def today(self) -> dt.date:
        """Today's date where the call is run, so the deadline means what the call says."""
        try:
            from zoneinfo import ZoneInfo

            return dt.datetime.now(ZoneInfo(self.timezone)).date()
        except (ImportError, KeyError, ValueError):  # no tz database on this system
            return dt.date.today()


_WORDS = Msg("{lo}–{hi} ord", "{lo}–{hi} words")
_AT_MOST_WORDS = Msg("høyst {hi} ord", "at most {hi} words")
_AT_LEAST_WORDS = Msg("minst {lo} ord", "at least {lo} words")
_AT_MOST_CHARS = Msg("høyst {hi} tegn", "at most {hi} characters")
