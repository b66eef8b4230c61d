"""The clear-language figures of one sketch as a table: field, line, words, sentences, long
words and LIX. Used by ``check``'s text output and by ``sketchkit klarsprak``."""

from __future__ import annotations

from typing import TextIO

from sketchkit.checking.clear_language import LanguageReport
from sketchkit.core.i18n import Lang, Msg

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
