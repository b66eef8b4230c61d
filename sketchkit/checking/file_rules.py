"""Rules that judge the file itself, before any field is read.

They have no ``check()``: the input layer reports problems of its own kinds, and this module
names the rule for each kind and turns them into findings.
"""

from __future__ import annotations

from sketchkit.checking.findings import Finding, Severity
from sketchkit.checking.rule import RuleInfo
from sketchkit.checking.ruleids import RuleId
from sketchkit.core.i18n import Msg
from sketchkit.input.textfile import TextProblem, TextProblemKind
from sketchkit.input.yamldoc import YamlProblem, YamlProblemKind

_YAML_FIX = Msg(
    "Se på linjen og kolonnen som er oppgitt, og linjen over. Vanlige feil: tabulator i innrykk, "
    "kolon i tekst uten anførselstegn, feil innrykk.",
    "Look at the line and column given, and the line above. Common causes: tabs in the "
    "indentation, a colon in unquoted text, wrong indentation.",
)

FILE_RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        RuleId.YAML_SYNTAX,
        Severity.ERROR,
        Msg("Filen er gyldig YAML.", "The file is valid YAML."),
        Msg(
            "Skissen kan ikke leses før YAML-en er riktig.",
            "The sketch cannot be read until its YAML is valid.",
        ),
        _YAML_FIX,
    ),
    RuleInfo(
        RuleId.DUPLICATE_KEY,
        Severity.ERROR,
        Msg("Ingen felt står to ganger.", "No field appears twice."),
        Msg(
            "Vanlige YAML-lesere beholder stille bare den siste verdien, så tekst går tapt.",
            "Common YAML readers silently keep only the last value, so text is lost.",
        ),
        Msg("Slå sammen de to feltene til ett.", "Merge the two fields into one."),
    ),
    RuleInfo(
        RuleId.ENCODING,
        Severity.ERROR,
        Msg("Filen er lagret som UTF-8.", "The file is saved as UTF-8."),
        Msg(
            "Feil tegnkoding gjør æ, ø og å til rot i dokumentet som sendes inn.",
            "A wrong encoding turns æ, ø and å into garbage in the submitted document.",
        ),
        Msg("Lagre filen på nytt med tegnkoding UTF-8.", "Save the file again as UTF-8."),
    ),
    RuleInfo(
        RuleId.NOT_TEXT,
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
        RuleId.EMPTY_FILE,
        Severity.ERROR,
        Msg("Filen er ikke tom.", "The file is not empty."),
        Msg("En tom fil er ingen skisse.", "An empty file is no sketch."),
        Msg("Lag en ny skisse med «sketchkit new».", "Create a new sketch with 'sketchkit new'."),
    ),
    RuleInfo(
        RuleId.FILE_TOO_LARGE,
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
        RuleId.YAML_LIMITS,
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

_TEXT_RULES = {
    TextProblemKind.TOO_LARGE: RuleId.FILE_TOO_LARGE,
    TextProblemKind.NOT_TEXT: RuleId.NOT_TEXT,
    TextProblemKind.EMPTY: RuleId.EMPTY_FILE,
    TextProblemKind.ENCODING: RuleId.ENCODING,
}
_YAML_RULES = {
    YamlProblemKind.SYNTAX: RuleId.YAML_SYNTAX,
    YamlProblemKind.DUPLICATE_KEY: RuleId.DUPLICATE_KEY,
    YamlProblemKind.LIMITS: RuleId.YAML_LIMITS,
}


def from_text_problem(problem: TextProblem) -> Finding:
    return Finding(
        _TEXT_RULES[problem.kind],
        Severity.ERROR,
        problem.message,
        "",
        problem.line,
        problem.column,
        problem.hint,
    )


def from_yaml_problem(problem: YamlProblem) -> Finding:
    return Finding(
        _YAML_RULES[problem.kind],
        Severity.ERROR,
        problem.message,
        problem.pointer,
        problem.line,
        problem.column,
        problem.hint,
    )
