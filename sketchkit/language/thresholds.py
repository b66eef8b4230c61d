"""When a measure becomes advice: thresholds as data, each with its source.

The defaults are in ``data/thresholds.json``; a call or a project may change any of them with a
mapping such as ``{"lix_warning": 65, "s_passive_info": null}`` (null, or false, turns that
advice off) and
``{"enabled": false}`` turns the clear-language advice off altogether.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles every string
# annotation when the class is made, which costs more than the classes on each `check`.

import json
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from sketchkit.core.i18n import Lang, Msg
from sketchkit.language.wordlists import DATA

# Overrides are untrusted input: every value must be a number in this range.
_LOWEST, _HIGHEST = 0, 1000


class Thresholds(NamedTuple):
    long_word_letters: float | None
    lix_info: float | None
    lix_warning: float | None
    lix_min_words: float | None
    sentence_words_info: float | None
    sentence_words_warning: float | None
    s_passive_info: float | None
    nominal_info: float | None
    nominal_min_words: float | None
    repeated_word_letters: float | None
    abbreviation_letters: float | None
    prose_min_words: float | None
    enabled: bool = True

    def overridden(
        self, mapping: Mapping[object, object], lang: Lang
    ) -> "tuple[Thresholds, list[str]]":
        """These thresholds with ``mapping`` applied, and a message for each value not used."""
        changes: dict[str, Any] = {}
        problems: list[str] = []
        known = set(self._fields)
        for key, value in mapping.items():
            name = str(key)
            if name not in known:
                problems.append(
                    _UNKNOWN_KEY(lang, key=name, known=", ".join(sorted(known - {"enabled"})))
                )
            elif name == "enabled":
                if isinstance(value, bool):
                    changes[name] = value
                else:
                    problems.append(_NOT_BOOL(lang, key=name))
            elif value is None or value is False:  # null in YAML, false in TOML: off
                changes[name] = None
            elif (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and _LOWEST <= value <= _HIGHEST
            ):
                changes[name] = float(value)
            else:
                problems.append(_BAD_NUMBER(lang, key=name, low=_LOWEST, high=_HIGHEST))
        return self._replace(**changes), problems


_UNKNOWN_KEY = Msg(
    "klarsprak: ukjent innstilling «{key}»; kjente er {known}",
    "klarsprak: unknown setting '{key}'; known ones are {known}",
)
_NOT_BOOL = Msg(
    "klarsprak: «{key}» må være true eller false", "klarsprak: '{key}' must be true or false"
)
_BAD_NUMBER = Msg(
    "klarsprak: «{key}» må være et tall fra {low} til {high}, eller null eller false for å slå "
    "rådet av",
    "klarsprak: '{key}' must be a number from {low} to {high}, or null or false to turn the "
    "advice off",
)


@cache
def _data() -> dict[str, dict[str, object]]:
    raw = json.loads((DATA / "thresholds.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def sources() -> dict[str, str]:
    """Each threshold's source, as the data file gives it."""
    return {k: str(v.get("source", "")) for k, v in _data().items()}


@cache
def defaults() -> Thresholds:
    values: dict[str, float | None] = {}
    for name, entry in _data().items():
        value = entry.get("value")
        values[name] = float(value) if isinstance(value, int | float) else None
    return Thresholds(**values)  # type: ignore[arg-type]
