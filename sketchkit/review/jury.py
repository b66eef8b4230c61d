"""A jury round: the call, its criteria and weights, the scale, the sketches and the
evaluators. ``review init`` writes it as ``jury.yaml`` beside the scoring sheets, and
``review report`` reads everything from there, so a later change to the call cannot change a
round already under way."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.input import yamldoc
from sketchkit.review.scale import Scale

JURY_FILE = "jury.yaml"
FORMAT = "sketchkit-jury-1"
MAX_JURY_BYTES = 5_000_000


class JuryError(Exception):
    """The jury file is missing or broken: the command cannot run (exit 2)."""


@dataclass(frozen=True, slots=True)
class JuryCriterion:
    id: str
    title: str
    weight: float


@dataclass(frozen=True, slots=True)
class JurySketch:
    id: str  # S01, S02, … : what evaluators see
    path: str
    title: str
    applicant: str


@dataclass(frozen=True, slots=True)
class Evaluator:
    name: str
    slug: str  # the sheet's file name without suffix


@dataclass(frozen=True)
class Jury:
    call_id: str
    call_title: str
    scale: Scale
    anonymous: bool
    criteria: tuple[JuryCriterion, ...]
    sketches: tuple[JurySketch, ...]
    evaluators: tuple[Evaluator, ...]

    def sketch(self, sketch_id: str) -> JurySketch | None:
        return next((s for s in self.sketches if s.id == sketch_id), None)


def slug(name: str, taken: set[str]) -> str:
    """A file-name-safe, unique slug for an evaluator: «Kåre Ås» → ``kare-as``."""
    ascii_ = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("Ø", "O"))
    ascii_ = ascii_.replace("æ", "ae").replace("Æ", "AE").encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:40] or "evaluator"
    candidate, n = base, 2
    while candidate in taken or candidate == "jury":
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def q(text: str) -> str:
    """A YAML double-quoted scalar: whatever the text holds, it stays one string."""
    return json.dumps(text, ensure_ascii=False)


def dump(jury: Jury, lang: Lang) -> str:
    lines = [
        "# " + _HEADER(lang),
        f"format: {FORMAT}",
        f"call: {q(jury.call_id)}",
        f"call_title: {q(jury.call_title)}",
        "scale:",
        f"  min: {jury.scale.low}",
        f"  max: {jury.scale.high}",
        f"  source: {q(jury.scale.source)}",
        f"  default: {'true' if jury.scale.default else 'false'}",
        f"anonymous: {'true' if jury.anonymous else 'false'}",
        "criteria:",
        *(
            f"  - {{id: {q(c.id)}, title: {q(c.title)}, weight: {c.weight:g}}}"
            for c in jury.criteria
        ),
        "sketches:",
        *(
            f"  - {{id: {q(s.id)}, path: {q(s.path)}, title: {q(s.title)}, "
            f"applicant: {q(s.applicant)}}}"
            for s in jury.sketches
        ),
        "evaluators:",
        *(f"  - {{name: {q(e.name)}, sheet: {q(e.slug)}}}" for e in jury.evaluators),
    ]
    return "\n".join(lines) + "\n"


_HEADER = Msg(
    "Juryrunden laget av sketchkit review init. Ikke rediger; skåringsarkene ligger ved siden av.",
    "The jury round made by sketchkit review init. Do not edit; the score sheets lie beside it.",
)
_BROKEN = Msg("{where}: jury-filen er ødelagt: {what}", "{where}: the jury file is broken: {what}")
_MISSING = Msg(
    "finner ikke {p}; lag runden med sketchkit review init",
    "{p} not found; make the round with sketchkit review init",
)


def load(folder: Path, lang: Lang) -> Jury:
    path = folder / JURY_FILE
    try:
        if path.stat().st_size > MAX_JURY_BYTES:
            raise JuryError(_BROKEN(lang, where=path, what="> 5 MB"))
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise JuryError(_MISSING(lang, p=path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise JuryError(_BROKEN(lang, where=path, what=e)) from None
    doc, problems = yamldoc.load(text, lang)
    if problems or doc is None:
        first = problems[0] if problems else None
        where = f"{path}:{first.line}:{first.column}" if first else str(path)
        raise JuryError(_BROKEN(lang, where=where, what=first.message if first else "?"))
    try:
        return _parse(doc.data)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise JuryError(_BROKEN(lang, where=path, what=f"{type(e).__name__}: {e}")) from None


def _parse(data: Any) -> Jury:
    if data.get("format") != FORMAT:
        raise ValueError(f"format is not {FORMAT}")
    s = data["scale"]
    scale = Scale(int(s["min"]), int(s["max"]), str(s["source"]), bool(s["default"]))
    if not scale.low < scale.high:
        raise ValueError("scale")
    criteria = tuple(
        JuryCriterion(str(c["id"]), str(c["title"]), float(c["weight"])) for c in data["criteria"]
    )
    if not criteria or any(not c.weight > 0 for c in criteria):
        raise ValueError("criteria")
    return Jury(
        call_id=str(data["call"]),
        call_title=str(data["call_title"]),
        scale=scale,
        anonymous=bool(data["anonymous"]),
        criteria=criteria,
        sketches=tuple(
            JurySketch(str(x["id"]), str(x["path"]), str(x["title"]), str(x["applicant"]))
            for x in data["sketches"]
        ),
        evaluators=tuple(Evaluator(str(e["name"]), str(e["sheet"])) for e in data["evaluators"]),
    )
