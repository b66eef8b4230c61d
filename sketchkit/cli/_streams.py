"""Standard output and error that end a command cleanly whatever is on the other side.

- A terminal whose encoding cannot show a character (a Windows console in cp1252) gets a
  plain one instead (``✔`` → ``v``, ``→`` → ``->``, ``«`` → ``"``), never a crash.
- A closed standard input or error reads as empty and drops what is written to it.
- A closed standard output, a full disk (``> /dev/full``) or a reader that went away (a
  broken pipe) end the command with one clear line and exit 2. A broken pipe noticed only
  after all output was handed over (``| head`` that read what it wanted) keeps the
  sketches' own exit code, as other command-line tools do.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason

# What a terminal without these characters shows instead.
_PLAIN = {
    "✔": "v",
    "✘": "x",
    "→": "->",
    "←": "<-",
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "•": "*",
    "━": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "≤": "<=",
    "≥": ">=",
}
ERRORS = "sketchkit-plain"


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        code = ord(ch)
        if ch in _PLAIN:
            out.append(_PLAIN[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            ascii_form = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(ascii_form or "?")
    return "".join(out), error.end


codecs.register_error(ERRORS, _plain)

_CLOSED = Msg(
    "standard ut er lukket; ingenting kunne skrives",
    "standard output is closed; nothing could be written",
)
_LOST = Msg("kunne ikke skrive til standard ut: {err}", "could not write to standard output: {err}")


class OutputLost(Exception):
    """Standard output stopped taking what we write (closed, full, or a broken pipe)."""

    def __init__(self, err: int, reason: str) -> None:
        super().__init__(reason)
        self.errno = err


class _Guarded(io.RawIOBase):
    """The bytes under standard output: an OSError here becomes OutputLost (which click does
    not turn into exit 1), and after the first failure everything is dropped quietly."""

    def __init__(self, inner: Any) -> None:
        super().__init__()
        self._inner = inner
        self.lost = False
        # A broken pipe is not raised at once: whether output came after it decides the exit.
        self.broken: OutputLost | None = None
        self.dropped_after_break = False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(self._inner is not None and self._inner.isatty())

    def fileno(self) -> int:
        if self._inner is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return int(self._inner.fileno())

    def write(self, data: Any) -> int:
        size = len(memoryview(data))
        if self.lost:
            if self.broken is not None and size:
                self.dropped_after_break = True
            return size
        if self._inner is None:
            self._lose()
            raise OutputLost(errno.EBADF, os.strerror(errno.EBADF))
        try:
            self._inner.write(bytes(data))
            self._inner.flush()
        except OSError as e:
            self._lose()
            lost = OutputLost(e.errno or errno.EIO, e.strerror or str(e))
            if e.errno == errno.EPIPE:
                self.broken = lost
                return size
            raise lost from None
        return size

    def _lose(self) -> None:
        self.lost = True
        # Point file descriptor 1 at nothing, so that Python's own flush at exit cannot fail
        # again and print a traceback.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.close(devnull)
        except OSError:  # pragma: no cover - /dev/null always opens
            pass


_guard: _Guarded | None = None


def install() -> None:
    """Wrap standard output and make both streams fall back to plain characters."""
    global _guard
    original = sys.stdout
    inner = getattr(original, "buffer", None) if original is not None else None
    if original is None or inner is not None:
        # A real standard output (or none at all); one without bytes underneath (an embedding
        # program's own stream) is left as it is.
        encoding = getattr(original, "encoding", None) or "utf-8"
        _guard = _Guarded(inner)
        line_buffering = bool(getattr(original, "line_buffering", False))
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(_guard),
            encoding=encoding,
            errors=ERRORS,
            line_buffering=line_buffering or _guard.isatty(),
        )
    if sys.stderr is None:
        # Standard error closed: messages have nowhere to go, and are dropped.
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - for the process
    elif hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors=ERRORS)
    if sys.stdin is None:
        # Standard input closed: read as empty, never a terminal to ask questions on.
        sys.stdin = Path(os.devnull).open(encoding="utf-8")  # noqa: SIM115 - for the process


def finish(code: int, lang: Lang) -> int:
    """Hand over what is left of the output; the exit code the command ends with."""
    try:
        sys.stdout.flush()
    except OutputLost as e:
        return lost(e, lang)
    if _guard is not None and _guard.broken is not None:
        if not _guard.dropped_after_break:
            return code  # the pipe broke with the last of the output: the reader had it all
        return lost(_guard.broken, lang)
    return code


_OS_ERROR = Msg("kan ikke bruke {p}: {err}", "cannot use {p}: {err}")


def os_error(e: OSError, lang: Lang) -> int:
    """One line on standard error for a file the system refused; exit 2."""
    from sketchkit.core.textsafe import terminal_safe

    name = terminal_safe(os.fsdecode(e.filename)) if e.filename is not None else "?"
    _say(_OS_ERROR(lang, p=name, err=os_reason(e, lang)))
    return 2


def _say(message: str) -> None:
    if sys.stderr is not None:
        try:
            sys.stderr.write(f"sketchkit: {message}\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


def lost(e: OutputLost, lang: Lang) -> int:
    """One line on standard error for output that could not be written; exit 2."""
    _say(_CLOSED(lang) if e.errno == errno.EBADF else _LOST(lang, err=str(e)))
    return 2
