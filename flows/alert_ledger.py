"""The sent-alerts ledger: a small fsynced file that remembers sent alerts until a snapshot holds them.

`flows.alerts` records what it sent in the warehouse's `alerts_sent` table, on the run's working
file, which is published only when the whole run succeeds. A run that fails after a channel
accepted a message would lose that record with its discarded working file, and the next run would
send the same alerts again. So the moment a channel accepts a message, its alerts are appended to
this ledger and fsynced, before anything else happens. Every later alert round treats the ledger
as sent, copies missing entries into `alerts_sent` (so they are published with that run), and
drops entries that the warehouse already held when the round began (they were published).

The ledger sits beside the warehouse file the connection writes (for the pipeline: the working
file), named `<file>.alerts-sent.jsonl`: one JSON object per line, the `alerts_sent` columns.
What remains at-least-once is only a crash between the channel's acceptance and the fsync.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

SUFFIX = ".alerts-sent.jsonl"


class SentLedger:
    """Append-only (until compacted) record of sent alerts, as `alerts_sent` rows."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_connection(cls, con: duckdb.DuckDBPyConnection) -> SentLedger | None:
        """The ledger beside the connection's database file; None for an in-memory database."""
        row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()")
        found = row.fetchone()
        if not found or not found[0]:
            return None
        database = Path(str(found[0]))
        return cls(database.with_name(database.name + SUFFIX))

    def read(self) -> list[dict[str, Any]]:
        """Every complete entry; a torn last line (a crash while appending) is ignored."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        rows = []
        for line in text.splitlines():
            with contextlib.suppress(ValueError):
                rows.append(_decode(json.loads(line)))
        return rows

    def append(self, rows: list[dict[str, Any]]) -> None:
        """Add `rows` durably: written, flushed and fsynced (the folder too when the file is new)."""
        if not rows:
            return
        new = not self.path.exists()
        data = "".join(json.dumps(_encode(r), ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if new:
            _fsync_dir(self.path.parent)

    def keep_only(self, rows: list[dict[str, Any]]) -> None:
        """Replace the ledger by `rows` atomically (removing it when empty)."""
        if not rows:
            self.path.unlink(missing_ok=True)
            _fsync_dir(self.path.parent)
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(_encode(row), ensure_ascii=False, sort_keys=True) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(self.path.parent)


def _encode(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "day": date.fromisoformat(row["day"]), "sent_at": datetime.fromisoformat(row["sent_at"])}


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
