"""Publishing immutable snapshots, so readers never block the pipeline and never see half a run.

DuckDB lets one process hold a read-write connection, and that connection locks out all readers
(and an open reader locks out the writer). So the pipeline writes a private working file
`<dir>/.<stem>.work.duckdb` and, after a clean run, publishes it: CHECKPOINT, close, copy to a
temporary file in the published file's folder, fsync, `os.replace` onto the published path.
Readers open short-lived read-only connections on the published path; a reader that is still
open keeps reading the old snapshot (its file stays alive until it closes), the next one sees the
new snapshot whole. Nothing is copied when the working file has not changed since the last publish.
A writer session that wrote something stamps `published_at` on its own connection before the
final CHECKPOINT (no second open of the file), and the copy runs in the kernel (`copy_file_range`).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import duckdb

from config.errors import WarehouseError
from warehouse.db import connect_rw
from warehouse.load import set_meta


def working_path(published: Path) -> Path:
    """The pipeline's private read-write file next to the published snapshot."""
    published = Path(published)
    return published.parent / f".{published.stem}.work.duckdb"


def _stamp_path(published: Path) -> Path:
    return working_path(published).with_suffix(".published.json")


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _copy_atomic(source: Path, target: Path) -> None:
    """Copy `source` onto `target` so that `target` is at every moment either old or new, whole."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            _copy_bytes(src, dst)
            os.fsync(dst.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def _copy_bytes(src: BinaryIO, dst: BinaryIO) -> None:
    """Copy a whole file inside the kernel (`copy_file_range`), else through a user-space buffer."""
    size = os.fstat(src.fileno()).st_size
    copied = 0
    try:
        while copied < size:
            step = os.copy_file_range(src.fileno(), dst.fileno(), size - copied)
            if step == 0:
                break
            copied += step
    except (AttributeError, OSError):  # no such call here, or not across these file systems
        if copied:
            raise
    if copied < size:
        src.seek(copied)
        dst.seek(copied)
        shutil.copyfileobj(src, dst, 16 * 1024 * 1024)
        dst.flush()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unchanged_since_publish(published: Path) -> bool:
    try:
        stamp = json.loads(_stamp_path(published).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    return bool(
        stamp.get("working") == _stat(working_path(published)) and stamp.get("published") == _stat(published)
    )


def _prepare_working(published: Path) -> Path:
    work = working_path(published)
    if not work.exists() and published.exists():
        _copy_atomic(published, work)
        _stamp_path(published).unlink(missing_ok=True)
    return work


@contextlib.contextmanager
def _session_lock(published: Path) -> Iterator[None]:
    """One writer session at a time, from preparing the working file until its copy is published.

    DuckDB's own lock only lasts while the connection is open; the copy happens after closing it,
    so a second pipeline starting in that moment could otherwise change the file mid-copy.
    """
    lock_path = working_path(published).with_suffix(".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise WarehouseError(
                f"The warehouse at {published} is locked by another process (a pipeline is writing to it); "
                "try again when it has finished."
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def publish(published: Path) -> bool:
    """Publish the working file as the new snapshot (it must not be open); False if nothing changed.

    The snapshot records meta `published_at` (UTC, ISO 8601).
    """
    with _session_lock(Path(published)):
        return _publish(Path(published))


def _publish(published: Path) -> bool:
    work = working_path(published)
    if not work.exists():
        return False
    if _unchanged_since_publish(published):
        return False
    con = duckdb.connect(str(work))
    try:
        _stamp_published_at(con)
    finally:
        con.close()
    _copy_and_stamp(work, published)
    return True


def _stamp_published_at(con: duckdb.DuckDBPyConnection) -> None:
    set_meta(con, "published_at", datetime.now(UTC).isoformat(timespec="seconds"))
    con.execute("CHECKPOINT")


def _copy_and_stamp(work: Path, published: Path) -> None:
    _copy_atomic(work, published)
    stamp = {"working": _stat(work), "published": _stat(published)}
    _stamp_path(published).write_text(json.dumps(stamp), encoding="utf-8")


def _wrote_since_checkpoint(work: Path) -> bool:
    """True when the session left writes in the write-ahead log (DuckDB's `<file>.wal`)."""
    try:
        return Path(f"{work}.wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def discard_working(published: Path) -> None:
    """Throw away the working file (after a failed run): the next run restarts from the snapshot."""
    work = working_path(Path(published))
    for path in (work, Path(f"{work}.wal"), _stamp_path(Path(published))):
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def writer(published: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated read-write connection on the working file; publishes on clean exit only.

    If the block raises, the working file is discarded and the published snapshot stays as it
    was, so a failed run never becomes visible, half or whole; the next run starts from the
    snapshot. Two writers at once: the second gets a WarehouseError (the session is locked).
    """
    published = Path(published)
    with _session_lock(published):
        work = _prepare_working(published)
        con = connect_rw(work)
        try:
            yield con
        except BaseException:
            con.close()
            discard_working(published)
            raise
        if _wrote_since_checkpoint(work):  # stamp and publish without opening the file a second time
            _stamp_published_at(con)
            con.close()
            _copy_and_stamp(work, published)
        else:  # nothing written in this session, or DuckDB checkpointed by itself: compare the files
            con.execute("CHECKPOINT")
            con.close()
            _publish(published)
