"""The LIX of a sketch for the overview: all its prose fields read as one text.

By definition, as ``sketchkit klarsprak`` and ``check``'s JSON ``language`` section give it for
the whole sketch: the words, sentences and long words of every prose field are summed, and
LIX = words / sentences + 100 × long words / words over those sums (never an average of the
fields' LIX, which would give a two-sentence field as much weight as a long one).

The prose fields, the text read for each and the thresholds (``long_word_letters``, ``enabled``,
from the call and the project's ``sketchkit.toml``) are those of the clear-language advice, taken
from ``sketchkit.checking.clear_language``; only the counting pass of ``sketchkit.language``
runs, none of the other measures or the advice, so that a thousand sketches stay fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sketchkit.checking import clear_language, language_config, placeholders
from sketchkit.checking.checker import FileResult
from sketchkit.checking.rule import Context
from sketchkit.language import Counts, combined, count


class _ProseContext(Context):
    """A Context for finding prose fields that skips the walk for placeholders.

    ``prose_fields`` leaves out a field at, above or below a placeholder. A prose field and a
    placeholder are both a text (a leaf of the document), so that is only ever the field
    itself: ``sketch_counts`` leaves out a field whose own text holds one, which costs a look
    at a few texts instead of a walk of the whole document (the check has walked it already).
    """

    @property
    def placeholders(self) -> dict[str, str]:
        return {}


def sketch_counts(result: FileResult) -> Counts | None:
    """The counts of all the sketch's prose together; None when the clear-language figures
    would not be made for it (it could not be read, or its thresholds are off or unusable)."""
    doc, call = result.document, result.call
    if result.fatal is not None or doc is None or call is None or not isinstance(doc.data, dict):
        return None
    folder = Path(result.system_path).parent
    thresholds, problem = language_config.resolve(call, folder, result.lang)
    if problem is not None or not thresholds.enabled:
        return None
    # ``today`` plays no part in finding prose fields.
    ctx = _ProseContext(doc=doc, call=call, lang=result.lang, today=dt.date.min, folder=folder)
    lang = clear_language.sketch_language(doc.data)
    long_letters = int(thresholds.long_word_letters or 7)
    lines = doc.source.splitlines()
    return combined(
        count(clear_language.block_text(doc, lines, pointer, value)[0], lang, long_letters)
        for pointer, value in clear_language.prose_fields(ctx, thresholds)
        if placeholders.search(value) is None
    )


def sketch_lix(result: FileResult) -> float | None:
    """LIX of the sketch's prose read as one text; None without prose (see ``sketch_counts``)."""
    counts = sketch_counts(result)
    return counts.lix if counts is not None else None
