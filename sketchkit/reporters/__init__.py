"""Reporters turn check results into output; one per format, chosen from a registry."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from sketchkit.checker import FileResult
from sketchkit.i18n import Lang


class Format(enum.StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"


@dataclass(frozen=True)
class ReportOptions:
    lang: Lang = Lang.NB
    color: bool = False
    strict: bool = False  # warnings count as failures (JUnit)
    many: bool = False  # several files: one table at the end instead of one per file


Reporter = Callable[[Iterable[FileResult], TextIO, ReportOptions], None]

# Each format's module has a ``report`` function; imported only when that format is asked for.
_MODULES: dict[Format, str] = {
    Format.TEXT: "sketchkit.reporters.text",
    Format.JSON: "sketchkit.reporters.json",
    Format.SARIF: "sketchkit.reporters.sarif",
    Format.JUNIT: "sketchkit.reporters.junit",
    Format.GITHUB: "sketchkit.reporters.github",
}


def get_reporter(fmt: Format) -> Reporter:
    report: Reporter = importlib.import_module(_MODULES[fmt]).report
    return report
