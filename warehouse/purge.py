"""Retention: blank the raw text of old documents (AVG data minimisation, `antennes purge`).

Only the words people wrote go; ids, metadata, scores, topics, groups and the daily aggregates
stay, so the dashboard's history is unchanged after a purge.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import duckdb

from warehouse.db import sql_file, transaction


def purge_raw_text(
    con: duckdb.DuckDBPyConnection, opgave: str, older_than_days: int, now: datetime | None = None
) -> int:
    """Blank text and raw payload of the opgave's documents published more than N days ago.

    Returns how many documents were purged now (already purged ones are not counted again).
    """
    if older_than_days < 0:
        raise ValueError("older_than_days must be zero or more")
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    cutoff = moment - timedelta(days=older_than_days)
    with transaction(con):
        row = con.execute(
            sql_file("statements", "purge_raw_text.sql"),
            {"opgave": opgave, "cutoff": cutoff, "now": moment},
        ).fetchone()
    return int(row[0]) if row else 0
