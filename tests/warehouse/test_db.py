"""Migrations, connections and the packaged SQL files."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from config.errors import WarehouseError
from warehouse.db import _SCHEMA_MIGRATIONS, connect_ro, connect_rw, migrate, migrations

TABLES = {
    "documents", "scores", "doc_topics", "doc_groups", "doc_stakeholders", "harvest_runs",
    "source_state", "daily_appreciation", "series", "meta", "schema_migrations",
}  # fmt: skip


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
    return {r[0] for r in rows}


def test_connect_rw_creates_folders_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "w.duckdb"
    con = connect_rw(path)
    try:
        assert path.is_file()
        assert _tables(con) >= TABLES
        applied = con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        assert applied == [(v, n) for v, n, _ in migrations()]
    finally:
        con.close()


def test_migrate_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    con = connect_rw(path)
    con.execute("INSERT INTO meta VALUES ('keep', 'me')")
    assert migrate(con) == []
    con.close()
    con = connect_rw(path)
    try:
        assert migrate(con) == []
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (len(migrations()),)
        assert con.execute("SELECT value FROM meta WHERE key = 'keep'").fetchone() == ("me",)
    finally:
        con.close()


def test_migrate_fresh_connection_reports_versions(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "raw.duckdb"))
    try:
        assert migrate(con) == [v for v, _, _ in migrations()]
        assert migrate(con) == []
    finally:
        con.close()


def test_reopening_an_up_to_date_warehouse_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    connect_rw(path).close()
    before = path.stat().st_mtime_ns, path.stat().st_size
    connect_rw(path).close()
    assert (path.stat().st_mtime_ns, path.stat().st_size) == before


def test_migrations_are_numbered_in_order() -> None:
    versions = [v for v, _, _ in migrations()]
    assert versions == sorted(versions) and versions[0] == 1


def test_connect_ro_missing_file_says_run_first(tmp_path: Path) -> None:
    path = tmp_path / "nope.duckdb"
    with pytest.raises(
        WarehouseError, match=r"No warehouse at .*nope\.duckdb yet; run `antennes run` first\."
    ):
        connect_ro(path)


def test_connect_ro_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    connect_rw(path).close()
    con = connect_ro(path)
    try:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("INSERT INTO meta VALUES ('a', 'b')")
    finally:
        con.close()


def test_connect_ro_locked_file_gives_clear_sentence(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    connect_rw(path).close()
    code = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(WarehouseError, match="is locked by another process"):
            connect_ro(path)
        with pytest.raises(WarehouseError, match="is locked by another process"):
            connect_rw(path)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    time.sleep(0.1)
    connect_ro(path).close()


def test_importing_warehouse_loads_no_heavy_frameworks() -> None:
    code = (
        "import importlib, pkgutil, sys, warehouse\n"
        "for m in pkgutil.walk_packages(warehouse.__path__, 'warehouse.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in ('spacy', 'prefect', 'streamlit') if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_upgrade_from_the_first_schema_backfills_new_columns(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    try:
        version, name, sql = migrations()[0]
        con.execute(sql)
        con.execute(_SCHEMA_MIGRATIONS)
        con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
        con.execute(
            "INSERT INTO documents (doc_id, opgave, source, external_id, published_at, harvested_at) "
            "VALUES ('d1', 'stikstof', 'feed', 'x', TIMESTAMPTZ '2026-10-31 23:30:00+00', now())"
        )
        con.execute(
            "INSERT INTO scores (doc_id, model_version, scored, sentiment, scored_at) "
            "VALUES ('d1', 'm1', true, 0.1, now())"
        )
        con.execute("INSERT INTO doc_topics VALUES ('d1', 'm1', 'mest', NULL), ('d1', 'm1', 'bouw', 0.2)")
        assert migrate(con) == [v for v, _, _ in migrations()[1:]]
        assert con.execute("SELECT day FROM documents").fetchall() == [(date(2026, 11, 1),)]
        lists = con.execute("SELECT topics, target_groups, stakeholders FROM scores").fetchall()
        assert lists == [(["bouw", "mest"], [], [])]
    finally:
        con.close()
