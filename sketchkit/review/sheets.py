"""Scoring sheets in YAML: one per evaluator, written by ``review init`` and read back,
never changed, by ``review report``.

A sheet lists the sketches (anonymous: id and title only), and for each a conflict-of-interest
declaration and, per criterion, a whole-number score and a short justification. Reading it
checks everything and names the line and column of every problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.input import textfile, yamldoc
from sketchkit.review.jury import Evaluator, Jury, q

SHEET_FORMAT = "sketchkit-score-sheet-1"
MAX_SHEET_BYTES = 2_000_000
MAX_JUSTIFICATION = 2_000


@dataclass(frozen=True, slots=True)
class SheetProblem:
    where: str  # file:line:col, or file: Sheet!A1 for a workbook
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Filled:
    """What one evaluator's sheet says, after checking."""

    evaluator: Evaluator
    path: str
    scores: dict[tuple[str, str], int] = field(default_factory=dict)  # (sketch, criterion)
    justifications: dict[tuple[str, str], str] = field(default_factory=dict)
    conflicts: set[str] = field(default_factory=set)
    missing: list[tuple[str, str]] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # sketches scored despite a conflict

    @property
    def touched(self) -> bool:
        """Anything filled in at all: scores, justifications or a conflict."""
        return bool(self.scores or self.conflicts or self.justifications or self.problems)


M = {
    "intro": Msg(
        "Skåringsark i sketchkit. Fyll inn score og justification for hver skisse og hvert kriterium.",
        "A sketchkit score sheet. Fill in score and justification for each sketch and criterion.",
    ),
    "scale": Msg("Skala: {scale}. Bare hele tall.", "Scale: {scale}. Whole numbers only."),
    "ends": Msg(
        "Ved {low} eller {high} er en kort begrunnelse (justification) påkrevd.",
        "At {low} or {high} a short justification is required.",
    ),
    "conflict": Msg(
        "Har du en interessekonflikt med en skisse: sett conflict: true og la poengene stå tomme.",
        "If you have a conflict of interest with a sketch: set conflict: true and leave its "
        "scores empty.",
    ),
    "anonymous": Msg(
        "Første runde er anonym: søkerne er ikke oppgitt.",
        "The first round is anonymous: applicants are not shown.",
    ),
    "weights": Msg("Kriterier og vekter: {list}", "Criteria and weights: {list}"),
    # reading
    "unreadable": Msg("kan ikke leses: {why}", "cannot be read: {why}"),
    "not_mapping": Msg("arket må være et YAML-kart", "the sheet must be a YAML mapping"),
    "format": Msg(
        "dette er ikke et skåringsark fra sketchkit (format: {f})",
        "this is not a sketchkit score sheet (format: {f})",
    ),
    "wrong_sheet": Msg(
        "arket tilhører «{found}», ikke «{expected}»",
        "the sheet belongs to '{found}', not '{expected}'",
    ),
    "sketches": Msg("«sketches» må være en liste", "'sketches' must be a list"),
    "item": Msg(
        "hver skisse må være et kart med id, conflict og scores",
        "each sketch must be a mapping with id, conflict and scores",
    ),
    "unknown_sketch": Msg("ukjent skisse «{id}»", "unknown sketch '{id}'"),
    "twice": Msg("skissen «{id}» står to ganger", "sketch '{id}' appears twice"),
    "absent": Msg("skissen «{id}» mangler i arket", "sketch '{id}' is missing from the sheet"),
    "conflict_bool": Msg("conflict må være true eller false", "conflict must be true or false"),
    "scores_map": Msg(
        "scores må være et kart med ett kriterium per nøkkel",
        "scores must be a mapping with one criterion per key",
    ),
    "unknown_criterion": Msg("ukjent kriterium «{id}»", "unknown criterion '{id}'"),
    "entry_map": Msg(
        "skriv score og justification under kriteriet",
        "write score and justification under the criterion",
    ),
    "whole": Msg(
        "poengsummen må være et helt tall fra {low} til {high}, ikke «{v}»",
        "the score must be a whole number from {low} to {high}, not '{v}'",
    ),
    "range": Msg(
        "poengsummen {v} er utenfor skalaen {low}–{high}",
        "the score {v} is outside the scale {low}–{high}",
    ),
    "justify": Msg(
        "poengsummen {v} er ytterst på skalaen og må begrunnes (justification)",
        "the score {v} is at the end of the scale and needs a justification",
    ),
    "justification_text": Msg("justification må være tekst", "justification must be text"),
    "too_long": Msg(
        "begrunnelsen er lengre enn {n} tegn", "the justification is longer than {n} characters"
    ),
    "refused": Msg(
        "poeng for «{id}» avvises: evaluatoren har erklært interessekonflikt med skissen",
        "scores for '{id}' are refused: the evaluator declared a conflict of interest with it",
    ),
}


