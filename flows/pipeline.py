"""The daily antennes pipeline as a Prefect flow: harvest -> normalise -> score -> load -> publish.

The flow only connects named tasks; the work is in `flows.steps`. One harvest task fetches every
source concurrently in a thread pool (I/O bound; transient HTTP failures are retried per request
inside the connectors) and logs one line per source. Everything that writes happens on the flow's
single warehouse connection, and readers only ever see a published snapshot.

Prefect settings chosen here, and why:

- **Heartbeats off for in-process runs.** `run_pipeline` (`antennes run`, `antennes demo`) runs
  the flow in this very process, which reports the outcome itself, so flow-run heartbeats (meant
  to let a server notice a crashed worker) only cost time: the heartbeat thread is joined at flow
  exit, about a second per run. Deployments served by `antennes serve` keep Prefect's default
  heartbeats, since there the server must be able to tell a crashed run from a slow one.
- **One harvest task per run, not one per source.** A dozen task runs per run produced enough
  task-run events for the local (SQLite) Prefect server to answer the next flow run's creation
  with "database is locked" (a 503, retried by the client after ~2 s).
- **Timeouts and retries.** The harvest task's timeout is sized from the sources' `timeout_s`
  (see `harvest_deadline`); it retries once, with a pause, because fetching is idempotent. Tasks
  that write never retry: a write that failed halfway must fail the run, so that its working file
  is discarded instead of being written twice.
- **Tags on the flow run, not on task runs.** Runs are tagged `antennes` and the opgave name
  (deployments by `flows.deploy`, in-process runs by `run_pipeline`), and each task run's name
  carries the opgave (`harvest-stikstof`). Task runs get no tags: Prefect enforces tag-based
  concurrency limits by asking the API for a slot at the start of every tagged task run, which
  cost a round trip per task and, on the SQLite server, sometimes a 2 s "database is locked" retry.
- **No Prefect result caching.** Every task works on the live warehouse connection, so a cached
  result would be wrong by construction. The one expensive reusable thing, the spaCy pipeline, is
  built once per process and model version (`flows.scale._PIPELINES`).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TypeVar, cast

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, tags, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import SettingsContext, TagsContext, get_settings_context  # noqa: E402
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, Settings  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from config.loader import load_opgave  # noqa: E402
from config.schema import Opgave  # noqa: E402
from config.sources import SourceConfig  # noqa: E402
from flows import steps  # noqa: E402
from flows.candidates import refresh_candidates  # noqa: E402
from flows.sources.base import DEFAULT_RETRY, HarvestResult  # noqa: E402
from warehouse import load  # noqa: E402
from warehouse.publish import writer  # noqa: E402

T = TypeVar("T")

MAX_PARALLEL_SOURCES = 16
"""Sources fetched at the same time (each source is polite on its own host)."""
REQUESTS_PER_SOURCE = 10
"""A source may take as long as this many requests that each use up every attempt and the full
`timeout_s`, plus the retry pauses of one request, before it is reported as failed."""
HARVEST_GRACE_S = 60.0


def _opaque(value: T) -> T:
    """`value` wrapped so that Prefect passes it on without walking it for upstream results.

    Prefect's `quote`, typed as the value itself: for inputs that no task produced (the opgave,
    the stored source states) the walk finds nothing and costs a few milliseconds per task.
    """
    return cast(T, quote(value))


def source_deadline(cfg: SourceConfig) -> float:
    """Seconds one source's harvest may take: REQUESTS_PER_SOURCE worst-case requests."""
    return REQUESTS_PER_SOURCE * DEFAULT_RETRY.attempts * cfg.timeout_s + DEFAULT_RETRY.max_total_wait_s


