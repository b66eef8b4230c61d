"""suppression: ``# sketchkit: ignore[RULE] reason`` silences a finding on its line (or, alone on
a line, on the next line that holds something); without a reason, or silencing nothing, it is
itself a warning."""

from __future__ import annotations

from sketchkit.checking.findings import BasisKind
from sketchkit.checking.ruleids import RuleId
from sketchkit.checking.suppressions import Suppression, parse
from sketchkit.core.i18n import Lang
from tests.rules.sketch import WARNING, Found, check, findings

LONG = "x" * 61  # one character over the title's limit: a word-limit warning (advice)
UNUSED_HINT = "Skriv hvorfor etter klammen, eller fjern kommentaren når funnet er borte."
NO_REASON = Found(
    1,
    71,
    WARNING,
    RuleId.SUPPRESSION,
    "undertrykkelsen av word-limit mangler begrunnelse",
    "Skriv hvorfor: # sketchkit: ignore[word-limit] vedtaket kommer i neste møte",
)
TOO_LONG = Found(
    1,
    8,
    WARNING,
    RuleId.WORD_LIMIT,
    "kan ha høyst 60 tegn; har 61",
    "Kort ned teksten; flytt detaljer til vedlegg.",
)


def test_the_finding_without_a_suppression() -> None:
    assert findings(f"title: {LONG}\n") == [TOO_LONG]


def test_a_trailing_comment_with_a_reason_silences_its_line() -> None:
    assert findings(f"title: {LONG}  # sketchkit: ignore[word-limit] portalen tillater 70\n") == []


def test_a_comment_alone_silences_the_next_line_with_content() -> None:
    case = f"# sketchkit: ignore[word-limit] portalen tillater 70\n\n  # mer\ntitle: {LONG}\n"
    assert findings(case) == []


def test_a_comment_alone_does_not_reach_past_the_next_line() -> None:
    case = f"# sketchkit: ignore[word-limit] grunn\nlanguage: nb\ntitle: {LONG}\n"
    assert findings(case) == [
        Found(
            1,
            1,
            WARNING,
            RuleId.SUPPRESSION,
            "undertrykkelsen av word-limit tar ikke bort noe funn",
            UNUSED_HINT,
        ),
        TOO_LONG._replace(line=3),
    ]


def test_another_rule_on_the_line_is_not_silenced() -> None:
    assert findings(f"title: {LONG}  # sketchkit: ignore[top-manager] grunn\n") == [
        TOO_LONG,
        Found(
            1,
            71,
            WARNING,
            RuleId.SUPPRESSION,
            "undertrykkelsen av top-manager tar ikke bort noe funn",
            UNUSED_HINT,
        ),
    ]


def test_without_a_reason_it_silences_and_is_reported() -> None:
    assert findings(f"title: {LONG}  # sketchkit: ignore[word-limit]\n") == [NO_REASON]


def test_several_rules_each_reported_when_unused_in_english() -> None:
    case = f"title: {LONG}  # sketchkit: ignore[ word-limit ,contact, top-manager ]\n"
    assert findings(case, lang=Lang.EN) == [
        Found(
            1,
            71,
            WARNING,
            RuleId.SUPPRESSION,
            "the suppression of word-limit, contact, top-manager has no reason",
            "Say why: # sketchkit: ignore[word-limit, contact, top-manager] the decision is due "
            "at the next meeting",
        ),
        Found(
            1,
            71,
            WARNING,
            RuleId.SUPPRESSION,
            "the suppression of contact silences nothing",
            "Write why after the bracket, or remove the comment once the finding is gone.",
        ),
        Found(
            1,
            71,
            WARNING,
            RuleId.SUPPRESSION,
            "the suppression of top-manager silences nothing",
            "Write why after the bracket, or remove the comment once the finding is gone.",
        ),
    ]


def test_an_unused_suppression_alone_is_reported_where_it_stands() -> None:
    assert findings("title: Kort tittel\n# sketchkit: ignore[word-limit] grunn\n") == [
        Found(
            2,
            1,
            WARNING,
            RuleId.SUPPRESSION,
            "undertrykkelsen av word-limit tar ikke bort noe funn",
            UNUSED_HINT,
        )
    ]


def test_parse_finds_line_column_target_rules_and_reason() -> None:
    source = (
        "a: 1  # sketchkit: ignore[x, y]   grunn her  \n"
        "# sketchkit:ignore[z]\n"
        "\n"
        "b: 2 # sketchkit kommentar uten klammer\n"
        "    # sketchkit: ignore[w] siste\n"
    )
    assert parse(source) == [
        Suppression(1, 7, 1, ("x", "y"), "grunn her"),
        Suppression(2, 1, 4, ("z",), ""),
        Suppression(5, 5, 6, ("w",), "siste"),  # nothing below: the line after
    ]
    assert parse("a: 1 # sketchkit ignore[x] grunn\n") == []
    assert parse("a: 1\n") == []


def test_findings_about_a_suppression_point_at_no_field() -> None:
    # They are about a comment, which has no place in the sketch's data.
    result = check(f"title: {LONG}  # sketchkit: ignore[word-limit, contact]\n")
    assert [(f.rule, f.pointer) for f in result.findings] == [
        (RuleId.SUPPRESSION, ""),
        (RuleId.SUPPRESSION, ""),
    ]


NO_RULE_HINT = (
    "Skriv regelens id i klammen, slik check viser den: # sketchkit: ignore[word-limit] begrunnelse"
)


