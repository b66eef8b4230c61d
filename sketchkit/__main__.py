"""The program's entry point, for `sketchkit` and `python -m sketchkit`.

Process-wide settings a library must not impose on its callers live here, not in
``sketchkit.cli``: tests and other programs import the command line without them.
"""

from __future__ import annotations

import gc


def main() -> None:
    # Why: a command is a short-lived process, and starting it allocates mostly objects that live
    # until the end (modules, classes, the call's schema). The cyclic collector walks them again
    # and again while they are made, and once more at exit: about a fifth of a one-file `check`
    # (measured 123 -> 101 ms; bench/run.py). So: no collection while the command line is
    # imported, those objects frozen out of later collections, and none at exit. Collection stays
    # on while a command runs, so a long batch, `edit` or `lsp` keeps its memory bounded.
    gc.disable()
    from sketchkit.cli import main as run_command_line

    gc.freeze()
    gc.enable()
    try:
        run_command_line()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
