"""The document's charts as data: every position a fraction, every label finished text.

One source for every format: ``templates/charts.typ`` draws these with typst's own primitives,
into the PDF directly and into SVG (HTML) or PNG (Word) for the other formats. typst was chosen
over matplotlib because it is already a dependency, draws each chart in about 10–15 ms, and
gives byte-identical SVG/PNG/PDF for the same input, where matplotlib costs about 0.45 s just
to import and needs care to be deterministic.

Nothing here imports typst: building the data is plain arithmetic on the sketch. A chart is
only drawn from numbers the sketch gives; where they are missing or nonsensical there is no chart
(the sketch's own tables and the check's findings still say what is there).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sketchkit.core.dates import past_limit
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents import localise as loc

# The real discount rate the state uses for cost-benefit analyses (Finansdepartementet,
# rundskriv R-109/2021: 4 % for the first 40 years).
DISCOUNT_RATE = 0.04
_MAX_HORIZON = 30  # years drawn at most; a longer horizon is cut, and the caption says so
_MAX_BARS = 40
_FIRST_YEAR, _LAST_YEAR = 1900, 2200

_T = {
    "timeline": Msg("Tidslinje for framdriftsplanen", "Timeline of the plan"),
    "deadline": Msg("Utlysningens frist {d}", "The call's deadline {d}"),
    "max_duration": Msg("Maks. varighet {n} år", "Maximum duration {n} years"),
    "costs": Msg("Kostnader og besparelser over {n} år", "Costs and savings over {n} years"),
    "year": Msg("År {n}", "Year {n}"),
    "cumulative": Msg("Samlet besparelse", "Cumulative savings"),
    "discounted": Msg(
        "Nåverdi, 4 % kalkulasjonsrente (R-109)", "Present value, 4 % discount rate (R-109)"
    ),
    "project_cost": Msg("Prosjektets kostnad {a}", "The project's cost {a}"),
    "baseline": Msg(
        "Årlig kostnad i dag: {base}. Forventet besparelse: {save} per år ({share}).",
        "Annual cost today: {base}. Expected savings: {save} a year ({share}).",
    ),
    "payback": Msg(
        "Besparelsen har dekket prosjektets kostnad i år {n}.",
        "The savings have covered the project's cost in year {n}.",
    ),
    "payback_discounted": Msg(
        "Med 4 % kalkulasjonsrente: i år {n}.", "At a 4 % discount rate: in year {n}."
    ),
    "no_payback": Msg(
        "Besparelsen dekker ikke prosjektets kostnad innen {n} år.",
        "The savings do not cover the project's cost within {n} years.",
    ),
    "budget": Msg("Budsjettet fordelt på poster", "The budget by item"),
    "financing": Msg("Finansiering", "Financing"),
    "alt_timeline": Msg("Tidslinje. {phases}.", "Timeline. {phases}."),
    "alt_costs": Msg(
        "Stolpediagram over samlet besparelse år for år: {years}. {cost}.",
        "Bar chart of cumulative savings year by year: {years}. {cost}.",
    ),
    "alt_budget": Msg(
        "Stolpediagram over budsjettpostene: {items}.", "Bar chart of the budget items: {items}."
    ),
}


@dataclass(frozen=True, slots=True)
class Chart:
    """One figure: what ``charts.typ`` draws (``kind`` picks the function), its caption, and
    a text alternative saying what the figure shows for readers who cannot see it."""

    kind: str  # timeline | costs | budget
    caption: str
    alt: str
    note: str  # figures the picture cannot show (baseline cost, payback year)
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "caption": self.caption,
            "alt": self.alt,
            "note": self.note,
            "data": self.data,
        }


def as_amount(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**15:
        return value
    return None


def as_day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _nice_step(top: float, ticks: int = 4) -> float:
    raw = top / ticks
    magnitude = float(10 ** math.floor(math.log10(raw)))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def timeline(
    phases: list[tuple[str, dt.date, dt.date]],
    lang: Lang,
    *,
    deadline: dt.date | None,
    max_years: float | None,
) -> Chart | None:
    """Bars for the phases on one time axis, with the call's deadline and, where the call
    states one, the maximum duration counted from the first phase's start."""
    # Dates outside 1900-2200 are typos or hostile; they would stretch the axis to nothing.
    phases = [
        (label, a, b)
        for label, a, b in phases
        if a <= b and a.year >= _FIRST_YEAR and b.year <= _LAST_YEAR
    ][:_MAX_BARS]
    if not phases:
        return None
    first = min(a for _, a, _ in phases)
    last = max(b for _, _, b in phases)
    marks: list[tuple[dt.date, str]] = []
    if deadline is not None and _FIRST_YEAR <= deadline.year <= _LAST_YEAR:
        marks.append((deadline, _T["deadline"](lang, d=loc.date(lang, deadline, short=True))))
    if max_years is not None and 0 < max_years <= 50:
        # Where the plan-duration rule draws the line (the same function).
        beyond = past_limit(first, max_years)
        if beyond is not None:
            years = loc.decimal(lang, max_years, 0 if max_years == int(max_years) else 1)
            marks.append((beyond, _T["max_duration"](lang, n=years)))
    lo = min([first, *(d for d, _ in marks)])
    hi = max([last, *(d for d, _ in marks)])
    lo = dt.date(lo.year, lo.month, 1)
    hi = dt.date(hi.year + 1, 1, 1) if hi.month == 12 else dt.date(hi.year, hi.month + 1, 1)
    span = (hi - lo).days

    def x(d: dt.date) -> float:
        return round((d - lo).days / span, 4)

    first_tick = lo.year + (lo.month > 1)
    every = max(1, math.ceil((hi.year - first_tick + 1) / 12))  # at most about a dozen
    ticks = [
        {"x": x(dt.date(year, 1, 1)), "label": str(year)}
        for year in range(first_tick, hi.year + 1, every)
        if dt.date(year, 1, 1) <= hi
    ]
    bars = [
        {
            "label": label,
            "from": x(a),
            "to": x(b + dt.timedelta(days=1)),
            "dates": f"{loc.date(lang, a, short=True)} – {loc.date(lang, b, short=True)}",
        }
        for label, a, b in phases
    ]
    described = "; ".join(
        f"{label}: {loc.date(lang, a)} – {loc.date(lang, b)}" for label, a, b in phases
    )
    marks_text = ". ".join(text for _, text in marks)
    return Chart(
        "timeline",
        _T["timeline"](lang),
        _T["alt_timeline"](lang, phases=described) + (f" {marks_text}." if marks else ""),
        "",
        {
            "bars": bars,
            "ticks": ticks,
            "marks": [{"x": x(d), "label": text} for d, text in marks],
        },
    )


