"""Which files a list of command-line arguments means: files, folders and glob patterns."""

from __future__ import annotations

import glob
from collections.abc import Iterable
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


def _walk(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if any(part in _SKIP for part in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() in SKETCH_SUFFIXES and path.is_file():
            found.append(path)
    return found


def expand(args: Iterable[str | Path], lang: Lang = Lang.NB) -> list[Path]:
    """Files as given, folders searched recursively for sketches, patterns expanded.

    A path that does not exist is passed through, so that it is reported like any
    unreadable file; a pattern or folder that yields nothing is an error.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path not in seen:
            seen.add(path)
            out.append(path)

    for arg in args:
        text = str(arg)
        path = Path(text)
        if path.is_dir():
            found = _walk(path)
            if not found:
                raise DiscoveryError(_EMPTY_DIR(lang, p=text))
            for f in found:
                add(f)
        elif not path.exists() and _is_pattern(text):
            # glob.glob, not Path.glob: the pattern may be absolute or start with "**".
            matches = sorted(glob.glob(text, recursive=True))  # noqa: PTH207
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise DiscoveryError(_NO_MATCH(lang, p=text))
            for f in files:
                add(f)
        else:
            add(path)
    return out
