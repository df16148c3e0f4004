"""Query handling of the twin's open-data endpoints: Tweede Kamer OData v4 and CKAN package_search.

Tweede Kamer: like the real Gegevensmagazijn a page of `Document`s with `$top`/`$skip` and
`@odata.nextLink`. Of `$filter` it understands only what incremental harvesting needs: a top-level
`GewijzigdOp gt|ge <timestamp>` clause (joined to the rest with `and`); everything else in `$filter`
is ignored, so connectors must still filter on their own side. `$orderby` on one field is honoured.
CKAN: the keywords of `q`, a Solr range `fq=metadata_modified:{<ts> TO *]` (or `[`), and
`sort=<field> asc|desc`; other `fq` clauses are ignored.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

TK_MAX_TOP = 250
_CHANGED_SINCE = re.compile(
    r"(?:^|\band\s+)\(?\s*GewijzigdOp\s+(gt|ge)\s+([0-9][0-9T:.\-+Z]*)\s*\)?\s*(?=\band\b|$)",
    re.IGNORECASE,
)
_SOLR_SINCE = re.compile(r"\bmetadata_modified:([\[{])\s*([0-9][0-9T:.\-+Z]*)\s+TO\s+\*\s*[\]}]")
_ORDER = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$", re.IGNORECASE)


def changed_since(odata_filter: str) -> tuple[str, datetime] | None:
    """("gt"|"ge", UTC timestamp) of a top-level `GewijzigdOp gt|ge <ts>` clause, else None."""
    match = _CHANGED_SINCE.search(odata_filter.strip())
    if match is None:
        return None
    when = parse_time(match[2])
    return (match[1].lower(), when) if when is not None else None


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (with Z or an offset) as UTC; naive is taken as UTC; None if invalid."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def select(values: list[dict[str, Any]], query: dict[str, str]) -> list[dict[str, Any]]:
    """The documents the query asks for, in the asked order, before paging."""
    chosen = values
    if since := changed_since(query.get("$filter", "")):
        op, cursor = since
        chosen = [d for d in chosen if _after(parse_time(d.get("GewijzigdOp")), cursor, op == "ge")]
    if order := _ORDER.match(query.get("$orderby", "")):
        field, descending = order[1], (order[2] or "").lower() == "desc"
        chosen = sorted(chosen, key=lambda d: _sort_key(d.get(field)), reverse=descending)
    return chosen


def _after(changed: datetime | None, cursor: datetime, inclusive: bool) -> bool:
    if changed is None:
        return False
    return changed >= cursor if inclusive else changed > cursor


def _sort_key(value: Any) -> tuple[int, str]:
    """Timestamps sort by instant (offsets differ), other values as text; missing values first."""
    when = parse_time(value) if isinstance(value, str) else None
    if when is not None:
        return 1, when.isoformat()
    return (0, "") if value is None else (1, str(value))


def tk_page(values: list[dict[str, Any]], query: dict[str, str], base: str) -> dict[str, Any]:
    """One OData page (without the `Tekst` bodies) and a next link carrying the other parameters."""
    top = min(_int(query.get("$top"), TK_MAX_TOP), TK_MAX_TOP)
    skip = _int(query.get("$skip"), 0)
    chosen = select(values, query)
    page = [{k: v for k, v in d.items() if k != "Tekst"} for d in chosen[skip : skip + top]]
    body: dict[str, Any] = {"@odata.context": f"{base}/tk/OData/v4/2.0/$metadata#Document", "value": page}
    if skip + top < len(chosen):
        rest = {k: v for k, v in query.items() if k not in {"$skip", "$top"}}
        rest.update({"$top": str(top), "$skip": str(skip + top)})
        body["@odata.nextLink"] = f"{base}/tk/OData/v4/2.0/Document?{urlencode(rest)}"
    return body


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value not in (None, "") else default
    except ValueError:
        return default


def ckan_select(packages: list[dict[str, Any]], query: dict[str, str]) -> list[dict[str, Any]]:
    """CKAN packages matching `q` (any word in title or notes), the `fq` date range, in `sort` order."""
    words = [w.casefold() for w in re.findall(r"\w+", query.get("q", "")) if w.upper() not in {"OR", "AND"}]
    chosen = [p for p in packages if not words or any(w in _ckan_haystack(p) for w in words)]
    if since := _SOLR_SINCE.search(query.get("fq", "")):
        cursor = parse_time(since[2])
        if cursor is not None:
            inclusive = since[1] == "["
            chosen = [p for p in chosen if _after(parse_time(p.get("metadata_modified")), cursor, inclusive)]
    if order := _ORDER.match(query.get("sort", "")):
        field, descending = order[1], (order[2] or "").lower() == "desc"
        chosen = sorted(chosen, key=lambda p: _sort_key(p.get(field)), reverse=descending)
    return chosen


def _ckan_haystack(package: dict[str, Any]) -> str:
    return (str(package.get("title", "")) + " " + str(package.get("notes", ""))).casefold()
