"""The scale and the pot come from call data when a call gives them, else they are marked."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sketchkit.calls import load_call
from sketchkit.core.i18n import Lang
from sketchkit.intake.calldata import Pot, pot_of
from sketchkit.intake.labels import pot_text
from sketchkit.review.scale import DEFAULT_SCALE, Scale, scale_for


def _call(pot: Any = None, scoring: Any = None) -> Any:
    return SimpleNamespace(id="min-utlysning", pot=pot, scoring=scoring)


def test_the_default_scale_is_marked_as_sketchkits() -> None:
    assert scale_for(load_call("innovasjonspartnerskap-2020")) == DEFAULT_SCALE
    assert DEFAULT_SCALE.describe(Lang.EN) == (
        "1–7 (sketchkit's default, as Forskningsrådet uses; the call gives no scale)"
    )


def test_a_scale_from_the_call_is_used_and_named() -> None:
    scale = scale_for(_call(scoring={"min": 0, "max": 5, "source": "utlysningsteksten"}))
    assert scale == Scale(0, 5, "utlysningsteksten", default=False)
    assert scale.describe(Lang.NB) == "0–5 (fra utlysningen: utlysningsteksten)"
    attribute = SimpleNamespace(id="x", scoring=SimpleNamespace(min=1, max=6, source=None))
    assert scale_for(attribute) == Scale(1, 6, "x", default=False)  # type: ignore[arg-type]


def test_an_unsound_scale_falls_back_to_the_default() -> None:
    for bad in ({"min": 5, "max": 1}, {"min": 1.5, "max": 7}, {"min": 1, "max": 1000}, "1-7"):
        assert scale_for(_call(scoring=bad)) == DEFAULT_SCALE


def test_the_pot_only_when_the_call_gives_it() -> None:
    assert pot_of(load_call("innovasjonspartnerskap-2017")) is None
    assert pot_of(load_call("innovasjonspartnerskap-2020")) == Pot(
        100_000_000, "Innovasjon Norge: «100 millioner til å løse samfunnsutfordringer» (2020)"
    )
    assert pot_text(None, 9_000_000, Lang.NB) == "ukjent"
    pot = pot_of(_call(pot={"nok": 100_000_000, "source": "NFD, KMD, SD"}))
    assert pot == Pot(100_000_000, "NFD, KMD, SD")
    assert pot_text(pot, 25_000_000, Lang.NB) == (
        "100\u00a0000\u00a0000\u00a0kr (omsøkt er 25 % av rammen)"
    )
    for bad in ({"nok": -1}, {"nok": "100 mill."}, {"nok": True}, 5):
        assert pot_of(_call(pot=bad)) is None
