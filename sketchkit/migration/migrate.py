"""Rewrite a sketch in the budget format from before #11 into the current one.

Old: ``budget: {items, total_nok, own_contribution_nok, requested_nok}`` read the grant as part
of the applicant's own budget. New: the applicant's own costs (``own_costs``), the companies'
development costs the grant mainly pays (``companies_development_nok``), own contribution, the
grant applied for, and the planned procurement (``procurement``). What cannot be known from the
old sketch is written as a placeholder for the user to fill in, and ``check`` reports it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from sketchkit.checking.placeholders import placeholder
from sketchkit.checking.sketch_format import is_old
from sketchkit.core.i18n import Lang, Msg


class MigrationError(Exception):
    """The text could not be read as YAML: the command cannot run (exit 2)."""


@dataclass(frozen=True)
class Migration:
    text: str  # the rewritten sketch (the input itself when nothing needed changing)
    changes: tuple[str, ...]  # what was changed, one line each, for the user
    same_layout: bool  # the untouched parts keep their exact layout (indentation detected)


_M = {
    "renamed": Msg(
        "budget.items → budget.own_costs: postene er nå søkerens egne kostnader; flytt det som er "
        "bedriftenes utvikling til companies_development_nok",
        "budget.items → budget.own_costs: the items are now the applicant's own costs; move what "
        "is the companies' development to companies_development_nok",
    ),
    "total": Msg(
        "budget.total_nok ({total}) fjernet: prosjektets kostnad er nå egne kostnader pluss "
        "bedriftenes utviklingskostnader",
        "budget.total_nok ({total}) removed: the project's cost is now own costs plus the "
        "companies' development costs",
    ),
    "development": Msg(
        "budget.companies_development_nok lagt til som plassholder: fyll inn bedriftenes "
        "utviklingskostnader",
        "budget.companies_development_nok added as a placeholder: fill in the companies' "
        "development costs",
    ),
    "procurement": Msg(
        "procurement lagt til med plassholdere: prosedyre og plan for anskaffelsen",
        "procurement added with placeholders: the procedure and the procurement plan",
    ),
    "syntax": Msg("kan ikke lese skissen som YAML: {err}", "cannot read the sketch as YAML: {err}"),
    "not_mapping": Msg(
        "skissen er ikke et oppslag med felt øverst", "the sketch is not a mapping of fields"
    ),
}
_HINTS = {
    "development": Msg(
        "bedriftenes utviklingskostnader i kroner", "the companies' development costs in kroner"
    ),
    "procedure": Msg(
        "innovation_partnership, pre_commercial_procurement, competitive_dialogue, "
        "competition_with_negotiation, other eller not_decided",
        "innovation_partnership, pre_commercial_procurement, competitive_dialogue, "
        "competition_with_negotiation, other or not_decided",
    ),
    "plan": Msg(
        "hvordan løsningen skal anskaffes og tas i bruk",
        "how the solution is to be procured and taken into use",
    ),
}
_COMMENT = Msg(
    "Tilskuddet går i hovedsak til bedriftenes utvikling (sketchkit migrate).",
    "The grant mainly pays the companies' development (sketchkit migrate).",
)

# Layouts tried in turn; the first that reproduces the untouched input byte for byte is used.
_LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 6, 2), (4, 4, 0), (2, 4, 0), (3, 5, 2))


def _yaml(layout: tuple[int, int, int]) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's lines
    mapping, sequence, offset = layout
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: Any, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def migrate_text(text: str, lang: Lang = Lang.NB) -> Migration:
    """The sketch ``text`` in the current format, and what was changed."""
    from ruamel.yaml.error import YAMLError

    chosen = _LAYOUTS[0]
    try:
        data = _yaml(chosen).load(text)
        for layout in _LAYOUTS:
            if _dump(_yaml(layout), _yaml(layout).load(text)) == text:
                chosen = layout
                data = _yaml(layout).load(text)
                break
    except (YAMLError, RecursionError) as e:
        raise MigrationError(_M["syntax"](lang, err=str(e).splitlines()[-1])) from None
    same_layout = _dump(_yaml(chosen), _yaml(chosen).load(text)) == text
    if not isinstance(data, dict):
        raise MigrationError(_M["not_mapping"](lang))
    if not is_old(data):
        return Migration(text, (), True)
    changes = _migrate_budget(data, lang)
    return Migration(_dump(_yaml(chosen), data), tuple(changes), same_layout)


def _migrate_budget(data: Any, lang: Lang) -> list[str]:
    from ruamel.yaml.comments import CommentedMap

    budget = data["budget"]
    changes: list[str] = []
    if "items" in budget and "own_costs" not in budget:
        _rename(budget, "items", "own_costs")
        changes.append(_M["renamed"](lang))
    development = placeholder(lang.value, _HINTS["development"](lang))
    if "total_nok" in budget:
        total = budget["total_nok"]
        _replace(budget, "total_nok", "companies_development_nok", development)
        changes.append(_M["total"](lang, total=total))
    elif "companies_development_nok" not in budget:
        budget.insert(
            _after(budget, "own_contribution_nok"), "companies_development_nok", development
        )
    budget.yaml_set_comment_before_after_key(
        "companies_development_nok", before=_COMMENT(lang), indent=_indent_of(data, budget)
    )
    changes.append(_M["development"](lang))
    if "procurement" not in data:
        procurement = CommentedMap()
        procurement["procedure"] = placeholder(lang.value, _HINTS["procedure"](lang))
        procurement["description"] = placeholder(lang.value, _HINTS["plan"](lang))
        position = _after(data, "budget")
        if position < len(data):
            # A blank line before the next section, as the sketch has between sections.
            from ruamel.yaml.error import CommentMark
            from ruamel.yaml.tokens import CommentToken

            procurement.ca.items["description"] = [
                None,
                None,
                CommentToken("\n\n", CommentMark(0), None),
                None,
            ]
        data.insert(position, "procurement", procurement)
        changes.append(_M["procurement"](lang))
    return changes


def _after(mapping: Any, key: str) -> int:
    keys = list(mapping)
    return keys.index(key) + 1 if key in keys else len(keys)


def _indent_of(data: Any, budget: Any) -> int:
    """The column the budget's keys stand in (for a comment line placed among them)."""
    first = next(iter(budget), None)
    try:
        return int(budget.lc.key(first)[1]) if first is not None else 2
    except (AttributeError, KeyError, TypeError):
        return 2


def _rename(mapping: Any, old: str, new: str) -> None:
    """Rename a key in place: same position, same comments, same value."""
    position = list(mapping).index(old)
    comment = mapping.ca.items.pop(old, None)
    value = mapping.pop(old)
    mapping.insert(position, new, value)
    if comment is not None:
        mapping.ca.items[new] = comment


def _replace(mapping: Any, old: str, new: str, value: Any) -> None:
    """Put ``new: value`` where ``old`` stood, keeping the comments that were on it."""
    position = list(mapping).index(old)
    comment = mapping.ca.items.pop(old, None)
    del mapping[old]
    mapping.insert(position, new, value)
    if comment is not None:
        mapping.ca.items[new] = comment
