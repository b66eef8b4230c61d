"""Which files a list of command-line arguments means: files, folders and glob patterns.

Folders and ``**`` patterns are walked without following symbolic links to folders, so a link
loop (``a/b -> ..``) ends the walk instead of repeating it, and every file is reported once,
also when it is reached by two names (a link to a file beside it, a hard link). A link to a
file outside the folder walked is not followed.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from sketchkit.core.i18n import Lang, Msg

SKETCH_SUFFIXES = (".yaml", ".yml")
# Folders that never hold sketches but may hold thousands of YAML files.
_SKIP = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})

_NO_MATCH = Msg("«{p}» passer ikke med noen fil", "'{p}' matches no file")
_EMPTY_DIR = Msg(
    "mappen «{p}» har ingen .yaml- eller .yml-filer", "the folder '{p}' has no .yaml or .yml files"
)


class DiscoveryError(Exception):
    """An argument names nothing to check: the command cannot run (exit 2)."""


def _is_pattern(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _stat(path: Path | str, *, follow: bool = True) -> os.stat_result | None:
    """The file's status, or None where there is none to get (missing, a loop, a name too
    long, a NUL in the name): such a path is passed on and reported for that file alone."""
    try:
        return Path(path).stat(follow_symlinks=follow)
    except (OSError, ValueError):
        return None


def _files_below(folder: str, max_depth: int | None = None) -> Iterator[str]:
    """Every file below ``folder`` (at most ``max_depth`` names down), without following
    links to folders."""
    top = folder.rstrip(os.sep) or os.sep
    for root, dirs, files in os.walk(top, followlinks=False):
        depth = 0 if root == top else root[len(top) :].strip(os.sep).count(os.sep) + 1
        if max_depth is not None and depth + 1 >= max_depth:
            dirs[:] = []
        else:
            dirs[:] = sorted(d for d in dirs if d not in _SKIP)
        if max_depth is None or depth + 1 == max_depth:
            for name in files:
                yield os.path.join(root, name)  # noqa: PTH118 - str paths, as os.walk gives them


def _regular(path: Path) -> bool:
    info = _stat(path)
    return info is not None and stat.S_ISREG(info.st_mode)


def _inside(path: Path, top: Path) -> bool:
    """Whether ``path`` (perhaps a link) leads to a file inside the folder ``top``."""
    if not path.is_symlink():
        return True
    try:
        return path.resolve().is_relative_to(top.resolve())
    except (OSError, RuntimeError, ValueError):  # a loop of links: nothing to read there
        return False


def _walk(folder: Path) -> list[Path]:
    # A link that leads out of the folder is left alone, as rsync's --safe-links does: a
    # folder received from someone else must not make sketchkit read (and quote, in its
    # report) a file elsewhere on this machine. A file named on the command line is read.
    found = [Path(name) for name in _files_below(str(folder))]
    return sorted(
        p
        for p in found
        if p.suffix.lower() in SKETCH_SUFFIXES and _regular(p) and _inside(p, folder)
    )


def _glob(pattern: str) -> list[Path]:
    """Files matching ``pattern`` (``*``, ``?``, ``[…]`` within a name, ``**`` across folders),
    found by walking from the pattern's fixed start without following links to folders."""
    parts = pattern.replace(os.sep, "/").split("/")
    fixed: list[str] = []
    while parts and not _is_pattern(parts[0]):
        fixed.append(parts.pop(0))
    base = "/".join(fixed) or ("/" if pattern.startswith("/") else ".")
    if not parts or _stat(base) is None:
        return []
    segments = [(p, None if p == "**" else re.compile(fnmatch.translate(p))) for p in parts]
    depth = None if any(rx is None for _, rx in segments) else len(segments)
    found: list[str] = []
    for name in _files_below(base, depth):
        rel = os.path.relpath(name, base)
        if _matches(segments, list(Path(rel).parts)):
            shown = name if fixed else rel
            if _regular(Path(shown)) and _inside(Path(shown), Path(base)):
                found.append(shown)
    return [Path(f) for f in sorted(found)]


def _matches(segments: list[tuple[str, re.Pattern[str] | None]], names: list[str]) -> bool:
    """Whether folder/file ``names`` match the pattern's segments (None is ``**``): dynamic
    programming over both lists, so many ``**`` never make the matching exponential."""
    # reach[j]: the segments so far can match the first j names.
    reach = [True] + [False] * len(names)
    for part, rx in segments:
        nxt = [False] * (len(names) + 1)
        for j in range(len(names) + 1):
            # Like glob: a wildcard never matches a name's leading dot.
            visible = j > 0 and (not names[j - 1].startswith(".") or part.startswith("."))
            if rx is None:  # "**": zero or more names
                nxt[j] = reach[j] or (visible and nxt[j - 1])
            else:
                nxt[j] = visible and reach[j - 1] and rx.match(names[j - 1]) is not None
        reach = nxt
    return reach[len(names)]


def expand(args: Iterable[str | Path], lang: Lang = Lang.NB) -> list[Path]:
    """Files as given, folders searched recursively for sketches, patterns expanded.

    A path that does not exist is passed through, so that it is reported like any
    unreadable file; a pattern or folder that yields nothing is an error.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    seen_files: set[tuple[int, int]] = set()

    def add(path: Path) -> None:
        if path in seen:
            return
        info = _stat(path)
        if info is not None and stat.S_ISREG(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in seen_files:  # the same file by another name
                return
            seen_files.add(key)
        seen.add(path)
        out.append(path)

    for arg in args:
        text = str(arg)
        path = Path(text)
        info = _stat(path)
        if info is not None and stat.S_ISDIR(info.st_mode):
            found = _walk(path)
            if not found:
                raise DiscoveryError(_EMPTY_DIR(lang, p=text))
            for f in found:
                add(f)
        elif info is None and _stat(path, follow=False) is None and _is_pattern(text):
            files = _glob(text)
            if not files:
                raise DiscoveryError(_NO_MATCH(lang, p=text))
            for f in files:
                add(f)
        else:
            add(path)
    return out
