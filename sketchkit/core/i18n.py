"""Two-language text: every user-facing string exists in bokmål and English."""

from __future__ import annotations

import enum
from typing import NamedTuple


class Lang(enum.StrEnum):
    NB = "nb"
    EN = "en"


class Msg(NamedTuple):
    """A message in bokmål and English, with ``str.format`` fields."""

    nb: str
    en: str

    def __call__(self, lang: Lang, /, **fields: object) -> str:
        text = self.en if lang is Lang.EN else self.nb
        return text.format(**fields) if fields else text


def pick(texts: dict[str, str] | str | None, lang: Lang) -> str:
    """Choose from a ``{"nb": …, "en": …}`` mapping found in call data."""
    if texts is None:
        return ""
    if isinstance(texts, str):
        return texts
    return texts.get(lang.value) or texts.get("nb") or next(iter(texts.values()), "")
