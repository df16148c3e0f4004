"""`antennes` as a user types it: clear sentences and non-zero exits for user errors, no tracebacks."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ANTENNES = str(Path(sys.executable).with_name("antennes"))
COMMANDS = ["run", "demo", "dashboard", "sql", "score", "rescore", "purge", "eval", "digest", "serve"]


def antennes(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [ANTENNES, *args], input=stdin, capture_output=True, text=True, env=env, cwd=cwd, timeout=300
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    out = antennes(command, "--help")
    assert out.returncode == 0, out.stderr
    assert "Usage" in out.stdout


def test_missing_config_is_one_sentence(tmp_path: Path) -> None:
    out = antennes("run", "--config", str(tmp_path / "nergens.yaml"))
    assert out.returncode == 2
    assert out.stderr.startswith("antennes: Config file") and "does not exist" in out.stderr
    assert "Traceback" not in out.stderr


def test_bad_yaml_lists_its_problems() -> None:
    bad = Path(__file__).parents[1] / "config" / "data" / "misspelt_keys.yaml"
    out = antennes("run", "--config", str(bad))
    assert out.returncode == 2 and "did you mean 'keywords'?" in out.stderr
    assert "Traceback" not in out.stderr


def test_sql_counts_documents_as_csv(demo_warehouse: Path) -> None:
    out = antennes(
        "sql", "--config", str(demo_warehouse), "--format", "csv", "SELECT count(*) AS n FROM v_documents"
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["n"] and int(rows[1][0]) >= 300


def test_sql_json_and_table(demo_warehouse: Path) -> None:
    query = (
        "SELECT topic, sum(n) AS n FROM v_daily_appreciation WHERE target_group='alle' GROUP BY 1 ORDER BY 1"
    )
    out = antennes("sql", "-c", str(demo_warehouse), "-f", "json", query)
    data = json.loads(out.stdout)
    assert {row["topic"] for row in data} >= {"alle", "mest", "uitkoop"}
    table = antennes("sql", "-c", str(demo_warehouse), query)
    assert "topic" in table.stdout and "mest" in table.stdout


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM documents",
        "CREATE TABLE x (a INT)",
        "DROP VIEW v_documents",
        "INSERT INTO meta VALUES ('a', 'b')",
    ],
)
def test_sql_refuses_writes(demo_warehouse: Path, statement: str) -> None:
    out = antennes("sql", "-c", str(demo_warehouse), statement)
    assert out.returncode == 2 and "read-only" in out.stderr and "Traceback" not in out.stderr


def test_sql_reports_bad_sql_in_one_sentence(demo_warehouse: Path) -> None:
    out = antennes("sql", "-c", str(demo_warehouse), "SELEC * FROM v_documents")
    assert out.returncode == 2 and out.stderr.startswith("antennes: ") and "Traceback" not in out.stderr


def test_sql_without_a_warehouse_explains_what_to_do(tmp_path: Path) -> None:
    out = antennes("sql", "--db", str(tmp_path / "leeg.duckdb"), "SELECT 1")
    assert out.returncode == 2 and "antennes run" in out.stderr


def test_score_handles_hard_input() -> None:
    big = "De boeren zijn boos over de nieuwe mestregels. " * 2200  # ~100 kB
    lines = [
        json.dumps({"id": "leeg", "text": ""}),
        json.dumps({"id": "groot", "text": big}),
        json.dumps({"id": "emoji", "text": "😡😡😡 🤬"}),
        json.dumps({"id": "engels", "text": "Farmers in the Netherlands are furious about the new rules."}),
        "{dit is geen json",
        json.dumps({"id": "blij", "text": "Als melkveehouder zeg ik: eindelijk goed nieuws, echt top!"}),
        json.dumps({"id": "boos", "text": "Schandalig hoe de minister met de boeren omgaat. Belachelijk!"}),
    ]
    out = antennes("score", stdin="\n".join(lines) + "\n")
    assert out.returncode == 1  # one line could not be read
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == len(lines)
    by_id = {r.get("id"): r for r in results if "id" in r}
    for r in by_id.values():
        assert {"id", "sentiment", "label", "topics", "groups"} <= set(r)
        assert -1.0 <= r["sentiment"] <= 1.0
    assert results[4] == {"line": 5, "error": results[4]["error"]} and "invalid JSON" in results[4]["error"]
    assert "line 5" in out.stderr
    assert by_id["leeg"]["label"] == "neutral"
    assert by_id["engels"].get("language") == "en"
    assert by_id["emoji"]["label"] == "negative"
    assert by_id["blij"]["label"] == "positive" and "boeren" in by_id["blij"]["groups"]
    assert by_id["boos"]["label"] == "negative"
    assert "mest" in by_id["groot"]["topics"]
