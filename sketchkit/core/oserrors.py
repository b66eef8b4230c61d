"""Why the system refused a file, in the user's words.

``OSError.strerror`` is the C library's English («File name too long», «Permission denied»):
in a Norwegian session every message would end in English. The refusals a user can meet with a
sketch, a letter, a template or an output file are said here in bokmål, nynorsk (catalogue) and
English; anything rarer keeps the system's own words.
"""

from __future__ import annotations

import errno

from sketchkit.core.i18n import Lang, Msg

_REASONS: dict[int, Msg] = {
    errno.ENOENT: Msg("filen eller mappen finnes ikke", "no such file or folder"),
    errno.EACCES: Msg("ingen tilgang", "permission denied"),
    errno.EPERM: Msg("ikke tillatt", "not permitted"),
    errno.ENAMETOOLONG: Msg("navnet er for langt", "the name is too long"),
    errno.ELOOP: Msg("symbolske lenker går i ring", "symbolic links form a loop"),
    errno.EISDIR: Msg("det er en mappe", "it is a folder"),
    errno.ENOTDIR: Msg("en del av stien er ikke en mappe", "part of the path is not a folder"),
    errno.ENOSPC: Msg("disken er full", "the disk is full"),
    errno.EDQUOT: Msg("diskkvoten er brukt opp", "the disk quota is used up"),
    errno.EROFS: Msg("filsystemet er skrivebeskyttet", "the file system is read-only"),
    errno.EEXIST: Msg("filen finnes allerede", "the file already exists"),
    errno.EBUSY: Msg("filen er i bruk", "the file is busy"),
    errno.EIO: Msg("lese- eller skrivefeil på disken", "a read or write error on the disk"),
    errno.EADDRINUSE: Msg("porten er allerede i bruk", "the port is already in use"),
}


def os_reason(error: OSError, lang: Lang) -> str:
    """The reason ``error`` gives, in ``lang`` where sketchkit knows it, else as the system says
    it (or its class name, where it says nothing)."""
    said = _REASONS.get(error.errno) if error.errno is not None else None
    if said is not None:
        return said(lang)
    return error.strerror or type(error).__name__
