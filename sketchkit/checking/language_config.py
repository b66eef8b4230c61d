"""Where the clear-language thresholds come from: sketchkit's defaults, then the call, then the
project.

- The call: a ``klarsprak:`` mapping in its ``call.yaml`` (read from the Call object's
  ``klarsprak`` attribute when the call model has one, else from the file itself).
- The project: a ``[klarsprak]`` table in ``sketchkit.toml`` in the sketch's folder (TOML, so
  that ``sketchkit check FOLDER`` never mistakes it for a sketch).

Both are untrusted input: read with safe parsers (no tags, no code), bounded in size, every
value checked.
A value that cannot be used makes the command stop with a message naming the file (exit 2),
the way a malformed call does, instead of silently checking with other thresholds.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from sketchkit.calls import CALL_FILE, Call
from sketchkit.core.i18n import Lang, Msg
from sketchkit.input import textfile, yamldoc
from sketchkit.language.thresholds import Thresholds, defaults

PROJECT_FILE = "sketchkit.toml"
KEY = "klarsprak"
_MAX_BYTES = 64 * 1024  # a settings file is a few lines

_NOT_MAPPING = Msg(
    "{file}: «klarsprak» må være en samling innstillinger (nøkkel: verdi)",
    "{file}: 'klarsprak' must be a mapping of settings (key: value)",
)
_UNREADABLE = Msg("{file}: kan ikke leses: {why}", "{file}: cannot be read: {why}")


@cache
def _read_mapping(path: Path, stamp: tuple[int, int]) -> tuple[Any, str | None]:
    """The ``klarsprak`` value in a YAML or TOML file, or why it could not be read (keyed by
    the file's size and modification time, so an edited file is read again)."""
    lang = Lang.NB
    try:
        data = textfile.read_bytes(path, lang, _MAX_BYTES)
    except textfile.ReadError as e:
        return None, str(e)
    if isinstance(data, textfile.TextProblem):
        return None, data.message
    if KEY.encode() not in data:  # the common case: nothing to parse
        return None, None
    text = textfile.decode(data, lang)
    if isinstance(text, textfile.TextProblem):
        return None, text.message
    if path.suffix == ".toml":
        import tomllib  # only where a project has a settings file

        try:
            return tomllib.loads(text).get(KEY), None
        except tomllib.TOMLDecodeError as e:
            return None, str(e)
    doc, problems = yamldoc.load(text, lang)
    if doc is None or problems:
        first = problems[0]
        return None, f"{first.line}:{first.column}: {first.message}"
    if not isinstance(doc.data, dict):
        return None, None
    return doc.data.get(KEY), None


def _from_file(path: Path) -> tuple[Any, str | None]:
    try:
        info = path.stat()
    except OSError:
        return None, None
    return _read_mapping(path, (info.st_size, info.st_mtime_ns))


def call_overrides(call: Call) -> tuple[Any, str]:
    """The call's ``klarsprak`` value (None when it has none) and the file it comes from."""
    return call.klarsprak, str(call.folder / CALL_FILE)


def resolve(call: Call, folder: Path | None, lang: Lang) -> tuple[Thresholds, str | None]:
    """The thresholds for a sketch in ``folder`` checked against ``call``, or why not."""
    thresholds = defaults()
    sources: list[tuple[Any, str]] = [call_overrides(call)]
    if folder is not None:
        project = folder / PROJECT_FILE
        value, problem = _from_file(project)
        if problem is not None:
            return thresholds, _UNREADABLE(lang, file=project, why=problem)
        sources.append((value, str(project)))
    for value, where in sources:
        if value is None:
            continue
        if not isinstance(value, Mapping):
            return thresholds, _NOT_MAPPING(lang, file=where)
        thresholds, problems = thresholds.overridden(value, lang)
        if problems:
            return thresholds, f"{where}: {problems[0]}"
    return thresholds, None
