"""One writer process publishing repeatedly while three reader processes query the snapshot.

Bounded: the writer publishes for about 3 seconds (at least 4 times); readers stop when it is done.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from warehouse.db import connect_ro

WORKER = Path(__file__).with_name("concurrency_worker.py")
BATCH = 40


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _result(proc: subprocess.Popen[str], timeout: float) -> dict[str, object]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def test_readers_never_fail_and_always_see_whole_snapshots(tmp_path: Path) -> None:
    published = tmp_path / "data" / "antennes.duckdb"
    stop = tmp_path / "stop"
    first = _start("writer", str(published), "0", str(BATCH), "0")  # publishes the empty starting snapshot
    assert _result(first, timeout=60)["batches"] == 0
    readers = [_start("reader", str(published), str(stop), "60") for _ in range(3)]
    try:
        written = _result(_start("writer", str(published), "3", str(BATCH), "4"), timeout=120)
    finally:
        stop.touch()
        results = [_result(r, timeout=90) for r in readers]
    batches = int(str(written["batches"]))
    assert batches >= 4
    for result in results:
        assert result["n_errors"] == 0, result["errors"]
        assert result["n_inconsistent"] == 0, result["inconsistent"]
        assert result["backwards"] == 0
        assert int(str(result["reads"])) > 0
    assert max(int(str(r["versions"])) for r in results) > 1  # the readers really ran during the writes
    con = connect_ro(published)  # no write was lost
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (batches * BATCH,)
        assert con.execute("SELECT value FROM meta WHERE key = 'batches'").fetchone() == (str(batches),)
    finally:
        con.close()
