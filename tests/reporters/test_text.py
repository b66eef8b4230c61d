from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.core.i18n import Lang
from sketchkit.reporting import ReportFormat, ReportOptions, get_reporter

TODAY = dt.date(2017, 8, 1)


@pytest.fixture(autouse=True)
def _in_bad_folder(monkeypatch: pytest.MonkeyPatch, bad_sketches: Path) -> None:
    # Paths in the output are as given on the command line: keep them short and stable.
    monkeypatch.chdir(bad_sketches)


def _render(names: list[str], lang: Lang, *, color: bool = False) -> str:
    results = [check_file(n, CheckOptions(lang=lang, today=TODAY)) for n in names]
    out = io.StringIO()
    get_reporter(ReportFormat.TEXT)(results, out, ReportOptions(lang=lang, color=color))
    return out.getvalue()


# Changed with issue #11: titles by kind of body and date, and every finding names its basis.
EXPECTED_NB = """\
top-manager.yaml:52:12: advarsel top-manager «Seksjonsleder for IT» er ikke tittelen til administrasjonens øverste leder hos denne søkeren på utlysningens dato; forventet rådmann (krav i utlysningen)
   52 |     title: Seksjonsleder for IT
      |            ^
      = tips: Oppgi administrasjonens øverste leder og tittelen hennes eller hans slik den var på utlysningens dato.

Kriterier i «innovasjonspartnerskap-2017»
  ✔ oppfylt  Stort, uløst behov
  ✔ oppfylt  Bedre kvalitet på offentlige tjenester
  ✔ oppfylt  Lavere offentlige utgifter
  ~ svak     Topplederforankring
  ✔ oppfylt  Næringslivet med i behovsforståelse og løsning
  ✔ oppfylt  Helt nye løsninger
  Dekningsgrad: 83 % (sketchkits mål, ikke utlysningens vurdering)

top-manager.yaml: 0 feil, 1 advarsel, 0 info; 5/6 kriterier oppfylt
"""


def test_text_output_is_exact() -> None:
    assert _render(["top-manager.yaml"], Lang.NB) == EXPECTED_NB


def test_text_output_for_several_files_ends_with_a_total() -> None:
    text = _render(["contact-email.yaml", "finnes-ikke.yaml"], Lang.EN)
    assert text.endswith(
        "\nfinnes-ikke.yaml: could not be checked: no such file\n\n"
        "2 files checked: 1 error, 0 warnings, 0 info; 1 could not be checked\n"
    )
    assert text.startswith(
        "contact-email.yaml:20:12: error contact 'kari.nordmann@stavanger' is not an e-mail "
        "address; expected e.g. name@kommune.no (the sketch itself)\n"
        "   20 |     email: kari.nordmann@stavanger\n"
        "      |            ^\n"
    )


def test_colour_wraps_severity_and_status() -> None:
    text = _render(["top-manager.yaml"], Lang.NB, color=True)
    assert "\x1b[33madvarsel\x1b[0m" in text
    assert "\x1b[32m✔ oppfylt\x1b[0m" in text


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_format_has_a_reporter(fmt: ReportFormat) -> None:
    assert callable(get_reporter(fmt))
