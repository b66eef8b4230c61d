"""Text in the user's language: bokmål, nynorsk and English.

Every user-facing string is written in code as a ``Msg`` with its bokmål and English text. The
nynorsk text lives in catalogues keyed by the bokmål text (``sketchkit/core/nynorsk/*.json``, one
file per area of the program), the way gettext keys translations by the source text: a developer
changing a message sees at once, from the test that every message has its nynorsk, which
catalogue entry to update, and several people can add catalogue files without touching the same
lines. The catalogues are read only when nynorsk is asked for.
"""

from __future__ import annotations

import enum
import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

_CATALOGUES = Path(__file__).resolve().parent / "nynorsk"


class Lang(enum.StrEnum):
    NB = "nb"
    NN = "nn"
    EN = "en"


@cache
def nynorsk_catalogue() -> dict[str, str]:
    """Bokmål text → nynorsk text, from every catalogue file."""
    merged: dict[str, str] = {}
    if _CATALOGUES.is_dir():
        for path in sorted(_CATALOGUES.glob("*.json")):
            entries = json.loads(path.read_text(encoding="utf-8"))
            merged.update({str(k): str(v) for k, v in entries.items()})
    return merged


def to_nynorsk(bokmal: str) -> str:
    """The nynorsk text for a bokmål text; the bokmål itself where the catalogues lack it
    (a test keeps them complete, so this fallback only ever shows in development)."""
    return nynorsk_catalogue().get(bokmal, bokmal)


class Msg(NamedTuple):
    """A message in bokmål and English (nynorsk from the catalogues), with ``str.format`` fields."""

    nb: str
    en: str

    def text(self, lang: Lang) -> str:
        if lang is Lang.EN:
            return self.en
        if lang is Lang.NN:
            return to_nynorsk(self.nb)
        return self.nb

    def __call__(self, lang: Lang, /, **fields: object) -> str:
        text = self.text(lang)
        return text.format(**fields) if fields else text


def pick(texts: dict[str, str] | str | None, lang: Lang) -> str:
    """Choose from a ``{"nb": …, "nn": …, "en": …}`` mapping found in call data. Nynorsk not
    given in the data comes from the catalogues by the bokmål text; any language falls back to
    bokmål, then to the first text given."""
    if texts is None:
        return ""
    if isinstance(texts, str):
        return to_nynorsk(texts) if lang is Lang.NN else texts
    chosen = texts.get(lang.value)
    if chosen:
        return chosen
    bokmal = texts.get("nb")
    if bokmal:
        return to_nynorsk(bokmal) if lang is Lang.NN else bokmal
    return next(iter(texts.values()), "")
