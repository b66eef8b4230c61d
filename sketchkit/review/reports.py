"""The jury's report: ranking, weighted scores, spreads, conflicts and who has not finished,
as text, JSON, HTML and xlsx. Names and titles are data: escaped in HTML, plain strings in
xlsx, never a formula."""

from __future__ import annotations

import datetime as dt
import enum
import json
from fractions import Fraction
from typing import Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.printable import printable
from sketchkit.review.jury import Jury
from sketchkit.review.scoring import SPREAD_FLAG, Outcome, SketchResult
from sketchkit.review.sheets import SheetProblem


class ReviewFormat(enum.StrEnum):
    TEXT = "text"
    JSON = "json"
    HTML = "html"
    XLSX = "xlsx"


T = {
    "heading": Msg("Juryens resultat: {call}", "The jury's result: {call}"),
    "scale": Msg("Skala: {scale}", "Scale: {scale}"),
    "weights": Msg("Vekter: {list}", "Weights: {list}"),
    "ranking": Msg("Rangering", "Ranking"),
    "rank": Msg("Plass", "Rank"),
    "sketch": Msg("Skisse", "Sketch"),
    "title": Msg("Tittel", "Title"),
    "applicant": Msg("Søker", "Applicant"),
    "weighted": Msg("Vektet poengsum", "Weighted score"),
    "tie": Msg("delt plass", "tied"),
    "unranked": Msg(
        "Ikke rangert (mangler poeng for minst ett kriterium)",
        "Not ranked (no score yet for at least one criterion)",
    ),
    "spread": Msg(
        "Sprik på {n} poeng eller mer mellom evaluatorene",
        "Evaluators differing by {n} points or more",
    ),
    "no_spread": Msg(
        "Ingen sprik på {n} poeng eller mer.", "No differences of {n} points or more."
    ),
    "spread_line": Msg(
        "{sketch} {criterion}: {low}–{high} ({scores})",
        "{sketch} {criterion}: {low}–{high} ({scores})",
    ),
    "unfinished": Msg("Ikke ferdig", "Not finished"),
    "all_finished": Msg("Alle evaluatorene er ferdige.", "Every evaluator has finished."),
    "missing": Msg("{name}: {n} poeng mangler ({sheet})", "{name}: {n} scores missing ({sheet})"),
    "no_sheet": Msg("{name}: ikke noe ark funnet", "{name}: no sheet found"),
    "conflicts": Msg("Erklærte interessekonflikter", "Declared conflicts of interest"),
    "conflict_line": Msg("{name} – {sketch}", "{name} – {sketch}"),
    "problems": Msg(
        "Problemer i arkene (disse poengene er ikke talt med)",
        "Problems in the sheets (these scores are not counted)",
    ),
    "problems_sheet": Msg("Problemer", "Problems"),
    "about_sheet": Msg("Om rapporten", "About the report"),
    "call_label": Msg("Utlysning", "Call"),
    "scale_label": Msg("Skala", "Scale"),
    "criterion": Msg("Kriterium", "Criterion"),
    "mean": Msg("Snitt", "Mean"),
    "spread_col": Msg("Sprik", "Spread"),
    "flag": Msg("Sprik ≥ {n}", "Spread ≥ {n}"),
    "scores": Msg("Poeng", "Scores"),
    "where": Msg("Sted", "Place"),
    "message": Msg("Melding", "Message"),
    "evaluator": Msg("Evaluator", "Evaluator"),
    "missing_col": Msg("Mangler", "Missing"),
    "sheet": Msg("Ark", "Sheet"),
    "criteria_sheet": Msg("Kriterier", "Criteria"),
}


def number(value: Fraction | None, lang: Lang, places: int = 2) -> str:
    if value is None:
        return ""
    text = f"{float(value):.{places}f}"
    return text if lang is Lang.EN else text.replace(".", ",")


def _who(r: SketchResult, jury: Jury) -> str:
    return r.sketch.title if jury.anonymous else f"{r.sketch.title} – {r.sketch.applicant}"


def _rank(r: SketchResult) -> str:
    return f"{r.rank}=" if r.tied else str(r.rank)


