"""Maintenance jobs on the warehouse: re-scoring after a model change and retention purges."""

from __future__ import annotations

from config.loader import load_opgave
from flows import steps
from warehouse import load
from warehouse.publish import writer
from warehouse.purge import purge_raw_text


def rescore_all(config: str | None) -> str:
    """Score every stored document again under the current model version, then republish."""
    opgave = load_opgave(config)
    with writer(opgave.warehouse_path()) as con:
        done, version = steps.score_pending(con, opgave, rescore=True)
        load.refresh_aggregates(con, opgave.name)
    return f"rescored {done} documents of {opgave.name} with model {version}"


def purge_old_text(config: str | None, days: int | None) -> str:
    """Blank raw text older than the retention period; ids, scores and aggregates stay."""
    opgave = load_opgave(config)
    keep = days if days is not None else opgave.retention.raw_text_days
    with writer(opgave.warehouse_path()) as con:
        n = purge_raw_text(con, opgave.name, keep)
    return f"purged raw text of {n} documents of {opgave.name} older than {keep} days"
