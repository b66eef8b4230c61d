"""SARIF 2.1.0, so code-scanning platforms show findings inline in the sketch."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from sketchkit import __version__
from sketchkit.checking.catalog import all_rule_infos
from sketchkit.checking.checker import FileResult
from sketchkit.checking.findings import Severity
from sketchkit.core.textsafe import json_text
from sketchkit.reporting import ReportOptions

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for the file: ``file://`` for an absolute path, else relative, with
    every byte of the name outside the unreserved set percent-encoded — spaces, «ø» as UTF-8,
    and a name that is not UTF-8 as the bytes it is — so that a code-scanning tool finds it."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    from urllib.parse import quote  # only SARIF needs it

    return quote(os.fsencode(p.as_posix()), safe="/")


def report(results: Iterable[FileResult], out: TextIO, opts: ReportOptions) -> None:
    lang = opts.lang
    infos = all_rule_infos()
    index = {info.id: i for i, info in enumerate(infos)}
    rules = [
        {
            "id": info.id,
            "name": "".join(w.capitalize() for w in info.id.split("-")),
            "shortDescription": {"text": info.summary(lang)},
            "fullDescription": {"text": f"{info.summary(lang)} {info.why(lang)}"},
            "help": {
                "text": info.fix(lang),
                "markdown": f"**{info.summary(lang)}**\n\n{info.why(lang)}\n\n{info.fix(lang)}\n\n"
                f"`sketchkit explain {info.id}`",
            },
            "defaultConfiguration": {"level": _LEVEL[info.severity]},
            # The rule's own basis where a call's data does not name it (issue #11).
            "properties": {"basis": info.basis.value},
        }
        for info in infos
    ]
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results:
        uri = artifact_uri(result.system_path)
        if result.fatal is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.path}: {result.fatal}"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            continue
        for f in result.findings:
            message = f.message if not f.hint else f"{f.message}\n{f.hint}"
            entry: dict[str, Any] = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": {"startLine": f.line, "startColumn": f.column},
                        },
                        **(
                            {
                                "logicalLocations": [
                                    {"fullyQualifiedName": f.pointer, "kind": "member"}
                                ]
                            }
                            if f.pointer
                            else {}
                        ),
                    }
                ],
            }
            if f.rule in index:
                entry["ruleIndex"] = index[f.rule]
            entry["properties"] = f.basis_fields()
            sarif_results.append(entry)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "sketchkit",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": sarif_results,
            }
        ],
    }
    out.write(json_text(log, indent=2))
    out.write("\n")
