"""``sketchkit lsp`` driven end to end by a real LSP client (pytest-lsp) over stdio."""

from __future__ import annotations

import shutil
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, cast

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

# pytest-lsp's fixture decorator has no annotations; say what it is once.
lsp_fixture = cast(Callable[..., Callable[[Callable[..., Any]], Any]], pytest_lsp.fixture)
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "stavanger-hjemmetjenester"


def _apply(text: str, edits: list[t.TextEdit]) -> str:
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def at(p: t.Position) -> int:
        return offsets[p.line] + p.character

    for edit in sorted(edits, key=lambda e: at(e.range.start), reverse=True):
        text = text[: at(edit.range.start)] + edit.new_text + text[at(edit.range.end) :]
    return text


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    folder = tmp_path / "skisse"
    shutil.copytree(EXAMPLE, folder)
    return folder / "skisse.yaml"


def _config(*args: str) -> ClientServerConfig:
    return ClientServerConfig(server_command=[sys.executable, "-m", "sketchkit", "lsp", *args])


async def _start(client: LanguageClient, locale: str = "nb-NO", options: object = None) -> None:
    await client.initialize_session(
        t.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            locale=locale,
            initialization_options=options,
        )
    )


@lsp_fixture(config=_config())
async def client(lsp_client: LanguageClient) -> AsyncIterator[None]:
    await _start(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def _open(client: LanguageClient, path: Path, text: str) -> list[t.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            text_document=t.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


async def _change(
    client: LanguageClient, path: Path, text: str, version: int
) -> list[t.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[t.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


def _codes(diagnostics: list[t.Diagnostic]) -> list[str]:
    # The example's call closed in 2017: the deadline warning is expected on every check today.
    # Clear-language advice on the example's prose is tested in tests/language.
    return sorted(
        str(d.code)
        for d in diagnostics
        if d.code != "deadline" and not str(d.code).startswith("klarsprak-")
    )


@pytest.mark.asyncio
async def test_a_broken_budget_is_reported_and_the_quick_fix_clears_it(
    client: LanguageClient, sketch: Path
) -> None:
    text = sketch.read_text(encoding="utf-8").replace(
        "requested_nok: 9 000 000", "requested_nok: 10 000 000"
    )
    line = text.split("\n").index("  requested_nok: 10 000 000")
    diagnostics = await _open(client, sketch, text)
    assert _codes(diagnostics) == ["budget-sum"]
    (grant,) = [d for d in diagnostics if d.code == "budget-sum"]
    assert grant.range == t.Range(t.Position(line, 17), t.Position(line, 27))
    assert grant.severity == t.DiagnosticSeverity.Error
    assert grant.source == "sketchkit"
    assert grant.message.startswith(
        "egeninnsats 4\u00a0000\u00a0000\u00a0kr + omsøkt 10\u00a0000\u00a0000\u00a0kr = "
        "14\u00a0000\u00a0000\u00a0kr, men prosjektet koster 13\u00a0000\u00a0000\u00a0kr"
    )
    assert grant.code_description is not None
    assert grant.code_description.href.endswith("explain-nb.md#budget-sum")
    assert grant.related_information is not None
    assert grant.related_information[0].message.startswith("Tips: Rett tallene")

    actions = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri=sketch.as_uri()),
            range=grant.range,
            context=t.CodeActionContext(diagnostics=[grant]),
        )
    )
    assert actions is not None
    titles = [a.title for a in actions if isinstance(a, t.CodeAction)]
    assert titles[:2] == [
        "Sett omsøkt tilskudd til det prosjektet koster minus egeninnsatsen (9 000 000)",
        "Undertrykk budget-sum her (med begrunnelse)",
    ]
    fix = actions[0]
    assert isinstance(fix, t.CodeAction) and fix.edit and fix.edit.changes
    fixed = _apply(text, list(fix.edit.changes[sketch.as_uri()]))
    assert "  requested_nok: 9 000 000\n" in fixed
    assert _codes(await _change(client, sketch, fixed, 2)) == []


@pytest.mark.asyncio
async def test_hover_on_a_key_and_on_a_value(client: LanguageClient, sketch: Path) -> None:
    text = sketch.read_text(encoding="utf-8")
    await _open(client, sketch, text)
    uri = t.TextDocumentIdentifier(uri=sketch.as_uri())
    on_key = await client.text_document_hover_async(
        t.HoverParams(text_document=uri, position=t.Position(13, 4))
    )
    assert on_key is not None and isinstance(on_key.contents, t.MarkupContent)
    shown = on_key.contents.value
    assert shown.startswith("**Organisasjonsnummer** (`applicant.org_number`)")
    assert "Brønnøysundregistrene" in shown
    assert "**Sjekkes av:** `schema-type`, `org-number`" in shown
    requested = text.split("\n").index("  requested_nok: 9 000 000")
    on_value = await client.text_document_hover_async(
        t.HoverParams(text_document=uri, position=t.Position(requested, 20))
    )
    assert on_value is not None and isinstance(on_value.contents, t.MarkupContent)
    assert on_value.contents.value == (
        "sketchkit leser `9 000 000` som beløpet 9\u00a0000\u00a0000\u00a0kr"
    )
    quoted = await client.text_document_hover_async(
        t.HoverParams(text_document=uri, position=t.Position(15, 25))
    )
    assert quoted is not None and isinstance(quoted.contents, t.MarkupContent)
    assert quoted.contents.value == 'sketchkit leser `"1103"` som tekst «1103»'
    limit = await client.text_document_hover_async(
        t.HoverParams(text_document=uri, position=t.Position(23, 4))
    )
    assert limit is not None and isinstance(limit.contents, t.MarkupContent)
    assert "**Grense:**" in limit.contents.value
    assert "**Kriterier:**" in limit.contents.value


@pytest.mark.asyncio
async def test_completion_offers_missing_keys_choices_and_calls(
    client: LanguageClient, sketch: Path
) -> None:
    text = sketch.read_text(encoding="utf-8")
    lines = text.split("\n")
    # The municipality number's line is being written anew: only that key is missing.
    assert lines[15] == '  municipality_number: "1103"'
    lines[15] = "  "
    text = "\n".join(lines)
    await _open(client, sketch, text)
    uri = t.TextDocumentIdentifier(uri=sketch.as_uri())
    keys = await client.text_document_completion_async(
        t.CompletionParams(text_document=uri, position=t.Position(15, 2))
    )
    assert isinstance(keys, t.CompletionList)
    assert [(i.label, i.detail, i.insert_text) for i in keys.items] == [
        ("municipality_number", "Kommunenummer", "municipality_number: $0"),
        ("logo", "Logo", "logo: $0"),  # optional: the applicant's logo in the document
    ]
    # In a new phase of the plan, every key of a phase is offered, required ones first.
    phases = next(i for i, line in enumerate(lines) if line == "  phases:")
    lines.insert(phases + 1, "    - ")
    text = "\n".join(lines)
    await _change(client, sketch, text, 2)
    phase_keys = await client.text_document_completion_async(
        t.CompletionParams(text_document=uri, position=t.Position(phases + 1, 6))
    )
    assert isinstance(phase_keys, t.CompletionList)
    assert [i.label for i in phase_keys.items][:2] == ["phase", "start"]

    kind_line = next(i for i, line in enumerate(lines) if line.startswith("  kind: "))
    choices = await client.text_document_completion_async(
        t.CompletionParams(text_document=uri, position=t.Position(kind_line, 8))
    )
    assert isinstance(choices, t.CompletionList)
    by_label = {i.label: i.detail for i in choices.items}
    assert by_label["municipality"] == "Kommune"
    assert "health_trust" in by_label

    call_line = lines.index("call: innovasjonspartnerskap-2017")
    calls = await client.text_document_completion_async(
        t.CompletionParams(text_document=uri, position=t.Position(call_line, 6))
    )
    assert isinstance(calls, t.CompletionList)
    assert {"innovasjonspartnerskap-2017", "innovasjonspartnerskap-2020"} <= {
        i.label for i in calls.items
    }


@pytest.mark.asyncio
async def test_outline_and_criteria_lens(client: LanguageClient, sketch: Path) -> None:
    await _open(client, sketch, sketch.read_text(encoding="utf-8"))
    uri = t.TextDocumentIdentifier(uri=sketch.as_uri())
    symbols = await client.text_document_document_symbol_async(
        t.DocumentSymbolParams(text_document=uri)
    )
    assert symbols is not None
    names = [s.name for s in symbols if isinstance(s, t.DocumentSymbol)]
    assert names[:5] == ["call", "language", "title", "summary", "applicant"]
    applicant = next(
        s for s in symbols if isinstance(s, t.DocumentSymbol) and s.name == "applicant"
    )
    assert applicant.detail == "Søker"
    assert [c.name for c in applicant.children or []][:3] == ["name", "org_number", "kind"]
    lenses = await client.text_document_code_lens_async(t.CodeLensParams(text_document=uri))
    assert lenses and lenses[0].command is not None
    assert lenses[0].command.title.startswith("Kriterier: 6/6 oppfylt — ✔ ")


@pytest.mark.asyncio
async def test_a_malformed_document_gives_a_diagnostic_and_the_server_lives_on(
    client: LanguageClient, sketch: Path
) -> None:
    diagnostics = await _open(client, sketch, "title: [unclosed\napplicant: : :\n\t- x\n")
    assert [d.code for d in diagnostics] == ["yaml-syntax"]
    for garbage in ("\x00\x1b[2J", "- - - -\n  : ][", "a: *nope\n", "&a [*a]\n" * 3, ""):
        await _change(client, sketch, garbage, 2 + len(garbage))
    hover = await client.text_document_hover_async(
        t.HoverParams(
            text_document=t.TextDocumentIdentifier(uri=sketch.as_uri()), position=t.Position(0, 0)
        )
    )
    assert hover is None


@pytest.mark.asyncio
async def test_a_six_megabyte_document_is_refused_with_one_diagnostic(
    client: LanguageClient, sketch: Path
) -> None:
    big = "title: x\nsummary: >\n" + ("  " + "ord " * 30 + "\n") * 50_000
    assert len(big.encode()) > 6_000_000
    diagnostics = await _open(client, sketch, big)
    assert len(diagnostics) == 1
    assert diagnostics[0].code == "file-too-large"
    assert diagnostics[0].message.startswith("dokumentet er for stort")
    # Still answering.
    after = await _change(client, sketch, "title: x\n", 2)
    assert "file-too-large" not in [d.code for d in after]


@lsp_fixture(config=_config())
async def english(lsp_client: LanguageClient) -> AsyncIterator[None]:
    await _start(lsp_client, locale="en-GB")
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_the_client_locale_chooses_the_language(
    english: LanguageClient, sketch: Path
) -> None:
    text = sketch.read_text(encoding="utf-8").replace(
        "org_number: 964 965 226", "org_number: 964 965 227"
    )
    diagnostics = await _open(english, sketch, text)
    org = next(d for d in diagnostics if d.code == "org-number")
    assert org.message == (
        "organisation number 964 965 227 has a wrong check digit: the last digit must be 6, not 7"
    )


@lsp_fixture(config=_config())
async def setting(lsp_client: LanguageClient) -> AsyncIterator[None]:
    await _start(lsp_client, locale="en-GB", options={"lang": "nb"})
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_setting_beats_the_locale(setting: LanguageClient, sketch: Path) -> None:
    text = sketch.read_text(encoding="utf-8").replace(
        "org_number: 964 965 226", "org_number: 964 965 227"
    )
    diagnostics = await _open(setting, sketch, text)
    org = next(d for d in diagnostics if d.code == "org-number")
    assert org.message.startswith("organisasjonsnummeret 964 965 227 har feil kontrollsiffer")
