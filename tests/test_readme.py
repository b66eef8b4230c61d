"""The README tells the truth about rules, options and exit codes."""

from __future__ import annotations

import re

import pytest

from sketchkit.checking.catalog import all_rule_infos
from tests.conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_documented_with_its_severity() -> None:
    rows = dict(re.findall(r"^\| `([a-z0-9-]+)` \| (error|warning|info) \|", README, re.MULTILINE))
    assert rows == {info.id: info.severity.value for info in all_rule_infos()}


@pytest.mark.parametrize("command", ["check", "new", "render"])
def test_every_option_is_documented(command: str) -> None:
    help_text = run_cli(command, "--help").stdout
    options = set(re.findall(r"--[a-z][a-z-]+", help_text)) - {"--help"}
    assert options
    section = README.split(f"## `sketchkit {command}`", 1)[1].split("\n## ", 1)[0]
    for option in options:
        assert re.search(rf"{option}\b", section), option


def test_the_two_commands_come_first() -> None:
    first_block = README.split("```console", 1)[1].split("```", 1)[0]
    assert "make demo" in first_block and "make test" in first_block
