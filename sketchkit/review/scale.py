"""The scoring scale: call data when the call gives one, else sketchkit's default.

No published scoring scale exists for these sketch calls (see DOMAIN.md). Forskningsrådet scores
each criterion on 1–7; that is sketchkit's default, and it is always marked as such.

A call whose data has ``scoring: {min: 1, max: 7, source: "…"}`` is scored on that scale instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sketchkit.calls import Call
from sketchkit.core.i18n import Lang, Msg

MAX_STEPS = 100  # a scale wider than this is a typing error, not a scale


@dataclass(frozen=True, slots=True)
class Scale:
    low: int
    high: int
    source: str
    default: bool  # True: sketchkit's default, not the call's

    def describe(self, lang: Lang) -> str:
        if self.default:
            return _DEFAULT(lang, low=self.low, high=self.high)
        return _FROM_CALL(lang, low=self.low, high=self.high, source=self.source)


DEFAULT_SCALE = Scale(1, 7, "Forskningsrådet", default=True)
_DEFAULT = Msg(
    "{low}–{high} (sketchkits standard, som Forskningsrådet bruker; utlysningen oppgir ingen skala)",
    "{low}–{high} (sketchkit's default, as Forskningsrådet uses; the call gives no scale)",
)
_FROM_CALL = Msg(
    "{low}–{high} (fra utlysningen: {source})", "{low}–{high} (from the call: {source})"
)


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def scale_for(call: Call) -> Scale:
    """The call's scale when it gives a sound one; otherwise sketchkit's default."""
    value = call.scoring
    if value is None:
        return DEFAULT_SCALE

    def get(key: str) -> Any:
        return value.get(key) if isinstance(value, dict) else getattr(value, key, None)

    low, high = _whole(get("min")), _whole(get("max"))
    if low is None or high is None or not 0 <= low < high or high - low > MAX_STEPS:
        return DEFAULT_SCALE
    return Scale(low, high, str(get("source") or call.id), default=False)
