"""Checking sketches: the library behind ``sketchkit check``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sketchkit import calls
from sketchkit.calls import Call, CallError
from sketchkit.calls.coercion import coerce
from sketchkit.checking import suppressions
from sketchkit.checking.criteria import Coverage, Status, coverage, missing_coverage, score
from sketchkit.checking.file_rules import from_text_problem, from_yaml_problem
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules import RULES, Context
from sketchkit.checking.rules.call_id import UNKNOWN as CALL_UNKNOWN
from sketchkit.checking.schema_rules import validate
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.input import textfile, yamldoc

DEFAULT_CALL = "innovasjonspartnerskap-2017"

_UNKNOWN_CALL = Msg(
    "skissen oppgir utlysningen «{name}», som sketchkit ikke kjenner; sjekket mot «{used}»",
    "the sketch names the call '{name}', which sketchkit does not know; checked against '{used}'",
)
_UNKNOWN_CALL_HINT = Msg(
    "Kjente utlysninger: {known}. Rett feltet call, eller bruk --call.",
    "Known calls: {known}. Fix the call field, or use --call.",
)


@dataclass(frozen=True)
class CheckOptions:
    call: str | Path | None = None  # None: the call the sketch names
    # None: each sketch's own ``language`` (nb, nn or en), bokmål where it names none.
    lang: Lang | None = Lang.NB
    today: dt.date | None = None  # None: today where the call is run
    max_bytes: int = textfile.DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class FileResult:
    path: str
    call: Call | None
    findings: tuple[Finding, ...] = ()
    criteria: tuple[Coverage, ...] = ()
    document: yamldoc.YamlDocument | None = None
    # Set when the file could not be read at all: the command could not run for it.
    fatal: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # The text as read, for showing the lines findings point at.
    source: str | None = None
    # The language the findings are written in.
    lang: Lang = Lang.NB

    @cached_property
    def _lines(self) -> list[str]:
        return self.source.splitlines() if self.source is not None else []

    def line_text(self, line: int) -> str:
        return self._lines[line - 1] if 0 < line <= len(self._lines) else ""

    @property
    def valid(self) -> bool:
        return self.fatal is None and self.counts.get("error", 0) == 0

    def met(self) -> int:
        return sum(1 for c in self.criteria if c.status is Status.MET)

    @property
    def score(self) -> float:
        """Weighted share of the call's criteria met: sketchkit's measure, not the call's."""
        return score(self.criteria)


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.severity.value] += 1
    return counts


def check_file(path: str | Path, options: CheckOptions | None = None) -> FileResult:
    """Check one sketch file. Raises CallError only for a ``--call`` that cannot be loaded."""
    opts = options or CheckOptions()
    p = Path(path)
    lang = opts.lang or Lang.NB
    forced = calls.load_call(opts.call, lang) if opts.call is not None else None
    try:
        data = textfile.read_bytes(p, lang, opts.max_bytes)
    except textfile.ReadError as e:
        return FileResult(str(path), forced, fatal=str(e), lang=lang)
    text = data if isinstance(data, textfile.TextProblem) else textfile.decode(data, lang)
    if isinstance(text, textfile.TextProblem):
        # Show the lines of a wrongly encoded file as best we can; never those of a binary one.
        shown = (
            data.decode("utf-8", errors="replace")
            if isinstance(data, bytes) and text.kind is textfile.TextProblemKind.ENCODING
            else None
        )
        return _unreadable(
            str(path),
            forced or calls.load_call(DEFAULT_CALL, lang),
            [from_text_problem(text)],
            shown,
            lang,
        )
    return check_text(text, options=opts, path=str(path), folder=p.parent, forced=forced)


