"""Reporters turn check results into output; one per format, chosen from a registry."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from sketchkit.checking.checker import FileResult
from sketchkit.core.i18n import Lang


class ReportFormat(enum.StrEnum):
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
_MODULES: dict[ReportFormat, str] = {
    ReportFormat.TEXT: "sketchkit.reporting.text",
    ReportFormat.JSON: "sketchkit.reporting.json_report",
    ReportFormat.SARIF: "sketchkit.reporting.sarif",
    ReportFormat.JUNIT: "sketchkit.reporting.junit",
    ReportFormat.GITHUB: "sketchkit.reporting.github",
}


def get_reporter(fmt: ReportFormat) -> Reporter:
    report: Reporter = importlib.import_module(_MODULES[fmt]).report
    return report
