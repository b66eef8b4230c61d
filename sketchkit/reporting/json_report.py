"""The JSON contract (version 1). Documented in the README; change only by adding keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from sketchkit.checking.checker import FileResult
from sketchkit.checking.findings import Finding
from sketchkit.core.i18n import Lang
from sketchkit.core.textsafe import json_text
from sketchkit.reporting import ReportOptions

FORMAT_VERSION = 1


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """One finding as the JSON contract writes it (also ``klarsprak --format json``)."""
    return {
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "hint": f.hint,
        "pointer": f.pointer,
        "line": f.line,
        "column": f.column,
        # Added with issue #11: why it is reported (call, integrity or sketchkit's advice), and
        # for the call's requirements its source and quoted words.
        **f.basis_fields(),
    }


def file_to_dict(result: FileResult, lang: Lang) -> dict[str, Any]:
    return {
        "path": result.path,
        "call": result.call.id if result.call else None,
        "valid": result.valid,
        "counts": {k: result.counts.get(k, 0) for k in ("error", "warning", "info")},
        "findings": [finding_to_dict(f) for f in result.findings],
        "criteria": [
            {"id": c.criterion.id, "title": c.criterion.title_in(lang), "status": c.status.value}
            for c in result.criteria
        ],
        "fatal": result.fatal,
        # Added in sketchkit 0.1 (contract version 1 grows only by additions): the weighted
        # share of criteria met, sketchkit's measure and not the call owner's assessment.
        "score": round(result.score, 4),
        # Added with klarspråk: clear-language figures per prose field (null when not analysed).
        "language": result.language.to_dict() if result.language is not None else None,
    }


def report(results: Iterable[FileResult], out: TextIO, opts: ReportOptions) -> None:
    # Written file by file so that a thousand sketches never sit in memory at once.
    out.write(f'{{"version": {FORMAT_VERSION}, "files": [')
    for i, result in enumerate(results):
        out.write(",\n" if i else "\n")
        # Always valid JSON: no NaN from a score, no lone surrogate from a name or value.
        out.write(json_text(file_to_dict(result, opts.lang)))
    out.write("\n]}\n")