def check_text(
    text: str,
    *,
    options: CheckOptions | None = None,
    path: str = "<tekst>",
    folder: Path | None = None,
    forced: Call | None = None,
) -> FileResult:
    """Check a sketch given as text; ``folder`` is where files it names are looked for."""
    opts = options or CheckOptions()
    lang = opts.lang or declared_language(text) or Lang.NB
    if forced is None and opts.call is not None:
        forced = calls.load_call(opts.call, lang)
    doc, problems = yamldoc.load(text, lang)
    loader_findings = [from_yaml_problem(p) for p in problems]
    if doc is None:
        return _unreadable(
            path, forced or calls.load_call(DEFAULT_CALL, lang), loader_findings, text, lang
        )
    call, call_findings = _pick_call(doc, forced, lang)
    nav = call.nav
    coerce(doc, call.coercion)
    ctx = Context(doc=doc, call=call, lang=lang, today=opts.today or call.today(), folder=folder)
    findings = [*loader_findings, *call_findings, *validate(doc, call, nav, lang)]
    # Rules read typed values; where the top level is not a mapping the schema said so already.
    if isinstance(doc.data, dict):
        for rule in RULES:
            # An unknown call is already reported; "checked against another call" would repeat it.
            if not (call_findings and rule.info.id is RuleId.CALL_ID):
                findings.extend(rule.check(ctx))
    if ctx.placeholders:
        # A placeholder is the one thing wrong where it stands; what the schema and the rules
        # say about the placeholder text itself would only bury it.
        findings = [
            f for f in findings if f.rule == RuleId.PLACEHOLDER or not _under(f, ctx.placeholders)
        ]
    findings.sort(key=Finding.sort_key)
    findings = suppressions.apply(findings, text, lang)
    return FileResult(
        path,
        call,
        tuple(findings),
        tuple(coverage(ctx, findings)),
        doc,
        counts=_counts(findings),
        source=text,
        lang=lang,
    )


_LANGUAGE_LINE = re.compile(r"^language:[ \t]*[\"']?(nb|nn|en)[\"']?[ \t]*(?:#.*)?$", re.M)


def declared_language(text: str) -> Lang | None:
    """The language a sketch declares on its top-level ``language:`` line, read from the text
    so that it holds even when the YAML has a syntax error further down."""
    m = _LANGUAGE_LINE.search(text)
    return Lang(m.group(1)) if m else None


def _pick_call(
    doc: yamldoc.YamlDocument, forced: Call | None, lang: Lang
) -> tuple[Call, list[Finding]]:
    if forced is not None:
        return forced, []
    named = doc.data.get("call") if isinstance(doc.data, dict) else None
    if isinstance(named, str) and named.strip():
        try:
            return calls.load_call(named.strip(), lang), []
        except CallError:
            fallback = calls.load_call(DEFAULT_CALL, lang)
            line, column = doc.where("/call")
            return fallback, [
                Finding(
                    CALL_UNKNOWN.id,
                    CALL_UNKNOWN.severity,
                    _UNKNOWN_CALL(lang, name=named.strip(), used=fallback.id),
                    "/call",
                    line,
                    column,
                    _UNKNOWN_CALL_HINT(lang, known=", ".join(calls.builtin_call_ids())),
                )
            ]
    return calls.load_call(DEFAULT_CALL, lang), []


def _under(finding: Finding, pointers: Iterable[str]) -> bool:
    return any(ptr.is_within(finding.pointer, p) for p in pointers)


def _unreadable(
    path: str, call: Call, findings: list[Finding], text: str | None, lang: Lang
) -> FileResult:
    return FileResult(
        path,
        call,
        tuple(findings),
        tuple(missing_coverage(call)),
        counts=_counts(findings),
        source=text,
        lang=lang,
    )


def check_files(
    paths: Iterable[str | Path], options: CheckOptions | None = None
) -> Iterator[FileResult]:
    """Check sketches one at a time, so that a thousand files never sit in memory at once."""
    for path in paths:
        yield check_file(path, options)


__all__ = ["CallError", "CheckOptions", "FileResult", "check_file", "check_files", "check_text"]