def to_text(jury: Jury, outcome: Outcome, problems: list[SheetProblem], lang: Lang) -> str:
    names = {c.id: c.title for c in jury.criteria}
    out = [
        T["heading"](lang, call=f"{jury.call_title} ({jury.call_id})"),
        T["scale"](lang, scale=jury.scale.describe(lang)),
        T["weights"](
            lang,
            list=", ".join(f"K{i} {c.title} {c.weight:g}" for i, c in enumerate(jury.criteria, 1)),
        ),
        "",
        T["ranking"](lang) + ":",
    ]
    short = [f"K{i}" for i in range(1, len(jury.criteria) + 1)]
    head = [T["rank"](lang), T["sketch"](lang), T["weighted"](lang), *short]
    table = [
        [
            _rank(r),
            r.sketch.id,
            number(r.weighted, lang),
            *(number(c.mean, lang, 1) + (" !" if c.flagged else "") for c in r.criteria),
            _who(r, jury),
        ]
        for r in outcome.ranked
    ]
    widths = [max([len(h), *(len(row[i]) for row in table)]) for i, h in enumerate(head)]
    head.append(T["title"](lang))
    for row in [head, *table]:
        cells = [
            c.rjust(w) if i > 1 else c.ljust(w)
            for i, (c, w) in enumerate(zip(row[:-1], widths, strict=True))
        ]
        out.append("  ".join([*cells, row[-1]]).rstrip())
    if outcome.unranked:
        out += ["", T["unranked"](lang) + ":"]
        out += [f"  {r.sketch.id}  {_who(r, jury)}" for r in outcome.unranked]
    out += [
        "",
        T["spread"](lang, n=SPREAD_FLAG) + ":"
        if outcome.flagged
        else T["no_spread"](lang, n=SPREAD_FLAG),
    ]
    for r, c in outcome.flagged:
        scores = ", ".join(f"{name} {v}" for name, v in c.scores.items())
        values = c.scores.values()
        out.append(
            "  "
            + T["spread_line"](
                lang,
                sketch=r.sketch.id,
                criterion=names[c.criterion],
                low=min(values),
                high=max(values),
                scores=scores,
            )
        )
    out += ["", T["unfinished"](lang) + ":" if outcome.unfinished else T["all_finished"](lang)]
    for u in outcome.unfinished:
        out.append(
            "  "
            + (
                T["missing"](lang, name=u.evaluator, n=u.missing, sheet=u.sheet)
                if u.sheet
                else T["no_sheet"](lang, name=u.evaluator)
            )
        )
    conflicts = [
        (n, r.sketch.id) for r in (*outcome.ranked, *outcome.unranked) for n in r.conflicts
    ]
    if conflicts:
        out += ["", T["conflicts"](lang) + ":"]
        out += ["  " + T["conflict_line"](lang, name=n, sketch=s) for n, s in conflicts]
    if problems:
        out += ["", T["problems"](lang) + ":"]
        out += [f"  {p}" for p in problems]
    return "\n".join(printable(line) for line in out) + "\n"


def to_json(jury: Jury, outcome: Outcome, problems: list[SheetProblem]) -> str:
    def sketch(r: SketchResult) -> dict[str, Any]:
        return {
            "rank": r.rank,
            "tied": r.tied,
            "id": r.sketch.id,
            "path": r.sketch.path,
            "title": r.sketch.title,
            "applicant": r.sketch.applicant,
            "weighted_score": None if r.weighted is None else round(float(r.weighted), 4),
            "weighted_score_exact": None if r.weighted is None else str(r.weighted),
            "conflicts": list(r.conflicts),
            "criteria": {
                c.criterion: {
                    "scores": c.scores,
                    "mean": None if c.mean is None else round(float(c.mean), 4),
                    "spread": c.spread,
                    "flagged": c.flagged,
                }
                for c in r.criteria
            },
        }

    doc = {
        "call": jury.call_id,
        "scale": {
            "min": jury.scale.low,
            "max": jury.scale.high,
            "source": jury.scale.source,
            "sketchkit_default": jury.scale.default,
        },
        "criteria": [{"id": c.id, "title": c.title, "weight": c.weight} for c in jury.criteria],
        "spread_flag": SPREAD_FLAG,
        "ranking": [sketch(r) for r in outcome.ranked],
        "unranked": [sketch(r) for r in outcome.unranked],
        "unfinished": [
            {"evaluator": u.evaluator, "missing": u.missing, "sheet": u.sheet}
            for u in outcome.unfinished
        ],
        "problems": [{"where": p.where, "message": p.message} for p in problems],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _labels(lang: Lang) -> dict[str, str]:
    """The texts that need no field but the spread limit, for the template."""
    out = {}
    for key, m in T.items():
        try:
            out[key] = m(lang, n=SPREAD_FLAG)
        except KeyError:
            continue
    return out


def to_html(jury: Jury, outcome: Outcome, problems: list[SheetProblem], lang: Lang) -> str:
    from jinja2 import FileSystemLoader
    from jinja2.sandbox import SandboxedEnvironment

    from sketchkit.core import resources

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(resources.templates_dir())), autoescape=True
    )
    names = {c.id: c.title for c in jury.criteria}

    def row(r: SketchResult) -> dict[str, Any]:
        return {
            "rank": _rank(r) if r.rank is not None else "",
            "id": r.sketch.id,
            "title": r.sketch.title,
            "applicant": "" if jury.anonymous else r.sketch.applicant,
            "weighted": number(r.weighted, lang),
            "criteria": [
                {
                    "mean": number(c.mean, lang, 1),
                    "spread": c.spread or 0,
                    "flagged": c.flagged,
                    "scores": ", ".join(f"{n} {v}" for n, v in c.scores.items()),
                }
                for c in r.criteria
            ],
        }

    return env.get_template("review.html.j2").render(
        lang="nn" if lang is Lang.NN else lang.value,
        title=T["heading"](lang, call=jury.call_title),
        t=_labels(lang),
        scale=T["scale"](lang, scale=jury.scale.describe(lang)),
        weights=T["weights"](
            lang, list=", ".join(f"{c.title} {c.weight:g}" for c in jury.criteria)
        ),
        criteria=list(names.values()),
        ranked=[row(r) for r in outcome.ranked],
        unranked=[row(r) for r in outcome.unranked],
        flagged=[
            T["spread_line"](
                lang,
                sketch=r.sketch.id,
                criterion=names[c.criterion],
                low=min(c.scores.values()),
                high=max(c.scores.values()),
                scores=", ".join(f"{n} {v}" for n, v in c.scores.items()),
            )
            for r, c in outcome.flagged
        ],
        unfinished=[
            T["missing"](lang, name=u.evaluator, n=u.missing, sheet=u.sheet)
            if u.sheet
            else T["no_sheet"](lang, name=u.evaluator)
            for u in outcome.unfinished
        ],
        conflicts=[
            T["conflict_line"](lang, name=n, sketch=r.sketch.id)
            for r in (*outcome.ranked, *outcome.unranked)
            for n in r.conflicts
        ],
        problems=[str(p) for p in problems],
    )


