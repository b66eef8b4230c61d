"""Load YAML as the user meant it, with the line and column of every value.

PyYAML's composer gives us nodes with positions (libyaml's own for small files, a counting
one over libyaml's events for large ones, so that no file becomes more nodes than the limit);
we build the values ourselves instead of using its YAML 1.1 constructor, so that ``NO``,
``yes`` and ``off`` stay text, ``0301`` stays ``"0301"``, dates stay ISO strings and
duplicate keys are reported instead of silently overwritten.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer

from sketchkit.core import pointer as ptr
from sketchkit.core.i18n import Lang, Msg

# The C parser is ~10x faster; PyYAML built without libyaml still works, slower.
try:
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef,unused-ignore]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)


_TAGS = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


MAX_DEPTH = 64
# A sketch has a few hundred values (the examples about 120). Ten thousand leaves room for any
# real one, and bounds the memory the schema validator needs for a hostile one: it holds every
# error at once (about 4 KB each), so 100 000 wrong values would take 400 MB.
MAX_NODES = 10_000
MAX_SCALAR_CHARS = 100_000  # the longest prose field allows a few thousand
# Python refuses to turn longer digit strings into int (sys.get_int_max_str_digits); no amount
# has more than a handful of digits, so anything longer is reported, never converted.
MAX_NUMBER_DIGITS = 100


class _TooBig(Exception):
    """Composing stopped at a limit, before the nodes could fill the memory."""

    def __init__(self, deep: bool, mark: Any) -> None:
        self.deep = deep
        self.mark = mark


class _Loader(Composer, _Parser):
    """Composes nodes only, counting them as it goes.

    The C parser produces events; PyYAML's Python composer (as fast as the C one here) builds
    the nodes, so that nodes can be counted while they are made: a 5 MB file of ``[a,a,a,…]``
    stops at MAX_NODES instead of first becoming millions of node objects, and an ``*alias``
    counts as every node it stands for, so anchors that multiply stop at once.

    Plain scalars are resolved by resolve_plain below, so PyYAML's regex-based YAML 1.1
    resolver, called from Python once per node, is skipped."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        Composer.__init__(self)
        self._count = 0
        self._depth = 0
        self._sizes: dict[int, int] = {}  # id(node) → nodes it expands to, for aliases

    def resolve(self, kind: type[yaml.Node], value: object, implicit: object) -> str:
        return _TAGS[kind]

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event: Any = self.peek_event()
        before = self._count
        if isinstance(event, yaml.AliasEvent):
            node = super().compose_node(parent, index)
            self._count += self._sizes.get(id(node), 1)
            if self._count > MAX_NODES:
                raise _TooBig(False, event.start_mark)
            return node
        # The same limits as _ValueBuilder draws for small files: values are counted (a key is
        # not one), and the top of the document is level 0.
        if index is not None or not isinstance(parent, yaml.MappingNode):
            self._count += 1
        self._depth += 1
        if self._count > MAX_NODES or self._depth > MAX_DEPTH + 1:
            raise _TooBig(self._depth > MAX_DEPTH + 1, event.start_mark)
        node = super().compose_node(parent, index)
        self._depth -= 1
        if event.anchor is not None:
            # An anchored key counts as one value wherever an alias repeats it.
            self._sizes[id(node)] = max(1, self._count - before)
        return node