def test_empty_brackets_name_no_rule_and_say_only_that() -> None:
    for comment in ("# sketchkit: ignore[] fordi", "# sketchkit: ignore[ , ]"):
        assert findings(f"title: Kort tittel\n{comment}\n") == [
            Found(
                2,
                1,
                WARNING,
                RuleId.SUPPRESSION,
                "undertrykkelsen nevner ingen regel",
                NO_RULE_HINT,
            )
        ]


def test_a_misspelt_rule_id_is_named_with_the_one_meant_and_silences_nothing() -> None:
    assert findings(f"title: {LONG}  # sketchkit: ignore[word-limt] portalen tillater 70\n") == [
        TOO_LONG,
        Found(
            1,
            71,
            WARNING,
            RuleId.SUPPRESSION,
            "ingen regel heter «word-limt»",
            "Mente du «word-limit»?",
        ),
    ]


def test_an_unknown_rule_id_points_to_the_list_in_nynorsk() -> None:
    assert findings("title: Kort tittel\n# sketchkit: ignore[zzz] grunn\n", lang=Lang.NN) == [
        Found(
            2,
            1,
            WARNING,
            RuleId.SUPPRESSION,
            "ingen regel heiter «zzz»",
            "«sketchkit explain» viser alle reglane med id.",
        )
    ]


def test_a_known_and_an_unknown_id_are_told_apart_in_english() -> None:
    case = f"title: {LONG}  # sketchkit: ignore[word-limit, contakt] the portal allows 70\n"
    assert findings(case, lang=Lang.EN) == [
        Found(
            1,
            71,
            WARNING,
            RuleId.SUPPRESSION,
            "no rule is called 'contakt'",
            "Did you mean 'contact'?",
        )
    ]


def test_a_reason_only_opened_or_only_closed_like_the_placeholder_is_a_reason() -> None:
    for reason in ("<<vedtak i mai", "vedtak i mai>>"):
        assert findings(f"title: {LONG}  # sketchkit: ignore[word-limit] {reason}\n") == []
    assert findings(f"title: {LONG}  # sketchkit: ignore[word-limit] <<begrunnelse>>\n") == [
        NO_REASON
    ]


def test_empty_brackets_in_english_and_nynorsk() -> None:
    case = "title: Kort tittel\n# sketchkit: ignore[] because\n"
    assert [(f.message, f.hint) for f in findings(case, lang=Lang.EN)] == [
        (
            "the suppression names no rule",
            "Write the rule's id in the brackets, as check shows it: "
            "# sketchkit: ignore[word-limit] reason",
        )
    ]
    assert [(f.message, f.hint) for f in findings(case, lang=Lang.NN)] == [
        (
            "undertrykkinga nemner ingen regel",
            "Skriv id-en til regelen i klammen, slik check viser han: "
            "# sketchkit: ignore[word-limit] grunngjeving",
        )
    ]


def test_every_finding_about_a_suppression_is_sketchkits_advice() -> None:

    case = (
        f"title: {LONG}  # sketchkit: ignore[word-limit]\n"
        "# sketchkit: ignore[]\n# sketchkit: ignore[zzz] x\n# sketchkit: ignore[contact] x\n"
    )
    result = check(case)
    about = [f for f in result.findings if f.rule == RuleId.SUPPRESSION]
    assert len(about) == 4
    assert {f.basis for f in about} == {BasisKind.ADVICE}


def test_an_id_named_twice_is_read_once_and_at_most_twenty_are_read() -> None:
    (one,) = parse("title: x  # sketchkit: ignore[word-limit, word-limit ,word-limit] grunn\n")
    assert one.rules == ("word-limit",)
    many = ", ".join(f"regel-{i}" for i in range(25))
    (capped,) = parse(f"title: x  # sketchkit: ignore[{many}] grunn\n")
    assert capped.rules == tuple(f"regel-{i}" for i in range(20))
    # Twice the same unused rule: said once.
    case = f"title: {LONG}  # sketchkit: ignore[word-limit, contact, contact] grunn\n"
    assert [f.message for f in findings(case) if f.rule == RuleId.SUPPRESSION] == [
        "undertrykkelsen av contact tar ikke bort noe funn"
    ]


def test_past_a_thousand_suppressions_the_rest_are_not_read_and_that_is_said() -> None:
    # Called directly: the file's findings stop at a thousand before this one would show.
    from sketchkit.checking.suppressions import MAX_SUPPRESSIONS, apply

    def comments(n: int) -> str:
        return "".join(f"# sketchkit: ignore[word-limit] grunn {i}\n" for i in range(n))

    assert len(parse(comments(MAX_SUPPRESSIONS + 5))) == MAX_SUPPRESSIONS + 1
    full = apply([], comments(MAX_SUPPRESSIONS), Lang.EN)
    assert len(full) == MAX_SUPPRESSIONS and all("silences nothing" in f.message for f in full)
    over = [f for f in apply([], comments(MAX_SUPPRESSIONS + 1), Lang.EN) if "over" in f.message]
    assert [(f.rule, f.severity, f.line, f.column, f.message, f.hint, f.basis) for f in over] == [
        (
            RuleId.SUPPRESSION,
            WARNING,
            MAX_SUPPRESSIONS + 1,
            1,
            f"the sketch has over {MAX_SUPPRESSIONS} suppressions; those after this one are not "
            "read",
            "Write why after the bracket, or remove the comment once the finding is gone.",
            BasisKind.ADVICE,
        )
    ]
