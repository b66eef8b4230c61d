"""Words and sentences in Norwegian text, by a definition written down in docs/klarsprak.md.

Words
    A word is a run of letters and digits; hyphens and apostrophes inside it join
    («IT-løsning», «e-post», «Covid-19» are one word each) and a trailing hyphen stays with it
    («gang- og sykkelveier» is three words). A number is one word however it is written:
    «1 000 000» (groups of three digits after a space), «1.000.000», «4,5», «17.00»,
    «14.06.2017», «2012–2016». An abbreviation with its full stops is one word («bl.a.»,
    «f.eks.»). Symbols are not words: «§ 9» is one word, «50 %» one word.
    A word's length counts its letters only: «IT-løsning» has 9, «4,5» has 0.
Sentences
    A sentence ends at «!» or «?», at a blank line, before a list item (a line starting with
    «- », «* », «• », «– », «1. », «1) » or «a) »), at the end of the text, and at a full
    stop (or «…») unless the next word starts with a small letter (no Norwegian sentence does:
    the full stop belongs to an abbreviation or an ordinal such as «21. august»). The full
    stop of a known abbreviation («bl.a.», «f.eks.», «nr.», «jf.», «ca.», «kl.») never ends a
    sentence; that of a few («osv.», «mill.», «m.m.») does when a capital letter follows,
    since Norwegian writes one full stop for both. A capital letter and a full stop before a
    capitalised word is an initial («Ola J. Nordmann»), not a sentence end.
    A colon does not end a sentence; a list after it does, by the rule for list items.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sketchkit.language.wordlists import WordLists, word_lists


class Kind(enum.Enum):
    WORD = "word"
    NUMBER = "number"
    ABBREVIATION = "abbreviation"
    INITIAL = "initial"


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    kind: Kind
    start: int  # offset in the analysed text
    line: int  # 0-based line of the analysed text
    letters: int  # letters only: no digits, hyphens or full stops


@dataclass(frozen=True, slots=True)
class Sentence:
    words: tuple[Word, ...]
    start: int  # offset of the first word
    end: int  # offset just after the last character that belongs to it
    line: int  # 0-based line of its first word

    def text(self, source: str) -> str:
        """The sentence as written, on one line."""
        return visible(source[self.start : self.end])


# Control and bidirectional-override characters: a quote from a sketch must never steer a
# terminal or reorder what a reader sees.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` on one line, with control characters shown as U+FFFD."""
    return _INVISIBLE.sub("\ufffd", " ".join(text.split()))


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)]|[A-Za-z][.)])[ \t]+(?=\S)")
_CAPITALS = "A-ZÆØÅÄÖÜÉÈÁÓÚ"
_END = "end"


@cache
def _token_pattern(lang: str) -> re.Pattern[str]:
    lists = word_lists(lang)
    known = sorted(lists.abbreviations | lists.abbreviations_ending, key=len, reverse=True)
    abbr = "|".join(re.escape(a) for a in known) or "(?!)"
    return re.compile(
        rf"(?<![^\W_.])(?P<abbr>(?i:{abbr}))(?![^\W_])"
        rf"|(?<![^\W_.])(?P<dotted>(?:[^\W\d_]{{1,4}}\.){{2,}})(?![^\W_])"
        rf"|(?<![^\W_.])(?P<initial>[{_CAPITALS}]\.)(?=[ \t]*[{_CAPITALS}])"
        # 1 000 000: one to three digits, then groups of exactly three after a space.
        r"|(?<![^\W_])(?P<spaced>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?)(?![^\W_])"
        # Letters and digits; hyphens and apostrophes join, and . , : / – join digits.
        r"|(?P<word>[^\W_]+(?:(?:[-'’]|[.,:/–](?=\d))[^\W_]+)*-?)"
        r"|(?P<end>[.!?…]+)"
    )


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # a Kind's value, "end" or "break"
    text: str
    start: int
    line: int


_BREAK = "break"


def _tokens(text: str, lang: str) -> Iterator[_Token]:
    pattern = _token_pattern(lang)
    offset = 0
    for number, line in enumerate(text.split("\n")):
        begin = 0
        if not line.strip():
            yield _Token(_BREAK, "", offset, number)
        else:
            item = _LIST_ITEM.match(line)
            if item:
                yield _Token(_BREAK, "", offset, number)
                begin = item.end()
            for m in pattern.finditer(line, begin):
                group = m.lastgroup or "word"
                value = m.group()
                kind = {
                    "abbr": Kind.ABBREVIATION.value,
                    "dotted": Kind.ABBREVIATION.value,
                    "initial": Kind.INITIAL.value,
                    "spaced": Kind.NUMBER.value,
                    "end": _END,
                }.get(group)
                if kind is None:
                    kind = Kind.WORD.value if any(c.isalpha() for c in value) else Kind.NUMBER.value
                yield _Token(kind, value, offset + m.start(), number)
        offset += len(line) + 1


def _starts_small(token: _Token | None) -> bool:
    return token is not None and token.text[:1].isalpha() and token.text[:1].islower()


def _starts_capital(token: _Token | None) -> bool:
    return token is not None and token.text[:1].isupper()


def split(text: str, lang: str = "nb") -> list[Sentence]:
    """The sentences of ``text`` (lines kept: blank lines and list items are boundaries)."""
    lists: WordLists = word_lists(lang)
    tokens = list(_tokens(text, lang))
    sentences: list[Sentence] = []
    words: list[Word] = []
    end = 0

    def close() -> None:
        nonlocal words
        if words:
            sentences.append(Sentence(tuple(words), words[0].start, end, words[0].line))
            words = []

    def next_word(i: int) -> _Token | None:
        """The next word-like token before a boundary, if any."""
        for token in tokens[i + 1 :]:
            if token.kind == _BREAK:
                return None
            if token.kind != _END:
                return token
        return None

    for i, token in enumerate(tokens):
        if token.kind == _BREAK:
            close()
            continue
        if token.kind == _END:
            end = token.start + len(token.text)
            following = next_word(i)
            if "!" in token.text or "?" in token.text or not _starts_small(following):
                close()
            continue
        letters = sum(1 for c in token.text if c.isalpha())
        words.append(Word(token.text, Kind(token.kind), token.start, token.line, letters))
        end = token.start + len(token.text)
        if token.kind == Kind.ABBREVIATION.value:
            known_never = token.text.lower() in lists.abbreviations
            if not known_never and _starts_capital(next_word(i)):
                close()
    close()
    return sentences


def words(text: str, lang: str = "nb") -> list[Word]:
    """Every word of ``text``, by the same definition."""
    return [w for s in split(text, lang) for w in s.words]
