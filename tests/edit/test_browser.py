"""``sketchkit edit`` in a real headless browser: Debian's chromium driven by Playwright."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

import pytest

from sketchkit.core.i18n import Lang
from sketchkit.edit.server import EditServer
from sketchkit.input.yamldoc import load
from tests.edit.conftest import CHROMIUM

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no browser: Debian's chromium is not installed (/usr/bin/chromium); .ci/run installs it",
)

if CHROMIUM.exists():
    from playwright.sync_api import Dialog, Page, expect, sync_playwright


@pytest.fixture
def page(server: EditServer) -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        context = browser.new_context(bypass_csp=False)
        opened = context.new_page()
        opened.goto(server.url)
        opened.wait_for_selector("body[data-ready=true]")
        yield opened
        browser.close()


def _field(page: Page, pointer: str) -> str:
    return f'[data-pointer="{pointer}"]'


def _diff(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_type_fix_save_keeps_every_comment(page: Page, server: EditServer, sketch: Path) -> None:
    before = sketch.read_text(encoding="utf-8")
    total = page.locator(_field(page, "/budget/total_nok") + " input")
    total.fill("14 000 000")
    finding = page.locator(_field(page, "/budget/total_nok") + " .msg.error")
    expect(finding).to_contain_text("budsjettpostene summerer til 13\u00a0000\u00a0000\u00a0kr")
    expect(total).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#findings")).to_contain_text("budsjettpostene summerer")
    total.fill("13 000 000")
    expect(finding).to_have_count(0)
    page.locator(_field(page, "/title") + " input").fill("Trygg hjemme hele døgnet")
    page.get_by_role("button", name="Lagre").click()
    expect(page.locator("#status")).to_have_text("Lagret skisse.yaml.")
    after = sketch.read_text(encoding="utf-8")
    old_title = next(line for line in before.splitlines() if line.startswith("title: "))
    assert _diff(before, after) == [f"-{old_title}", "+title: Trygg hjemme hele døgnet"]
    assert "# Tittelen er vedtatt i styringsgruppen" in after
    assert "total_nok: 13 000 000  # sjekket mot økonomi" in after


def test_add_and_remove_a_phase(page: Page, server: EditServer, sketch: Path) -> None:
    phases = _field(page, "/plan/phases")
    items = page.locator(phases + " > .list > .item")
    count = items.count()
    page.get_by_role("button", name="Legg til i Faser").click()
    expect(items).to_have_count(count + 1)
    new = _field(page, f"/plan/phases/{count}")
    page.locator(new + " " + _field(page, f"/plan/phases/{count}/phase") + " select").select_option(
        "purchase"
    )
    page.locator(_field(page, f"/plan/phases/{count}/start") + " input").fill("2021-01-01")
    page.locator(_field(page, f"/plan/phases/{count}/end") + " input").fill("2021-06-30")
    page.locator(_field(page, f"/plan/phases/{count}/description") + " :is(input, textarea)").fill(
        "Kjøp av den ferdige løsningen."
    )
    page.get_by_role("button", name="Lagre").click()
    expect(page.locator("#status")).to_have_text("Lagret skisse.yaml.")
    doc, _ = load(sketch.read_text(encoding="utf-8"), Lang.NB)
    assert doc is not None
    assert doc.data["plan"]["phases"][-1] == {
        "phase": "purchase",
        "start": "2021-01-01",
        "end": "2021-06-30",
        "description": "Kjøp av den ferdige løsningen.",
    }
    page.get_by_role("button", name=f"Fjern nr. {count + 1} i Faser").click()
    expect(items).to_have_count(count)
    page.get_by_role("button", name="Lagre").click()
    expect(page.locator("#status")).to_have_text("Lagret skisse.yaml.")
    doc, _ = load(sketch.read_text(encoding="utf-8"), Lang.NB)
    assert doc is not None and len(doc.data["plan"]["phases"]) == count


def test_a_change_on_disk_asks_and_loses_nothing(
    page: Page, server: EditServer, sketch: Path
) -> None:
    theirs = sketch.read_text(encoding="utf-8").replace(
        "name: Kari Nordmann", "name: Kari Nordkvinne"
    )
    sketch.write_text(theirs, encoding="utf-8")
    page.locator(_field(page, "/title") + " input").fill("Min tittel")
    page.get_by_role("button", name="Lagre").click()
    dialog = page.locator("dialog#conflict")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Noen har endret skisse.yaml")
    page.get_by_role("button", name="Behold mine endringer").click()
    expect(page.locator("#status")).to_contain_text(
        "Versjonen som lå på disken, er tatt vare på som"
    )
    mine = sketch.read_text(encoding="utf-8")
    assert "title: Min tittel" in mine and "Kari Nordmann" in mine
    backups = list(sketch.parent.glob("skisse.disk-*.yaml"))
    assert len(backups) == 1
    assert backups[0].read_text(encoding="utf-8") == theirs


def test_closing_with_unsaved_changes_warns(page: Page) -> None:
    page.locator('[data-pointer="/title"] input').fill("Endret")
    asked: list[str] = []

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    page.close(run_before_unload=True)
    page.wait_for_timeout(300)
    assert asked == ["beforeunload"]


def test_keyboard_only_reaches_every_input_with_its_label(page: Page) -> None:
    unlabeled = page.evaluate(
        """() => [...document.querySelectorAll('input, textarea, select')]
              .filter(e => !(e.labels && e.labels.length)).length"""
    )
    assert unlabeled == 0
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the skip link
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.tagName")
    assert focused in ("INPUT", "SELECT", "TEXTAREA", "BUTTON")


def test_no_serious_or_critical_accessibility_violation(server: EditServer) -> None:
    from axe_playwright_python.sync_playwright import Axe

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        # axe-core is injected by the test; the page's own policy forbids outside scripts.
        context = browser.new_context(bypass_csp=True)
        opened = context.new_page()
        opened.goto(server.url)
        opened.wait_for_selector("body[data-ready=true]")
        results = Axe().run(opened)
        browser.close()
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], results.generate_snapshot()
