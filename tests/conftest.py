"""Session-wide settings: nothing phones home, secrets stay in tmp, Prefect runs once per session."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_SESSION_TMP = Path(tempfile.mkdtemp(prefix="antennes-tests-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_HOME", str(_SESSION_TMP / "prefect"))
os.environ.setdefault("ANTENNES_PSEUDONYM_KEY", "test-key-not-secret")

REPO = Path(__file__).resolve().parent.parent
# The hand-made, exactly-known warehouse (tests/dashboard/warehouse_fixture.py) is shared by the
# dashboard and warehouse tests; test modules `import warehouse_fixture` (importlib mode has no
# `tests` package to import it from).
sys.path.insert(0, str(REPO / "tests" / "dashboard"))
SHARED_NLP_DATA = Path(os.environ.get("ANTENNES_SHARED_DIR", REPO.parent / "shared" / "nlp-data"))


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session (it takes ~14 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def shared_nlp_data() -> Path:
    if not SHARED_NLP_DATA.is_dir():
        pytest.skip(f"shared Dutch NLP data not found at {SHARED_NLP_DATA}")
    return SHARED_NLP_DATA


def demo_config_copy(directory: Path, extra_sources: str = "") -> Path:
    """The bundled demo opgave with its warehouse moved into `directory` (and optional sources)."""
    from config.loader import demo_config_path

    text = demo_config_path().read_text(encoding="utf-8")
    text = text.replace("path: data/antennes.duckdb", f"path: {directory / 'antennes.duckdb'}")
    if extra_sources:
        text = text.replace("\ntopics:\n", f"\n{extra_sources}\ntopics:\n", 1)
    path = directory / "demo.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def make_demo_config() -> object:
    """`make_demo_config(directory, extra_sources="")` -> path of a demo config copy."""
    return demo_config_copy


@pytest.fixture(scope="session")
def demo_twin() -> Iterator[str]:
    """The demo's offline twin on a free port; the demo config finds it through ANTENNES_DEMO_URL."""
    from flows.demo.run import DEMO_REDDIT_ENV, demo_data_dir
    from flows.twin import TwinServer

    with TwinServer(demo_data_dir()) as twin:
        old = {k: os.environ.get(k) for k in ("ANTENNES_DEMO_URL", *DEMO_REDDIT_ENV)}
        os.environ["ANTENNES_DEMO_URL"] = twin.url
        os.environ.update(DEMO_REDDIT_ENV)
        yield twin.url
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def demo_warehouse(prefect_harness: None, demo_twin: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A config whose warehouse holds one real pipeline run over the whole demo data."""
    from flows.pipeline import run_pipeline

    config = demo_config_copy(tmp_path_factory.mktemp("demo-warehouse"))
    run_pipeline(config)
    return config
