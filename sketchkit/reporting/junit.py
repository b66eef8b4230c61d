"""JUnit XML: one test case per file and one per criterion, findings as failures."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO
from xml.etree import ElementTree as ET

from sketchkit.checking.checker import FileResult
from sketchkit.checking.criteria import Status
from sketchkit.checking.findings import BASIS_WORDS, Finding, Severity
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.textsafe import xml_safe
from sketchkit.reporting import ReportOptions

_FILE_CASE = Msg("skjema og regler", "schema and rules")
_CRITERION = Msg("kriterium: {title}", "criterion: {title}")
_STATUS = Msg("kriteriet er {status}", "the criterion is {status}")


def _lines(findings: Iterable[Finding], lang: Lang) -> str:
    # Each line ends with the finding's basis (issue #11), as in the text report.
    return "\n".join(
        f"{f.line}:{f.column}: {f.severity.value} {f.rule} {f.message} "
        f"({BASIS_WORDS[f.basis](lang)})"
        for f in findings
    )


def report(results: Iterable[FileResult], out: TextIO, opts: ReportOptions) -> None:
    lang = opts.lang
    root = ET.Element("testsuites", name="sketchkit")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    failing = {Severity.ERROR, Severity.WARNING} if opts.strict else {Severity.ERROR}
    for result in results:
        suite = ET.SubElement(root, "testsuite", name=result.path)
        counts = {"tests": 0, "failures": 0, "errors": 0}
        case = ET.SubElement(suite, "testcase", classname=result.path, name=_FILE_CASE(lang))
        counts["tests"] += 1
        if result.fatal is not None:
            ET.SubElement(
                case, "error", message=result.fatal, type="unreadable"
            ).text = result.fatal
            counts["errors"] += 1
        else:
            bad = [f for f in result.findings if f.severity in failing]
            if bad:
                first = bad[0]
                ET.SubElement(
                    case, "failure", message=first.message, type=first.rule
                ).text = _lines(result.findings, lang)
                counts["failures"] += 1
            for coverage in result.criteria:
                title = coverage.criterion.title_in(lang)
                cc = ET.SubElement(
                    suite, "testcase", classname=result.path, name=_CRITERION(lang, title=title)
                )
                counts["tests"] += 1
                failed = coverage.status is Status.MISSING or (
                    coverage.status is Status.WEAK and opts.strict
                )
                if failed:
                    on_fields = [
                        f
                        for f in result.findings
                        if any(ptr.is_within(f.pointer, p) for p in coverage.criterion.fields)
                    ]
                    ET.SubElement(
                        cc,
                        "failure",
                        message=_STATUS(lang, status=coverage.status.value),
                        type=coverage.status.value,
                    ).text = _lines(on_fields, lang)
                    counts["failures"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    for element in root.iter():
        element.attrib.update({k: xml_safe(v) for k, v in element.attrib.items()})
        if element.text:
            element.text = xml_safe(element.text)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
