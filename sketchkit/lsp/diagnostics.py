"""Findings as LSP diagnostics: range, severity, the rule id as code with a link to its
explanation, the hint as related information."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from lsprotocol import types as t

from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.atomic import WriteError, write_atomic
from sketchkit.core.i18n import Lang, Msg
from sketchkit.lsp.state import Snapshot

SOURCE = "sketchkit"
_SEVERITY = {
    Severity.ERROR: t.DiagnosticSeverity.Error,
    Severity.WARNING: t.DiagnosticSeverity.Warning,
    Severity.INFO: t.DiagnosticSeverity.Information,
}
_HINT = Msg("Tips: {hint}", "Hint: {hint}")
_TOO_LARGE = Msg(
    "dokumentet er for stort til å sjekkes i redigeringsprogrammet ({size} byte; grensen er "
    "{limit} byte)",
    "the document is too large to check in the editor ({size} bytes; the limit is {limit} bytes)",
)


def finding_range(finding: Finding, lines: list[str]) -> t.Range:
    """From the finding's column to the end of its line: the value or key it points at."""
    line = max(finding.line - 1, 0)
    text = lines[line] if line < len(lines) else ""
    start = min(max(finding.column - 1, 0), len(text))
    end = len(text.rstrip()) if len(text.rstrip()) > start else len(text)
    return t.Range(t.Position(line, start), t.Position(line, max(end, start)))


def to_diagnostics(snap: Snapshot, max_bytes: int) -> list[t.Diagnostic]:
    if snap.result is None:
        size = len(snap.text.encode("utf-8", errors="surrogatepass"))
        return [
            t.Diagnostic(
                range=t.Range(t.Position(0, 0), t.Position(0, 0)),
                message=_TOO_LARGE(snap.lang, size=size, limit=max_bytes),
                severity=t.DiagnosticSeverity.Error,
                source=SOURCE,
                code=str(RuleId.FILE_TOO_LARGE),
            )
        ]
    out = []
    for finding in snap.result.findings:
        where = finding_range(finding, snap.lines)
        related = (
            [
                t.DiagnosticRelatedInformation(
                    location=t.Location(uri=snap.uri, range=where),
                    message=_HINT(snap.lang, hint=finding.hint),
                )
            ]
            if finding.hint
            else None
        )
        href = explain_uri(str(finding.rule), snap.lang)
        out.append(
            t.Diagnostic(
                range=where,
                message=finding.message,
                severity=_SEVERITY[finding.severity],
                code=str(finding.rule),
                code_description=t.CodeDescription(href=href) if href else None,
                source=SOURCE,
                related_information=related,
                data={"rule": str(finding.rule), "pointer": finding.pointer},
            )
        )
    return out


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sketchkit"


@cache
def _explanations(lang: Lang) -> Path | None:
    """Every rule's ``explain`` text in one Markdown file, written once per language into the
    user's cache folder, so a diagnostic's code can link to it without any network."""
    from sketchkit.reporting.explain import explain

    text = "".join(
        f'<a id="{info.id}"></a>\n\n```\n{explain(str(info.id), lang)}```\n\n'
        for info in all_rule_infos()
    )
    folder = _cache_dir()
    path = folder / f"explain-{lang.value}.md"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"), overwrite=True, lang=lang)
    except (OSError, WriteError):
        return None
    return path


def explain_uri(rule: str, lang: Lang) -> str | None:
    path = _explanations(lang)
    return f"{path.as_uri()}#{rule}" if path is not None else None
