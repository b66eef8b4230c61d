"""The HTML document passes axe-core in a real headless Chromium (Debian's, driven by
Playwright; no browser download) with no serious or critical violations."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (apt-get install chromium)",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None
        or importlib.util.find_spec("axe_playwright_python") is None,
        reason="playwright and axe-playwright-python come with the test extra (pip install -e '.[test]')",
    ),
]


def _axe_source() -> str:
    """axe-core's JavaScript as installed by the test extra (no fetching at test time)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec is not None and spec.origin is not None
    return (Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


def _axe(html: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(html.as_uri())
            page.add_script_tag(content=_axe_source())
            result = page.evaluate(
                "async () => JSON.stringify(await axe.run(document, "
                "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
                "'best-practice']}}))"
            )
        finally:
            browser.close()
    report: dict[str, Any] = json.loads(result)
    return report


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_html_has_no_serious_accessibility_violations(sketch_dir: Path, language: str) -> None:
    sketch = sketch_dir / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    sketch.write_text(text.replace("language: nb", f"language: {language}"), encoding="utf-8")
    out = sketch_dir / "skisse.html"
    r = run_cli("render", sketch, "-o", out, "--appendix", "--today", "2017-08-15")
    assert r.exit_code == 0, r.stderr
    report = _axe(out)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in report["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert [v["id"] for v in report["violations"]] == []  # not even minor ones today
    # The check ran for real: axe looked at the language, the figures and the tables.
    passed = {rule["id"]: len(rule["nodes"]) for rule in report["passes"]}
    assert passed["html-has-lang"] == 1 and passed["html-lang-valid"] == 1
    assert passed["svg-img-alt"] == 3
    assert passed["document-title"] == 1
