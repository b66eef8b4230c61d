"""Writing files so that nothing is ever half-written or silently overwritten.

Never clobber: an existing file is replaced only with ``overwrite`` (``--force``), only when it
is a regular file (never a folder, a device or a FIFO), and never when it is one of the
command's inputs, by any name (a symbolic or hard link to the sketch is the sketch: files are
compared by device and inode).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.oserrors import os_reason
from sketchkit.core.textsafe import terminal_safe

_NO_FOLDER = Msg("mappen finnes ikke: {p}", "folder does not exist: {p}")
_IS_FOLDER = Msg("{p} er en mappe", "{p} is a folder")
_CANNOT_IN = Msg("kan ikke skrive i {p}: {err}", "cannot write in {p}: {err}")
_CANNOT = Msg("kan ikke skrive {p}: {err}", "cannot write {p}: {err}")


_IS_INPUT = Msg(
    "{p} er en av filene som leses (skissen, et vedlegg, en mal, et skåringsark eller "
    "utlysningen); den skrives aldri over, heller ikke med --force",
    "{p} is one of the files being read (the sketch, an attachment, a template, a score sheet "
    "or the call); it is never overwritten, not even with --force",
)
_NOT_REGULAR = Msg(
    "{p} er ikke en vanlig fil (en enhet, en FIFO eller en sokkel); --force erstatter bare "
    "vanlige filer",
    "{p} is not a regular file (a device, a FIFO or a socket); --force replaces regular files only",
)
_SAME_TWICE = Msg("{p} er oppgitt som utdatafil to ganger", "{p} is given as the output file twice")

# Files below a template folder that count as its inputs; a folder with more is no template.
_MAX_FOLDER_FILES = 10_000
FileId = tuple[int, int]


class WriteError(Exception):
    """The file could not be written; the message says why and what to do."""


def file_ids(paths: Iterable[Path]) -> frozenset[FileId]:
    """Device and inode of every file in ``paths`` (a folder: the files below it, links
    followed as the reader follows them). A path that cannot be looked at is skipped: a file
    that is not there cannot be overwritten."""
    ids: set[FileId] = set()
    for path in paths:
        info = _stat(path)
        if info is None:
            continue
        ids.add((info.st_dev, info.st_ino))
        if stat.S_ISDIR(info.st_mode):
            for count, inner in enumerate(_files_below(path)):
                if count >= _MAX_FOLDER_FILES:
                    break
                inner_info = _stat(inner)
                if inner_info is not None:
                    ids.add((inner_info.st_dev, inner_info.st_ino))
    return frozenset(ids)


def _files_below(folder: Path) -> Iterable[Path]:
    for root, _dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            yield Path(root, name)


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(path.lstat().st_mode)
    except (OSError, ValueError):  # no such name, or one the system refuses
        return False


def _shown(path: Path) -> str:
    """A file name as messages show it: its control characters escaped."""
    return terminal_safe(str(path))


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except (OSError, ValueError):
        return None


def check_target(
    path: Path,
    *,
    overwrite: bool,
    protect: Iterable[Path] | frozenset[FileId] = (),
    lang: Lang = Lang.NB,
) -> None:
    """Whether ``path`` may be written: raises WriteError (an input, a folder, a device or
    FIFO, no such folder) or FileExistsError (a file there, and no ``overwrite``). Commands
    call it before their work, so that nothing is computed for a file that cannot be written;
    write_atomic calls it again at the end."""
    ids = protect if isinstance(protect, frozenset) else file_ids(protect)
    info = _stat(path)
    if info is not None:
        if (info.st_dev, info.st_ino) in ids:
            raise WriteError(_IS_INPUT(lang, p=_shown(path)))
        if stat.S_ISDIR(info.st_mode):
            raise WriteError(_IS_FOLDER(lang, p=_shown(path)))
        if not stat.S_ISREG(info.st_mode):
            raise WriteError(_NOT_REGULAR(lang, p=_shown(path)))
        if not overwrite:
            raise FileExistsError(str(path))
    elif not overwrite and _is_link(path):  # a link to nothing is still a name in use
        raise FileExistsError(str(path))
    folder = path.parent
    folder_info = _stat(folder)
    if folder_info is None or not stat.S_ISDIR(folder_info.st_mode):
        raise WriteError(_NO_FOLDER(lang, p=_shown(folder)))


def distinct_outputs(paths: Iterable[Path | None], lang: Lang = Lang.NB) -> None:
    """Two outputs of one command are two files: raises WriteError where they are one."""
    seen: dict[object, Path] = {}
    for path in paths:
        if path is None:
            continue
        info = _stat(path)
        key: object = (info.st_dev, info.st_ino) if info else os.path.abspath(path)  # noqa: PTH100
        if key in seen:
            raise WriteError(_SAME_TWICE(lang, p=_shown(path)))
        seen[key] = path


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _temp_name(path: Path) -> str:
    """A hidden name beside ``path`` that the file system accepts whenever it accepts
    ``path``'s own name: the output's name is shortened to make room for the random part."""
    token = os.urandom(4).hex()
    room = _name_max(path.parent) - len(f"..{token}.tmp".encode())
    name = os.fsencode(path.name)[: max(room, 1)]
    return f".{os.fsdecode(name).rstrip()}.{token}.tmp"


def _create_temp(path: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        tmp = path.parent / _temp_name(path)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(str(path))  # pragma: no cover - 100 random names all taken


def write_atomic(
    path: Path,
    data: bytes,
    *,
    overwrite: bool,
    lang: Lang = Lang.NB,
    protect: Iterable[Path] | frozenset[FileId] = (),
) -> None:
    """Write ``data`` to ``path`` in one step: readers see the old file or the new, never a mix.

    Without ``overwrite`` an existing file is left untouched and FileExistsError is raised,
    also when another process creates the file while we write. With it, only a regular file
    is replaced, and never one of ``protect`` (the command's inputs, by device and inode).
    """
    check_target(path, overwrite=overwrite, protect=protect, lang=lang)
    folder = path.parent
    try:
        fd, tmp = _create_temp(path)
    except OSError as e:
        raise WriteError(_CANNOT_IN(lang, p=_shown(folder), err=os_reason(e, lang))) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            # The temporary file is made private; give the result the usual permissions.
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
        if overwrite:
            tmp.replace(path)
        else:
            # link() fails if the target exists, so a file created meanwhile is not clobbered.
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise
            except OSError:
                # Some file systems have no hard links; fall back to a check-then-rename.
                if path.exists():
                    raise FileExistsError(str(path)) from None
                tmp.replace(path)
    except OSError as e:
        if isinstance(e, FileExistsError):
            raise
        raise WriteError(_CANNOT(lang, p=_shown(path), err=os_reason(e, lang))) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
