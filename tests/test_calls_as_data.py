"""A second call, calls from outside the package, and weighted coverage."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from sketchkit.calls import CallError, load_call
from sketchkit.checking.checker import CheckOptions, check_file
from sketchkit.checking.criteria import Status
from sketchkit.checking.ruleids import RuleId
from sketchkit.core import resources
from sketchkit.core.i18n import Lang
from tests.conftest import ROOT, run_cli

STAVANGER = ROOT / "examples" / "stavanger-hjemmetjenester" / "skisse.yaml"
OSLO = ROOT / "examples" / "oslo-overvann-2020" / "skisse.yaml"


def test_the_2020_call_holds_the_public_facts() -> None:
    call = load_call("innovasjonspartnerskap-2020")
    assert call.deadline == dt.datetime(2020, 4, 16, 17, 0)
    assert call.timezone == "Europe/Oslo"
    assert [c.id for c in call.criteria] == ["effekt", "relevans", "gjennomforingsevne", "kunnskap"]
    assert {c.weight for c in call.criteria} == {1.0}
    duration = call.setting(RuleId.PLAN_DURATION)
    assert duration is not None and duration.number("max_years") == 3
    assert duration.basis.quote == "Prosjektvarighet inntil 3 år."
    assert call.unknown is not None and "gjennomføringsevne" in call.unknown["nb"]
    assert len(call.formal_requirements) == 5


def test_the_2020_example_passes_its_call() -> None:
    # The call's rules; the clear-language advice (never an error) is tested in tests/language.
    result = check_file(OSLO, CheckOptions(today=dt.date(2020, 3, 1), klarsprak=False))
    assert result.call is not None and result.call.id == "innovasjonspartnerskap-2020"
    assert result.findings == ()
    assert result.score == 1.0


def test_a_2017_sketch_against_2020_reports_what_is_missing_field_by_field() -> None:
    result = check_file(
        STAVANGER, CheckOptions(call="innovasjonspartnerskap-2020", today=dt.date(2020, 3, 1))
    )
    missing = sorted(f.pointer for f in result.findings if f.rule == "schema-required")
    assert missing == [
        "/benefits/socio_economic",
        "/business_involvement/value_creation",
        "/declarations",
    ]
    assert any(f.rule == "call-id" for f in result.findings)  # checked against another call
    by_id = {c.criterion.id: c.status for c in result.criteria}
    assert by_id["effekt"] is Status.WEAK
    assert by_id["kunnskap"] is Status.MET


def test_weighted_score_counts_only_met_criteria() -> None:
    result = check_file(
        STAVANGER, CheckOptions(call="innovasjonspartnerskap-2020", today=dt.date(2020, 3, 1))
    )
    met = [c for c in result.criteria if c.status is Status.MET]
    assert result.score == pytest.approx(len(met) / 4)


def test_check_shows_weights_and_a_disclaimed_score() -> None:
    r = run_cli(
        "check", STAVANGER, "--call", "innovasjonspartnerskap-2020", "--today", "2020-03-01"
    )
    assert "Effekt (25 %)" in r.stdout
    assert "Dekningsgrad, vektet: 25 % (sketchkits mål, ikke utlysningens vurdering)" in r.stdout
    doc = json.loads(run_cli("check", OSLO, "-f", "json", "--today", "2020-03-01").stdout)
    assert doc["files"][0]["score"] == 1.0


def test_calls_lists_open_and_closed() -> None:
    r = run_cli("calls", "--today", "2020-03-01")
    assert r.exit_code == 0
    rows = {line.split()[0]: line for line in r.stdout.splitlines()[2:] if line.startswith("innov")}
    assert rows["innovasjonspartnerskap-2017"].rstrip().endswith("stengt")
    assert rows["innovasjonspartnerskap-2020"].rstrip().endswith("åpen")
    assert "2020-04-16 17:00" in rows["innovasjonspartnerskap-2020"]
    assert "Difi" in rows["innovasjonspartnerskap-2017"]


def test_calls_shows_one_call() -> None:
    r = run_cli("calls", "innovasjonspartnerskap-2020", "--lang", "en", "--today", "2021-01-01")
    assert r.exit_code == 0
    assert "Criteria (equally weighted):" in r.stdout
    assert "- Effect [effekt] – 25 %" in r.stdout
    assert "Status on 2021-01-01: closed" in r.stdout
    assert "Not known: What the criteria capacity" not in r.stdout
    assert "Not known: Not publicly known to sketchkit" in r.stdout
    assert run_cli("calls", "finnes-ikke").exit_code == 2


@pytest.fixture
def own_call(tmp_path: Path) -> Path:
    """A call written by programme staff, outside the package: the 2020 call under a new id."""
    folder = tmp_path / "min-utlysning-2026"
    shutil.copytree(resources.schemas_dir() / "innovasjonspartnerskap-2020", folder)
    text = (folder / "call.yaml").read_text(encoding="utf-8")
    text = text.replace("id: innovasjonspartnerskap-2020", "id: min-utlysning-2026")
    text = text.replace('deadline: "2020-04-16T17:00"', 'deadline: "2026-12-01T12:00"')
    (folder / "call.yaml").write_text(text, encoding="utf-8")
    return folder


def test_every_command_takes_a_call_folder(own_call: Path, tmp_path: Path) -> None:
    sketch = tmp_path / "ny.yaml"
    assert run_cli("new", sketch, "--call", own_call, "--no-input").exit_code == 0
    assert 'call: "min-utlysning-2026"' in sketch.read_text(encoding="utf-8")
    checked = run_cli("check", sketch, "--call", own_call, "--today", "2026-11-27")
    assert checked.exit_code == 1
    assert "Kriterier i «min-utlysning-2026»" in checked.stdout
    assert run_cli("check", OSLO, "--call", own_call, "--today", "2026-11-27").exit_code == 0
    schema = json.loads(run_cli("schema", "--call", own_call).stdout)
    assert "declarations" in schema["properties"]
    out = tmp_path / "o.md"
    assert (
        run_cli(
            "render",
            OSLO,
            "--call",
            own_call,
            "--appendix",
            "-o",
            out,
            "--today",
            "2026-11-27",
        ).exit_code
        == 0
    )
    assert "Effekt" in out.read_text(encoding="utf-8")
    # Against a call with a 2026 deadline the 2020 plan has "started": warnings, weaker coverage.
    summary = run_cli("summary", OSLO, "--call", own_call, "--today", "2026-11-27")
    assert summary.exit_code == 0
    # (The overview leaves the writers' clear-language advice out.)
    assert summary.stdout.splitlines()[5].split()[-4:] == ["6", "2/4", "50", "%"]


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("timezone: Europe/Oslo", "timezon: Europe/Oslo", "unknown key 'timezon'"),
        ("      - /need/shared_by", "      - /need/delt_med", "'/need/delt_med' is not a field"),
        (
            "    weight: 1\n    title:\n      nb: Effekt",
            "    weight: -1\n    title:\n      nb: Effekt",
            "'weight' must be a finite, positive number",
        ),
        ('deadline: "2026-12-01T12:00"', "deadline: snart", "deadline must be"),
    ],
)
def test_malformed_call_names_file_line_and_what(
    own_call: Path, old: str, new: str, what: str
) -> None:
    path = own_call / "call.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new, 1)
    path.write_text(changed, encoding="utf-8")
    first_new_line = new.splitlines()[0]
    line = changed[: changed.index(first_new_line)].count("\n") + 1
    with pytest.raises(CallError) as e:
        load_call(own_call, Lang.EN)
    assert what in str(e.value)
    assert f"call.yaml:{line}:" in str(e.value)
    r = run_cli("check", OSLO, "--call", own_call, "--lang", "en")
    assert r.exit_code == 2
    assert f"call.yaml:{line}:" in r.stderr and what in r.stderr
    nb = run_cli("check", OSLO, "--call", own_call)
    assert "feil i utlysningen" in nb.stderr


def test_render_warns_when_the_pdf_is_over_the_calls_page_limit(
    own_call: Path, tmp_path: Path
) -> None:
    path = own_call / "call.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("page_limit: null", "page_limit: 2"),
        encoding="utf-8",
    )
    out = tmp_path / "s.pdf"
    r = run_cli("render", OSLO, "--call", own_call, "-o", out, "--draft", "--today", "2020-03-01")
    pages = int(r.stdout.split("(")[1].split()[0])
    assert pages > 2
    assert f"advarsel: dokumentet har {pages} sider; utlysningen tillater 2" in r.stderr
    assert out.exists()