class _SmallLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's own composer, ten times faster, for files too small to hold many nodes: what
    it composes is bounded by the text (aliases are shared, not copied), and _ValueBuilder
    counts the values an alias expands to as it builds them."""

    def resolve(self, kind: type[yaml.Node], value: object, implicit: object) -> str:
        return _TAGS[kind]


# At most about 32 000 nodes (a few MB) fit in this; larger files are counted while composed.
_SMALL_FILE_CHARS = 64 * 1024

Position = tuple[int, int]

# YAML 1.2 core schema, made stricter: numbers with leading zeros and
# anything else ambiguous stay text.
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_FLOAT = re.compile(
    r"^[-+]?(?:0|[1-9][0-9]*)?\.[0-9]+(?:[eE][-+]?[0-9]+)?$|^[-+]?(?:0|[1-9][0-9]*)[eE][-+]?[0-9]+$"
)


class YamlProblemKind(enum.Enum):
    """What went wrong reading the YAML; the checker names the rule that reports each."""

    SYNTAX = enum.auto()
    DUPLICATE_KEY = enum.auto()
    LIMITS = enum.auto()


@dataclass(frozen=True, slots=True)
class YamlProblem:
    kind: YamlProblemKind
    message: str
    hint: str | None
    pointer: str
    line: int
    column: int


@dataclass(slots=True)
class YamlDocument:
    """A loaded sketch: plain values plus where each came from."""

    data: Any
    source: str
    positions: dict[str, Position] = field(default_factory=dict)
    key_positions: dict[str, Position] = field(default_factory=dict)
    # The text as written, for plain scalars that did not resolve to text.
    raw: dict[str, str] = field(default_factory=dict)

    def where(self, pointer: str, *, key: bool = False) -> Position:
        """The place of ``pointer``; for a missing one, its nearest present ancestor's key."""
        if key and pointer in self.key_positions:
            return self.key_positions[pointer]
        if pointer in self.positions:
            return self.positions[pointer]
        p = pointer
        while p:
            p = ptr.parent(p)
            if p in self.key_positions:
                return self.key_positions[p]
            if p in self.positions:
                return self.positions[p]
        return (1, 1)


def block_body(lines: list[str], line: int) -> list[str]:
    """The lines of the block scalar whose indicator (``>``, ``|``) ends 1-based ``line``, as
    written: indentation removed, blank lines kept. Empty when the block is (the next line
    belongs to the parent). The one reading of a block's raw lines, for what YAML's folding
    would lose (list items and paragraphs)."""
    if not 0 < line <= len(lines):
        return []
    parent = len(lines[line - 1]) - len(lines[line - 1].lstrip(" "))
    body: list[str] = []
    indent: int | None = None
    for text in lines[line:]:
        if not text.strip():
            body.append("")
            continue
        here = len(text) - len(text.lstrip(" "))
        if indent is None:
            if here <= parent:
                break
            indent = here
        elif here < indent:
            break
        body.append(text[indent:])
    return body


def resolve_plain(text: str) -> Any:
    """The value of an unquoted scalar, YAML 1.2 style without the traps."""
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        # Python refuses very long digit strings; such a "number" stays the text it is.
        return int(text) if len(text) <= MAX_NUMBER_DIGITS else text
    if _FLOAT.match(text):
        return float(text)
    return text


