"""The form's own words (buttons, headings, dialogs), sent to the page in the user's language."""

from __future__ import annotations

from sketchkit.core.i18n import Lang, Msg

UI: dict[str, Msg] = {
    "skip": Msg("Hopp til skjemaet", "Skip to the form"),
    "save": Msg("Lagre", "Save"),
    "saved": Msg("Lagret {file}.", "Saved {file}."),
    "saved_backup": Msg(
        "Lagret {file}. Versjonen som lå på disken, er tatt vare på som {backup}.",
        "Saved {file}. The version that was on disk is kept as {backup}.",
    ),
    "reloaded": Msg(
        "Lastet inn versjonen fra disken. Dine endringer er tatt vare på som {backup}.",
        "Loaded the version from disk. Your changes are kept as {backup}.",
    ),
    "render": Msg("Lag PDF", "Make PDF"),
    "rendered": Msg("Laget {file} ({pages} sider).", "Made {file} ({pages} pages)."),
    "not_rendered": Msg(
        "Dokumentet ble ikke laget fordi skissen har feil. Vil du lage et utkast (merket UTKAST)?",
        "The document was not made because the sketch has errors. Make a draft (marked DRAFT)?",
    ),
    "overwrite_pdf": Msg(
        "PDF-en finnes allerede. Vil du skrive over den?", "The PDF exists already. Overwrite it?"
    ),
    "save_first": Msg(
        "Skissen lagres før PDF-en lages.", "The sketch is saved before the PDF is made."
    ),
    "new_file": Msg(
        "Ny skisse: filen {file} lages når du lagrer.",
        "New sketch: the file {file} is made when you save.",
    ),
    "unsaved": Msg("Ulagrede endringer", "Unsaved changes"),
    "all_saved": Msg("Alt er lagret", "Everything is saved"),
    "add": Msg("Legg til i {list}", "Add to {list}"),
    "remove": Msg("Fjern nr. {n} i {list}", "Remove no. {n} from {list}"),
    "up": Msg("Flytt nr. {n} i {list} opp", "Move no. {n} in {list} up"),
    "down": Msg("Flytt nr. {n} i {list} ned", "Move no. {n} in {list} down"),
    "item": Msg("{list}: nr. {n}", "{list}: no. {n}"),
    "required": Msg("påkrevd", "required"),
    "example": Msg("Eksempel: {text}", "Example: {text}"),
    "words": Msg("{words} ord, {chars} tegn", "{words} words, {chars} characters"),
    "limit": Msg("grense: {text}", "limit: {text}"),
    "chars": Msg("{chars} tegn", "{chars} characters"),
    "max_chars": Msg("høyst {n} tegn", "at most {n} characters"),
    "choose": Msg("— velg —", "— choose —"),
    "findings": Msg("Funn", "Findings"),
    "no_findings": Msg("Ingen funn: skissen er klar.", "No findings: the sketch is ready."),
    "go_to": Msg("Gå til feltet", "Go to the field"),
    "criteria": Msg("Utlysningens kriterier", "The call's criteria"),
    "hint": Msg("Tips", "Hint"),
    "conflict_title": Msg("Filen er endret på disken", "The file changed on disk"),
    "conflict_text": Msg(
        "Noen har endret {file} etter at du åpnet den. Velg hvilken versjon som skal gjelde; "
        "den andre tas vare på som en kopi ved siden av.",
        "Someone changed {file} after you opened it. Choose which version counts; the other "
        "is kept as a copy beside it.",
    ),
    "keep_mine": Msg("Behold mine endringer", "Keep my changes"),
    "take_theirs": Msg("Bruk versjonen på disken", "Use the version on disk"),
    "cancel": Msg("Avbryt", "Cancel"),
    "error": Msg("Noe gikk galt: {text}", "Something went wrong: {text}"),
    "leave": Msg("Du har endringer som ikke er lagret.", "You have unsaved changes."),
}


def ui_texts(lang: Lang) -> dict[str, str]:
    return {key: msg(lang) for key, msg in UI.items()}


_COUNT_WORDS = {
    "error": (Msg("feil", "error"), Msg("feil", "errors")),
    "warning": (Msg("advarsel", "warning"), Msg("advarsler", "warnings")),
    "info": (Msg("info", "info"), Msg("info", "info")),
}


def counts_text(counts: dict[str, int], lang: Lang) -> str:
    """``1 feil, 2 advarsler, 0 info``: singular and plural as the language has them."""
    parts = []
    for key, (one, many) in _COUNT_WORDS.items():
        n = counts.get(key, 0)
        parts.append(f"{n} {(one if n == 1 else many)(lang)}")
    return ", ".join(parts)
