"""RSS and Atom feeds: fetched politely with a conditional GET, parsed by feedparser from bytes.

An unchanged feed answers 304 and transfers nothing (status `not_modified`). A feed that is only
partly well-formed (feedparser's `bozo`) keeps what parsed and records why; an entry without
content or without a date is skipped with its reason, never a crash. With `full_text: true` the
article page of each entry replaces a short summary.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import json
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from config.errors import SourceError
from config.schema import Opgave
from config.sources import RssSource
from flows.sources.base import HarvestResult, PoliteClient, RawItem, clip_text, raw_json
from flows.sources.fulltext import fetch_article
from flows.sources.text import html_to_text, repair_mojibake

_PASS_HEADERS = ("content-type", "content-language")
# no content-location: feedparser's loose parser would then rewrite relative guids into URLs,
# so the same entry would get another id whenever the feed is malformed.
FULL_TEXT_MAX = 100
"""At most this many article pages are fetched per feed per run (politeness)."""
_DATE_FIELDS = ("published_parsed", "updated_parsed", "created_parsed")


def harvest_rss(
    cfg: RssSource, opgave: Opgave, state: dict[str, str], client: PoliteClient, result: HarvestResult
) -> None:
    """Fetch one feed into `result` (items, skipped, state); unchanged feeds end as `not_modified`."""
    headers: dict[str, str] = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    response = client.get(cfg.url, headers=headers)
    if response.status_code == 304:
        result.status = "not_modified"
        result.state = dict(state)
        return
    passed = {k: v for k, v in response.headers.items() if k.lower() in _PASS_HEADERS}
    items, skipped, problem = parse_feed(response.content, cfg, passed, base_url=response.url)
    if cfg.full_text:
        items = [with_full_text(item, client) for item in items[:FULL_TEXT_MAX]] + items[FULL_TEXT_MAX:]
    result.items.extend(items)
    result.skipped.extend(skipped)
    if problem and not items:
        result.status = "failed"
        result.error = f"Feed {cfg.url} could not be parsed: {problem}."
        result.state = dict(state)  # keep old validators so the next run fetches again
        return
    if problem:
        result.error = f"Feed is partly malformed ({problem}); kept the {len(items)} entries that parsed."
    result.state = {k: v for k, v in _validators(response.headers).items() if v}


def with_full_text(item: RawItem, client: PoliteClient) -> RawItem:
    """The item with the article page's text when that is longer than the feed's summary."""
    if not item.url or not item.url.startswith(("http://", "https://")):
        return item
    payload = json.loads(item.raw)
    try:
        article, extractor = fetch_article(client, item.url)
    except SourceError as exc:
        payload["full_text"] = f"not fetched: {exc}"
        return dataclasses.replace(item, raw=raw_json(payload))
    if len(article) <= len(item.text):
        payload["full_text"] = "article page had no longer text"
        return dataclasses.replace(item, raw=raw_json(payload))
    text, cut = clip_text(article)
    payload.update(
        {"full_text": "from article page", "full_text_extractor": extractor, "text_truncated": cut}
    )
    return dataclasses.replace(item, text=text, raw=raw_json(payload))


def _validators(headers: Any) -> dict[str, str]:
    return {"etag": headers.get("etag") or "", "last_modified": headers.get("last-modified") or ""}


def parse_feed(
    data: bytes, cfg: RssSource, response_headers: dict[str, str] | None = None, base_url: str | None = None
) -> tuple[list[RawItem], list[tuple[str, str]], str | None]:
    """Parse feed bytes: (items, skipped (id, reason), problem with the feed as a whole or None)."""
    if not data.strip():
        return [], [], "the response is empty"
    parsed = feedparser.parse(data, response_headers=response_headers or {}, sanitize_html=False)
    problem = _bozo_reason(parsed)
    if not parsed.entries and not parsed.get("version"):
        return [], [], problem or "the response is not an RSS or Atom feed"
    feed_language = _language(parsed.feed.get("language") or (response_headers or {}).get("content-language"))
    items: list[RawItem] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for index, entry in enumerate(parsed.entries):
        try:
            item, reason = _entry_to_item(entry, cfg, feed_language, base_url)
        except Exception as exc:  # one odd entry must never lose the rest of the feed
            item, reason = None, f"entry could not be read ({type(exc).__name__}: {exc})"
        if item is None:
            skipped.append((str(entry.get("id") or entry.get("link") or f"#{index}"), reason or "unknown"))
        elif item.external_id in seen:
            skipped.append((item.external_id, "duplicate id within the feed"))
        else:
            seen.add(item.external_id)
            items.append(item)
    if problem and not items and not skipped:
        return [], [], problem
    return items, skipped, problem


def _bozo_reason(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__ if exc is not None else "Error"
    return f"{name}: {exc}".strip() if str(exc) else name


def _entry_to_item(
    entry: Any, cfg: RssSource, feed_language: str | None, base_url: str | None
) -> tuple[RawItem | None, str | None]:
    title = repair_mojibake(html_to_text(str(entry.get("title") or "")))
    text = repair_mojibake(_entry_text(entry))
    if not title and not text:
        return None, "entry has neither title nor text"
    published = _entry_date(entry)
    if published is None:
        return None, "entry has no parseable publication date"
    text, cut = clip_text(text or title)
    link = urljoin(base_url or "", str(entry["link"])) if entry.get("link") else None
    external_id = str(entry.get("id") or link or _content_id(title, text))
    payload = {k: entry.get(k) for k in ("id", "link", "title", "published", "updated", "tags")}
    payload.update({"summary": entry.get("summary"), "text_truncated": cut})
    author = entry.get("author") or None
    item = RawItem(
        source=cfg.name,
        kind="rss",
        external_id=external_id[:500],
        url=str(link) if link else None,
        author=str(author) if author else None,
        published_at=published,
        title=title[:1000],
        text=text,
        language=_entry_language(entry) or feed_language,
        voice_of=cfg.voice_of,
        raw=raw_json(payload),
    )
    return item, None


def _entry_text(entry: Any) -> str:
    """The fullest body the entry carries: content:encoded / Atom content, else the summary."""
    candidates = [str(c.get("value") or "") for c in entry.get("content") or []]
    candidates.append(str(entry.get("summary") or entry.get("description") or ""))
    texts = [html_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> datetime | None:
    for name in _DATE_FIELDS:
        value = entry.get(name)
        if isinstance(value, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _entry_language(entry: Any) -> str | None:
    for block in (
        *(entry.get("content") or []),
        entry.get("summary_detail") or {},
        entry.get("title_detail") or {},
    ):
        if block.get("language"):
            return _language(block["language"])
    return None


def _language(value: str | None) -> str | None:
    """`nl-NL` -> `nl`; None for empty values."""
    if not value:
        return None
    primary = str(value).strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _content_id(title: str, text: str) -> str:
    return "sha1:" + hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()
