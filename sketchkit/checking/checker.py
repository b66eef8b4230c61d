"""Checking sketches: the library behind ``sketchkit check``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from sketchkit import calls
from sketchkit.calls import Call, CallError
from sketchkit.calls.coercion import coerce
from sketchkit.checking import sketch_format, suppressions
from sketchkit.checking.criteria import Coverage, Status, coverage, missing_coverage, score
from sketchkit.checking.file_rules import from_text_problem, from_yaml_problem
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.rules import Context
from sketchkit.checking.rules.call_id import UNKNOWN as CALL_UNKNOWN
from sketchkit.checking.schema_rules import validate
from sketchkit.checking.settings import applied_rules, check_settings
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import unsurrogate
from sketchkit.input import textfile, yamldoc

if TYPE_CHECKING:
    from sketchkit.checking.clear_language import LanguageReport

DEFAULT_CALL = "innovasjonspartnerskap-2017"

_UNKNOWN_CALL = Msg(
    "skissen oppgir utlysningen «{name}», som sketchkit ikke kjenner; sjekket mot «{used}»",
    "the sketch names the call '{name}', which sketchkit does not know; checked against '{used}'",
)
_UNKNOWN_CALL_HINT = Msg(
    "Kjente utlysninger: {known}. Rett feltet call, eller bruk --call.",
    "Known calls: {known}. Fix the call field, or use --call.",
)


_FAILED = Msg(
    "uventet feil under sjekken ({error}); meld gjerne fra om den",
    "unexpected failure while checking ({error}); please report it",
)


# No sketch has anywhere near this many problems; a hostile one would otherwise make every
# report (and the time to build it) as large as the file allows.
MAX_FINDINGS = 1_000
_GRAVITY = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_TOO_MANY = Msg(
    "over {limit} funn i denne filen; resten vises ikke",
    "over {limit} findings in this file; the rest are not shown",
)
_TOO_MANY_HINT = Msg(
    "Rett funnene over først, eller sjekk at dette er riktig fil.",
    "Fix the findings above first, or check that this is the right file.",
)


@dataclass(frozen=True)
class CheckOptions:
    call: str | Path | None = None  # None: the call the sketch names
    # None: each sketch's own ``language`` (nb, nn or en), bokmål where it names none.
    lang: Lang | None = Lang.NB
    today: dt.date | None = None  # None: today where the call is run
    # The moment of checking, for the deadline's time of day (naive: the call's wall-clock
    # time). None with ``today`` None: now where the call is run.
    now: dt.datetime | None = None
    max_bytes: int = textfile.DEFAULT_MAX_BYTES
    klarsprak: bool = True  # clear-language figures and advice on the prose fields


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
    # Clear-language figures per prose field (None when the sketch could not be analysed).
    language: LanguageReport | None = None
    # The language the findings are written in.
    lang: Lang = Lang.NB
    # The file's name as the system has it (``path`` is that name made printable): for a
    # machine that must find the file again, such as SARIF's URIs. None for a text checked
    # without a file.
    file: str | None = None

    @property
    def system_path(self) -> str:
        """The name to open the file by (``file``), or ``path`` for a text without a file."""
        return self.file if self.file is not None else self.path

    @cached_property
    def _lines(self) -> list[str]:
        return self.source.splitlines() if self.source is not None else []

    def line_text(self, line: int) -> str:
        return self._lines[line - 1] if 0 < line <= len(self._lines) else ""

    @property
    def valid(self) -> bool:
        return self.fatal is None and self.counts.get("error", 0) == 0

    @property
    def lix(self) -> float | None:
        """LIX of the sketch's prose fields read as one text; None without prose."""
        return self.language.lix if self.language is not None else None

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
    return dataclasses.replace(_check_file(path, options), file=str(path))