def dump(jury: Jury, evaluator: Evaluator, lang: Lang) -> str:
    """The empty sheet for ``evaluator``, with guidance in comments."""
    low, high = jury.scale.low, jury.scale.high
    weights = ", ".join(f"{c.id} = {c.title} ({c.weight:g})" for c in jury.criteria)
    lines = [
        "# " + M["intro"](lang),
        "# " + M["scale"](lang, scale=jury.scale.describe(lang)),
        "# " + M["ends"](lang, low=low, high=high),
        "# " + M["conflict"](lang),
    ]
    if jury.anonymous:
        lines.append("# " + M["anonymous"](lang))
    lines += [
        f"format: {SHEET_FORMAT}",
        f"call: {q(jury.call_id)}",
        f"evaluator: {q(evaluator.name)}",
        f"criteria: {q(weights)}",
        "sketches:",
    ]
    for s in jury.sketches:
        lines.append(f"  - id: {q(s.id)}")
        lines.append(f"    title: {q(s.title)}")
        if not jury.anonymous:
            lines.append(f"    applicant: {q(s.applicant)}")
        lines.append("    conflict: false")
        lines.append("    scores:")
        for c in jury.criteria:
            lines.append(f"      {q(c.id)}:")
            lines.append("        score:")
            lines.append('        justification: ""')
    return "\n".join(lines) + "\n"


class Reader:
    """Checks values common to both sheet formats; ``where`` says how to name a place."""

    def __init__(self, jury: Jury, filled: Filled, lang: Lang) -> None:
        self.jury = jury
        self.filled = filled
        self.lang = lang
        self.criteria = {c.id for c in jury.criteria}
        self.sketch_ids = [s.id for s in jury.sketches]
        self.conflict_at: dict[str, str] = {}  # where each sketch's declaration stands

    def problem(self, where: str, key: str, **fields: object) -> None:
        self.filled.problems.append(SheetProblem(where, M[key](self.lang, **fields)))

    def score(self, sketch: str, criterion: str, value: Any, where: str) -> None:
        low, high = self.jury.scale.low, self.jury.scale.high
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = None  # 5.0 is written as a decimal; the scale is whole numbers
        if number is None:
            self.problem(where, "whole", low=low, high=high, v=value)
            return
        if not low <= number <= high:
            self.problem(where, "range", low=low, high=high, v=number)
            return
        self.filled.scores[sketch, criterion] = number

    def justification(self, sketch: str, criterion: str, value: Any, where: str) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            self.problem(where, "justification_text")
            return
        if len(value) > MAX_JUSTIFICATION:
            self.problem(where, "too_long", n=MAX_JUSTIFICATION)
        if value.strip():
            self.filled.justifications[sketch, criterion] = value.strip()

    def end_of_scale(self, sketch: str, criterion: str, where: str) -> None:
        """A score at either end needs a justification."""
        value = self.filled.scores.get((sketch, criterion))
        if value in (self.jury.scale.low, self.jury.scale.high) and not (
            self.filled.justifications.get((sketch, criterion))
        ):
            self.problem(where, "justify", v=value)
            del self.filled.scores[sketch, criterion]  # not counted until it is justified

    def finish(self, seen: set[str], where_sheet: str) -> None:
        """Conflicts refuse scores; what is left unscored is missing."""
        for sketch in self.sketch_ids:
            if sketch not in seen:
                self.problem(where_sheet, "absent", id=sketch)
        for sketch in sorted(self.filled.conflicts):
            scored = [k for k in self.filled.scores if k[0] == sketch]
            if scored:
                self.filled.refused.append(sketch)
                self.problem(self.conflict_at.get(sketch, where_sheet), "refused", id=sketch)
                for k in scored:
                    del self.filled.scores[k]
        for sketch in self.sketch_ids:
            if sketch in self.filled.conflicts:
                continue
            for c in self.jury.criteria:
                if (sketch, c.id) not in self.filled.scores:
                    self.filled.missing.append((sketch, c.id))