_SYNTAX = Msg("YAML-feil: {problem}", "YAML error: {problem}")
# Every problem PyYAML can report (its Python scanner, parser, composer and reader, and libyaml,
# whose wording differs), matched by a piece of its wording, in the user's words and with a way
# out. The first entry whose needle occurs in "context problem" wins.
_QUOTE_TIP = Msg(
    "Sett teksten i anførselstegn hvis den starter med et av tegnene % ! & * @ ` eller |.",
    "Put the text in quotes if it starts with one of % ! & * @ ` or |.",
)
_KNOWN: tuple[tuple[tuple[str, ...], Msg, Msg], ...] = (
    (
        ("cannot start any token",),
        Msg("et tegn her kan ikke starte en verdi", "a character here cannot start a value"),
        Msg(
            "Står det en tabulator i innrykket? YAML krever mellomrom. Er det en @ eller ` først i "
            "en tekst? Sett teksten i anførselstegn.",
            "Is there a tab in the indentation? YAML needs spaces. Does a text start with @ or `? "
            "Put the text in quotes.",
        ),
    ),
    (
        ("mapping values are not allowed", "found unexpected ':'"),
        Msg("kolon på et sted der det ikke kan stå", "a colon where none is allowed"),
        Msg(
            'Ofte et kolon inne i en tekst. Sett teksten i anførselstegn: tittel: "Del 1: Behov".',
            'Often a colon inside text. Put the text in quotes: title: "Part 1: Need".',
        ),
    ),
    (
        ("could not find expected ':'", "while scanning a simple key"),
        Msg("fant ikke kolonet som skulle komme", "could not find the expected colon"),
        Msg(
            "Mangler kolon etter feltnavnet, eller innrykket er feil på linjen over.",
            "A colon is missing after the field name, or the line above is indented wrongly.",
        ),
    ),
    (
        ("sequence entries are not allowed", "mapping keys are not allowed"),
        Msg(
            "en strek (-) eller et spørsmålstegn (?) står der det ikke kan stå",
            "a dash (-) or question mark (?) where none is allowed",
        ),
        Msg(
            "Et listeelement («- ») må stå under et felt, rykket inn likt med de andre "
            "elementene. Starter en tekst med - eller ?, sett den i anførselstegn.",
            "A list item ('- ') must stand under a field, indented like the other items. If a "
            "text starts with - or ?, put it in quotes.",
        ),
    ),
    (
        ("expected '-' indicator", "while parsing a block collection"),
        Msg(
            "et element i en liste har feil innrykk",
            "an item in a list is indented wrongly",
        ),
        Msg(
            "Alle linjene som starter med «- » i samme liste, må starte i samme kolonne; og et "
            "felt etter listen må rykkes inn som feltene rundt.",
            "Every line starting with '- ' in one list must start in the same column, and a field "
            "after the list must be indented like the fields around it.",
        ),
    ),
    (
        ("expected <block end>", "did not find expected key"),
        Msg(
            "innrykket stemmer ikke med linjene rundt",
            "the indentation does not match the lines around",
        ),
        Msg(
            "Felt på samme nivå må starte i samme kolonne; sjekk mellomrommene foran.",
            "Fields at one level must start in the same column; check the leading spaces.",
        ),
    ),
    (
        ("expected ',' or ']'", "while parsing a flow sequence"),
        Msg("en liste i klammer [ … ] er ikke lukket", "a list in brackets [ … ] is not closed"),
        Msg(
            "Sjekk at hver [ har sin ], og at elementene skilles med komma. Sett tekst som "
            "inneholder komma eller klammer, i anførselstegn.",
            "Check that every [ has its ] and that items are separated by commas. Put text with "
            "commas or brackets in quotes.",
        ),
    ),
    (
        ("expected ',' or '}'", "while parsing a flow mapping"),
        Msg(
            "en seksjon i krøllparentes { … } er ikke lukket",
            "a mapping in braces { … } is not closed",
        ),
        Msg(
            "Sjekk at hver { har sin }, og at feltene skilles med komma. Sett tekst som "
            "inneholder komma eller parenteser, i anførselstegn.",
            "Check that every { has its } and that fields are separated by commas. Put text with "
            "commas or braces in quotes.",
        ),
    ),
    (
        ("found undefined alias",),
        Msg("en *referanse viser til et &anker som ikke finnes", "an *alias refers to no &anchor"),
        Msg(
            "Skriv verdien ut i stedet for *referansen.",
            "Write the value out instead of the *alias.",
        ),
    ),
    (
        ("found duplicate anchor",),
        Msg("det samme &ankeret står to ganger", "the same &anchor appears twice"),
        Msg(
            "Gi ankrene ulike navn, eller skriv verdiene ut uten &ankre.",
            "Give the anchors different names, or write the values out without &anchors.",
        ),
    ),
    (
        ("while scanning an anchor", "while scanning an alias"),
        Msg("en & eller * står først i en tekst", "a text starts with & or *"),
        _QUOTE_TIP,
    ),
    (
        ("expected a single document", "found another document"),
        Msg("filen har flere dokumenter (---)", "the file holds several documents (---)"),
        Msg(
            "En skisse er ett dokument; fjern den ekstra --- eller del filen.",
            "A sketch is one document; remove the extra --- or split the file.",
        ),
    ),
    (
        ("document separator", "document indicator"),
        Msg(
            "en linje med --- eller ... står midt i en tekst",
            "a line with --- or ... stands inside a text",
        ),
        Msg(
            "Lukk anførselstegnet før linjen, eller rykk linjen inn så den hører til teksten.",
            "Close the quote before that line, or indent the line so it belongs to the text.",
        ),
    ),
    (
        ("expected '<document start>'", "expected <document start>"),
        Msg(
            "noe står etter slutten av skissen",
            "something stands after the end of the sketch",
        ),
        Msg(
            "Ofte en ] eller } for mye, eller en linje som ikke er rykket inn. Sjekk linjen.",
            "Often one ] or } too many, or a line that is not indented. Check the line.",
        ),
    ),
    (
        ("found unexpected end of stream",),
        Msg("filen slutter midt i en verdi", "the file ends in the middle of a value"),
        Msg(
            "Et anførselstegn eller en klamme er ikke lukket.", "A quote or bracket is not closed."
        ),
    ),
    (
        ("escape character", "escape sequence", "hexadecimal number", "hexdecimal number"),
        Msg(
            "en omvendt skråstrek (\\) i en tekst i doble anførselstegn",
            "a backslash (\\) in a text in double quotes",
        ),
        Msg(
            "Bruk enkle anførselstegn ('…') rundt teksten, eller skriv \\\\ for én skråstrek.",
            "Use single quotes ('…') around the text, or write \\\\ for one backslash.",
        ),
    ),
    (
        ("while scanning a block scalar",),
        Msg(
            "en blokktekst (| eller >) er skrevet feil", "a block text (| or >) is written wrongly"
        ),
        Msg(
            "Etter | eller > skal linjen slutte; teksten starter på neste linje, rykket inn.",
            "After | or > the line must end; the text starts on the next line, indented.",
        ),
    ),
    (
        (
            "directive",
            "tag handle",
            "while scanning a tag",
            "while parsing a tag",
            "expected URI",
            "tag URI",
            "URI escape",
            "incompatible YAML document",
        ),
        Msg(
            "en tekst starter med % eller !, som YAML leser som en instruksjon",
            "a text starts with % or !, which YAML reads as an instruction",
        ),
        _QUOTE_TIP,
    ),
    (
        ("node content",),
        Msg("en verdi mangler der den skulle stå", "a value is missing where one should be"),
        Msg(
            "Ofte et komma, en strek eller et tegn som står alene. Skriv verdien, eller sett "
            "teksten i anførselstegn.",
            "Often a comma, a dash or a character on its own. Write the value, or put the text "
            "in quotes.",
        ),
    ),
    (
        ("while scanning a quoted scalar", "while parsing a quoted scalar"),
        Msg("et anførselstegn er ikke lukket", "a quote is not closed"),
        Msg(
            "Lukk anførselstegnet, eller bruk en blokk (tekst: >) for lang tekst.",
            "Close the quote, or use a block (text: >) for long text.",
        ),
    ),
    (
        ("tab character",),
        Msg("en tabulator står der YAML krever mellomrom", "a tab where YAML needs spaces"),
        Msg(
            "Bytt tabulatorene med mellomrom.",
            "Replace the tabs with spaces.",
        ),
    ),
    (
        (
            "special characters are not allowed",
            "control characters are not allowed",
            "unacceptable character",
            "UTF-8",
            "invalid Unicode character",
            "utf-8",
        ),
        Msg(
            "filen har et kontrolltegn som ikke kan stå i en tekst",
            "the file holds a control character that cannot stand in text",
        ),
        Msg(
            "Fjern tegnet; det kommer ofte med når tekst limes inn fra Word eller PDF.",
            "Remove the character; it often comes along when text is pasted from Word or PDF.",
        ),
    ),
    (
        ("expected alphabetic or numeric", "expected ' '", "expected a comment or a line break"),
        Msg("et tegn står der YAML ikke venter det", "a character where YAML does not expect one"),
        _QUOTE_TIP,
    ),
)
# A problem PyYAML words in a way not listed above: said plainly, never in English.
_UNKNOWN_SYNTAX = Msg("teksten kan ikke leses som YAML her", "the text cannot be read as YAML here")
_YAML_FIX = Msg(
    "Se på linjen og kolonnen som er oppgitt, og linjen over. Vanlige feil: tabulator i innrykk, "
    "kolon i tekst uten anførselstegn, feil innrykk.",
    "Look at the line and column given, and the line above. Common causes: tabs in the "
    "indentation, a colon in unquoted text, wrong indentation.",
)