def _check_file(path: str | Path, options: CheckOptions | None) -> FileResult:
    opts = options or CheckOptions()
    p = Path(path)
    lang = opts.lang or Lang.NB
    # The name as reports show it: a name that is not UTF-8 keeps its odd bytes as \xff.
    shown_path = unsurrogate(str(path))
    forced = _load_call(opts.call, lang) if opts.call is not None else None
    try:
        data = textfile.read_bytes(p, lang, opts.max_bytes)
    except textfile.ReadError as e:
        return FileResult(shown_path, forced, fatal=str(e), lang=lang)
    text = data if isinstance(data, textfile.TextProblem) else textfile.decode(data, lang)
    if isinstance(text, textfile.TextProblem):
        # Show the lines of a wrongly encoded file as best we can; never those of a binary one.
        shown = (
            data.decode("utf-8", errors="replace")
            if isinstance(data, bytes) and text.kind is textfile.TextProblemKind.ENCODING
            else None
        )
        return _unreadable(
            shown_path,
            forced or _load_call(DEFAULT_CALL, lang),
            [from_text_problem(text)],
            shown,
            lang,
        )
    return check_text(text, options=opts, path=shown_path, folder=p.parent, forced=forced)


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
        forced = _load_call(opts.call, lang)
    doc, problems = yamldoc.load(text, lang)
    loader_findings = [from_yaml_problem(p) for p in problems]
    if doc is None:
        return _unreadable(
            path, forced or _load_call(DEFAULT_CALL, lang), loader_findings, text, lang
        )
    call, call_findings = _pick_call(doc, forced, lang)
    nav = call.nav
    coerce(doc, call.coercion)
    now = opts.now if opts.now is not None or opts.today is not None else _call_now(call)
    today = opts.today or (now.date() if now is not None else call.today())
    ctx = Context(doc=doc, call=call, lang=lang, today=today, folder=folder, now=now)
    # The schema's findings stop past the cap: a hostile file with 40 000 unknown fields would
    # otherwise cost a spelling suggestion each.
    schema = islice(validate(doc, call, nav, lang), MAX_FINDINGS + 1)
    findings = [*loader_findings, *call_findings, *schema]
    # Rules read typed values; where the top level is not a mapping the schema said so already.
    if isinstance(doc.data, dict):
        for rule in applied_rules(call):
            # An unknown call is already reported; "checked against another call" would repeat it.
            if not (call_findings and rule.info.id is RuleId.CALL_ID):
                findings.extend(rule.check(ctx))
    old = sketch_format.old_format(doc, path, lang)
    if old is not None:
        # One clear message names `sketchkit migrate`; what the schema and the rules say
        # about the old budget's shape would only bury it.
        findings = [f for f in findings if not sketch_format.covered(f)] + [old]
    language = None
    advice: frozenset[str] = frozenset()
    if opts.klarsprak and isinstance(doc.data, dict):
        # Imported here so that a check without the advice (bench/klarsprak.py) loads none of it.
        from sketchkit.checking import clear_language, language_config

        advice = clear_language.RULE_IDS
        thresholds, problem = language_config.resolve(call, folder, lang)
        if problem is not None:
            return FileResult(path, call, fatal=problem, document=doc, source=text)
        if thresholds.enabled:
            language = clear_language.analyse_sketch(ctx, thresholds)
            findings.extend(clear_language.findings(ctx, language))
    if ctx.placeholders:
        # A placeholder is the one thing wrong where it stands; what the schema and the rules
        # say about the placeholder text itself would only bury it.
        findings = [
            f for f in findings if f.rule == RuleId.PLACEHOLDER or not _under(f, ctx.placeholders)
        ]
    findings.sort(key=Finding.sort_key)
    findings = _bounded(suppressions.apply(findings, text, lang), lang)
    return FileResult(
        path,
        call,
        tuple(findings),
        # Clear-language advice is about how the text reads, not whether it answers a criterion.
        tuple(coverage(ctx, [f for f in findings if f.rule not in advice])),
        doc,
        counts=_counts(findings),
        source=text,
        language=language,
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
            # Only a built-in id: a sketch never chooses a folder of rules for itself.
            return _load_call(named.strip(), lang, builtin=True), []
        except (CallError, OSError, ValueError):  # also a name no file system accepts
            fallback = _load_call(DEFAULT_CALL, lang)
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
    return _load_call(DEFAULT_CALL, lang), []


def _load_call(name: str | Path, lang: Lang, *, builtin: bool = False) -> Call:
    """A call, with its ``rules:`` entries checked against the rules (CallError if not)."""
    call = calls.load_builtin(str(name), lang) if builtin else calls.load_call(name, lang)
    check_settings(call, lang)
    return call


def _call_now(call: Call) -> dt.datetime:
    """Now, as the call's wall-clock time, so the deadline means what the call says."""
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo(call.timezone)).replace(tzinfo=None)
    except (ImportError, KeyError, ValueError):  # no time zone database on this system
        return dt.datetime.now()


def _under(finding: Finding, pointers: Container[str]) -> bool:
    """Whether the finding lies at or below one of ``pointers``: its own ancestors are looked
    up (at most MAX_DEPTH), not every pointer compared, so thousands of each stay linear."""
    p = finding.pointer
    while True:
        if p in pointers:
            return True
        if not p:
            return False
        p = ptr.parent(p)


def _bounded(findings: list[Finding], lang: Lang) -> list[Finding]:
    """At most MAX_FINDINGS findings, the first by line; one more says the rest are left out,
    with the gravest severity among them, so reports and the exit code stay true and small."""
    if len(findings) <= MAX_FINDINGS:
        return findings
    kept, rest = findings[:MAX_FINDINGS], findings[MAX_FINDINGS:]
    first = rest[0]
    severity = min((f.severity for f in rest), key=_GRAVITY.index)
    note = Finding(
        RuleId.YAML_LIMITS,
        severity,
        _TOO_MANY(lang, limit=MAX_FINDINGS),
        first.pointer,
        first.line,
        first.column,
        _TOO_MANY_HINT(lang),
    )
    return [*kept, note]


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
    """Check sketches one at a time, so that a thousand files never sit in memory at once.

    One file never ends the batch: should checking a file fail in a way no rule foresaw, that
    file alone is reported as not checked, and the others are checked as usual.
    """
    lang = (options or CheckOptions()).lang or Lang.NB
    for path in paths:
        try:
            yield check_file(path, options)
        except CallError:
            raise  # a --call that cannot be loaded: the command cannot run at all
        except Exception as e:
            yield FileResult(
                unsurrogate(str(path)),
                None,
                fatal=_FAILED(lang, error=f"{type(e).__name__}: {e}"),
                file=str(path),
            )


__all__ = ["CallError", "CheckOptions", "FileResult", "check_file", "check_files", "check_text"]
