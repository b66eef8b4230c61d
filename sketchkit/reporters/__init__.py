"""Reporters turn check results into output; one per format, chosen from a registry."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from sketchkit.checker import FileResult
from sketchkit.i18n import Lang


class Format(enum.StrEnum):
    TEXT = "text"
    JSON = "json"


@dataclass(frozen=True)
class ReportOptions:
    lang: Lang = Lang.NB
    color: bool = False


Reporter = Callable[[Iterable[FileResult], TextIO, ReportOptions], None]


def get_reporter(fmt: Format) -> Reporter:
    """The reporter for ``fmt``, imported only when asked for."""
    if fmt is Format.TEXT:
        from sketchkit.reporters.text import report
    elif fmt is Format.JSON:
        from sketchkit.reporters.json import report
    else:  # pragma: no cover - the exhaustiveness test keeps this unreachable
        raise ValueError(fmt)
    return report
