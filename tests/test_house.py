"""The house rules of the package: small functions and classes, no fallbacks for its own modules.

A function over 80 lines or a class over 300 does several jobs; a ``try: import … except
ImportError`` around one of the project's own modules hides a broken install.  Fallbacks stay
legitimate around optional third-party packages (stanza, torch, platformdirs).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "attribution"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_functions_and_classes_are_small(path):
    too_long = []
    for node in ast.walk(_tree(path)):
        size = (node.end_lineno or node.lineno) - node.lineno + 1 if hasattr(node, "lineno") else 0
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and size > 80:
            too_long.append(f"function {node.name} ({size} lines)")
        elif isinstance(node, ast.ClassDef) and size > 300:
            too_long.append(f"class {node.name} ({size} lines)")
    assert not too_long, too_long


def _imports_own_module(body: list[ast.stmt]) -> bool:
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "attribution":
                return True
            if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "attribution" for a in node.names):
                return True
    return False


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError") for n in names)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_fallback_for_the_projects_own_modules(path):
    offending = [node.lineno for node in ast.walk(_tree(path)) if isinstance(node, ast.Try)
                 and any(_catches_import_error(h) for h in node.handlers) and _imports_own_module(node.body)]
    assert not offending, f"try/except ImportError around attribution imports at lines {offending}"
