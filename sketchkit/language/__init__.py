"""Clear language (klarspråk): sentence and word splitting for Norwegian, LIX and the other
measures, as advice. Depends only on ``sketchkit.core``, so that checking can use it.

The definitions of word and sentence are in ``splitting`` and docs/klarsprak.md.
"""

from sketchkit.language.measures import (
    AbbreviationUse,
    Analysis,
    LongSentence,
    Passive,
    Repeat,
    analyse,
    lix,
)
from sketchkit.language.splitting import Sentence, letters, split, words
from sketchkit.language.thresholds import Thresholds, defaults, sources

__all__ = [
    "AbbreviationUse",
    "Analysis",
    "LongSentence",
    "Passive",
    "Repeat",
    "Sentence",
    "Thresholds",
    "analyse",
    "defaults",
    "letters",
    "lix",
    "sources",
    "split",
    "words",
]