def read(path: Path, jury: Jury, evaluator: Evaluator, lang: Lang) -> Filled:
    """Read and check a YAML sheet. The file is only read, never written."""
    filled = Filled(evaluator, str(path))
    reader = Reader(jury, filled, lang)
    try:
        raw = textfile.read_bytes(path, lang, MAX_SHEET_BYTES)
    except textfile.ReadError as e:
        reader.problem(str(path), "unreadable", why=e)
        return filled
    text = raw if isinstance(raw, textfile.TextProblem) else textfile.decode(raw, lang)
    if isinstance(text, textfile.TextProblem):
        filled.problems.append(SheetProblem(f"{path}:{text.line}:{text.column}", text.message))
        return filled
    doc, problems = yamldoc.load(text, lang)
    for p in problems:
        filled.problems.append(SheetProblem(f"{path}:{p.line}:{p.column}", p.message))
    if doc is None or problems:
        return filled

    def at(pointer: str) -> str:
        line, col = doc.where(pointer)
        return f"{path}:{line}:{col}"

    data = doc.data
    if not isinstance(data, dict):
        reader.problem(at(""), "not_mapping")
        return filled
    if data.get("format") != SHEET_FORMAT:
        reader.problem(at("/format"), "format", f=data.get("format"))
        return filled
    if data.get("evaluator") != evaluator.name:
        reader.problem(
            at("/evaluator"), "wrong_sheet", found=data.get("evaluator"), expected=evaluator.name
        )
        return filled
    items = data.get("sketches")
    if not isinstance(items, list):
        reader.problem(at("/sketches"), "sketches")
        return filled
    seen: set[str] = set()
    for i, item in enumerate(items):
        base = f"/sketches/{i}"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            reader.problem(at(base), "item")
            continue
        sid = item["id"]
        if sid not in reader.sketch_ids:
            reader.problem(at(f"{base}/id"), "unknown_sketch", id=sid)
            continue
        if sid in seen:
            reader.problem(at(f"{base}/id"), "twice", id=sid)
            continue
        seen.add(sid)
        conflict = item.get("conflict", False)
        if conflict is None:
            conflict = False
        if not isinstance(conflict, bool):
            reader.problem(at(f"{base}/conflict"), "conflict_bool")
        elif conflict:
            filled.conflicts.add(sid)
            reader.conflict_at[sid] = at(f"{base}/conflict")
        scores = item.get("scores")
        if scores is None:
            continue
        if not isinstance(scores, dict):
            reader.problem(at(f"{base}/scores"), "scores_map")
            continue
        for cid, entry in scores.items():
            cp = f"{base}/scores/{cid.replace('~', '~0').replace('/', '~1')}"
            if cid not in reader.criteria:
                reader.problem(at(cp), "unknown_criterion", id=cid)
                continue
            if entry is None:
                continue
            if not isinstance(entry, dict):
                reader.problem(at(cp), "entry_map")
                continue
            reader.score(sid, cid, entry.get("score"), at(f"{cp}/score"))
            reader.justification(sid, cid, entry.get("justification"), at(f"{cp}/justification"))
            reader.end_of_scale(sid, cid, at(f"{cp}/score"))
    reader.finish(seen, at("/sketches"))
    return filled
