"""Rules that judge the file itself, before any field is read.

They have no ``check()``: the loader reports them. They are listed here so
that ``explain`` and the machine formats know them like any other rule.
"""

from __future__ import annotations

from sketchkit.checking.findings import Severity
from sketchkit.checking.rule import RuleInfo
from sketchkit.core.i18n import Msg

_YAML_FIX = Msg(
    "Se på linjen og kolonnen som er oppgitt, og linjen over. Vanlige feil: tabulator i innrykk, "
    "kolon i tekst uten anførselstegn, feil innrykk.",
    "Look at the line and column given, and the line above. Common causes: tabs in the "
    "indentation, a colon in unquoted text, wrong indentation.",
)

FILE_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "yaml-syntax",
        Severity.ERROR,
        Msg("Filen er gyldig YAML.", "The file is valid YAML."),
        Msg(
            "Skissen kan ikke leses før YAML-en er riktig.",
            "The sketch cannot be read until its YAML is valid.",
        ),
        _YAML_FIX,
    ),
    RuleInfo(
        "duplicate-key",
        Severity.ERROR,
        Msg("Ingen felt står to ganger.", "No field appears twice."),
        Msg(
            "Vanlige YAML-lesere beholder stille bare den siste verdien, så tekst går tapt.",
            "Common YAML readers silently keep only the last value, so text is lost.",
        ),
        Msg("Slå sammen de to feltene til ett.", "Merge the two fields into one."),
    ),
    RuleInfo(
        "encoding",
        Severity.ERROR,
        Msg("Filen er lagret som UTF-8.", "The file is saved as UTF-8."),
        Msg(
            "Feil tegnkoding gjør æ, ø og å til rot i dokumentet som sendes inn.",
            "A wrong encoding turns æ, ø and å into garbage in the submitted document.",
        ),
        Msg("Lagre filen på nytt med tegnkoding UTF-8.", "Save the file again as UTF-8."),
    ),
    RuleInfo(
        "not-text",
        Severity.ERROR,
        Msg(
            "Filen er tekst, ikke et Word-dokument, en PDF eller et bilde.",
            "The file is text, not a Word document, a PDF or an image.",
        ),
        Msg(
            "sketchkit leser skisser skrevet som YAML-tekst.",
            "sketchkit reads sketches written as YAML text.",
        ),
        Msg(
            "Lag skissen med «sketchkit new» og skriv i den tekstfilen.",
            "Create the sketch with 'sketchkit new' and write in that text file.",
        ),
    ),
    RuleInfo(
        "empty-file",
        Severity.ERROR,
        Msg("Filen er ikke tom.", "The file is not empty."),
        Msg("En tom fil er ingen skisse.", "An empty file is no sketch."),
        Msg("Lag en ny skisse med «sketchkit new».", "Create a new sketch with 'sketchkit new'."),
    ),
    RuleInfo(
        "file-too-large",
        Severity.ERROR,
        Msg(
            "Filen er ikke større enn grensen (5 MB som standard).",
            "The file is no larger than the limit (5 MB by default).",
        ),
        Msg(
            "En skisse er noen kilobyte; en stor fil er nesten alltid feil fil, og å lese "
            "den kan stoppe maskinen.",
            "A sketch is a few kilobytes; a large file is almost always the wrong one, and "
            "reading it could stall the machine.",
        ),
        Msg(
            "Sjekk filen, eller øk grensen med --max-bytes.",
            "Check the file, or raise the limit with --max-bytes.",
        ),
    ),
    RuleInfo(
        "yaml-limits",
        Severity.ERROR,
        Msg(
            "Dokumentet er ikke nøstet for dypt og vokser ikke med ankre.",
            "The document is not nested too deeply and does not balloon through anchors.",
        ),
        Msg(
            "Dype strukturer og ankre som ganges opp («billion laughs»), kan bruke opp minnet.",
            "Deep structures and multiplying anchors ('billion laughs') can exhaust memory.",
        ),
        Msg(
            "Skriv verdiene ut uten &ankre og *referanser.",
            "Write the values out without &anchors and *aliases.",
        ),
    ),
)
