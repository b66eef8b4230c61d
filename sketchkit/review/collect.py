"""Finding and reading every evaluator's sheet in a jury folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sketchkit.core.i18n import Lang, Msg
from sketchkit.review import sheets
from sketchkit.review.jury import Jury
from sketchkit.review.sheets import Filled, SheetProblem

_BOTH = Msg(
    "både {a} og {b} er fylt ut; fjern det ene arket (bare {a} er lest)",
    "both {a} and {b} are filled in; remove one of them (only {a} was read)",
)


@dataclass(frozen=True)
class Collected:
    sheets: list[Filled]
    absent: list[str]  # evaluators with no sheet at all

    @property
    def problems(self) -> list[SheetProblem]:
        return [p for f in self.sheets for p in f.problems]


def collect(folder: Path, jury: Jury, lang: Lang) -> Collected:
    found: list[Filled] = []
    absent: list[str] = []
    for evaluator in jury.evaluators:
        yaml_path = folder / f"{evaluator.slug}.yaml"
        xlsx_path = folder / f"{evaluator.slug}.xlsx"
        read: list[Filled] = []
        if yaml_path.exists():
            read.append(sheets.read(yaml_path, jury, evaluator, lang))
        if xlsx_path.exists():
            from sketchkit.review import xlsxsheet

            read.append(xlsxsheet.read(xlsx_path, jury, evaluator, lang))
        if not read:
            absent.append(evaluator.name)
            continue
        touched = [f for f in read if f.touched]
        chosen = (touched or read)[0]
        if len(touched) > 1:
            chosen.problems.append(
                SheetProblem(str(folder), _BOTH(lang, a=touched[0].path, b=touched[1].path))
            )
        found.append(chosen)
    return Collected(found, absent)
