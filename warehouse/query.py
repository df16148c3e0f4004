"""Ad-hoc, read-only SQL on the published warehouse (`antennes sql`), and its output formats.

Policy officers may query the views freely, but nothing may change the snapshot or write files
from it: statements are inspected with DuckDB's own parser before anything runs, and the
connection is read-only as a second line of defence.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from uuid import UUID

import duckdb

from config.errors import WarehouseError
from warehouse.db import connect_ro

Format = Literal["table", "csv", "json"]

_ALLOWED = {
    duckdb.StatementType.SELECT,
    duckdb.StatementType.EXPLAIN,
    duckdb.StatementType.PRAGMA,
    duckdb.StatementType.MULTI,  # PIVOT and friends: a SELECT in several steps
}
_HINT = "query the views (e.g. SELECT * FROM v_documents LIMIT 10) or export with --format csv"


def _statement_kind(statement: Any) -> str:
    return str(getattr(statement.type, "name", statement.type)).replace("_STATEMENT", "")


def _check_read_only(sql: str) -> list[Any]:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise WarehouseError(f"The SQL could not be read: {_one_sentence(exc)}.") from exc
    if not statements:
        raise WarehouseError(
            'No SQL statement was given; try `antennes sql "SELECT count(*) FROM v_documents"`.'
        )
    refused = sorted({_statement_kind(s) for s in statements if s.type not in _ALLOWED})
    if refused:
        raise WarehouseError(
            f"antennes sql is read-only: {', '.join(refused)} statements are not allowed; {_HINT}."
        )
    return list(statements)


def run_sql(path: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run read-only SQL on the published warehouse; the columns and rows of the last statement."""
    statements = _check_read_only(sql)
    con = connect_ro(Path(path))
    try:
        result = None
        for statement in statements:
            result = con.execute(statement)
        assert result is not None
        description = result.description or []
        columns = [d[0] for d in description]
        rows = result.fetchall()
        json_columns = [i for i, d in enumerate(description) if str(d[1]) == "JSON"]
        return columns, [_parse_json(row, json_columns) for row in rows] if json_columns else rows
    except duckdb.Error as exc:
        text = str(exc)
        if "read-only" in text or "read only" in text.lower():
            raise WarehouseError(
                f"antennes sql is read-only: this statement would change the warehouse; {_HINT}."
            ) from exc
        raise WarehouseError(f"The SQL failed: {_one_sentence(exc)}.") from exc
    finally:
        con.close()


def _parse_json(row: tuple[Any, ...], positions: list[int]) -> tuple[Any, ...]:
    """JSON columns (e.g. explanation) as objects, so --format json nests them instead of quoting."""
    values = list(row)
    for i in positions:
        if isinstance(values[i], str):
            with contextlib.suppress(ValueError):
                values[i] = json.loads(values[i])
    return tuple(values)


def _one_sentence(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = " ".join(lines[:1] + [line for line in lines[1:] if not set(line) <= set("^ ")][:2])
    return text.rstrip(".") or type(exc).__name__


def _plain(value: Any) -> Any:
    """A JSON-friendly version of a DuckDB value (dates as ISO 8601)."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _text(value: Any) -> str:
    if value is None:
        return "NULL"
    plain = _plain(value)
    if isinstance(plain, list | dict):
        return json.dumps(plain, ensure_ascii=False)
    return str(plain)


def format_result(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: Format = "table") -> str:
    """Render a result as an aligned text table, CSV (header + rows) or JSON (a list of objects)."""
    if fmt == "json":
        objects = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
        return json.dumps(objects, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        out = csv.writer(buffer, lineterminator="\n")
        out.writerow(columns)
        for row in rows:
            out.writerow(["" if v is None else _text(v) for v in row])
        return buffer.getvalue().rstrip("\n")
    if fmt == "table":
        return _table(columns, rows)
    raise WarehouseError(f"Unknown output format {fmt!r}; choose table, csv or json.")


def _is_numeric(values: Sequence[Any]) -> bool:
    present = [v for v in values if v is not None]
    numbers = (isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in present)
    return bool(present) and all(numbers)


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[_text(v).replace("\n", " ") for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [_is_numeric([row[i] for row in rows]) for i in range(len(columns))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return " | ".join(parts).rstrip()

    out = [line(list(columns)), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
