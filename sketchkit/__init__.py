"""sketchkit: write, check and export proposal sketches for public-sector innovation calls.

The library comes first; the command line is a thin layer over it::

    from sketchkit import check_file
    result = check_file("skisse.yaml")
    for finding in result.findings:
        print(finding.line, finding.rule, finding.message)
"""

from __future__ import annotations

__version__ = "0.1.0"

# Public API, imported lazily so that `import sketchkit` stays cheap for the CLI.
__all__ = ["__version__", "check_file", "check_files", "load_call"]


def __getattr__(name: str) -> object:
    if name in ("check_file", "check_files"):
        from sketchkit.checking import checker

        return getattr(checker, name)
    if name == "load_call":
        from sketchkit.calls import load_call

        return load_call
    raise AttributeError(f"module 'sketchkit' has no attribute {name!r}")
