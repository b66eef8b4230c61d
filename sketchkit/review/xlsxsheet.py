"""Scoring sheets as .xlsx, for evaluators who prefer a spreadsheet.

Three sheets at fixed places: the scores (one row per sketch and criterion), the conflict-of-
interest declarations (one row per sketch), and «Om» with what the workbook is and for whom.
Reading goes by position and by the ids in columns A and D, so a renamed sheet or a translated
heading does not matter, and every problem is named as file: Sheet!Cell. openpyxl (≈ 220 ms) is
imported only when a sheet is read, xlsxwriter only when one is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sketchkit.core.i18n import Lang, Msg
from sketchkit.review.jury import Evaluator, Jury
from sketchkit.review.sheets import SHEET_FORMAT, Filled, M, Reader, SheetProblem

SCORES = Msg("Skåring", "Scoring")
CONFLICTS = Msg("Interessekonflikt", "Conflict of interest")
ABOUT = Msg("Om", "About")
_H = {
    "sketch": Msg("Skisse", "Sketch"),
    "title": Msg("Tittel", "Title"),
    "applicant": Msg("Søker", "Applicant"),
    "criterion_id": Msg("Kriterium (id)", "Criterion (id)"),
    "criterion": Msg("Kriterium", "Criterion"),
    "weight": Msg("Vekt", "Weight"),
    "score": Msg("Poeng", "Score"),
    "justification": Msg("Begrunnelse", "Justification"),
    "conflict": Msg("Interessekonflikt (ja/nei)", "Conflict of interest (yes/no)"),
    "evaluator": Msg("Evaluator", "Evaluator"),
    "call": Msg("Utlysning", "Call"),
    "scale": Msg("Skala", "Scale"),
}
MAX_XLSX_BYTES = 10_000_000
MAX_UNPACKED_BYTES = 50_000_000
_TOO_BIG = Msg(
    "arbeidsboken er for stor til å være et skåringsark",
    "the workbook is too large to be a score sheet",
)
_YES = {"ja", "yes", "true", "x", "1", "j", "y"}
_NO = {"nei", "no", "false", "", "0", "n"}
_BAD_CONFLICT = Msg(
    "skriv ja eller nei i konfliktkolonnen, ikke «{v}»",
    "write yes or no in the conflict column, not '{v}'",
)
_FORMULA = Msg(
    "cellen har en formel; skriv poengsummen som et tall",
    "the cell holds a formula; write the score as a number",
)


def dump(jury: Jury, evaluator: Evaluator, lang: Lang, made: dt.date) -> bytes:
    from sketchkit.core.workbook import Workbook, fixed_time

    book = Workbook(fixed_time(made))
    low, high = jury.scale.low, jury.scale.high
    rows: list[list[Any]] = [
        [
            s.id,
            s.title,
            "" if jury.anonymous else s.applicant,
            c.id,
            c.title,
            c.weight,
            None,
            None,
        ]
        for s in jury.sketches
        for c in jury.criteria
    ]
    sheet = book.table(
        SCORES(lang),
        [
            _H[k](lang)
            for k in (
                "sketch",
                "title",
                "applicant",
                "criterion_id",
                "criterion",
                "weight",
                "score",
                "justification",
            )
        ],
        rows,
        formats=[None, "wrap", "wrap", None, "wrap", None, None, "wrap"],
        widths=[8, 36, 0 if jury.anonymous else 24, 14, 24, 6, 8, 60],
    )
    if rows:
        sheet.data_validation(
            1,
            6,
            len(rows),
            6,
            {
                "validate": "integer",
                "criteria": "between",
                "minimum": low,
                "maximum": high,
                "error_message": M["scale"](lang, scale=f"{low}–{high}"),
            },
        )
    conflicts = book.table(
        CONFLICTS(lang),
        [_H["sketch"](lang), _H["title"](lang), _H["conflict"](lang)],
        [[s.id, s.title, "nei" if lang is not Lang.EN else "no"] for s in jury.sketches],
        formats=[None, "wrap", None],
        widths=[8, 48, 26],
    )
    if jury.sketches:
        conflicts.data_validation(
            1,
            2,
            len(jury.sketches),
            2,
            {"validate": "list", "source": ["ja", "nei"] if lang is not Lang.EN else ["yes", "no"]},
        )
    about = [
        ["format", SHEET_FORMAT],
        [_H["evaluator"](lang), evaluator.name],
        [_H["call"](lang), jury.call_id],
        [_H["scale"](lang), jury.scale.describe(lang)],
        ["", M["intro"](lang)],
        ["", M["ends"](lang, low=low, high=high)],
        ["", M["conflict"](lang)],
    ]
    if jury.anonymous:
        about.append(["", M["anonymous"](lang)])
    book.table(ABOUT(lang), ["", ""], about, formats=[None, "wrap"], widths=[14, 90])
    return book.data()


def read(path: Path, jury: Jury, evaluator: Evaluator, lang: Lang) -> Filled:
    """Read and check an .xlsx sheet; the file is opened for reading only."""
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    filled = Filled(evaluator, str(path))
    reader = Reader(jury, filled, lang)
    try:
        # A score sheet is small; a workbook that unpacks to more is refused before reading.
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if path.stat().st_size > MAX_XLSX_BYTES or unpacked > MAX_UNPACKED_BYTES:
            reader.problem(str(path), "unreadable", why=_TOO_BIG(lang))
            return filled
        with path.open("rb") as f:
            book = openpyxl.load_workbook(f, read_only=True, data_only=False)
            _read_book(book, path, reader, evaluator)
            book.close()
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as e:
        reader.problem(str(path), "unreadable", why=f"{type(e).__name__}: {e}")
    return filled


def _read_book(book: Any, path: Path, reader: Reader, evaluator: Evaluator) -> None:
    sheets = book.worksheets
    if len(sheets) < 3:
        reader.problem(str(path), "format", f="?")
        return
    scores, conflicts, about = sheets[0], sheets[1], sheets[2]

    def where(sheet: Any, cell: str) -> str:
        return f"{path}: {sheet.title}!{cell}"

    fmt = about["B2"].value
    if fmt != SHEET_FORMAT:
        reader.problem(where(about, "B2"), "format", f=fmt)
        return
    name = about["B3"].value
    if name != evaluator.name:
        reader.problem(where(about, "B3"), "wrong_sheet", found=name, expected=evaluator.name)
        return
    seen: set[str] = set()
    # Rows past what init wrote (plus room for a few stray ones) are not read: bounded time.
    slack = 100
    for row in conflicts.iter_rows(
        min_row=2, max_row=len(reader.sketch_ids) + 1 + slack, max_col=3
    ):
        if not row or row[0].value is None:
            continue
        sid = str(row[0].value)
        if sid not in reader.sketch_ids:
            reader.problem(where(conflicts, row[0].coordinate), "unknown_sketch", id=sid)
            continue
        seen.add(sid)
        value = row[2].value if len(row) > 2 else None
        text = "" if value is None else str(value).strip().casefold()
        if value is True or text in _YES:
            reader.filled.conflicts.add(sid)
            reader.conflict_at[sid] = where(conflicts, row[2].coordinate)
        elif not (value is False or text in _NO):
            reader.filled.problems.append(
                SheetProblem(
                    where(conflicts, row[2].coordinate), _BAD_CONFLICT(reader.lang, v=value)
                )
            )
    pairs: set[tuple[str, str]] = set()
    expected = len(reader.sketch_ids) * len(reader.criteria)
    for row in scores.iter_rows(min_row=2, max_row=expected + 1 + slack, max_col=8):
        if not row or row[0].value is None:
            continue
        sid, cid = str(row[0].value), str(row[3].value)
        if sid not in reader.sketch_ids:
            reader.problem(where(scores, row[0].coordinate), "unknown_sketch", id=sid)
            continue
        if cid not in reader.criteria:
            reader.problem(where(scores, row[3].coordinate), "unknown_criterion", id=cid)
            continue
        if (sid, cid) in pairs:
            reader.problem(where(scores, row[0].coordinate), "twice", id=f"{sid}/{cid}")
            continue
        pairs.add((sid, cid))
        seen.add(sid)
        score_cell, text_cell = row[6], row[7]
        if score_cell.data_type == "f":
            reader.filled.problems.append(
                SheetProblem(where(scores, score_cell.coordinate), _FORMULA(reader.lang))
            )
            continue
        reader.score(sid, cid, score_cell.value, where(scores, score_cell.coordinate))
        value = text_cell.value
        reader.justification(
            sid, cid, None if value is None else str(value), where(scores, text_cell.coordinate)
        )
        reader.end_of_scale(sid, cid, where(scores, score_cell.coordinate))
    reader.finish(seen, where(scores, "A1"))
