"""Tweede Kamer open data (Gegevensmagazijn, OData v4): Kamerstukken about the opgave as documents.

We ask the server to filter on the keywords (`contains(Onderwerp, ...)`) and filter again
ourselves, because not every OData server (nor our twin) honours `$filter`. Paging follows
`@odata.nextLink`. The body of a document is its `resource`; only text resources are read here,
for others (PDF, Word) the subject line stands in for the text. A cursor on `GewijzigdOp` makes a
re-run skip documents that did not change.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from config.errors import SourceError
from config.schema import Opgave
from config.sources import TweedeKamerSource
from flows.sources.base import HarvestResult, PoliteClient, RawItem, clip_text, raw_json, to_utc
from flows.sources.text import contains_any, html_to_text, tidy

PAGE_SIZE = 250
CURSOR = "gewijzigd_op"
_TEXT_TYPES = ("text/plain", "text/html", "")


def odata_filter(keywords: list[str], since: str | None) -> str:
    """`$filter` for documents about any keyword (in Onderwerp or Titel), changed after `since`."""
    terms = []
    for word in keywords:
        quoted = word.replace("'", "''")
        terms += [f"contains(Onderwerp,'{quoted}')", f"contains(Titel,'{quoted}')"]
    clause = f"Verwijderd eq false and ({' or '.join(terms)})"
    cursor = _parse(since)
    return f"{clause} and GewijzigdOp gt {cursor:%Y-%m-%dT%H:%M:%SZ}" if cursor else clause


def harvest_tweedekamer(
    cfg: TweedeKamerSource, opgave: Opgave, state: dict[str, str], client: PoliteClient, result: HarvestResult
) -> None:
    """Page through matching documents, fetch their text, and advance the GewijzigdOp cursor."""
    base = cfg.base_url.rstrip("/")
    since = state.get(CURSOR)
    params: dict[str, Any] | None = {
        "$filter": odata_filter(opgave.keywords, since),
        "$top": min(PAGE_SIZE, cfg.limit),
        "$orderby": "GewijzigdOp desc",
    }
    url: str | None = f"{base}/{cfg.entity}"
    newest = _parse(since) if since else None
    matched = 0
    while url and matched < cfg.limit:
        page = client.get_json(url, params=params)
        if not isinstance(page, dict) or not isinstance(page.get("value"), list):
            raise SourceError(f"Unexpected OData answer from {url}: no 'value' list.")
        for doc in page["value"]:
            if matched >= cfg.limit:
                break
            changed = _parse(doc.get("GewijzigdOp"))
            if not _wanted(doc, opgave.keywords, since):
                continue
            matched += 1
            item, reason = _document_item(doc, cfg, base, client)
            if item is None:
                result.skipped.append((str(doc.get("Id") or "?"), reason))
                continue
            result.items.append(item)
            if changed and (newest is None or changed > newest):
                newest = changed
        url, params = page.get("@odata.nextLink"), None  # the next link carries all parameters
    result.state = {**state, CURSOR: newest.isoformat()} if newest else dict(state)


def _wanted(doc: dict[str, Any], keywords: list[str], since: str | None) -> bool:
    """The client-side half of the `$filter`: not deleted, about a keyword, changed since the cursor."""
    if doc.get("Verwijderd"):
        return False
    if not contains_any(f"{doc.get('Onderwerp') or ''} {doc.get('Titel') or ''}", keywords):
        return False
    if since:
        changed, cursor = _parse(doc.get("GewijzigdOp")), _parse(since)
        if changed is not None and cursor is not None and changed <= cursor:
            return False
    return True


def _document_item(
    doc: dict[str, Any], cfg: TweedeKamerSource, base: str, client: PoliteClient
) -> tuple[RawItem | None, str]:
    doc_id = str(doc.get("Id") or "")
    published = _parse(doc.get("Datum"))
    if not doc_id:
        return None, "document has no Id"
    if published is None:
        return None, f"document has no parseable Datum ({doc.get('Datum')!r})"
    resource = f"{base}/{cfg.entity}({doc_id})/resource"
    subject = tidy(str(doc.get("Onderwerp") or doc.get("Titel") or ""))
    ctype = str(doc.get("ContentType") or "").split(";")[0].strip().lower()
    if ctype in _TEXT_TYPES:
        try:
            body = _resource_text(client, resource)
        except SourceError as exc:
            return None, f"resource could not be fetched ({exc})"
        text_source = "resource"
    else:
        body, text_source = subject, f"subject only (resource is {ctype})"
    text, cut = clip_text(body or subject)
    payload = {k: v for k, v in doc.items() if k != "Tekst"}
    payload.update({"text_source": text_source, "text_truncated": cut})
    return RawItem(
        source=cfg.name,
        kind="tweedekamer",
        external_id=doc_id,
        url=resource,
        author=None,
        published_at=published,
        title=subject or str(doc.get("Titel") or doc_id),
        text=text,
        language="nl",
        voice_of=cfg.voice_of,
        raw=raw_json(payload),
    ), ""


def _resource_text(client: PoliteClient, url: str) -> str:
    response = client.get(url, headers={"Accept": "text/plain, text/html;q=0.8"})
    charset = response.headers.get("content-type", "")
    encoding = charset.split("charset=")[-1].strip() if "charset=" in charset else "utf-8"
    try:
        text = response.content.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        text = response.content.decode("utf-8", errors="replace")
    return html_to_text(text) if "html" in charset else tidy(text)


def _parse(value: Any) -> datetime | None:
    """ISO 8601 with offset (TK dates carry +01:00/+02:00) -> UTC; None when missing or invalid."""
    if not value:
        return None
    try:
        return to_utc(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except ValueError:
        return None
