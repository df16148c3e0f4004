"""Scale-out of scoring onto an existing Dask cluster, through prefect-dask's DaskTaskRunner.

Scoring is the one CPU-heavy step and it is embarrassingly parallel: documents are split into
batches and each batch is scored by a Prefect task, which runs on a Dask worker when the opgave
configures `scale.dask_address`, else in this process. Everything that writes (DuckDB) stays in
the pipeline's own process; workers only get texts and return `ScoreResult.to_json()` dicts, so
the results are the same wherever they were computed.

prefect-dask (and dask/distributed) are optional: importing this module never imports them; they
are loaded only when a Dask address is configured, with a clear error when they are missing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from config.errors import ConfigError
from config.operations import Scale
from config.schema import Opgave

if TYPE_CHECKING:
    from spacy.language import Language

    from nlp.score import ScoreInput

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

_PIPELINES: dict[str, Language] = {}  # per process (each Dask worker builds its own once)


def scale_config(opgave: Opgave) -> Scale:
    """The opgave's `scale:` settings (defaults when the schema has no such field yet)."""
    value = getattr(opgave, "scale", None)
    return value if isinstance(value, Scale) else Scale()


def task_runner_for(scale: Scale | None) -> TaskRunner[Any]:
    """A DaskTaskRunner on the configured scheduler, or Prefect's default thread pool runner."""
    if scale is None or not scale.dask_address:
        return ThreadPoolTaskRunner()
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise ConfigError(
            f"scale.dask_address is set to {scale.dask_address}, but prefect-dask is not installed; "
            "install it with `pip install 'antennes[scale]'` (or `pip install prefect-dask`)."
        ) from exc
    return DaskTaskRunner(address=scale.dask_address)


def partition(items: Sequence[ScoreInput], size: int) -> list[list[ScoreInput]]:
    """Consecutive batches of at most `size` items, in order."""
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _pipeline(opgave: Opgave) -> Language:
    from nlp.pipeline import build_pipeline
    from nlp.score import model_version

    version = model_version(opgave)
    if version not in _PIPELINES:
        _PIPELINES[version] = build_pipeline(opgave)
    return _PIPELINES[version]


def pipelines_built() -> int:
    """How many pipelines this process has built: shows where scoring ran (e.g. `client.run(...)`)."""
    return len(_PIPELINES)


def score_local(opgave: Opgave, items: Sequence[ScoreInput]) -> list[dict[str, Any]]:
    """Score in this process: the reference the distributed results must equal."""
    from nlp.score import score_texts

    return [result.to_json() for result in score_texts(_pipeline(opgave), items)]


@task(name="score-batch", task_run_name="score-{opgave.name}-batch-{index}", cache_policy=NO_CACHE, retries=1)
def score_batch(opgave: Opgave, batch: list[ScoreInput], index: int) -> list[dict[str, Any]]:
    """Score one batch wherever the task runner puts it (a Dask worker builds the pipeline once)."""
    return score_local(opgave, batch)


@flow(name="antennes-score", flow_run_name="score-{opgave.name}", validate_parameters=False)
def score_flow(opgave: Opgave, batches: list[list[ScoreInput]]) -> list[dict[str, Any]]:
    """Map `score_batch` over the batches and collect the results in input order."""
    futures = [score_batch.submit(opgave, batch, index) for index, batch in enumerate(batches)]
    return [row for future in futures for row in future.result()]


def score_partitioned(
    opgave: Opgave, items: Sequence[ScoreInput], scale: Scale | None = None
) -> list[dict[str, Any]]:
    """Score `items` (results in input order): on the Dask cluster when configured, else locally.

    Drop-in for `[r.to_json() for r in score_texts(nlp, items)]` in the pipeline's scoring step.
    """
    scale = scale if scale is not None else scale_config(opgave)
    if not items:
        return []
    if not scale.dask_address:
        return score_local(opgave, items)
    runner = task_runner_for(scale)
    distributed = score_flow.with_options(task_runner=runner)
    return distributed(opgave, partition(items, scale.batch_size))
