"""Fixtures for the dashboard tests: the hand-made warehouse and an AppTest runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import warehouse_fixture
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture warehouse, built once; tests that change it copy it first."""
    return warehouse_fixture.build(tmp_path_factory.mktemp("warehouse") / "proef.duckdb")


@pytest.fixture
def run_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., AppTest]:
    """Run the dashboard on a warehouse path (via $ANTENNES_CONFIG) and return the AppTest."""

    def run(warehouse: Path, page: str | None = None) -> AppTest:
        config = warehouse_fixture.write_config(tmp_path, warehouse)
        monkeypatch.setenv("ANTENNES_CONFIG", str(config))
        at = AppTest.from_file(str(APP), default_timeout=60).run()
        if page:
            at.switch_page(f"screens/{page}.py").run()
        return at

    return run


@pytest.fixture
def copy_db(fixture_db: Path, tmp_path: Path) -> Path:
    """A private copy of the fixture warehouse that a test may change."""
    target = tmp_path / "copy" / "proef.duckdb"
    target.parent.mkdir()
    shutil.copy(fixture_db, target)
    return target
