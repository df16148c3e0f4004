"""Scale-out: scoring on a real two-worker Dask cluster gives exactly the local results."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Iterator

import pytest
from prefect.task_runners import ThreadPoolTaskRunner

from config.errors import ConfigError
from config.loader import load_opgave
from config.operations import Scale
from config.schema import Opgave
from flows.scale import partition, pipelines_built, score_local, score_partitioned, task_runner_for
from nlp.score import ScoreInput

TEXTS = [
    ("Boeren zijn boos over de nieuwe mestregels, de derogatie verdwijnt en niemand luistert.", "boeren"),
    ("Mooi nieuws: het natuurherstel op de Veluwe gaat sneller dan verwacht, de heide bloeit weer.", None),
    ("De uitkoopregeling voor piekbelasters is een fiasco, melkveehouders voelen zich verraden.", None),
    ("Bouwers zijn opgelucht dat de vergunningen voor woningbouw weer worden verleend.", "bouwers"),
    ("Jongeren op het platteland maken zich zorgen over hun toekomst in het dorp.", None),
    ("Het kabinet presenteert vandaag een brief over stikstof en landbouw aan de Kamer.", None),
    ("The farmers protest in the Netherlands continues, tractors block the highway.", None),
    ("", None),
    (
        "Wat een prachtige dag voor de natuurbeschermers, eindelijk erkenning voor hun werk!",
        "natuurbeschermers",
    ),
    ("LTO noemt het mestplafond onhaalbaar; de provincie Gelderland wil eerst overleg.", None),
    ("Geen woord over de PAS-melders, die al jaren wachten op een natuurvergunning.", None),
]


@pytest.fixture(scope="module")
def opgave() -> Opgave:
    return load_opgave(None)


def inputs() -> list[ScoreInput]:
    return [
        ScoreInput(id=f"doc-{i:02d}", text=text, title=f"Bericht {i}" if i % 3 == 0 else "", voice_of=voice)
        for i, (text, voice) in enumerate(TEXTS)
    ]


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    distributed = pytest.importorskip(
        "distributed", reason="dask/distributed not installed (pip install prefect-dask)"
    )
    # Worker processes are spawned and re-import the parent's __main__; Streamlit's AppTest (run
    # earlier in the same session) leaves the dashboard script there. Spawn from a neutral one.
    real_main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        with distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, host="127.0.0.1"
        ) as cluster:
            yield str(cluster.scheduler_address)
    finally:
        sys.modules["__main__"] = real_main


def _pipelines_on_workers(address: str) -> dict[str, int]:
    from distributed import Client

    with Client(address, timeout=30) as client:
        return dict(client.run(pipelines_built))


def test_default_runner_is_the_thread_pool() -> None:
    assert isinstance(task_runner_for(None), ThreadPoolTaskRunner)
    assert isinstance(task_runner_for(Scale()), ThreadPoolTaskRunner)
    assert Scale(dask_address="  ").dask_address is None  # `${ANTENNES_DASK:-}` when unset


def test_configured_address_gives_a_dask_runner() -> None:
    prefect_dask = pytest.importorskip("prefect_dask")
    runner = task_runner_for(Scale(dask_address="tcp://127.0.0.1:8786"))
    assert isinstance(runner, prefect_dask.DaskTaskRunner)
    assert runner.address == "tcp://127.0.0.1:8786"


def test_missing_prefect_dask_is_a_clear_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "prefect_dask", None)  # makes `import prefect_dask` fail
    assert isinstance(task_runner_for(Scale()), ThreadPoolTaskRunner)  # not needed, not asked for
    with pytest.raises(ConfigError, match="prefect-dask is not installed"):
        task_runner_for(Scale(dask_address="tcp://127.0.0.1:8786"))


def test_importing_scale_loads_no_dask() -> None:
    code = (
        "import sys, flows.scale; print(sorted({'prefect_dask', 'distributed', 'dask'} & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"


def test_partition_keeps_order_and_size() -> None:
    items = inputs()
    parts = partition(items, 4)
    assert [len(p) for p in parts] == [4, 4, 3]
    assert [i for p in parts for i in p] == items


def test_local_run_without_an_address_is_the_plain_scorer(opgave: Opgave) -> None:
    items = inputs()
    assert score_partitioned(opgave, items, Scale()) == score_local(opgave, items)
    assert score_partitioned(opgave, [], Scale()) == []


def test_scoring_on_two_dask_workers_equals_the_local_run(
    opgave: Opgave, dask_address: str, prefect_harness: None
) -> None:
    pytest.importorskip("prefect_dask")
    items = inputs()
    local = score_local(opgave, items)
    distributed = score_partitioned(opgave, items, Scale(dask_address=dask_address, batch_size=3))
    assert [r["id"] for r in distributed] == [i.id for i in items]
    assert distributed == local
    assert sum(_pipelines_on_workers(dask_address).values()) >= 1  # it ran on the workers, not here
    assert any(r["scored"] and r["sentiment"] < 0 for r in local)  # the texts really were scored
    assert any(r["scored"] and r["sentiment"] > 0 for r in local)
    assert any(not r["scored"] for r in local)
