"""Generic JSON APIs with a field mapping from the YAML, and CKAN `package_search` with start/rows paging.

A plain JSON endpoint is fetched with a conditional GET (like feeds); the list of items sits at
`items_path` and each of our fields (id, title, text, url, published_at, author) is a dotted path
into an item. A URL ending in `package_search` is treated as CKAN: the opgave's keywords become the
query and pages are fetched until `count` is reached. CKAN is incremental on `metadata_modified`:
the state keeps the newest one seen and a re-run asks only for packages modified after it (Solr
`fq=metadata_modified:{<ts> TO *]`, oldest first), so an unchanged portal answers with an empty page.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from config.errors import SourceError
from config.schema import Opgave
from config.sources import JsonSource
from flows.privacy import AUTHOR_KEYS
from flows.sources.base import HarvestResult, PoliteClient, RawItem, clip_text, raw_json, to_utc
from flows.sources.text import html_to_text

CKAN_ROWS = 100
CKAN_CURSOR = "metadata_modified"
_PERSONAL = AUTHOR_KEYS | {"maintainer", "maintainer_email", "author_email", "creator_user_id"}
"""Personal fields left out of the lineage payload (the pseudonymised author is in RawItem.author)."""
DEFAULT_FIELDS = {
    "id": "id",
    "title": "title",
    "text": "text",
    "url": "url",
    "published_at": "published_at",
    "author": "author",
}
CKAN_FIELDS = {
    "id": "id",
    "title": "title",
    "text": "notes",
    "url": "url",
    "published_at": "metadata_modified",
    "author": "organization.title",
}


def is_ckan(url: str) -> bool:
    return url.split("?")[0].rstrip("/").endswith("package_search")


def harvest_json(
    cfg: JsonSource, opgave: Opgave, state: dict[str, str], client: PoliteClient, result: HarvestResult
) -> None:
    """Fetch items into `result`: CKAN pages, or one conditional GET of a plain JSON document."""
    if is_ckan(cfg.url):
        newest = _harvest_ckan(cfg, opgave, _parse_cursor(state.get(CKAN_CURSOR)), client, result)
        result.state = {**state, CKAN_CURSOR: _solr_time(newest)} if newest else dict(state)
        return
    headers = {"Accept": "application/json"}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    response = client.get(cfg.url, headers=headers)
    if response.status_code == 304:
        result.status, result.state = "not_modified", dict(state)
        return
    document = _decode(response.content, cfg.url)
    _add_items(_at(document, cfg.items_path), cfg, {**DEFAULT_FIELDS, **cfg.fields}, result)
    validators = {
        "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"),
    }
    result.state = {k: v for k, v in validators.items() if v}


def _harvest_ckan(
    cfg: JsonSource, opgave: Opgave, since: datetime | None, client: PoliteClient, result: HarvestResult
) -> datetime | None:
    """Page through matching packages modified after `since`; returns the newest modification read."""
    fields = {**CKAN_FIELDS, **cfg.fields}
    params: dict[str, Any] = {"q": " OR ".join(f'"{k}"' if " " in k else k for k in opgave.keywords)}
    if since is not None:  # oldest first, so a cut-off by the item cap leaves no gap behind the cursor
        params.update(
            {"fq": f"metadata_modified:{{{_solr_time(since)} TO *]", "sort": "metadata_modified asc"}
        )
    else:
        params["sort"] = "metadata_modified desc"
    start, cap, newest = 0, opgave.harvest.max_items_per_source, since
    while start < cap:
        page = client.get_json(cfg.url, params={**params, "start": start, "rows": CKAN_ROWS})
        if not isinstance(page, dict) or not page.get("success", True) or "result" not in page:
            raise SourceError(f"Unexpected CKAN answer from {cfg.url}: no 'result'.")
        results = _at(page, cfg.items_path or "result.results")
        fresh = [r for r in results if _modified_after(r, since)]  # in case the server ignores `fq`
        fresh = fresh[: max(0, cap - len(result.items))]  # the cursor must not pass what the cap drops
        _add_items(fresh, cfg, fields, result)
        for record in fresh:
            modified = _modified(record)
            newest = modified if modified and (newest is None or modified > newest) else newest
        start += CKAN_ROWS
        if not results or start >= int(page["result"].get("count") or 0):
            break
    return newest


def _modified(record: Any) -> datetime | None:
    return parse_date(record.get("metadata_modified")) if isinstance(record, dict) else None


def _modified_after(record: Any, since: datetime | None) -> bool:
    modified = _modified(record)
    return since is None or modified is None or modified > since


def _parse_cursor(value: str | None) -> datetime | None:
    return parse_date(value) if value else None


def _solr_time(when: datetime) -> str:
    """A Solr date in UTC (`2026-11-01T08:00:00Z`, with microseconds when CKAN recorded them)."""
    text = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{when.microsecond:06d}Z" if when.microsecond else f"{text}Z"


def _decode(content: bytes, url: str) -> Any:
    try:
        return json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(f"Invalid JSON from {url}: {exc}.") from None


def _at(document: Any, path: str) -> list[Any]:
    value = pick(document, path) if path else document
    if not isinstance(value, list):
        raise SourceError(f"No list of items at {path or 'the top level'!r} in the JSON answer.")
    return value


def pick(obj: Any, path: str) -> Any:
    """Follow a dotted path (`result.results`, `items.0.title`) through dicts and lists; None if absent."""
    for part in path.split("."):
        if isinstance(obj, dict):
            obj = obj.get(part)
        elif isinstance(obj, list) and part.isdigit() and int(part) < len(obj):
            obj = obj[int(part)]
        else:
            return None
    return obj


def _add_items(records: list[Any], cfg: JsonSource, fields: dict[str, str], result: HarvestResult) -> None:
    seen = {i.external_id for i in result.items}
    for index, record in enumerate(records):
        item, reason = _item(record, cfg, fields)
        if item is None:
            ident = pick(record, fields["id"]) if isinstance(record, dict) else None
            result.skipped.append((str(ident or f"#{index}"), reason))
        elif item.external_id not in seen:
            seen.add(item.external_id)
            result.items.append(item)


def _item(record: Any, cfg: JsonSource, fields: dict[str, str]) -> tuple[RawItem | None, str]:
    if not isinstance(record, dict):
        return None, "item is not a JSON object"
    ident = pick(record, fields["id"])
    if ident in (None, ""):
        return None, f"item has no id at {fields['id']!r}"
    title = html_to_text(str(pick(record, fields["title"]) or ""))
    text = html_to_text(str(pick(record, fields["text"]) or ""))
    if not title and not text:
        return None, "item has neither title nor text"
    published = parse_date(pick(record, fields["published_at"]))
    if published is None:
        return None, f"item has no parseable date at {fields['published_at']!r}"
    text, cut = clip_text(text or title)
    url, author = pick(record, fields["url"]), pick(record, fields["author"])
    payload = _without(record, fields["author"])
    payload = {k: v for k, v in payload.items() if k not in _PERSONAL}
    payload["text_truncated"] = cut
    return RawItem(
        source=cfg.name,
        kind="json",
        external_id=str(ident)[:500],
        url=str(url) if url else None,
        author=str(author) if author else None,
        published_at=published,
        title=title or text[:120],
        text=text,
        voice_of=cfg.voice_of,
        raw=raw_json(payload),
    ), ""


def _without(record: dict[str, Any], path: str) -> dict[str, Any]:
    """A copy of `record` without the value at the dotted `path` (the author's name stays out of lineage)."""
    copy = json.loads(json.dumps(record, default=str))
    parts = path.split(".")
    parent = pick(copy, ".".join(parts[:-1])) if len(parts) > 1 else copy
    if isinstance(parent, dict):
        parent.pop(parts[-1], None)
    return dict(copy)


def parse_date(value: Any) -> datetime | None:
    """ISO 8601 (naive = UTC, as CKAN writes it) or Unix seconds -> aware UTC; None otherwise."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        return to_utc(datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")))
    except ValueError:
        return None
