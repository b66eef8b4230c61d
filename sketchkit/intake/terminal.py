"""The overview on the terminal: one table per call that fits the terminal's width."""

from __future__ import annotations

from sketchkit.core.i18n import Lang
from sketchkit.core.numbers import format_nok
from sketchkit.core.printable import printable as visible
from sketchkit.intake import labels as L
from sketchkit.intake.columns import Column, Output, columns, screen_text
from sketchkit.intake.duplicates import REASON_WORDS
from sketchkit.intake.overview import CallSection, Overview, Row, RowStatus

GAP = 2
MIN_FLEX = 8  # a shrunk text column keeps at least this many characters
ROOMY = 16  # ... and this many before any column is left out


def _cells(row: Row, section: CallSection, shown: list[Column], lang: Lang) -> list[str]:
    return [screen_text(c, c.read(row, section, lang), lang, compact=True) for c in shown]


def _fit(
    cols: list[Column], titles: list[str], body: list[list[str]], width: int
) -> tuple[list[int], list[int]]:
    """Column widths, and which columns are shown, so that a line fits in ``width``."""
    shown = list(range(len(cols)))
    natural = [max([len(titles[i]), *(len(r[i]) for r in body)]) for i in range(len(cols))]
    widths = [min(w, 40) if cols[i].flex else w for i, w in enumerate(natural)]

    def total() -> int:
        return sum(widths[i] for i in shown) + GAP * (len(shown) - 1)

    def shrink(floor: int) -> None:
        while total() > width:
            flex = [i for i in shown if cols[i].flex and widths[i] > floor]
            if not flex:
                return
            widths[max(flex, key=lambda i: widths[i])] -= 1

    # Text columns give way first, then the least needed columns go, then text gives more.
    shrink(ROOMY)
    for rank in range(1, 1 + max(c.drop for c in cols)):
        if total() > width:
            shown = [i for i in shown if cols[i].drop != rank]
    shrink(MIN_FLEX)
    return widths, shown


def _line(cells: list[str], cols: list[Column], widths: list[int], shown: list[int]) -> str:
    parts = []
    for i in shown:
        c, w = cells[i], widths[i]
        if len(c) > w:
            c = "…" + c[len(c) - w + 1 :] if cols[i].cut_left else c[: w - 1] + "…"
        parts.append(c.rjust(w) if cols[i].numeric else c.ljust(w))
    return (" " * GAP).join(parts).rstrip()


def to_text(overview: Overview, lang: Lang, width: int = 100) -> str:
    """Tables fit ``width``; running text is wrapped to it."""
    import textwrap

    out: list[str] = []

    def para(text: str, indent: str = "") -> None:
        out.extend(
            textwrap.wrap(
                text,
                max(width, 20),
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_on_hyphens=False,
            )
            or [""]
        )

    cols = columns(Output.TERMINAL)
    titles = [c.heading(Output.TERMINAL, lang) for c in cols]
    for section in overview.sections:
        para(visible(f"{section.title} ({section.call_id})"))
        para(
            L.TOTALS_LINE(
                lang,
                n=len(section.rows),
                ok=section.count(RowStatus.OK),
                warn=section.count(RowStatus.WARNINGS),
                err=section.count(RowStatus.ERRORS),
                bad=section.count(RowStatus.UNREADABLE),
            )
        )
        para(
            L.AMOUNTS_LINE(
                lang,
                requested=format_nok(section.requested_nok),
                pot=L.pot_text(section.pot, section.requested_nok, lang),
            )
        )
        body = [[visible(c) for c in _cells(r, section, cols, lang)] for r in section.rows]
        widths, shown = _fit(cols, titles, body, width)
        out.append(_line(titles, cols, widths, shown))
        out.append((" " * GAP).join("-" * widths[i] for i in shown))
        out.extend(_line(cells, cols, widths, shown) for cells in body)
        flagged = [r for r in section.rows if r.rule_ids()]
        if flagged:
            out.append(f"{L.RULES(lang)}:")
            for r in flagged:
                para(f"#{r.number}: {', '.join(r.rule_ids())}", "  ")
        out.append("")
    para(f"{L.DUPLICATES_HEADING(lang)}:" if overview.duplicates else L.NO_DUPLICATES(lang))
    for earlier, later, d in overview.duplicates:
        reason = REASON_WORDS[d.reason](lang)
        if d.similarity < 1.0:
            reason = L.SIMILAR(lang, reason=reason, sim=round(100 * d.similarity))
        para(
            L.DUPLICATE_LINE(lang, later=later.number, earlier=earlier.number, reason=reason), "  "
        )
    para(L.COVERAGE_NOTE(lang))
    para(L.LIX_NOTE(lang))
    return "\n".join(out) + "\n"
