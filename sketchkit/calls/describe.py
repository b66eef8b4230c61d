"""What sketchkit knows about its calls: ``sketchkit calls [ID]``."""

from __future__ import annotations

import datetime as dt

from sketchkit.calls import Call, Limit, builtin_call_ids, load_call
from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg, pick
from sketchkit.core.numbers import format_number

_OPEN = Msg("åpen", "open")
_CLOSED = Msg("stengt", "closed")
_HEAD = Msg("id|tittel|arrangører|frist|status", "id|title|organisers|deadline|status")
_HINT = Msg(
    "Kjør «sketchkit calls ID» for kriterier, vekter og grenser.",
    "Run 'sketchkit calls ID' for criteria, weights and limits.",
)
_L = {
    "organisers": Msg("Arrangører", "Organisers"),
    "deadline": Msg("Frist", "Deadline"),
    "status": Msg("Status {today}", "Status on {today}"),
    "languages": Msg("Språk", "Languages"),
    "criteria": Msg("Kriterier", "Criteria"),
    "equal": Msg("like vektet", "equally weighted"),
    "no_weights": Msg("utlysningen oppgir ingen vekter", "the call gives no weights"),
    "fields": Msg("besvares i", "answered in"),
    "formal": Msg("Formelle krav", "Formal requirements"),
    "limits": Msg("Lengdegrenser", "Length limits"),
    "duration": Msg("Lengste varighet", "Longest duration"),
    "years": Msg("{n} år", "{n} years"),
    "pages": Msg("Sidegrense", "Page limit"),
    "none": Msg("ingen oppgitt", "none given"),
    "sources": Msg("Kilder", "Sources"),
    "unknown": Msg("Ikke kjent", "Not known"),
    "folder": Msg("Mappe", "Folder"),
    "own": Msg("sketchkits eget valg", "sketchkit's own choice"),
}


def _deadline(call: Call) -> str:
    d = call.deadline
    return d.date().isoformat() if (d.hour, d.minute) == (23, 59) else d.strftime("%Y-%m-%d %H:%M")


def is_open(call: Call, today: dt.date) -> bool:
    return today <= call.deadline.date()


def list_calls(lang: Lang, today: dt.date | None = None) -> str:
    rows = [tuple(_HEAD(lang).split("|"))]
    for call_id in builtin_call_ids():
        call = load_call(call_id, lang)
        day = today or call.today()
        status = (_OPEN if is_open(call, day) else _CLOSED)(lang)
        rows.append(
            (call.id, call.title_in(lang), ", ".join(call.organisers), _deadline(call), status)
        )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join([*lines, "", _HINT(lang)]) + "\n"


def _limit(limit: Limit, lang: Lang) -> str:
    source = _L["own"](lang) if limit.source == "sketchkit" else limit.source
    return f"{limit.describe(lang)} ({source})"


def describe_call(call: Call, lang: Lang, today: dt.date | None = None) -> str:
    day = today or call.today()
    out = [call.title_in(lang), "=" * len(call.title_in(lang)), ""]
    out.append(f"id: {call.id}")
    out.append(f"{_L['folder'](lang)}: {call.folder}")
    out.append(f"{_L['organisers'](lang)}: {', '.join(call.organisers)}")
    note = f" – {pick(call.deadline_note, lang)}" if call.deadline_note else ""
    out.append(f"{_L['deadline'](lang)}: {_deadline(call)} ({call.timezone}){note}")
    status = (_OPEN if is_open(call, day) else _CLOSED)(lang)
    out.append(f"{_L['status'](lang, today=day.isoformat())}: {status}")
    out.append(f"{_L['languages'](lang)}: {', '.join(call.languages)}")
    total = sum(c.weight or 1.0 for c in call.criteria)
    weights = {c.weight for c in call.criteria}
    how = (
        (_L["equal"](lang) if len(weights) == 1 else "")
        if call.weighted
        else _L["no_weights"](lang)
    )
    out += ["", f"{_L['criteria'](lang)}{f' ({how})' if how else ''}:"]
    for c in call.criteria:
        share = f" – {round(100 * (c.weight or 1.0) / total)} %" if call.weighted else ""
        out.append(f"- {c.title_in(lang)} [{c.id}]{share}")
        if pick(c.description, lang):
            out.append(f"  {' '.join(pick(c.description, lang).split())}")
        out.append(f"  {_L['fields'](lang)}: {', '.join(ptr.dotted(f) for f in c.fields)}")
    if call.formal_requirements:
        out += ["", f"{_L['formal'](lang)}:"]
        out += [f"- {pick(req, lang)}" for req in call.formal_requirements]
    out += ["", f"{_L['limits'](lang)}:"]
    out += [
        f"- {ptr.dotted(lim.pattern.replace('/*', '/0')).replace('[0]', '[*]')}: {_limit(lim, lang)}"
        for lim in call.limits
    ]
    years = call.max_duration_years
    out.append(
        f"{_L['duration'](lang)}: {_L['years'](lang, n=format_number(years, lang)) if years else _L['none'](lang)}"
    )
    out.append(f"{_L['pages'](lang)}: {call.page_limit or _L['none'](lang)}")
    if call.sources:
        out += ["", f"{_L['sources'](lang)}:"] + [f"- {s}" for s in call.sources]
    if call.unknown:
        out += ["", f"{_L['unknown'](lang)}: {' '.join(pick(call.unknown, lang).split())}"]
    return "\n".join(out) + "\n"
