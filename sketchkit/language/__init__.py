"""Clear language (klarspråk): sentence and word splitting for Norwegian, LIX and the other
measures, as advice. Depends only on ``sketchkit.core``, so that checking can use it.

The definitions of word and sentence are in ``splitting`` and docs/klarsprak.md.
"""

from sketchkit.language.measures import (
    AbbreviationUse,
    Analysis,
    Counts,
    LongSentence,
    Passive,
    Repeat,
    analyse,
    combined,
    count,
    lix,
)
from sketchkit.language.splitting import Sentence, letters, split, words
from sketchkit.language.thresholds import Thresholds, defaults, sources

__all__ = [
    "AbbreviationUse",
    "Analysis",
    "Counts",
    "LongSentence",
    "Passive",
    "Repeat",
    "Sentence",
    "Thresholds",
    "analyse",
    "combined",
    "count",
    "defaults",
    "letters",
    "lix",
    "sources",
    "split",
    "words",
]
