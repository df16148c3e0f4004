"""Connections to the warehouse file and its schema migrations.

Two kinds of connection exist, on purpose: the pipeline writes through `connect_rw` on its private
working file (see `warehouse.publish`), everybody else reads through `connect_ro` on the published
snapshot. A DuckDB read-write connection locks the file for every other process, so readers must
never open the working file and the writer never opens the published one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from config.errors import WarehouseError

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_VIEWS_HASH_KEY = "views_sha256"

_SCHEMA_MIGRATIONS = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
"""


def sql_file(package: str, name: str) -> str:
    """The text of one packaged SQL file (importlib.resources, so a non-editable install works)."""
    return (resources.files(f"warehouse.{package}") / name).read_text(encoding="utf-8")


def _sql_names(package: str) -> list[str]:
    files = resources.files(f"warehouse.{package}").iterdir()
    return sorted(f.name for f in files if f.name.endswith(".sql"))


def migrations() -> list[tuple[int, str, str]]:
    """All packaged migrations as (version, name, sql), in version order."""
    found = []
    for name in _sql_names("migrations"):
        match = _MIGRATION_NAME.match(name)
        if not match:
            raise WarehouseError(f"Migration file {name!r} is not named like 001_name.sql.")
        found.append((int(match.group(1)), match.group(2), sql_file("migrations", name)))
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise WarehouseError("Two migration files share one version number.")
    return found


def in_transaction(con: duckdb.DuckDBPyConnection) -> bool:
    """True inside an explicit transaction (in autocommit mode every statement gets a new id)."""
    ids = [con.execute("SELECT current_transaction_id()").fetchall()[0][0] for _ in range(2)]
    return bool(ids[0] == ids[1])


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK on any exception: a failed write leaves nothing behind.

    Nested use joins the outer transaction, so callers may group several loads into one.
    """
    if in_transaction(con):  # the caller's transaction decides about commit or rollback
        yield con
        con.complete()
        return
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        con.complete()
        raise
    con.execute("COMMIT")
    con.complete()  # leave no unread result behind: DuckDB 2 refuses register()/sql() after one


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: Any) -> Iterator[duckdb.DuckDBPyConnection]:
    """Expose Arrow tables to SQL under the given names for the duration of the block.

    DuckDB 2 refuses `register` while an earlier result is unread, so pending results are run to
    their end first (`complete`), which never discards a write.
    """
    con.complete()
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield con
    finally:
        con.complete()
        for name in tables:
            con.unregister(name)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations in order (each once, in its own transaction), then refresh the views.

    Returns the versions applied now (empty when the schema was already current). Views are only
    recreated when their SQL changed, so opening an up-to-date warehouse writes nothing.
    """
    con.execute(_SCHEMA_MIGRATIONS)
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        with transaction(con):
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
        applied.append(version)
    _refresh_views(con)
    return applied


def _refresh_views(con: duckdb.DuckDBPyConnection) -> None:
    views = [(name, sql_file("views", name)) for name in _sql_names("views")]
    digest = hashlib.sha256("\n".join(n + "\n" + s for n, s in views).encode()).hexdigest()
    row = con.execute("SELECT value FROM meta WHERE key = ?", [_VIEWS_HASH_KEY]).fetchone()
    con.complete()
    if row is not None and row[0] == digest:
        return
    with transaction(con):
        for _, sql in views:
            con.execute(sql)
        con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [_VIEWS_HASH_KEY, digest])


def connect_rw(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection (parent folders created, schema migrated). Locks the file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        raise WarehouseError(_locked_message(path, exc)) from exc
    try:
        migrate(con)
    except BaseException:
        con.close()
        raise
    return con


def connect_ro(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a published warehouse; keep it short-lived and close it."""
    path = Path(path)
    if not path.is_file():
        raise WarehouseError(f"No warehouse at {path} yet; run `antennes run` first.")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        raise WarehouseError(_locked_message(path, exc)) from exc
    except duckdb.Error as exc:
        raise WarehouseError(f"The warehouse at {path} cannot be opened: {_first_line(exc)}.") from exc


def _locked_message(path: Path, exc: Exception) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return (
            f"The warehouse at {path} is locked by another process (is a pipeline writing to it?); "
            "try again when it has finished."
        )
    return f"The warehouse at {path} cannot be opened: {_first_line(exc)}."


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else type(exc).__name__