def to_xlsx(
    jury: Jury, outcome: Outcome, problems: list[SheetProblem], lang: Lang, made: dt.date
) -> bytes:
    from sketchkit.core.workbook import Cell, Workbook, fixed_time

    book = Workbook(fixed_time(made))
    names = [c.title for c in jury.criteria]
    every = (*outcome.ranked, *outcome.unranked)

    def fl(value: Fraction | None) -> float | None:
        return None if value is None else float(value)

    book.table(
        T["ranking"](lang),
        [
            T["rank"](lang),
            T["tie"](lang),
            T["sketch"](lang),
            T["title"](lang),
            T["applicant"](lang),
            T["weighted"](lang),
            *names,
        ],
        [
            [
                r.rank,
                T["tie"](lang) if r.tied else None,
                r.sketch.id,
                r.sketch.title,
                None if jury.anonymous else r.sketch.applicant,
                fl(r.weighted),
                *(fl(c.mean) for c in r.criteria),
            ]
            for r in every
        ],
        formats=[None, None, None, "wrap", "wrap", "decimal", *(["decimal"] * len(names))],
        widths=[6, 10, 8, 40, 28, 14, *([12] * len(names))],
    )
    evaluators = [e.name for e in jury.evaluators]
    book.table(
        T["criteria_sheet"](lang),
        [
            T["sketch"](lang),
            T["criterion"](lang),
            T["mean"](lang),
            T["spread_col"](lang),
            T["flag"](lang, n=SPREAD_FLAG),
            *evaluators,
        ],
        [
            [
                r.sketch.id,
                jury.criteria[i].title,
                fl(c.mean),
                c.spread,
                "!" if c.flagged else "",
                *(c.scores.get(e) for e in evaluators),
            ]
            for r in every
            for i, c in enumerate(r.criteria)
        ],
        formats=[None, "wrap", "decimal"],
        widths=[8, 28, 8, 8, 10, *([12] * len(evaluators))],
    )
    book.table(
        T["unfinished"](lang),
        [T["evaluator"](lang), T["missing_col"](lang), T["sheet"](lang)],
        [[u.evaluator, u.missing, u.sheet or ""] for u in outcome.unfinished],
        widths=[28, 10, 50],
    )
    about: list[list[Cell]] = [
        [T["call_label"](lang), f"{jury.call_title} ({jury.call_id})"],
        [T["scale_label"](lang), jury.scale.describe(lang)],
    ]
    for c in jury.criteria:
        about.append([c.title, c.weight])
    about.append([T["flag"](lang, n=SPREAD_FLAG), SPREAD_FLAG])
    book.table(
        T["about_sheet"](lang),
        ["", ""],
        about,
        formats=["wrap", "wrap"],
        widths=[40, 80],
    )
    book.table(
        T["problems_sheet"](lang),
        [T["where"](lang), T["message"](lang)],
        [[p.where, p.message] for p in problems],
        formats=["wrap", "wrap"],
        widths=[50, 80],
    )
    return book.data()
