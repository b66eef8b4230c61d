"""The clear-language figures of one sketch as a table: field, line, words, sentences, long
words and LIX. Used by ``check``'s text output and by ``sketchkit klarsprak``, whose text and
JSON output are here too."""

from __future__ import annotations

from typing import Any, TextIO

from sketchkit.checking.checker import FileResult
from sketchkit.checking.clear_language import RULE_IDS, LanguageReport
from sketchkit.checking.findings import SEVERITY_WORDS, Finding
from sketchkit.core.i18n import Lang, Msg
from sketchkit.reporting.json_report import finding_to_dict

_TITLE = Msg(
    "Klarspråk – sketchkits råd, ikke krav i utlysningen (skissen er på {language})",
    "Clear language – sketchkit's advice, not the call's requirements (the sketch is in {language})",
)
_HEAD = Msg(
    "felt|linje|ord|setninger|lange ord|LIKS",
    "field|line|words|sentences|long words|LIX",
)
_TOTAL = Msg("hele skissen", "whole sketch")
_NONE = Msg("ingen tekstfelt å måle", "no prose fields to measure")


def _decimal(value: float | None, lang: Lang) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text if lang is Lang.EN else text.replace(".", ",")


def _long(long_words: int, words: int) -> str:
    return f"{long_words} ({round(100 * long_words / words)} %)" if words else "0"


def rows(report: LanguageReport, lang: Lang) -> list[tuple[str, ...]]:
    """The table's rows, header first and the whole sketch last."""
    out: list[tuple[str, ...]] = [tuple(_HEAD(lang).split("|"))]
    for f in report.fields:
        a = f.analysis
        out.append(
            (
                f.pointer,
                str(f.line),
                str(a.words),
                str(a.sentences),
                _long(a.long_words, a.words),
                _decimal(a.lix, lang),
            )
        )
    out.append(
        (
            _TOTAL(lang),
            "",
            str(report.words),
            str(report.sentences),
            _long(report.long_words, report.words),
            _decimal(report.lix, lang),
        )
    )
    return out


def write(report: LanguageReport, lang: Lang, out: TextIO) -> None:
    out.write(f"{_TITLE(lang, language=report.language_name(lang))}\n")
    if not report.fields:
        out.write(f"  {_NONE(lang)}\n")
        return
    table = rows(report, lang)
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for n, row in enumerate(table):
        if n == len(table) - 1:
            out.write("  " + "  ".join("-" * w for w in widths) + "\n")
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  " + "  ".join(cells).rstrip() + "\n")


_ADVICE = Msg("Råd", "Advice")
_NO_ADVICE = Msg(
    "Ingen råd: tekstene holder seg innenfor tersklene.",
    "No advice: the texts keep within the thresholds.",
)
_HINT = Msg("tips", "hint")
_NOT_MEASURED = Msg(
    "{path}: tekstene kunne ikke måles; rett feilene som sketchkit check viser, først",
    "{path}: the texts could not be measured; first fix the errors sketchkit check shows",
)
_TURNED_OFF = Msg(
    "{path}: klarspråk er slått av for denne skissen (enabled: false i sketchkit.toml eller "
    "call.yaml)",
    "{path}: clear language is turned off for this sketch (enabled: false in sketchkit.toml or "
    "call.yaml)",
)
_FATAL = Msg("{path}: kunne ikke leses: {reason}", "{path}: could not be read: {reason}")


def advice(result: FileResult) -> list[Finding]:
    """The clear-language findings of a check, in the order of the file."""
    return [f for f in result.findings if f.rule in RULE_IDS]


def write_file(result: FileResult, lang: Lang, out: TextIO) -> None:
    """``sketchkit klarsprak`` for one file: the table, then the advice with its tips."""
    if result.fatal is not None:
        out.write(_FATAL(lang, path=result.path, reason=result.fatal) + "\n")
        return
    if result.language is None:
        message = _TURNED_OFF if result.document is not None else _NOT_MEASURED
        out.write(message(lang, path=result.path) + "\n")
        return
    out.write(f"{result.path}\n")
    write(result.language, lang, out)
    found = advice(result)
    out.write(f"\n{_ADVICE(lang)}\n" if found else f"\n{_NO_ADVICE(lang)}\n")
    for f in found:
        severity = SEVERITY_WORDS[f.severity](lang)
        out.write(f"{result.path}:{f.line}:{f.column}: {severity} {f.rule} {f.message}\n")
        if f.hint:
            out.write(f"      = {_HINT(lang)}: {f.hint}\n")


def klarsprak_to_dict(result: FileResult) -> dict[str, Any]:
    """``sketchkit klarsprak --format json`` for one file."""
    return {
        "path": result.path,
        "fatal": result.fatal,
        "language": result.language.to_dict() if result.language is not None else None,
        "findings": [finding_to_dict(f) for f in advice(result)],
    }
