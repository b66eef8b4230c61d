"""The word lists behind the measures, one folder per written language (data, not code).

``sketchkit/language/data/<lang>/*.txt`` hold one entry per line; ``#`` starts a comment.
Each language's lists are read once, the first time that language is analysed.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string
# annotation when the class is made, which costs more than the classes on each `check`.

from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent / "data"

# The written languages with their own lists; English has no s-passive or nominal lists
# (those measures are Norwegian), so they are empty for it.
LANGUAGES = ("nb", "nn", "en")


class WordLists(NamedTuple):
    lang: str
    # Abbreviations whose full stop never ends a sentence, and those that may when the next
    # word starts with a capital letter; lower case, with their full stops.
    abbreviations: frozenset[str]
    abbreviations_ending: frozenset[str]
    stopwords: frozenset[str]
    modals: frozenset[str]
    deponents: frozenset[str]
    nominal_endings: tuple[str, ...]  # longest first
    nominal_exceptions: frozenset[str]
    acronyms: frozenset[str]  # as written, in capitals
    adverbs: frozenset[str]  # may stand between a modal and its verb
    conjunctions: frozenset[str]  # where a long sentence can often be split

    @property
    def norwegian(self) -> bool:
        return self.lang in ("nb", "nn")


def _lines(lang: str, name: str) -> list[str]:
    path = DATA / lang / f"{name}.txt"
    if not path.is_file():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def word_lists(lang: str) -> WordLists:
    """The lists for ``lang`` (nb, nn or en); any other code gets bokmål's."""
    code = lang if lang in LANGUAGES else "nb"
    never: set[str] = set()
    ending: set[str] = set()
    for line in _lines(code, "abbreviations"):
        word, _, mark = line.partition(" ")
        (ending if mark.strip() == "end" else never).add(word.lower())
    return WordLists(
        lang=code,
        abbreviations=frozenset(never),
        abbreviations_ending=frozenset(ending),
        stopwords=frozenset(w.lower() for w in _lines(code, "stopwords")),
        modals=frozenset(w.lower() for w in _lines(code, "modals")),
        deponents=frozenset(w.lower() for w in _lines(code, "deponents")),
        nominal_endings=tuple(
            sorted({w.lower() for w in _lines(code, "nominal")}, key=len, reverse=True)
        ),
        nominal_exceptions=frozenset(w.lower() for w in _lines(code, "nominal-exceptions")),
        acronyms=frozenset(_lines(code, "acronyms")),
        adverbs=frozenset(w.lower() for w in _lines(code, "adverbs")),
        conjunctions=frozenset(w.lower() for w in _lines(code, "conjunctions")),
    )
