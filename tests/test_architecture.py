"""The house rules of CONVENTIONS.md, held by tests: imports point downward only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ALLOWED = {
    "config": set(),
    "nlp": {"config"},
    "warehouse": {"config"},
    "dashboard": {"warehouse", "config"},
    "flows": {"config", "nlp", "warehouse", "dashboard"},
}


def _our_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(ALLOWED)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_downward(package: str) -> None:
    wrong = []
    for path in sorted((REPO / package).rglob("*.py")):
        for imported in _our_imports(path) - ALLOWED[package] - {package}:
            wrong.append(f"{path.relative_to(REPO)} imports {imported}")
    assert not wrong, "\n".join(wrong)


def test_warehouse_and_dashboard_do_not_load_spacy_or_prefect() -> None:
    code = (
        "import sys, importlib, pkgutil, warehouse, dashboard\n"
        "for pkg in (warehouse, dashboard):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        if m.name != 'app' and not m.name.startswith('page'):\n"
        "            importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "bad = [m for m in ('spacy', 'prefect', 'praw') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == ""
