"""The one place that knows where sketchkit's data files live.

In a wheel the top-level ``schemas/`` and ``templates/`` folders are copied
into the package as ``sketchkit/_data/`` (see ``force-include`` in
pyproject.toml). In a plain checkout or an editable install they are not,
so we fall back to the folders beside the package.
"""

from __future__ import annotations

from pathlib import Path

# This file is sketchkit/core/resources.py: the package is two levels up.
_PACKAGE = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"sketchkit's data folder {name!r} is missing from {installed} and {checkout}; "
        "the installation is broken: reinstall sketchkit"
    )


def schemas_dir() -> Path:
    """Folder holding one sub-folder per built-in call."""
    return _data_dir("schemas")


def templates_dir() -> Path:
    """Folder holding the document templates."""
    return _data_dir("templates")
