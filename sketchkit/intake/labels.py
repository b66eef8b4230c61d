"""The overview's column names and phrases, one place for every format."""

from __future__ import annotations

from sketchkit.core.i18n import Lang, Msg
from sketchkit.core.numbers import format_nok
from sketchkit.intake.calldata import Pot

NUMBER = Msg("Nr.", "No.")
HASH = Msg("#", "#")
CALL = Msg("Utlysning", "Call")
PATH = Msg("Fil", "File")
APPLICANT = Msg("Søker", "Applicant")
ORG_NUMBER = Msg("Org.nr.", "Org. no.")
TITLE = Msg("Prosjekt", "Project")
REQUESTED = Msg("Omsøkt (kr)", "Requested (NOK)")
SAVINGS = Msg("Årlig besparelse (kr)", "Annual savings (NOK)")
STATUS = Msg("Status", "Status")
ERRORS = Msg("Feil", "Errors")
WARNINGS = Msg("Advarsler", "Warnings")
WARNINGS_SHORT = Msg("Adv.", "Warn.")
MET = Msg("Kriterier oppfylt", "Criteria met")
MET_SHORT = Msg("Krit.", "Crit.")
CRITERIA_TOTAL = Msg("Kriterier i alt", "Criteria in all")
COVERAGE = Msg("Dekningsgrad (sketchkit)", "Coverage (sketchkit)")
COVERAGE_PERCENT = Msg("Dekningsgrad (sketchkit, %)", "Coverage (sketchkit, %)")
COVERAGE_SHORT = Msg("Dekn.", "Cov.")
DUPLICATE = Msg("Mulig duplikat av", "Possible duplicate of")
DUPLICATE_SHORT = Msg("Dupl.", "Dupl.")
RULES = Msg("Regler", "Rules")
PROBLEMS = Msg("Feil og advarsler", "Errors and warnings")
DOCUMENTS = Msg("Dokumenter", "Documents")
LIX = Msg("LIKS (lesbarhetsindeks)", "LIX (readability index)")
LIX_SHORT = Msg("LIKS", "LIX")
SEVERITY = Msg("Alvor", "Severity")
RULE = Msg("Regel", "Rule")
LINE = Msg("Linje", "Line")
COLUMN = Msg("Kolonne", "Column")
MESSAGE = Msg("Melding", "Message")
SKETCHES = Msg("Skisser", "Sketches")
REQUESTED_TOTAL = Msg("Omsøkt i alt (kr)", "Requested in all (NOK)")
POT = Msg("Ramme (kr)", "Pot (NOK)")
POT_SOURCE = Msg("Kilde for rammen", "Source of the pot")
DEADLINE = Msg("Frist", "Deadline")
MADE = Msg("Laget", "Made")
UNKNOWN = Msg("ukjent", "unknown")
SIMILARITY = Msg("Tekstlikhet", "Text similarity")
REASON = Msg("Grunn", "Reason")
EARLIER = Msg("Tidligere skisse", "Earlier sketch")
LATER = Msg("Senere skisse", "Later sketch")
FINDINGS_SHEET = Msg("Funn", "Findings")
DUPLICATES_SHEET = Msg("Duplikater", "Duplicates")
TOTALS_SHEET = Msg("Totaler", "Totals")
DUPLICATES_HEADING = Msg("Mulige duplikater", "Possible duplicates")
NO_DUPLICATES = Msg("Ingen mulige duplikater funnet.", "No possible duplicates found.")
DUPLICATE_LINE = Msg(
    "#{later} ligner #{earlier}: {reason}", "#{later} resembles #{earlier}: {reason}"
)
SIMILAR = Msg("{reason} ({sim} %)", "{reason} ({sim} %)")
TOTALS_LINE = Msg(
    "Skisser: {n} (uten feil {ok}, med advarsler {warn}, med feil {err}, kunne ikke leses {bad})",
    "Sketches: {n} (no errors {ok}, with warnings {warn}, with errors {err}, unreadable {bad})",
)
AMOUNTS_LINE = Msg(
    "Omsøkt i alt: {requested} · ramme: {pot}", "Requested in all: {requested} · pot: {pot}"
)
COVERAGE_NOTE = Msg(
    "Dekningsgrad er sketchkits eget mål for hvor fullstendig skissen svarer på kriteriene, ikke "
    "utlysningens vurdering.",
    "Coverage is sketchkit's own measure of how completely a sketch answers the criteria, not the "
    "call's assessment.",
)

LIX_NOTE = Msg(
    "LIKS er lesbarhetsindeksen for all prosa i skissen lest som én tekst (ord per setning pluss "
    "prosent lange ord), slik sketchkit klarsprak regner den: et råd, ikke et krav i utlysningen.",
    "LIX is the readability index of all the sketch's prose read as one text (words per sentence "
    "plus the percentage of long words), as sketchkit klarsprak reckons it: advice, not a "
    "requirement of the call.",
)


def pot_text(pot: Pot | None, requested: int, lang: Lang) -> str:
    """The pot as staff read it, with how much of it is asked for; «ukjent» when not known."""
    if pot is None:
        return UNKNOWN(lang)
    share = round(100 * requested / pot.nok)
    return Msg("{pot} (omsøkt er {share} % av rammen)", "{pot} (requested is {share} % of it)")(
        lang, pot=format_nok(pot.nok), share=share
    )
