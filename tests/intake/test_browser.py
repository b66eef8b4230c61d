"""The summary page in a real headless Chromium (Debian's, never a downloaded one)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdf
import pytest

from tests.conftest import EXAMPLES, GOOD_TODAY, run_cli

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed at /usr/bin/chromium "
    "(apt-get install chromium); no browser is downloaded",
)


def test_filter_by_text_status_and_call_changes_the_visible_rows(
    tmp_path: Path, bad_sketches: Path
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    for example in EXAMPLES:
        shutil.copytree(example.parent, tmp_path / "s" / example.parent.name)
    shutil.copy(bad_sketches / "budget-sum.yaml", tmp_path / "s" / "budget-sum.yaml")
    page_file = tmp_path / "o.html"
    r = run_cli("summary", tmp_path / "s", "--html", page_file, "--today", GOOD_TODAY)
    assert r.exit_code == 0, r.stderr
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            # Offline: any request other than the page itself fails the test.
            requests: list[str] = []
            page.on("request", lambda req: requests.append(req.url))
            page.goto(page_file.as_uri())
            rows = page.locator("tbody tr:visible")
            assert rows.count() == 5
            page.fill("#q", "stavanger")
            assert rows.count() == 2  # the example and budget-sum.yaml, both from Stavanger
            assert page.text_content("#count") == "Viser 2 av 5 skisser"
            page.fill("#q", "")
            page.select_option("#status", "errors")
            assert rows.count() == 1
            assert "budget-sum.yaml" in (rows.first.text_content() or "")
            page.select_option("#status", "dup")
            assert rows.count() == 2
            page.select_option("#status", "")
            page.select_option("#call", "innovasjonspartnerskap-2020")
            assert rows.count() == 1
            assert page.locator("section.call:visible").count() == 1
            page.select_option("#call", "")
            # Sorting: a click on «Omsøkt (kr)» puts the smallest amount first.
            table = page.locator("table.overview").first
            table.locator("th", has_text="Omsøkt").click()
            first = table.locator("tbody tr").first.locator("td").nth(5).get_attribute("data-sort")
            amounts = [
                int(v or 0)
                for v in table.locator("tbody tr td:nth-child(6)").evaluate_all(
                    "tds => tds.map(td => td.dataset.sort)"
                )
            ]
            assert amounts == sorted(amounts) and int(first or 0) == amounts[0]
            # The same by keyboard: the heading takes focus, Enter reverses the order.
            table.locator("th", has_text="Omsøkt").focus()
            page.keyboard.press("Enter")
            again = table.locator("tbody tr td:nth-child(6)").evaluate_all(
                "tds => tds.map(td => td.dataset.sort)"
            )
            assert [int(v or 0) for v in again] == sorted(amounts, reverse=True)
            # The LIX column sorts as a number, and its figure («49,7») finds its row.
            table.locator("th", has_text="LIKS").click()
            lix = table.locator("tbody tr td.col-lix").evaluate_all(
                "tds => tds.map(td => [td.dataset.sort, td.textContent])"
            )
            assert [float(v) for v, _ in lix] == sorted(float(v) for v, _ in lix)
            assert all(text == f"{float(v):.1f}".replace(".", ",") for v, text in lix)
            shown = page.locator("td.col-lix").all_text_contents()
            page.fill("#q", lix[-1][1])
            assert rows.count() == shown.count(lix[-1][1]) >= 1
            page.fill("#q", "")
            # Printing follows the page's own @page rule: A4 landscape.
            pdf = page.pdf(prefer_css_page_size=True)
            first = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
            assert (
                round(float(first.width) / 72 * 25.4),
                round(float(first.height) / 72 * 25.4),
            ) == (297, 210)
            assert requests == [page_file.as_uri()]
        finally:
            browser.close()


def test_summary_and_jury_pages_have_no_accessibility_violation(
    tmp_path: Path, bad_sketches: Path
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    summary = tmp_path / "o.html"
    args: list[str | Path] = [*EXAMPLES, bad_sketches / "budget-sum.yaml", "--html", summary]
    assert run_cli("summary", *args, "--today", GOOD_TODAY).exit_code == 0
    older = [p for p in EXAMPLES if "2020" not in p.parent.name]
    assert run_cli("review", "init", *older, "-e", "Kari", "-o", tmp_path / "j").exit_code == 0
    report = tmp_path / "r.html"
    assert run_cli("review", "report", tmp_path / "j", "-f", "html", "-o", report).exit_code == 0
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            for page_file in (summary, report):
                page = browser.new_page()
                page.goto(page_file.as_uri())
                results = axe.Axe().run(page)
                assert results.response["violations"] == [], results.generate_snapshot()
        finally:
            browser.close()
