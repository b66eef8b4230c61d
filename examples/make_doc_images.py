"""Draw the README's picture of a rendered document: the page of the Stavanger example with
the most figures, as PNG. Run by ``make docs-images``; the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.documents.model import build
from sketchkit.documents.renderers.pdf import figure_page

HERE = Path(__file__).resolve().parent
SKETCH = HERE / "stavanger-hjemmetjenester" / "skisse.yaml"
OUT = HERE.parent / "docs" / "images" / "skisse-figurer.png"
DAY = dt.date(2017, 8, 15)


def main() -> int:
    result = check_file(SKETCH, CheckOptions(today=DAY))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(figure_page(build(result, date=DAY), ppi=100))
    print(f"wrote {OUT.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
