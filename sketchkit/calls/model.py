"""What a call is: its metadata, criteria, length limits and schema, as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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
    source: str = "sketchkit"

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
    top_manager_titles: tuple[str, ...]
    max_duration_years: float | None
    page_limit: int | None
    schema_path: Path
    schema: dict[str, Any]
    sources: tuple[str, ...] = ()
    unknown: dict[str, str] | None = None  # what is not public about the call, said plainly
    formal_requirements: tuple[dict[str, str], ...] = ()
    deadline_note: dict[str, str] | None = None
    # Who states max_duration_years: "sketchkit" where no source does (then it is advice).
    max_duration_source: str = "sketchkit"

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

        return jsonschema_rs.Draft202012Validator(self.schema, validate_formats=True)

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