def harvest_deadline(sources: list[SourceConfig]) -> float:
    """Seconds the harvest task may take: the slowest source's deadline per wave of parallel sources."""
    waves = -(-len(sources) // MAX_PARALLEL_SOURCES) or 1
    return waves * max((source_deadline(s) for s in sources), default=0.0)


@task(
    name="harvest",
    task_run_name="harvest-{opgave.name}",
    cache_policy=NO_CACHE,
    retries=1,
    retry_delay_seconds=30,
    retry_jitter_factor=0.5,
)
def harvest_task(opgave: Opgave, states: dict[str, dict[str, str]]) -> steps.HarvestBatch:
    """Fetch every enabled source concurrently; a failing or overdue source comes back as failed."""
    logger = get_run_logger()
    sources = [s for s in opgave.sources if s.enabled]
    deadline = harvest_deadline(sources)
    harvested: dict[str, steps.Harvested] = {}
    pool = ThreadPoolExecutor(max_workers=min(len(sources), MAX_PARALLEL_SOURCES) or 1)
    try:
        running: dict[Future[steps.Harvested], SourceConfig] = {
            pool.submit(steps.harvest_one, cfg, opgave, states.get(cfg.name, {})): cfg for cfg in sources
        }
        cutoff = time.monotonic() + deadline
        while running and (left := cutoff - time.monotonic()) > 0:
            done, _ = wait(running, timeout=left, return_when=FIRST_COMPLETED)
            for future in done:
                cfg = running.pop(future)
                harvested[cfg.name] = future.result()  # harvest_one never raises
                _log_source(logger, harvested[cfg.name])
        for cfg in running.values():  # still busy after the deadline: report, do not wait for it
            harvested[cfg.name] = _overdue(cfg, deadline)
            _log_source(logger, harvested[cfg.name])
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return steps.HarvestBatch([harvested[s.name] for s in sources])


def _overdue(cfg: SourceConfig, deadline: float) -> steps.Harvested:
    result = HarvestResult(source=cfg.name, kind=cfg.kind, status="failed")
    result.error = f"Harvest did not finish within {deadline:g} s; it will be tried again next run."
    now = steps.now_utc()
    return steps.Harvested(result, now, now)


def _log_source(logger: Any, harvested: steps.Harvested) -> None:
    result = harvested.result
    seconds = (harvested.finished_at - harvested.started_at).total_seconds()
    items = len(result.items) + len(harvested.series)
    line = f"source {result.source} ({result.kind}): {result.status}, {items} item(s) in {seconds:.1f} s"
    if result.error:
        logger.warning(f"{line}: {result.error}")
    else:
        logger.info(line)


@task(name="load-documents", task_run_name="load-{opgave.name}", cache_policy=NO_CACHE, retries=0)
def load_task(con: Any, opgave: Opgave, harvested: steps.HarvestBatch) -> list[steps.SourceReport]:
    """Normalise, link duplicates and store every source's items and its harvest run record."""
    return steps.store_run(con, opgave, harvested.items)


@task(name="score", task_run_name="score-{opgave.name}", cache_policy=NO_CACHE, retries=0)
def score_task(con: Any, opgave: Opgave) -> tuple[int, str]:
    """Score what the current model version has not scored yet."""
    return steps.score_pending(con, opgave)


@task(name="refresh-aggregates", task_run_name="aggregates-{opgave.name}", cache_policy=NO_CACHE, retries=0)
def aggregate_task(con: Any, opgave: Opgave) -> None:
    load.refresh_aggregates(con, opgave.name)


@task(
    name="stakeholder-candidates", task_run_name="candidates-{opgave.name}", cache_policy=NO_CACHE, retries=0
)
def candidates_task(con: Any, opgave: Opgave) -> int:
    """Refresh the frequent unknown organisations and handles the policy officer may add."""
    return refresh_candidates(con, opgave)


@task(name="alerts", task_run_name="alerts-{opgave.name}", cache_policy=NO_CACHE, retries=0)
def alert_task(con: Any, opgave: Opgave) -> str:
    """Notify the configured channels of new shifts and spikes (each only once)."""
    from flows.alerts import send_alerts

    return send_alerts(con, opgave).summary()


@flow(name="antennes-daily", flow_run_name="{opgave_name}", log_prints=True)
def daily_pipeline(config_path: str, opgave_name: str = "") -> steps.RunReport:
    """Run the whole pipeline once for the opgave in `config_path` and publish a snapshot."""
    logger = get_run_logger()
    began = time.perf_counter()
    opgave = load_opgave(config_path)
    report = steps.RunReport(opgave=opgave.name)
    published = opgave.warehouse_path()
    enabled = [s for s in opgave.sources if s.enabled]
    with writer(published) as con, TagsContext(current_tags=set()):  # untagged task runs: see above
        states = load.get_source_states(con, opgave.name)
        deadline = harvest_deadline(enabled) + HARVEST_GRACE_S
        harvested = harvest_task.with_options(timeout_seconds=deadline)(_opaque(opgave), _opaque(states))
        report.sources = load_task(con, _opaque(opgave), harvested)
        report.documents_new = sum(s.new for s in report.sources if s.kind != "cbs")
        report.documents_scored, report.model_version = score_task(con, _opaque(opgave))
        if report.documents_new or report.documents_scored:
            aggregate_task(con, _opaque(opgave))
            candidates_task(con, _opaque(opgave))
            logger.info(alert_task(con, _opaque(opgave)))
    report.published = True
    report.seconds = time.perf_counter() - began
    logger.info(report.summary().splitlines()[0])
    return report


_IN_PROCESS_SETTINGS: dict[int, tuple[Settings, Settings]] = {}


def _in_process_settings() -> SettingsContext:
    """The current Prefect settings without flow-run heartbeats (see the module docstring).

    Built once per settings object: deriving settings validates them all again (~30 ms).
    """
    context = get_settings_context()
    cached = _IN_PROCESS_SETTINGS.get(id(context.settings))
    if cached is None or cached[0] is not context.settings:
        updated = context.settings.copy_with_update(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})
        cached = _IN_PROCESS_SETTINGS[id(context.settings)] = (context.settings, updated)
    return SettingsContext(profile=context.profile, settings=cached[1])


def run_pipeline(config: str | Path | None) -> steps.RunReport:
    """Entry point for the CLI and the demo: resolve the config, run the flow once in this process."""
    from config.loader import resolve_config

    path = resolve_config(config)
    opgave = load_opgave(path)
    with ExitStack() as stack:
        stack.enter_context(_in_process_settings())
        stack.enter_context(tags("antennes", opgave.name))
        return daily_pipeline(str(path), opgave_name=opgave.name)
