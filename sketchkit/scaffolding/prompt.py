"""Asking for what a new sketch starts from, checking each answer as it is typed.

Written for someone who has never seen YAML: numbered choices in Norwegian, every limit the
check will apply said at once, progress as "steg 3 av 9", and Enter always skips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sketchkit.calls import Call
from sketchkit.core.i18n import Lang, Msg
from sketchkit.scaffolding.facts import FACTS, kind_choices, limit_problem, normalise

Ask = Callable[[str], str]
Say = Callable[[str], None]

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
_STEP = Msg("Steg {n} av {total}: {label}", "Step {n} of {total}: {label}")
_KIND_CHOOSE = Msg("skriv nummeret eller navnet", "type the number or the name")
_WHICH_CALL = Msg(
    "Hvilken utlysning svarer skissen på? Åpne utlysninger står først.",
    "Which call does the sketch answer? Open calls come first.",
)
_CALL_LINE = Msg(
    "  {n}  {title} (frist {deadline}){closed}", "  {n}  {title} (deadline {deadline}){closed}"
)
_CLOSED = Msg(" – stengt", " – closed")
_CALL_ASK = Msg("Utlysning (nummer; Enter for {n})", "Call (number; Enter for {n})")
_NOT_A_CALL = Msg("  Skriv et tall fra 1 til {last}.", "  Type a number from 1 to {last}.")
_PROSE_OFFER = Msg(
    "Vil du skrive de viktigste tekstene nå ({n} felt)? Skriv j for ja; Enter hopper over.",
    "Do you want to write the main texts now ({n} fields)? Type y for yes; Enter skips.",
)
_PROSE_HOW = Msg(
    "Skriv teksten over en eller flere linjer. En tom linje avslutter; en tom første linje "
    "hopper over feltet.",
    "Write the text over one or more lines. An empty line ends it; an empty first line skips "
    "the field.",
)
_PROSE_SHORT = Msg(
    "  Merk: {count} ord; utlysningen ønsker minst {limit}. Du kan utdype senere.",
    "  Note: {count} words; the call wants at least {limit}. You can add to it later.",
)
_YES = frozenset({"j", "ja", "y", "yes"})


def choose_call(
    call_ids: list[str],
    load: Callable[[str], Call],
    lang: Lang,
    today: dt.date,
    ask: Ask,
    say: Say,
) -> str:
    """Which call, from a numbered list: open calls first (latest deadline first), closed ones
    marked. Enter takes the first; with one call there is nothing to ask."""
    calls = sorted(
        (load(i) for i in call_ids),
        key=lambda c: (c.deadline.date() < today, -c.deadline.timestamp()),
    )
    if len(calls) <= 1:
        return calls[0].id if calls else ""
    say(_WHICH_CALL(lang))
    for n, call in enumerate(calls, 1):
        closed = _CLOSED(lang) if call.deadline.date() < today else ""
        say(
            _CALL_LINE(
                lang,
                n=n,
                title=call.title_in(lang),
                deadline=call.deadline.date().isoformat(),
                closed=closed,
            )
        )
    while True:
        try:
            answer = ask(f"{_CALL_ASK(lang, n=1)}: ").strip()
        except EOFError:
            return calls[0].id
        if not answer:
            return calls[0].id
        if answer.isdigit() and 1 <= int(answer) <= len(calls):
            return calls[int(answer) - 1].id
        say(_NOT_A_CALL(lang, last=len(calls)))


def _prose_fields(call: Call) -> list[str]:
    """The main prose fields: every field the call limits in words, outside lists."""
    return [lim.pattern for lim in call.limits if lim.counts_words and "*" not in lim.pattern]


def ask_facts(
    given: dict[str, str],
    lang: Lang,
    ask: Ask,
    say: Say,
    call: Call | None = None,
) -> dict[str, str]:
    """Ask for every fact not ``given`` (pointer → value), then offer the main prose fields;
    return all facts known after. With ``call``, every answer is held to its limits."""
    facts = dict(given)
    say(_INTRO(lang))
    pending = [fact for fact in FACTS if fact.pointer not in facts]
    done = 0
    for fact in pending:
        if (
            fact.option == "municipality_number"
            and facts.get("/applicant/kind", "municipality") != "municipality"
        ):
            continue
        # A municipality number is asked only of a municipality: the total follows the answers.
        total = len(pending) - (
            1
            if any(f.option == "municipality_number" for f in pending)
            and facts.get("/applicant/kind", "municipality") != "municipality"
            else 0
        )
        done += 1
        label = _STEP(lang, n=done, total=total, label=fact.prompt(lang))
        if fact.option == "kind":
            say(f"{label}\n{kind_choices(lang)}")
            label = _KIND_CHOOSE(lang)
        while True:
            try:
                answer = ask(f"{label}: ").strip()
            except EOFError:
                return facts
            if not answer:
                break
            problem = fact.check(answer, lang)
            if problem is None and call is not None:
                problem = limit_problem(call, fact.pointer, answer, lang)
            if problem is None:
                facts[fact.pointer] = normalise(fact, answer)
                break
            say(_AGAIN(lang, problem=problem))
    if call is not None:
        _ask_prose(call, facts, lang, ask, say)
    return facts


def _ask_prose(call: Call, facts: dict[str, str], lang: Lang, ask: Ask, say: Say) -> None:
    from sketchkit.calls.navigation import schema_text
    from sketchkit.checking.rules.word_limit import count_words

    fields = [p for p in _prose_fields(call) if p not in facts]
    if not fields:
        return
    try:
        if ask(f"{_PROSE_OFFER(lang, n=len(fields))} ").strip().casefold() not in _YES:
            return
    except EOFError:
        return
    say(_PROSE_HOW(lang))
    for n, pointer in enumerate(fields, 1):
        node = call.nav.at(pointer) or {}
        limit = call.limit_for(pointer)
        guide = schema_text(node, "description", lang)
        if limit is not None:
            guide += f" ({limit.describe(lang)})"
        title = schema_text(node, "title", lang)
        if pointer.count("/") >= 3:
            # "Beskrivelse" alone says little: name the section it belongs to.
            parent = call.nav.at(pointer.rsplit("/", 1)[0]) or {}
            title = f"{schema_text(parent, 'title', lang)}: {title}"
        say(f"\n{_STEP(lang, n=n, total=len(fields), label=title)}")
        say(f"  {guide}")
        while True:
            lines: list[str] = []
            try:
                while True:
                    line = ask("> " if not lines else "  ").rstrip()
                    if not line:
                        break
                    lines.append(line.strip())
            except EOFError:
                pass
            text = " ".join(lines)
            if not text:
                break
            problem = limit_problem(call, pointer, text, lang)
            if problem is not None:
                say(_AGAIN(lang, problem=problem))
                continue
            if limit is not None and limit.min_words and count_words(text) < limit.min_words:
                say(_PROSE_SHORT(lang, count=count_words(text), limit=limit.min_words))
            facts[pointer] = text
            break
