"""Reading a sketch file's bytes into text, with every way that can fail named."""

from __future__ import annotations

import codecs
import enum
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class ReadError(Exception):
    """The file could not be read at all: the command cannot run (exit 2)."""


class TextProblemKind(enum.Enum):
    """Why the bytes are not text to check; the checker names the rule that reports each."""

    TOO_LARGE = enum.auto()
    NOT_TEXT = enum.auto()
    EMPTY = enum.auto()
    ENCODING = enum.auto()


@dataclass(frozen=True, slots=True)
class TextProblem:
    """The bytes were read but are not text we can check (exit 1)."""

    kind: TextProblemKind
    message: str
    hint: str | None
    line: int = 1
    column: int = 1


_NOT_FOUND = Msg("finner ikke filen", "no such file")
_IS_DIR = Msg("er en mappe, ikke en fil", "is a folder, not a file")
_NOT_REGULAR = Msg(
    "er ikke en vanlig fil (en FIFO, en enhet eller en sokkel); den leses ikke",
    "is not a regular file (a FIFO, a device or a socket); it is not read",
)
_NO_ACCESS = Msg("mangler lesetilgang til filen", "permission denied reading the file")
_OS_ERROR = Msg("kan ikke lese filen: {err}", "cannot read the file: {err}")
_TOO_LARGE = Msg(
    "filen er {size} byte; grensen er {limit} byte",
    "the file is {size} bytes; the limit is {limit} bytes",
)
_TOO_LARGE_HINT = Msg(
    "En skisse er noen få kilobyte. Sjekk at det er riktig fil, eller øk grensen med --max-bytes.",
    "A sketch is a few kilobytes. Check that this is the right file, or raise the limit with "
    "--max-bytes.",
)
_EMPTY = Msg("filen er tom", "the file is empty")
_EMPTY_HINT = Msg(
    "Lag en ny skisse med «sketchkit new», eller fyll inn feltene.",
    "Create a new sketch with 'sketchkit new', or fill in the fields.",
)
_BINARY = Msg("filen er ikke tekst, men {kind}", "the file is not text but {kind}")
_BINARY_HINT = Msg(
    "sketchkit leser skisser skrevet som YAML-tekst (.yaml). Lagre eller skriv skissen som ren tekst.",
    "sketchkit reads sketches written as YAML text (.yaml). Save or write the sketch as plain text.",
)
_NOT_UTF8 = Msg(
    "filen er ikke UTF-8; byte {byte} kan ikke leses",
    "the file is not UTF-8; byte {byte} cannot be read",
)
_NOT_UTF8_LATIN = Msg(
    "filen ser ut til å være lagret som Windows-1252/Latin-1 (her står «{text}»), ikke UTF-8",
    "the file looks saved as Windows-1252/Latin-1 (it reads «{text}» here), not UTF-8",
)
_NOT_UTF8_HINT = Msg(
    "Åpne filen i et redigeringsprogram og lagre den med tegnkoding UTF-8 "
    "(i Notisblokk: Lagre som → Koding: UTF-8).",
    "Open the file in an editor and save it with encoding UTF-8 "
    "(in Notepad: Save as → Encoding: UTF-8).",
)

_SIGNATURES: tuple[tuple[bytes, Msg], ...] = (
    (b"PK\x03\x04", Msg("et Word-dokument eller en zip-fil", "a Word document or a zip file")),
    (b"%PDF", Msg("en PDF-fil", "a PDF file")),
    (b"\xd0\xcf\x11\xe0", Msg("et eldre Office-dokument (.doc)", "an old Office document (.doc)")),
    (b"{\\rtf", Msg("et RTF-dokument", "an RTF document")),
    (b"\x89PNG", Msg("et PNG-bilde", "a PNG image")),
    (b"\xff\xd8\xff", Msg("et JPEG-bilde", "a JPEG image")),
)


def read_bytes(path: Path, lang: Lang, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | TextProblem:
    """The file's bytes, a problem with them, or ReadError where there is no file to read.

    Only a regular file is read: a FIFO, a device or a socket named as a sketch is refused
    without reading (it could block for ever or never end). The file is opened without
    blocking and checked again through the open descriptor, so it cannot be swapped for a
    FIFO between the look and the read.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(_IS_DIR(lang))
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(_NOT_REGULAR(lang))
        if info.st_size > max_bytes:
            return _too_large(info.st_size, max_bytes, lang)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ReadError(_NOT_REGULAR(lang))
            # Read one byte past the limit: the file may have grown since stat().
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(_NOT_FOUND(lang)) from None
    except IsADirectoryError:
        raise ReadError(_IS_DIR(lang)) from None
    except PermissionError:
        raise ReadError(_NO_ACCESS(lang)) from None
    except OSError as e:
        raise ReadError(_OS_ERROR(lang, err=os_reason(e, lang))) from None
    except ValueError:  # a NUL in the name: no file can have it
        raise ReadError(_NOT_FOUND(lang)) from None
    if len(data) > max_bytes:
        return _too_large(len(data), max_bytes, lang)
    return data


def _too_large(size: int, limit: int, lang: Lang) -> TextProblem:
    return TextProblem(
        TextProblemKind.TOO_LARGE, _TOO_LARGE(lang, size=size, limit=limit), _TOO_LARGE_HINT(lang)
    )


def decode(data: bytes, lang: Lang) -> str | TextProblem:
    """Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Notepad's "Unicode" is UTF-16 with a BOM, which says unambiguously how to read it.
        try:
            return _check_empty(data.decode("utf-16"), lang)
        except UnicodeDecodeError:
            pass
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return TextProblem(
                TextProblemKind.NOT_TEXT, _BINARY(lang, kind=kind(lang)), _BINARY_HINT(lang)
            )
    if b"\x00" in data:
        kind = Msg("binærdata", "binary data")
        return TextProblem(
            TextProblemKind.NOT_TEXT, _BINARY(lang, kind=kind(lang)), _BINARY_HINT(lang)
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _encoding_problem(data, e.start, lang)
    return _check_empty(text, lang)


def _check_empty(text: str, lang: Lang) -> str | TextProblem:
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        return TextProblem(TextProblemKind.EMPTY, _EMPTY(lang), _EMPTY_HINT(lang))
    return text


def _encoding_problem(data: bytes, pos: int, lang: Lang) -> TextProblem:
    line = data.count(b"\n", 0, pos) + 1
    line_start = data.rfind(b"\n", 0, pos) + 1
    # Column in characters: decode what comes before the bad byte on its line.
    column = len(data[line_start:pos].decode("utf-8", errors="replace")) + 1
    bad = data[pos]
    if 0x80 <= bad <= 0xFF:
        snippet = data[max(line_start, pos - 12) : pos + 12].split(b"\n")[0]
        try:
            text = snippet.decode("cp1252").strip()
        except UnicodeDecodeError:
            text = ""
        if text:
            return TextProblem(
                TextProblemKind.ENCODING,
                _NOT_UTF8_LATIN(lang, text=text),
                _NOT_UTF8_HINT(lang),
                line,
                column,
            )
    return TextProblem(
        TextProblemKind.ENCODING,
        _NOT_UTF8(lang, byte=f"0x{bad:02x}"),
        _NOT_UTF8_HINT(lang),
        line,
        column,
    )
