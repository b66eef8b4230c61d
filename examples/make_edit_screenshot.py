"""The README's picture of the form (docs/images/edit-form.png), taken in Debian's chromium.

make edit-screenshot
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from sketchkit.core.i18n import Lang
from sketchkit.edit.server import EditServer
from sketchkit.edit.session import Session

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
OUT = ROOT / "docs" / "images" / "edit-form.png"


def main() -> int:
    if not CHROMIUM.exists():
        print(
            "needs Debian's chromium (/usr/bin/chromium): apt-get install chromium", file=sys.stderr
        )
        return 2
    folder = Path(tempfile.mkdtemp(prefix="sketchkit-screenshot-"))
    try:
        shutil.copytree(ROOT / "examples" / "stavanger-hjemmetjenester", folder / "skisse")
        path = folder / "skisse" / "skisse.yaml"
        server = EditServer(Session(path, None, Lang.NB), Lang.NB)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(server.url)
            page.wait_for_selector("body[data-ready=true]")
            # Show a finding the way a user meets one: a total that does not add up.
            total = page.locator('[data-pointer="/budget/total_nok"] input')
            total.fill("14 000 000")
            page.wait_for_selector('[data-pointer="/budget/total_nok"] .msg.error')
            total.evaluate("e => e.scrollIntoView({block: 'center'})")
            OUT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(OUT))
            browser.close()
        server.shutdown()
        server.server_close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