_TAB_HINT = Msg(
    "Tabulator i innrykket: YAML krever mellomrom. Bytt tabulatorene med mellomrom.",
    "A tab in the indentation: YAML needs spaces. Replace the tabs with spaces.",
)
_DUPLICATE = Msg(
    "feltet «{key}» står to ganger: på linje {first} og linje {second}",
    "the field '{key}' appears twice: on line {first} and line {second}",
)
_DUPLICATE_HINT = Msg(
    "Slett den ene. sketchkit bruker den første (linje {first}).",
    "Delete one of them. sketchkit uses the first (line {first}).",
)
_BAD_KEY = Msg("et feltnavn må være tekst", "a field name must be text")
_TOO_DEEP = Msg(
    "strukturen er nøstet dypere enn {limit} nivåer",
    "the structure is nested deeper than {limit} levels",
)
_TOO_MANY = Msg(
    "dokumentet blir over {limit} verdier (kanskje &anker og *referanser som vokser)",
    "the document expands to over {limit} values (perhaps &anchors and *aliases that multiply)",
)
_TOO_LONG = Msg(
    "en verdi har {n} tegn; grensen er {limit}",
    "a value has {n} characters; the limit is {limit}",
)
_LONG_NUMBER = Msg(
    "et tall har {n} sifre; grensen er {limit}",
    "a number has {n} digits; the limit is {limit}",
)
_LONG_NUMBER_HINT = Msg(
    "Sjekk tallet. Skal det være tekst, sett det i anførselstegn.",
    "Check the number. If it is meant as text, put it in quotes.",
)
_LIMIT_HINT = Msg(
    "En skisse trenger bare noen få nivåer og noen hundre verdier. Fjern ankrene og skriv verdiene ut.",
    "A sketch needs only a few levels and a few hundred values. Remove the anchors and write the "
    "values out.",
)


