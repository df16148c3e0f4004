"""Publishing snapshots: atomic, immutable for open readers, untouched by failed runs, cheap no-ops."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from config.errors import WarehouseError
from warehouse.db import connect_ro
from warehouse.load import get_meta, load_documents
from warehouse.publish import publish, working_path, writer


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path) -> int:
    con = connect_ro(path)
    try:
        row = con.execute("SELECT count(*) FROM documents").fetchone()
        assert row is not None
        return int(row[0])
    finally:
        con.close()


def test_writer_publishes_a_snapshot(tmp_path: Path, make_doc: Callable[..., dict[str, Any]]) -> None:
    published = tmp_path / "data" / "antennes.duckdb"
    with writer(published) as con:
        load_documents(con, [make_doc(i) for i in range(4)])
        assert not published.exists()  # nothing visible before the run ends
    assert _count(published) == 4
    assert working_path(published) == tmp_path / "data" / ".antennes.work.duckdb"
    assert working_path(published).exists()
    assert not list(published.parent.glob("*.tmp"))
    con = connect_ro(published)
    try:
        assert get_meta(con, "published_at") is not None
    finally:
        con.close()


def test_open_reader_keeps_its_snapshot(tmp_path: Path, make_doc: Callable[..., dict[str, Any]]) -> None:
    published = tmp_path / "antennes.duckdb"
    with writer(published) as con:
        load_documents(con, [make_doc(i) for i in range(3)])
    reader = connect_ro(published)
    try:
        assert reader.execute("SELECT count(*) FROM documents").fetchone() == (3,)
        with writer(published) as con:
            load_documents(con, [make_doc(i) for i in range(3, 10)])
        # the writer was not blocked, and the open reader still sees its whole, old snapshot
        assert reader.execute("SELECT count(*) FROM documents").fetchone() == (3,)
        assert reader.execute("SELECT count(*) FROM v_documents").fetchone() == (3,)
    finally:
        reader.close()
    assert _count(published) == 10


def test_failing_writer_leaves_the_snapshot_untouched(
    tmp_path: Path, make_doc: Callable[..., dict[str, Any]]
) -> None:
    published = tmp_path / "antennes.duckdb"
    with writer(published) as con:
        load_documents(con, [make_doc(i) for i in range(3)])
    before = _digest(published)
    with pytest.raises(RuntimeError, match="scoring crashed"), writer(published) as con:
        load_documents(con, [make_doc(i) for i in range(3, 8)])
        raise RuntimeError("scoring crashed")
    assert _digest(published) == before
    assert not working_path(published).exists()  # the half run is thrown away ...
    with writer(published) as con:  # ... and the next run starts again from the snapshot
        row = con.execute("SELECT count(*) FROM documents").fetchone()
        assert row == (3,)
        load_documents(con, [make_doc(9)])
    assert _count(published) == 4


def test_unchanged_run_does_not_copy(tmp_path: Path, make_doc: Callable[..., dict[str, Any]]) -> None:
    published = tmp_path / "antennes.duckdb"
    with writer(published) as con:
        load_documents(con, [make_doc(1)])
    inode = published.stat().st_ino
    with writer(published) as con:
        load_documents(con, [make_doc(1)])  # seen: nothing changes
    assert published.stat().st_ino == inode
    assert publish(published) is False
    with writer(published) as con:
        load_documents(con, [make_doc(2)])
    assert published.stat().st_ino != inode
    assert _count(published) == 2


def test_replaced_snapshot_is_published_again(
    tmp_path: Path, make_doc: Callable[..., dict[str, Any]]
) -> None:
    published = tmp_path / "antennes.duckdb"
    with writer(published) as con:
        load_documents(con, [make_doc(1)])
    published.unlink()  # someone removed the published file: the next run must restore it
    with writer(published):
        pass
    assert _count(published) == 1


def test_second_writer_is_refused(tmp_path: Path) -> None:
    published = tmp_path / "antennes.duckdb"
    with writer(published):
        pass
    code = (
        "import sys, time\nfrom pathlib import Path\nfrom warehouse.publish import writer\n"
        "with writer(Path(sys.argv[1])):\n    print('ok', flush=True)\n    time.sleep(30)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(published)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(WarehouseError, match="locked by another process"), writer(published):
            pass
        assert _count(published) == 0  # readers are not blocked by the running writer
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_nested_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    published = tmp_path / "antennes.duckdb"
    with writer(published) as con:
        with pytest.raises(WarehouseError, match="locked by another process"), writer(published):
            pass
        con.execute("INSERT INTO meta VALUES ('still', 'mine')")
    reader = connect_ro(published)
    try:
        assert get_meta(reader, "still") == "mine"
    finally:
        reader.close()


def test_a_writing_session_publishes_an_exact_stamped_copy(
    tmp_path: Path, make_doc: Callable[..., dict[str, Any]]
) -> None:
    """Stamped on the session's own connection, then copied in the kernel: byte for byte the same."""
    published = tmp_path / "antennes.duckdb"
    with writer(published) as con:
        load_documents(con, [make_doc(i) for i in range(50)])
    assert _digest(published) == _digest(working_path(published))
    assert publish(published) is False  # the stamp describes exactly what was published
    con = connect_ro(published)
    try:
        first = get_meta(con, "published_at")
    finally:
        con.close()
    assert first is not None and _count(published) == 50
