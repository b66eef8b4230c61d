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

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string
# annotation when the class is made, which costs more than the classes on each `check`.

import re
from typing import NamedTuple

from sketchkit.language.wordlists import word_lists


# Plain values, not dataclasses or an Enum: these modules load on every `check`, and a
# NamedTuple class costs a tenth of a frozen dataclass to create (bench/klarsprak.py).
class Kind:
    """What a word is: its ``kind`` is one of these strings."""

    WORD = "word"
    NUMBER = "number"
    ABBREVIATION = "abbreviation"
    INITIAL = "initial"


class Word(NamedTuple):
    text: str
    kind: str  # a Kind
    start: int  # offset in the analysed text
    line: int  # 0-based line of the analysed text
    letters: int  # letters only: no digits, hyphens or full stops


class Sentence(NamedTuple):
    words: tuple[Word, ...]
    start: int  # offset of the first word
    end: int  # offset just after the last character that belongs to it
    line: int  # 0-based line of its first word

    def text(self, source: str) -> str:
        """The sentence as written, on one line."""
        return visible(source[self.start : self.end])


# Control and bidirectional-override characters: a quote from a sketch must never steer a
# terminal or reorder what a reader sees.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ],
    "\ufffd",
)


def visible(text: str) -> str:
    """``text`` on one line, with control characters shown as U+FFFD."""
    return " ".join(text.split()).translate(_INVISIBLE)


_BULLETS = frozenset("-*•–")


def _list_item(line: str) -> int:
    """Where the text of a list item starts («- », «* », «• », «– », «1. », «1) », «a) »),
    or 0 when ``line`` is no list item."""
    rest = line.lstrip(" \t")
    marker = 0
    if rest[:1] in _BULLETS:
        marker = 1
    elif rest[:1].isdigit():
        marker = 2 if rest[1:2].isdigit() else 1
        marker = marker + 1 if rest[marker : marker + 1] in (".", ")") else 0
    elif rest[:1].isascii() and rest[:1].isalpha() and rest[1:2] in (".", ")"):
        marker = 2
    if not marker or rest[marker : marker + 1] not in (" ", "\t"):
        return 0
    body = rest[marker:].lstrip(" \t")
    return len(line) - len(body) if body else 0


_CAPITALS = "A-ZÆØÅÄÖÜÉÈÁÓÚ"


# One pattern for every language: the abbreviation lists are looked up in Python, which is
# cheaper to load than a pattern with every abbreviation in it (bench/klarsprak.py).
_TOKEN = re.compile(
    # Full stops inside: «f.eks.», «bl.a.», «m.fl.», «t.o.m.», and unknown ones like «a.s.».
    r"(?<![^\W_.])(?P<dotted>(?:[^\W\d_]{1,4}\.){2,})(?![^\W_])"
    rf"|(?<![^\W_.])(?P<initial>[{_CAPITALS}]\.)(?=[ \t]*[{_CAPITALS}])"
    # A short word and its full stop: an abbreviation («nr.», «mill.») if the list has it,
    # else a word and the end of a sentence.
    r"|(?<![^\W_.])(?P<single>[^\W\d_]{1,8}\.)(?![^\W_])"
    # 1 000 000: one to three digits, then groups of exactly three after a space.
    r"|(?<![^\W_])(?P<spaced>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?)(?![^\W_])"
    # Letters and digits; hyphens and apostrophes join, and . , : / – join digits.
    r"|(?P<word>[^\W_]+(?:(?:[-'’]|[.,:/–](?=\d))[^\W_]+)*-?)"
    r"|(?P<end>[.!?…]+)"
)


_KINDS = {
    "single": Kind.ABBREVIATION,
    "dotted": Kind.ABBREVIATION,
    "initial": Kind.INITIAL,
    "spaced": Kind.NUMBER,
}
_new = tuple.__new__  # builds a NamedTuple without a Python call per word


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def split(text: str, lang: str = "nb") -> list[Sentence]:
    """The sentences of ``text`` (lines kept: blank lines and list items are boundaries).

    One pass over the tokens. A full stop, or an abbreviation that may end a sentence, leaves
    a decision pending that the next word settles by its first letter."""
    lists = word_lists(lang)
    never = lists.abbreviations
    known = never | lists.abbreviations_ending
    sentences: list[Sentence] = []
    current: list[Word] = []
    end = 0
    pending = ""  # "stop": ends unless a small letter follows; "abbr": ends if a capital does

    def close() -> None:
        nonlocal current
        if current:
            first = current[0]
            sentences.append(_new(Sentence, (tuple(current), first.start, end, first.line)))
            current = []

    offset = 0
    for number, line in enumerate(text.split("\n")):
        begin = _list_item(line) if line.strip() else -1
        if begin:  # a blank line (-1) or a list item: a boundary
            close()
            pending = ""
        if begin >= 0:
            for m in _TOKEN.finditer(line, begin):
                value = m.group()
                group = m.lastgroup
                at = offset + m.start()
                if group == "end":
                    end = at + len(value)
                    if "!" in value or "?" in value:
                        close()
                        pending = ""
                    else:
                        pending = "stop"
                    continue
                stop_after = False
                if group == "word":  # the common case first
                    if value.isalpha():
                        kind = Kind.WORD
                    elif value.isdigit():
                        kind = Kind.NUMBER
                    else:
                        kind = Kind.WORD if any(c.isalpha() for c in value) else Kind.NUMBER
                elif group == "single" and value.lower() not in known:
                    value, kind, stop_after = value[:-1], Kind.WORD, True  # a word, a full stop
                else:
                    kind = _KINDS[group or "word"]
                if pending:
                    first = value[:1]
                    if (pending == "stop" and not (first.isalpha() and first.islower())) or (
                        pending == "abbr" and first.isupper()
                    ):
                        close()
                    pending = ""
                letters = len(value) if value.isalpha() else _letters(value)
                current.append(_new(Word, (value, kind, at, number, letters)))
                end = at + len(value)
                if stop_after:
                    end += 1
                    pending = "stop"
                elif kind == Kind.ABBREVIATION and value.lower() not in never:
                    pending = "abbr"
        offset += len(line) + 1
    close()
    return sentences


def words(text: str, lang: str = "nb") -> list[Word]:
    """Every word of ``text``, by the same definition."""
    return [w for s in split(text, lang) for w in s.words]
