"""Writing files so that nothing is ever half-written or silently overwritten."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from sketchkit.core.i18n import Lang, Msg

_NO_FOLDER = Msg("mappen finnes ikke: {p}", "folder does not exist: {p}")
_IS_FOLDER = Msg("{p} er en mappe", "{p} is a folder")
_CANNOT_IN = Msg("kan ikke skrive i {p}: {err}", "cannot write in {p}: {err}")
_CANNOT = Msg("kan ikke skrive {p}: {err}", "cannot write {p}: {err}")


class WriteError(Exception):
    """The file could not be written; the message says why and what to do."""


def write_atomic(path: Path, data: bytes, *, overwrite: bool, lang: Lang = Lang.NB) -> None:
    """Write ``data`` to ``path`` in one step: readers see the old file or the new, never a mix.

    Without ``overwrite`` an existing file is left untouched and WriteError is raised,
    also when another process creates the file while we write.
    """
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(_NO_FOLDER(lang, p=folder))
    if path.is_dir():
        raise WriteError(_IS_FOLDER(lang, p=path))
    if not overwrite and path.exists():
        raise FileExistsError(str(path))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise WriteError(_CANNOT_IN(lang, p=folder, err=e.strerror)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            # mkstemp makes the file private; give it the usual permissions.
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
        raise WriteError(_CANNOT(lang, p=path, err=e.strerror)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
