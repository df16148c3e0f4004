"""The daily antennes pipeline as a Prefect flow: harvest -> normalise -> score -> load -> publish.

The flow only connects named tasks; the work is in `flows.steps`. Sources are harvested
concurrently (I/O bound, retries live inside the connectors); everything that writes happens on
the flow's single warehouse connection, and readers only ever see a published snapshot.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from config.loader import load_opgave  # noqa: E402
from config.schema import Opgave  # noqa: E402
from flows import steps  # noqa: E402
from flows.candidates import refresh_candidates  # noqa: E402
from warehouse import load  # noqa: E402
from warehouse.publish import writer  # noqa: E402


@task(name="harvest", task_run_name="harvest-{source_name}", cache_policy=NO_CACHE)
def harvest_task(opgave: Opgave, source_name: str, state: dict[str, str]) -> steps.Harvested:
    """Fetch one source; never raises (a failure comes back as a failed result)."""
    cfg = next(s for s in opgave.sources if s.name == source_name)
    return steps.harvest_one(cfg, opgave, state)


@task(name="load-documents", cache_policy=NO_CACHE)
def load_task(con: Any, opgave: Opgave, harvested: list[steps.Harvested]) -> list[steps.SourceReport]:
    """Normalise, link duplicates and store every source's items and its harvest run record."""
    return steps.store_run(con, opgave, harvested)


@task(name="score", cache_policy=NO_CACHE)
def score_task(con: Any, opgave: Opgave) -> tuple[int, str]:
    """Score what the current model version has not scored yet."""
    return steps.score_pending(con, opgave)


@task(name="refresh-aggregates", cache_policy=NO_CACHE)
def aggregate_task(con: Any, opgave: Opgave) -> None:
    load.refresh_aggregates(con, opgave.name)


@task(name="stakeholder-candidates", cache_policy=NO_CACHE)
def candidates_task(con: Any, opgave: Opgave) -> int:
    """Refresh the frequent unknown organisations and handles the policy officer may add."""
    return refresh_candidates(con, opgave)


@task(name="alerts", cache_policy=NO_CACHE)
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
    with writer(published) as con:
        enabled = [s for s in opgave.sources if s.enabled]
        states = {s.name: load.get_source_state(con, opgave.name, s.name) for s in enabled}
        futures = [harvest_task.submit(opgave, s.name, states[s.name]) for s in enabled]
        harvested = [f.result() for f in futures]
        report.sources = load_task(con, opgave, harvested)
        report.documents_new = sum(s.new for s in report.sources if s.kind != "cbs")
        report.documents_scored, report.model_version = score_task(con, opgave)
        if report.documents_new or report.documents_scored:
            aggregate_task(con, opgave)
            candidates_task(con, opgave)
            logger.info(alert_task(con, opgave))
    report.published = True
    report.seconds = time.perf_counter() - began
    logger.info(report.summary().splitlines()[0])
    return report


def run_pipeline(config: str | Path | None) -> steps.RunReport:
    """Entry point for the CLI and the demo: resolve the config, run the flow once."""
    from config.loader import resolve_config

    path = resolve_config(config)
    opgave = load_opgave(path)
    return daily_pipeline(str(path), opgave_name=opgave.name)
