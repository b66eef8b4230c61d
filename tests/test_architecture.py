"""The layers in docs/architecture.md, checked: imports point down, never up or sideways.

Every ``import`` in the package is read, also those inside functions (the lazy imports that keep
``check`` fast are still dependencies).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "sketchkit"

# Rank of each subpackage; an import may point to a lower rank or stay inside its own package.
LAYERS: dict[str, int] = {
    "core": 0,
    "input": 1,
    "language": 1,
    "calls": 2,
    "checking": 3,
    "reporting": 4,
    "documents": 4,
    "scaffolding": 4,
    "intake": 4,
    "review": 4,
    "edit": 5,
    "lsp": 5,
    "cli": 6,
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "_data" not in p.parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """``(line, dotted module)`` for every sketchkit module ``path`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("sketchkit")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "sketchkit":
                found += [(node.lineno, f"sketchkit.{a.name}") for a in node.names]
            elif node.module.startswith("sketchkit."):
                found.append((node.lineno, node.module))
                # `from sketchkit.x import y` may name a module y: check it like one.
                found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def _package(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def _is_module(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative).is_dir()


def test_every_subpackage_has_a_layer() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(LAYERS), "add the new package to LAYERS and docs/architecture.md"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    here = path.relative_to(PACKAGE).parts
    own = here[0] if len(here) > 1 else None
    if own is None:  # sketchkit/__init__.py and __main__.py: the public entry points
        return
    wrong = []
    for line, module in _imports(path):
        target = _package(module)
        if target is None or target == own:
            continue
        if LAYERS[target] >= LAYERS[own]:
            wrong.append(f"line {line}: {own} (layer {LAYERS[own]}) imports {module}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_private_module_of_another_package(path: Path) -> None:
    here = path.relative_to(PACKAGE).parts
    own = here[0] if len(here) > 1 else None
    wrong = []
    for line, module in _imports(path):
        if _package(module) == own or not _is_module(module):
            continue
        if any(part.startswith("_") and part != "__init__" for part in module.split(".")[1:]):
            wrong.append(f"line {line}: imports the private module {module}")
    assert not wrong, "\n".join(wrong)


def test_module_names_do_not_shadow_libraries() -> None:
    shadowing = {"json", "docx", "yaml", "csv", "typst", "jinja2", "typer", "rich", "html"}
    names = {p.stem for p in _modules()}
    assert not names & shadowing


def test_class_names_never_collide() -> None:
    seen: dict[str, Path] = {}
    clashes = []
    for path in _modules():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                if node.name in seen:
                    clashes.append(f"{node.name}: {seen[node.name]} and {path}")
                seen[node.name] = path
    assert not clashes, "\n".join(clashes)