def costs(
    *,
    baseline: int | None,
    savings: int | None,
    horizon: Any,
    project_cost: int | None,
    lang: Lang,
) -> Chart | None:
    """Cumulative savings year by year against the project's cost, nominal and discounted."""
    if savings is None or savings <= 0 or not isinstance(horizon, int | float):
        return None
    if isinstance(horizon, bool) or not math.isfinite(horizon) or horizon < 1:
        return None
    years = min(int(horizon), _MAX_HORIZON)
    cumulative = [savings * n for n in range(1, years + 1)]
    discounted: list[float] = []
    total = 0.0
    for n in range(1, years + 1):
        total += savings / (1 + DISCOUNT_RATE) ** n
        discounted.append(total)
    top = max(cumulative[-1], project_cost or 0)
    step = _nice_step(top)
    y_max = step * math.ceil(top / step)

    def y(v: float) -> float:
        return round(v / y_max, 4)

    notes = []
    if baseline is not None and baseline > 0:
        notes.append(
            _T["baseline"](
                lang,
                base=loc.millions(lang, baseline),
                save=loc.millions(lang, savings),
                share=loc.percent(lang, savings / baseline),
            )
        )
    cost = None
    if project_cost is not None and project_cost > 0:
        cost = {
            "y": y(project_cost),
            "label": _T["project_cost"](lang, a=loc.millions(lang, project_cost)),
        }
        payback = next((n for n, v in enumerate(cumulative, 1) if v >= project_cost), None)
        payback_pv = next((n for n, v in enumerate(discounted, 1) if v >= project_cost), None)
        if payback is None:
            notes.append(_T["no_payback"](lang, n=years))
        else:
            notes.append(_T["payback"](lang, n=payback))
            if payback_pv is not None:
                notes.append(_T["payback_discounted"](lang, n=payback_pv))
    ticks = [
        {"y": y(v), "label": loc.millions(lang, v)}
        for v in (step * i for i in range(round(y_max / step) + 1))
    ]
    return Chart(
        "costs",
        _T["costs"](lang, n=years),
        _T["alt_costs"](
            lang,
            years="; ".join(
                f"{_T['year'](lang, n=n)}: {loc.millions(lang, v)}"
                for n, v in enumerate(cumulative, 1)
            ),
            cost=cost["label"] if cost else "",
        ).replace(". .", "."),
        " ".join(notes),
        {
            "years": [
                {"label": str(n), "cum": y(v), "disc": y(d)}
                for n, (v, d) in enumerate(zip(cumulative, discounted, strict=True), 1)
            ],
            "yticks": ticks,
            "cost": cost,
            "legend": {
                "cumulative": _T["cumulative"](lang),
                "discounted": _T["discounted"](lang),
                "year": _T["year"](lang, n="").strip(),
            },
        },
    )


def budget_splits(budget: dict[str, Any], title: Callable[[str], str]) -> list[tuple[str, int]]:
    """How the project is financed, as (label, amount) pairs: the applicant's own contribution
    and the grant applied for (the chart's bars are the costs: own costs and the companies'
    development)."""
    pairs = []
    for key in ("own_contribution_nok", "requested_nok"):
        amount = as_amount(budget.get(key))
        if amount is not None and amount > 0:
            pairs.append((title(f"/budget/{key}"), amount))
    return pairs


def budget(items: list[tuple[str, int]], splits: list[tuple[str, int]], lang: Lang) -> Chart | None:
    """The budget items as bars, with their share of the whole, and how it is financed."""
    items = [(label, a) for label, a in items if a > 0][:_MAX_BARS]
    total = sum(a for _, a in items)
    if not items or total <= 0:
        return None
    largest = max(a for _, a in items)
    split_total = sum(a for _, a in splits)
    return Chart(
        "budget",
        _T["budget"](lang),
        _T["alt_budget"](
            lang,
            items="; ".join(
                f"{label}: {loc.nok(lang, a)} ({loc.percent(lang, a / total)})"
                for label, a in items
            ),
        ),
        "",
        {
            "items": [
                {
                    "label": label,
                    "frac": round(a / largest, 4),
                    "value": f"{loc.nok(lang, a)} ({loc.percent(lang, a / total)})",
                }
                for label, a in items
            ],
            "splits": [
                {
                    "label": f"{label}: {loc.nok(lang, a)} ({loc.percent(lang, a / split_total)})",
                    "frac": round(a / split_total, 4),
                }
                for label, a in splits
            ]
            if split_total > 0
            else [],
            "financing": _T["financing"](lang),
        },
    )