class _Limit(Exception):
    def __init__(self, problem: YamlProblem) -> None:
        self.problem = problem


def _limit(lang: Lang, text: str, pointer: str, line: int, column: int) -> YamlProblem:
    """A limit every file is held to (size, depth, length), with the same way out."""
    return YamlProblem(YamlProblemKind.LIMITS, text, _LIMIT_HINT(lang), pointer, line, column)


def load(source: str, lang: Lang) -> tuple[YamlDocument | None, list[YamlProblem]]:
    """Compose ``source`` and build its values with positions.

    A syntax error is a problem like any other, and yields no document.
    """
    try:
        if len(source) <= _SMALL_FILE_CHARS:
            root = yaml.compose(source, Loader=_SmallLoader)
        else:
            root = _Loader(source).get_single_node()
    except _TooBig as stop:
        limit = _TOO_DEEP(lang, limit=MAX_DEPTH) if stop.deep else _TOO_MANY(lang, limit=MAX_NODES)
        return None, [_limit(lang, limit, "", stop.mark.line + 1, stop.mark.column + 1)]
    except yaml.MarkedYAMLError as e:
        return None, [_syntax_problem(e, source, lang)]
    except yaml.YAMLError as e:
        # The reader's errors (a control character) carry no line: find the place ourselves.
        return None, [_reader_problem(e, source, lang)]
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops nesting long before
        return None, [_limit(lang, _TOO_DEEP(lang, limit=MAX_DEPTH), "", 1, 1)]
    doc = YamlDocument(data=None, source=source)
    problems: list[YamlProblem] = []
    if root is None:
        return doc, problems
    builder = _ValueBuilder(doc, problems, lang)
    try:
        doc.data = builder.build(root, "", 0)
    except _Limit as stop:
        return None, [*problems, stop.problem]
    return doc, problems


# What YAML does not allow in a file (YAML 1.1, 5.1): control characters other than tab and
# line breaks, and the surrogates and non-characters.
# Compiled on first use (re keeps them): only a file with a control character needs them.
_NOT_PRINTABLE = "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
_LINE_BREAK = "\r\n|[\r\n\x85\u2028\u2029]"
_CONTROL = Msg(
    "tegnet {char} er et kontrolltegn som ikke kan stå i en skisse",
    "the character {char} is a control character, not allowed in a sketch",
)
_CONTROL_HINT = Msg(
    "Slett tegnet; det kommer ofte fra kopiering fra et annet program. Skal det stå der, "
    "skriv det som {escape} i en tekst i doble anførselstegn.",
    "Delete the character; it often comes from copying from another program. If it belongs "
    "there, write it as {escape} in a text in double quotes.",
)


def _reader_problem(e: yaml.YAMLError, source: str, lang: Lang) -> YamlProblem:
    m = re.search(_NOT_PRINTABLE, source)
    if m is None:  # pragma: no cover - the reader rejects nothing else
        return YamlProblem(YamlProblemKind.SYNTAX, _SYNTAX(lang, problem=str(e)), None, "", 1, 1)
    pos = m.start()
    # Lines end where YAML ends them (CR, LF, CRLF, NEL, LS, PS), as in every other finding.
    breaks = list(re.compile(_LINE_BREAK).finditer(source, 0, pos))
    line = len(breaks) + 1
    column = pos - (breaks[-1].end() if breaks else 0) + 1
    code = ord(m.group())
    char = f"U+{code:04X}"
    escape = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return YamlProblem(
        YamlProblemKind.SYNTAX,
        _SYNTAX(lang, problem=_CONTROL(lang, char=char)),
        _CONTROL_HINT(lang, escape=escape),
        "",
        line,
        column,
    )


