"""GitHub Actions workflow commands: findings appear as annotations on the sketch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from sketchkit.checking.checker import FileResult
from sketchkit.checking.findings import BASIS_WORDS, Severity
from sketchkit.core.textsafe import terminal_safe
from sketchkit.reporting import ReportOptions

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def report(results: Iterable[FileResult], out: TextIO, opts: ReportOptions) -> None:
    # The log shows annotations in a terminal too: what the sketch wrote is escaped first, and
    # only the line break sketchkit puts between message and hint is a real one (%0A).
    for result in results:
        path = _prop(terminal_safe(result.path))
        if result.fatal is not None:
            out.write(
                f"::error file={path},title=sketchkit::{_data(terminal_safe(result.fatal))}\n"
            )
            continue
        for f in result.findings:
            # The basis (issue #11): the call's requirement, the sketch itself or sketchkit's advice.
            said = f"{terminal_safe(f.message)} ({BASIS_WORDS[f.basis](opts.lang)})"
            message = said if not f.hint else f"{said}\n{terminal_safe(f.hint)}"
            out.write(
                f"::{_COMMAND[f.severity]} file={path},line={f.line},col={f.column},"
                f"title={_prop(f.rule)}::{_data(message)}\n"
            )
