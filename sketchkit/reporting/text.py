"""Human-readable output: findings with their source line, coverage table, summary."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from sketchkit.checking.checker import FileResult
from sketchkit.checking.criteria import STATUS_WORDS, Status
from sketchkit.checking.findings import BASIS_WORDS, SEVERITY_WORDS, Finding, Severity
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import terminal_safe
from sketchkit.reporting import ReportOptions

_COLOR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_STATUS = {
    Status.MET: (STATUS_WORDS[Status.MET], "\x1b[32m", "✔"),
    Status.WEAK: (STATUS_WORDS[Status.WEAK], "\x1b[33m", "~"),
    Status.MISSING: (STATUS_WORDS[Status.MISSING], "\x1b[31m", "✘"),
    Status.NOT_ASSESSED: (STATUS_WORDS[Status.NOT_ASSESSED], "\x1b[2m", "?"),
}
_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"

_HINT = Msg("tips", "hint")
_CRITERIA = Msg("Kriterier i «{call}»", "Criteria of '{call}'")
_FILE_SUMMARY = Msg(
    "{path}: {counts}; {met}/{total} kriterier oppfylt",
    "{path}: {counts}; {met}/{total} criteria met",
)
_TOTAL = Msg("{files} filer sjekket: {counts}", "{files} files checked: {counts}")
_NOT_CHECKED = Msg("; {n} kunne ikke sjekkes", "; {n} could not be checked")
_WORDS = {
    "error": (Msg("feil", "error"), Msg("feil", "errors")),
    "warning": (Msg("advarsel", "warning"), Msg("advarsler", "warnings")),
    "info": (Msg("info", "info"), Msg("info", "info")),
}


def _counts(counts: dict[str, int], lang: Lang) -> str:
    parts = []
    for key, (one, many) in _WORDS.items():
        n = counts.get(key, 0)
        parts.append(f"{n} {(one if n == 1 else many)(lang)}")
    return ", ".join(parts)


_FATAL = Msg("{path}: kunne ikke sjekkes: {reason}", "{path}: could not be checked: {reason}")


class _Paint:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.on else text


def _shown(line: str) -> str:
    """A source line as the terminal may show it: tabs as arrows, controls escaped."""
    return terminal_safe(line.replace("\t", "→"))


def _finding(f: Finding, result: FileResult, lang: Lang, paint: _Paint, out: TextIO) -> None:
    # Everything from the sketch (its name, values quoted in messages, its lines) is escaped:
    # a terminal never receives a control character the sketch wrote.
    sev = paint(_COLOR[f.severity], SEVERITY_WORDS[f.severity](lang))
    basis = paint(_DIM, f"({BASIS_WORDS[f.basis](lang)})")
    path = terminal_safe(result.path)
    out.write(
        f"{paint(_BOLD, f'{path}:{f.line}:{f.column}:')} {sev} "
        f"{paint(_DIM, f.rule)} {terminal_safe(f.message)} {basis}\n"
    )
    line = result.line_text(f.line)
    if line.strip():
        gutter = f"{f.line:>5} | "
        shown = _shown(line)
        out.write(f"{paint(_DIM, gutter)}{shown}\n")
        # The caret stands under the character, counting what escaping added before it.
        column = len(_shown(line[: max(f.column - 1, 0)])) + 1
        caret = " " * (min(column, len(shown) + 1) - 1) + "^"
        out.write(f"{paint(_DIM, ' ' * 6 + '| ')}{paint(_COLOR[f.severity], caret)}\n")
    if f.hint:
        out.write(f"      = {_HINT(lang)}: {terminal_safe(f.hint)}\n")


_SCORE = Msg(
    "Dekningsgrad{weighted}: {pct} % (sketchkits mål, ikke utlysningens vurdering)",
    "Coverage{weighted}: {pct} % (sketchkit's measure, not the call's assessment)",
)
_WEIGHTED = Msg(", vektet", ", weighted")


def _coverage(result: FileResult, lang: Lang, paint: _Paint, out: TextIO) -> None:
    if not result.criteria or result.call is None:
        return
    out.write(f"\n{terminal_safe(_CRITERIA(lang, call=result.call.id))}\n")
    # "ikke vurdert" stands alone (an unreadable sketch), so it does not widen the others.
    shown = {c.status for c in result.criteria} | {Status.MET, Status.WEAK, Status.MISSING}
    width = max(len(_STATUS[s][0](lang)) for s in shown)
    weighted = result.call.weighted
    total = sum(c.criterion.weight or 1.0 for c in result.criteria)
    for c in result.criteria:
        word, color, mark = _STATUS[c.status]
        label = f"{mark} {word(lang):<{width}}"
        weight = f" ({round(100 * (c.criterion.weight or 1.0) / total)} %)" if weighted else ""
        title = terminal_safe(c.criterion.title_in(lang))
        out.write(f"  {paint(color, label)}  {title}{weight}\n")
    if all(c.status is Status.NOT_ASSESSED for c in result.criteria):
        return  # a 0 % for a sketch nobody could read would say "nothing answered"
    pct = round(100 * result.score)
    out.write(f"  {_SCORE(lang, weighted=_WEIGHTED(lang) if weighted else '', pct=pct)}\n")


_TABLE_HEAD = Msg("fil|feil|advarsler|kriterier oppfylt", "file|errors|warnings|criteria met")
_NOT_READ = Msg("kunne ikke sjekkes", "could not be checked")


def _table(rows: list[tuple[str, str, str, str]], lang: Lang, out: TextIO) -> None:
    head = tuple(_TABLE_HEAD(lang).split("|"))
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w)
        for i, (h, w) in enumerate(zip(head, widths, strict=True))
    )
    out.write(f"\n{line}\n{'  '.join('-' * w for w in widths)}\n")
    for row in rows:
        out.write(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
            + "\n"
        )


def report(results: Iterable[FileResult], out: TextIO, opts: ReportOptions) -> None:
    lang = opts.lang
    paint = _Paint(opts.color)
    files = fatal = 0
    totals = {"error": 0, "warning": 0, "info": 0}
    rows: list[tuple[str, str, str, str]] = []
    written = False  # files are separated by a blank line, once something has been written
    for result in results:
        files += 1
        shows = bool(result.findings or result.fatal or not opts.many)
        if written and shows:
            out.write("\n")
        written = written or shows
        if result.fatal is not None:
            fatal += 1
            fatal_line = _FATAL(lang, path=result.path, reason=result.fatal)
            out.write(paint(_COLOR[Severity.ERROR], terminal_safe(fatal_line)))
            out.write("\n")
            rows.append((terminal_safe(result.path), "-", "-", _NOT_READ(lang)))
            continue
        # A file's findings and criteria are in its language (the sketch's own, when --lang
        # is not given); the table and totals for many files in the report's.
        here = result.lang
        for f in result.findings:
            _finding(f, result, here, paint, out)
        for key in totals:
            totals[key] += result.counts.get(key, 0)
        if opts.many:
            rows.append(
                (
                    terminal_safe(result.path),
                    str(result.counts.get("error", 0)),
                    str(result.counts.get("warning", 0)),
                    f"{result.met()}/{len(result.criteria)}",
                )
            )
            continue
        _coverage(result, here, paint, out)
        if result.language is not None and result.language.fields:
            from sketchkit.reporting import language_table

            out.write("\n")
            language_table.write(result.language, here, out)
        summary = _FILE_SUMMARY(
            here,
            path=terminal_safe(result.path),
            counts=_counts(result.counts, here),
            met=result.met(),
            total=len(result.criteria),
        )
        color = _STATUS[Status.MET][1] if result.valid else _COLOR[Severity.ERROR]
        out.write(f"\n{paint(color, summary)}\n")
    if opts.many and rows:
        _table(rows, lang, out)
    if files > 1:
        total = _TOTAL(lang, files=files, counts=_counts(totals, lang))
        if fatal:
            total += _NOT_CHECKED(lang, n=fatal)
        out.write(f"\n{paint(_BOLD, total)}\n")
