"""Asking for the facts a new sketch starts from, checking each answer as it is typed."""

from __future__ import annotations

from collections.abc import Callable

from sketchkit.core.i18n import Lang, Msg
from sketchkit.scaffolding.facts import FACTS, KINDS, normalise

_INTRO = Msg(
    "Svar på noen spørsmål for å fylle inn skissen. Trykk Enter for å hoppe over; "
    "det du hopper over, blir stående som <<FYLL INN>>.",
    "Answer a few questions to fill in the sketch. Press Enter to skip; what you skip is "
    "left as <<FILL IN>>.",
)
_AGAIN = Msg(
    "  {problem}. Prøv igjen, eller trykk Enter for å hoppe over.",
    "  {problem}. Try again, or press Enter to skip.",
)


def ask_facts(
    given: dict[str, str],
    lang: Lang,
    ask: Callable[[str], str],
    say: Callable[[str], None],
) -> dict[str, str]:
    """Ask for every fact not ``given`` (pointer → value); return all facts known after."""
    facts = dict(given)
    say(_INTRO(lang))
    for fact in FACTS:
        if fact.pointer in facts:
            continue
        if (
            fact.option == "municipality_number"
            and facts.get("/applicant/kind", "municipality") != "municipality"
        ):
            continue
        label = fact.prompt(lang)
        if fact.option == "kind":
            label += f" ({', '.join(KINDS)})"
        while True:
            try:
                answer = ask(f"{label}: ").strip()
            except EOFError:
                return facts
            if not answer:
                break
            problem = fact.check(answer, lang)
            if problem is None:
                facts[fact.pointer] = normalise(fact, answer)
                break
            say(_AGAIN(lang, problem=problem))
    return facts
