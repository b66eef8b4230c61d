"""The signed letter of commitment lies beside the sketch, as a PDF."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

from sketchkit.checking.findings import BasisKind, Finding, Severity
from sketchkit.checking.rule import Context, Rule, RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.core.oserrors import os_reason
from sketchkit.core.textsafe import unsurrogate

INFO = RuleInfo(
    id=RuleId.COMMITMENT_LETTER,
    severity=Severity.WARNING,
    summary=Msg(
        "Forpliktelseserklæringen finnes i skissens mappe og er en PDF.",
        "The letter of commitment exists in the sketch's folder and is a PDF.",
    ),
    why=Msg(
        "Den signerte erklæringen er beviset på topplederforankringen; uten den er "
        "forankringen bare en påstand.",
        "The signed letter is the proof of top-management anchoring; without it the "
        "anchoring is only a claim.",
    ),
    fix=Msg(
        "Legg den signerte erklæringen som PDF i samme mappe som skissen, og skriv "
        "filnavnet i anchoring.commitment_letter.",
        "Put the signed letter as a PDF in the sketch's folder, and write its file name in "
        "anchoring.commitment_letter.",
    ),
    basis=BasisKind.ADVICE,
    default_on=False,
    fields=("/anchoring/commitment_letter",),
)

_POINTER = "/anchoring/commitment_letter"
_MISSING = Msg(
    "finner ikke forpliktelseserklæringen «{path}» i {folder}",
    "the letter of commitment '{path}' is not in {folder}",
)
_OUTSIDE = Msg(
    "«{path}» peker ut av skissens mappe; erklæringen må ligge i mappen eller under den",
    "'{path}' points outside the sketch's folder; the letter must lie in it or below it",
)
_UNREADABLE = Msg(
    "forpliktelseserklæringen «{path}» kan ikke leses: {reason}",
    "the letter of commitment '{path}' cannot be read: {reason}",
)
_LOOP = Msg("symbolske lenker går i ring", "symbolic links form a loop")
_NO_SUCH_NAME = Msg("ingen fil kan ha det navnet", "no file can have that name")
_NOT_FILE = Msg("«{path}» er ikke en fil", "'{path}' is not a file")
_NOT_PDF = Msg("«{path}» er ikke en PDF-fil", "'{path}' is not a PDF file")
_NOT_PDF_HINT = Msg(
    "Skann eller eksporter den signerte erklæringen som PDF.",
    "Scan or export the signed letter as PDF.",
)


def _escapes(value: str) -> bool:
    for flavour in (PurePosixPath, PureWindowsPath):
        p = flavour(value)
        if p.is_absolute() or p.anchor or ".." in p.parts:
            return True
    return False


def check(ctx: Context) -> Iterator[Finding]:
    value = ctx.text(_POINTER)
    if value is None or ctx.folder is None:
        return
    if _escapes(value):
        yield ctx.finding(INFO, _POINTER, _OUTSIDE(ctx.lang, path=value), INFO.fix(ctx.lang))
        return
    try:
        folder = ctx.folder.resolve()
        target = (folder / value).resolve()
        # A symbolic link may still lead out of the folder: never read what lies outside.
        outside = not target.is_relative_to(folder)
        info = None if outside else target.stat()
    except FileNotFoundError:
        info = None
    except (OSError, ValueError, RuntimeError) as e:
        # A NUL in the name, a name too long, a loop of links: no file there to read.
        if isinstance(e, RuntimeError):  # Path.resolve() on a loop of links, before 3.13
            reason = _LOOP(ctx.lang)
        elif isinstance(e, OSError):
            reason = os_reason(e, ctx.lang)
        else:
            reason = _NO_SUCH_NAME(ctx.lang)
        yield ctx.finding(
            INFO, _POINTER, _UNREADABLE(ctx.lang, path=value, reason=reason), INFO.fix(ctx.lang)
        )
        return
    if outside:
        yield ctx.finding(INFO, _POINTER, _OUTSIDE(ctx.lang, path=value), INFO.fix(ctx.lang))
        return
    if info is None:
        yield ctx.finding(
            INFO,
            _POINTER,
            _MISSING(ctx.lang, path=value, folder=unsurrogate(str(ctx.folder))),
            INFO.fix(ctx.lang),
        )
        return
    if not stat.S_ISREG(info.st_mode):
        yield ctx.finding(INFO, _POINTER, _NOT_FILE(ctx.lang, path=value), INFO.fix(ctx.lang))
        return
    if not _is_pdf(target):
        yield ctx.finding(
            INFO,
            _POINTER,
            _NOT_PDF(ctx.lang, path=value),
            _NOT_PDF_HINT(ctx.lang),
            severity=Severity.WARNING,
        )


def letter_path(data: object, folder: Path) -> Path | None:
    """Where the letter a sketch names would be, for keeping it safe from being overwritten."""
    anchoring = data.get("anchoring") if isinstance(data, dict) else None
    value = anchoring.get("commitment_letter") if isinstance(anchoring, dict) else None
    return folder / value if isinstance(value, str) and value.strip() else None


def _is_pdf(path: Path) -> bool:
    try:
        # Without blocking, and only a regular file: a FIFO put there meanwhile is never read.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            # The PDF header may follow up to 1024 bytes of junk (PDF 1.7, 7.5.2 note).
            return b"%PDF-" in f.read(1024)
    except (OSError, ValueError):
        return False


RULE = Rule(INFO, check)