def _known_problem(wording: str, lang: Lang) -> tuple[str, str] | None:
    for needles, said, way_out in _KNOWN:
        if any(needle in wording for needle in needles):
            return said(lang), way_out(lang)
    return None


def _syntax_problem(e: yaml.MarkedYAMLError, source: str, lang: Lang) -> YamlProblem:
    mark = e.problem_mark or e.context_mark
    problem = e.problem or e.context or "?"
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    text, hint = _UNKNOWN_SYNTAX(lang), _YAML_FIX(lang)
    both = f"{e.context or ''} {problem}"
    known = _known_problem(both, lang)
    if known is not None:
        text, hint = known
    if "maximum nesting depth" in both:
        # libyaml's own guard against deep nesting: a limit, not a typo.
        return _limit(lang, _TOO_DEEP(lang, limit=MAX_DEPTH), "", line, column)
    lines = source.splitlines()
    if 0 < line <= len(lines) and "\t" in lines[line - 1][: max(column, 1)]:
        hint = _TAB_HINT(lang)
    return YamlProblem(YamlProblemKind.SYNTAX, _SYNTAX(lang, problem=text), hint, "", line, column)


class _ValueBuilder:
    __slots__ = ("count", "doc", "lang", "problems")

    def __init__(self, doc: YamlDocument, problems: list[YamlProblem], lang: Lang) -> None:
        self.doc = doc
        self.problems = problems
        self.lang = lang
        self.count = 0

    def _limit(self, text: str, pointer: str, mark: yaml.Mark) -> YamlProblem:
        return _limit(self.lang, text, pointer, mark.line + 1, mark.column + 1)

    def build(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        self.count += 1
        mark = node.start_mark
        if depth > MAX_DEPTH:
            raise _Limit(self._limit(_TOO_DEEP(self.lang, limit=MAX_DEPTH), pointer, mark))
        if self.count > MAX_NODES:
            raise _Limit(self._limit(_TOO_MANY(self.lang, limit=MAX_NODES), pointer, mark))
        self.doc.positions[pointer] = (mark.line + 1, mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            if len(node.value) > MAX_SCALAR_CHARS:
                too_long = _TOO_LONG(self.lang, n=len(node.value), limit=MAX_SCALAR_CHARS)
                raise _Limit(self._limit(too_long, pointer, mark))
            # Quoted or block scalars are always text. The C composer marks plain
            # scalars with style "" where the Python one uses None.
            if node.style:
                return node.value
            if len(node.value) > MAX_NUMBER_DIGITS and _INT.match(node.value):
                # Kept as the text it is, and reported: never handed to int().
                self.problems.append(
                    YamlProblem(
                        YamlProblemKind.LIMITS,
                        _LONG_NUMBER(self.lang, n=len(node.value), limit=MAX_NUMBER_DIGITS),
                        _LONG_NUMBER_HINT(self.lang),
                        pointer,
                        mark.line + 1,
                        mark.column + 1,
                    )
                )
                return node.value
            value = resolve_plain(node.value)
            if not isinstance(value, str) and value is not None:
                self.doc.raw[pointer] = node.value
            return value
        if isinstance(node, yaml.SequenceNode):
            return [
                self.build(child, f"{pointer}/{i}", depth + 1) for i, child in enumerate(node.value)
            ]
        return self._mapping(node, pointer, depth)

    def _mapping(self, node: yaml.Node, pointer: str, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            kmark = key_node.start_mark
            kpos = (kmark.line + 1, kmark.column + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    YamlProblem(YamlProblemKind.SYNTAX, _BAD_KEY(self.lang), None, pointer, *kpos)
                )
                continue
            key = key_node.value
            if key in seen:
                self.problems.append(
                    YamlProblem(
                        YamlProblemKind.DUPLICATE_KEY,
                        _DUPLICATE(self.lang, key=key, first=seen[key], second=kpos[0]),
                        _DUPLICATE_HINT(self.lang, first=seen[key]),
                        ptr.join(pointer, key),
                        *kpos,
                    )
                )
                continue
            seen[key] = kpos[0]
            child = ptr.join(pointer, key)
            self.doc.key_positions[child] = kpos
            out[key] = self.build(value_node, child, depth + 1)
        return out
