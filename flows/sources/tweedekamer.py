"""Tweede Kamer open data (Gegevensmagazijn, OData v4): Kamerstukken about the opgave as documents.

We ask the server to filter on the keywords (`contains(Onderwerp, ...)`) and filter again
ourselves, because not every OData server (nor our twin) honours all of `$filter`. Paging follows
`@odata.nextLink`. The body of a document is its `resource`; only text resources are read here,
for others (PDF, Word) the subject line stands in for the text.

Incremental: the state keeps the newest `GewijzigdOp` seen. A re-run asks only for documents
changed after it (`GewijzigdOp gt <cursor>`, oldest first), so an unchanged source answers with an
empty page. The first run (no cursor) takes the newest `limit` documents instead; older history is
deliberately not back-filled. When `limit` cuts a re-run short, the cursor stops at the last
document read, so the next run continues there. A document whose text could not be fetched holds
the cursor just before it, so it is tried again next time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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
    return f"{clause} and GewijzigdOp gt {odata_time(cursor)}" if cursor else clause


def odata_time(when: datetime) -> str:
    """An OData v4 DateTimeOffset literal in UTC; fractions of a second only when present."""
    text = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{when.microsecond:06d}Z" if when.microsecond else f"{text}Z"


def harvest_tweedekamer(
    cfg: TweedeKamerSource, opgave: Opgave, state: dict[str, str], client: PoliteClient, result: HarvestResult
) -> None:
    """Page through matching documents changed since the cursor, fetch their text, advance the cursor."""
    base = cfg.base_url.rstrip("/")
    since = state.get(CURSOR)
    cursor = _Cursor(_parse(since))
    params: dict[str, Any] | None = {
        "$filter": odata_filter(opgave.keywords, since),
        "$top": min(PAGE_SIZE, cfg.limit),
        # a re-run reads oldest first, so a cut-off by `limit` leaves no gap behind the cursor
        "$orderby": "GewijzigdOp" if cursor.start else "GewijzigdOp desc",
    }
    url: str | None = f"{base}/{cfg.entity}"
    matched = 0
    while url and matched < cfg.limit:
        page = client.get_json(url, params=params)
        if not isinstance(page, dict) or not isinstance(page.get("value"), list):
            raise SourceError(f"Unexpected OData answer from {url}: no 'value' list.")
        for doc in page["value"]:
            if matched >= cfg.limit:
                break
            changed = _parse(doc.get("GewijzigdOp")) if isinstance(doc, dict) else None
            if not isinstance(doc, dict) or not _wanted(doc, opgave.keywords, cursor.start):
                cursor.passed(changed)  # not ours (or not changed): no reason to see it again
                continue
            matched += 1
            item, reason, again = _document_item(doc, cfg, base, client)
            if item is None:
                result.skipped.append((str(doc.get("Id") or "?"), reason))
                if again:
                    cursor.held(changed)
                else:
                    cursor.passed(changed)
                continue
            result.items.append(item)
            cursor.passed(changed)
        url, params = page.get("@odata.nextLink"), None  # the next link carries all parameters
    newest = cursor.value()
    result.state = {**state, CURSOR: newest.isoformat()} if newest else dict(state)


class _Cursor:
    """The newest `GewijzigdOp` read, kept just below any document that must be fetched again."""

    def __init__(self, start: datetime | None) -> None:
        self.start = start
        self.newest = start
        self.hold: datetime | None = None

    def passed(self, changed: datetime | None) -> None:
        if changed is not None and (self.newest is None or changed > self.newest):
            self.newest = changed

    def held(self, changed: datetime | None) -> None:
        if changed is not None and (self.hold is None or changed < self.hold):
            self.hold = changed

    def value(self) -> datetime | None:
        if self.hold is None or self.newest is None or self.newest < self.hold:
            return self.newest
        below = self.hold - timedelta(microseconds=1)
        return max(below, self.start) if self.start is not None else below


def _wanted(doc: dict[str, Any], keywords: list[str], since: datetime | None) -> bool:
    """The client-side half of the `$filter`: not deleted, about a keyword, changed since the cursor."""
    if doc.get("Verwijderd"):
        return False
    if not contains_any(f"{doc.get('Onderwerp') or ''} {doc.get('Titel') or ''}", keywords):
        return False
    if since is not None:
        changed = _parse(doc.get("GewijzigdOp"))
        if changed is not None and changed <= since:
            return False
    return True


def _document_item(
    doc: dict[str, Any], cfg: TweedeKamerSource, base: str, client: PoliteClient
) -> tuple[RawItem | None, str, bool]:
    """(item, "", False), or (None, reason, whether it is worth trying again next run)."""
    doc_id = str(doc.get("Id") or "")
    published = _parse(doc.get("Datum"))
    if not doc_id:
        return None, "document has no Id", False
    if published is None:
        return None, f"document has no parseable Datum ({doc.get('Datum')!r})", False
    resource = f"{base}/{cfg.entity}({doc_id})/resource"
    subject = tidy(str(doc.get("Onderwerp") or doc.get("Titel") or ""))
    ctype = str(doc.get("ContentType") or "").split(";")[0].strip().lower()
    if ctype in _TEXT_TYPES:
        try:
            body = _resource_text(client, resource)
        except SourceError as exc:
            return None, f"resource could not be fetched ({exc})", True
        text_source = "resource"
    else:
        body, text_source = subject, f"subject only (resource is {ctype})"
    text, cut = clip_text(body or subject)
    payload = {k: v for k, v in doc.items() if k != "Tekst"}
    payload.update({"text_source": text_source, "text_truncated": cut})
    return (
        RawItem(
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
        ),
        "",
        False,
    )


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
