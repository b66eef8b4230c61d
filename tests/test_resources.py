from __future__ import annotations

from pathlib import Path

import pytest

from sketchkit.core import resources


def test_checkout_folders_are_found() -> None:
    assert (resources.schemas_dir() / "innovasjonspartnerskap-2017" / "call.yaml").is_file()
    assert resources.templates_dir().is_dir()


def test_installed_layout_wins_over_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = tmp_path / "sketchkit"
    (pkg / "_data" / "schemas").mkdir(parents=True)
    (tmp_path / "schemas").mkdir()
    monkeypatch.setattr(resources, "_PACKAGE", pkg)
    assert resources.schemas_dir() == pkg / "_data" / "schemas"


def test_missing_data_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path / "sketchkit")
    with pytest.raises(FileNotFoundError, match="reinstall"):
        resources.templates_dir()
