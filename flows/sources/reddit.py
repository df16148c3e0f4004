"""Reddit through praw: new posts and keyword search per subreddit, with comments to a set depth.

Credentials come only from the environment (`REDDIT_CLIENT_ID`, `REDDIT_CLIENT_SECRET`, and
`REDDIT_USER_AGENT`, which falls back to the opgave's User-Agent); without them the source is
skipped with one clear reason. praw never checks for updates and talks to `oauth_url`/
`reddit_url` from the config, which is how the offline twin stands in for reddit.com. Rate
limits: praw paces itself on Reddit's `x-ratelimit-*` headers; a 429 or 5xx is retried with our
backoff, honouring `Retry-After`.

Incremental, and the trade-off it makes. The state keeps, per listing (`new` and `search` of each
subreddit), the fullname of the newest post seen; a re-run asks only for posts newer than that
(`before=<fullname>`, paging upwards), so an unchanged subreddit answers with an empty listing.
New comments on old posts do not show in such a listing, so the state also keeps the comment
count of every post younger than the source's `recheck_comments_days` (default 7): one cheap
`/api/info` call (100 posts per request) re-reads those counts, and only a
post whose count rose has its comment tree fetched again. Comments on posts older than the window
are no longer collected: conversations on Reddit die down within days, and re-reading every tree
on every run is what made re-runs expensive. Reddit returns an empty listing when the `before`
post was removed; the same info call notices that and the listing is then read in full once.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

import praw
import prawcore
import requests

from config.errors import SourceError
from config.schema import Opgave
from config.sources import RedditSource
from flows.sources.base import (
    HarvestResult,
    PoliteClient,
    RawItem,
    RetryPolicy,
    clip_text,
    parse_retry_after,
    raw_json,
)

T = TypeVar("T")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_REFUSED = (prawcore.exceptions.NotFound, prawcore.exceptions.Forbidden, prawcore.exceptions.Redirect)
_TRANSIENT = (
    prawcore.exceptions.ServerError,
    prawcore.exceptions.TooManyRequests,
    prawcore.exceptions.RequestException,
)


def credentials() -> tuple[str, str, str | None] | None:
    """(client id, secret, user agent or None) from the environment, or None when not configured."""
    cid, secret = os.environ.get("REDDIT_CLIENT_ID"), os.environ.get("REDDIT_CLIENT_SECRET")
    if not cid or not secret:
        return None
    return cid, secret, os.environ.get("REDDIT_USER_AGENT") or None


def make_reddit(
    cfg: RedditSource,
    user_agent: str,
    creds: tuple[str, str, str | None],
    session: requests.Session | None = None,
) -> praw.Reddit:
    """A read-only praw client for the configured endpoints (real Reddit or the twin)."""
    return praw.Reddit(
        requestor_kwargs={"session": session} if session is not None else None,
        client_id=creds[0],
        client_secret=creds[1],
        user_agent=creds[2] or user_agent,
        check_for_updates=False,
        # prawcore joins paths onto oauth_url with urljoin: it needs a trailing slash to keep a prefix.
        oauth_url=cfg.oauth_url.rstrip("/") + "/",
        reddit_url=cfg.reddit_url.rstrip("/"),
        timeout=max(1, int(cfg.timeout_s)),
        ratelimit_seconds=10,
    )


PAGE = 100  # Reddit's maximum page size


def harvest_reddit(
    cfg: RedditSource, opgave: Opgave, state: dict[str, str], client: PoliteClient, result: HarvestResult
) -> None:
    """Posts (new + keyword search) and their comments into `result`, deduplicated by id."""
    creds = credentials()
    if creds is None:
        result.status = "skipped"
        result.error = (
            "Reddit credentials are not set (REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET); source skipped."
        )
        return
    session = requests.Session()
    session.hooks["response"].append(lambda response, *_a, **_k: _count_bytes(client, response))
    reddit = make_reddit(cfg, client.user_agent, creds, session)
    reddit.read_only = True
    window_s = float(cfg.recheck_comments_days) * 86400
    now = time.time()
    anchors, seen = _anchors(state), _seen_counts(state)
    recheck = {f"t3_{pid}" for pid, (created, _n) in seen.items() if created >= now - window_s}
    check = sorted(recheck | {fullname for fullname, _t in anchors.values()})
    current = _retrying(partial(_info, reddit, check), client.retry)
    posts, known = _gather(reddit, cfg, opgave, anchors, current, client.retry)
    for fullname in recheck:  # known recent posts, with their comment count as it is now
        if (post := current.get(fullname)) is not None and _alive(post):
            posts.setdefault(post.id, post)
    counts = _emit(posts, seen, known, cfg, client.retry, result)
    recent = {k: v for k, v in counts.items() if v[0] >= now - window_s}
    result.state = {"anchors": _dump(anchors), "recent": _dump(recent)}
    newest = max([float(state.get("newest_created_utc") or 0), *(c for c, _n in counts.values())])
    if newest:
        result.state["newest_created_utc"] = str(int(newest))


def _emit(
    posts: dict[str, Any],
    seen: dict[str, tuple[int, int]],
    known: set[str],
    cfg: RedditSource,
    retry: RetryPolicy,
    result: HarvestResult,
) -> dict[str, tuple[int, int]]:
    """New posts, and posts with new comments, as items with their comments; returns the counts now."""
    counts: dict[str, tuple[int, int]] = {}
    for post in sorted(posts.values(), key=lambda p: -float(p.created_utc)):
        num_comments = int(getattr(post, "num_comments", 0) or 0)
        counts[post.id] = (int(float(post.created_utc)), num_comments)
        previous = seen.get(post.id)
        if (previous is not None and previous[1] >= num_comments) or (previous is None and post.id in known):
            continue  # harvested before and no new comments since: nothing to fetch or store
        item = _post_item(post, cfg)
        result.items.append(item)
        if cfg.comment_depth > 0 and num_comments > 0:
            comments = _retrying(partial(_load_comments, post), retry)
            result.items.extend(_comment_items(comments, post, item, cfg, cfg.comment_depth))
    return counts


def _gather(
    reddit: praw.Reddit,
    cfg: RedditSource,
    opgave: Opgave,
    anchors: dict[str, tuple[str, int]],
    current: dict[str, Any],
    retry: RetryPolicy,
) -> tuple[dict[str, Any], set[str]]:
    """Posts of every listing (only the newer ones where the anchor still stands) and moves the anchors.

    Also returns the ids of posts that a full re-read (anchor removed) found at or before the old
    anchor: those were harvested before, even if they have left the re-check window since.
    """
    posts: dict[str, Any] = {}
    known: set[str] = set()
    for name in cfg.subreddits:
        for listing in ("new", "search") if cfg.search else ("new",):
            key = f"{listing}:{name.lower()}"
            fullname, anchor_time = anchors.get(key, ("", 0))
            if fullname and _alive(current.get(fullname)):
                call = partial(_newer_posts, reddit, name, listing, fullname, cfg, opgave)
            else:
                call = partial(_listed_posts, reddit, name, listing, cfg, opgave)
            found = _retrying(call, retry)
            for post in found:
                posts.setdefault(post.id, post)
                if fullname and float(post.created_utc) <= anchor_time:
                    known.add(post.id)
            if found:
                top = max(found, key=lambda p: float(p.created_utc))
                anchors[key] = (top.fullname, int(float(top.created_utc)))
    return posts, known


def _dump(value: dict[str, Any]) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True)


def _anchors(state: dict[str, str]) -> dict[str, tuple[str, int]]:
    """Listing ("new:<sub>", "search:<sub>") -> (fullname, created_utc) of the newest post seen there."""
    try:
        value = json.loads(state.get("anchors") or "{}")
    except ValueError:
        return {}
    anchors: dict[str, tuple[str, int]] = {}
    for key, entry in value.items() if isinstance(value, dict) else ():
        if isinstance(entry, list) and len(entry) == 2 and str(entry[0]).startswith("t3_"):
            try:
                anchors[str(key)] = (str(entry[0]), int(entry[1]))
            except (TypeError, ValueError):
                continue
    return anchors


def _seen_counts(state: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Post id -> (created_utc, comment count when last harvested); reads the older `comment_counts` too."""
    seen: dict[str, tuple[int, int]] = {}
    for key in ("comment_counts", "recent"):
        try:
            value = json.loads(state.get(key) or "{}")
        except ValueError:
            continue
        for pid, entry in value.items() if isinstance(value, dict) else ():
            try:
                created, count = (0, int(entry)) if key == "comment_counts" else map(int, entry)
            except (TypeError, ValueError):
                continue
            seen[str(pid)] = (created, count)
    return seen


def _alive(post: Any) -> bool:
    """Still listed on Reddit: returned by /api/info and not removed (removed posts leave listings)."""
    # read the fetched data only: a missing attribute on a lazy praw object would fetch the whole post
    return post is not None and not vars(post).get("removed_by_category")


def _info(reddit: praw.Reddit, fullnames: list[str]) -> dict[str, Any]:
    """Posts by fullname with their current comment counts: one request per 100, no comment trees."""
    if not fullnames:
        return {}
    return {post.fullname: post for post in reddit.info(fullnames=fullnames)}


def _count_bytes(client: PoliteClient, response: requests.Response) -> None:
    """Add the bytes of a praw response as received on the wire (compressed), like PoliteClient counts."""
    body = response.content
    wire = response.raw.tell() if hasattr(response.raw, "tell") else 0
    client.bytes_received += wire if isinstance(wire, int) and wire > 0 else len(body)


def search_query(keywords: list[str]) -> str:
    """Reddit search syntax: the keywords OR'ed, phrases quoted."""
    return " OR ".join(f'"{k}"' if " " in k else k for k in keywords)


def _listing_request(name: str, listing: str, opgave: Opgave) -> tuple[str, dict[str, Any]]:
    """Path and parameters of one listing, as praw's `subreddit.new` / `subreddit.search` send them."""
    if listing == "new":
        return f"r/{name}/new/", {}
    query = {"q": search_query(opgave.keywords), "restrict_sr": True, "sort": "new", "t": "all"}
    return f"r/{name}/search/", {**query, "syntax": "lucene"}


def _listed_posts(
    reddit: praw.Reddit, name: str, listing: str, cfg: RedditSource, opgave: Opgave
) -> list[Any]:
    """The newest posts of one listing (first run, or the `before` post is gone), up to `limit`."""
    subreddit = reddit.subreddit(name)
    if listing == "new":
        return list(subreddit.new(limit=cfg.limit))
    query = search_query(opgave.keywords)
    return list(subreddit.search(query, sort="new", time_filter="all", limit=cfg.limit))


def _newer_posts(
    reddit: praw.Reddit, name: str, listing: str, anchor: str, cfg: RedditSource, opgave: Opgave
) -> list[Any]:
    """Posts newer than `anchor`, paging upwards with `before`; at most `limit`, the oldest first kept.

    Keeping the ones closest to the anchor when `limit` cuts the list means the next run continues
    from there, leaving no gap.
    """
    path, params = _listing_request(name, listing, opgave)
    params.update({"limit": PAGE, "before": anchor, "raw_json": 1})
    found: list[Any] = []
    while len(found) < cfg.limit:
        page = list(reddit.get(path, params=params).children)
        found = page + found  # each page is newest first and newer than the one before
        if len(page) < PAGE:
            break
        params["before"] = page[0].fullname
    return found[-cfg.limit :]


def _load_comments(post: Any) -> list[Any]:
    post.comment_sort = "new"
    post.comments.replace_more(limit=0)
    return list(post.comments)


def _retrying(call: Callable[[], T], retry: RetryPolicy) -> T:
    """Run a praw call, retrying rate limits and server errors with our bounded backoff."""
    waited = 0.0
    for attempt in range(1, retry.attempts + 1):
        try:
            return call()
        except _TRANSIENT as exc:
            response = getattr(exc, "response", None)
            header = response.headers.get("Retry-After") if response is not None else None
            pause = retry.delay(attempt, parse_retry_after(header))
            if attempt == retry.attempts or waited + pause > retry.max_total_wait_s:
                raise SourceError(f"Reddit kept failing ({type(exc).__name__}: {exc}).") from None
            retry.sleep(pause)
            waited += pause
        except prawcore.exceptions.OAuthException as exc:
            raise SourceError(f"Reddit refused the credentials ({exc}).") from None
        except _REFUSED as exc:
            raise SourceError(f"Reddit refused a request ({type(exc).__name__}: {exc}).") from None
    raise SourceError("Reddit retry budget exhausted.")  # pragma: no cover - loop always returns or raises


def _when(value: Any) -> datetime:
    return datetime.fromtimestamp(float(value), tz=UTC)


def _plain(markdown: str) -> str:
    """Reddit markdown to readable text: links keep their label; quote and emphasis marks dropped."""
    text = _MD_LINK.sub(r"\1", markdown or "")
    text = re.sub(r"^\s*&gt;\s?|^\s*>\s?", "", text, flags=re.MULTILINE)
    return re.sub(r"(\*\*|__|~~)", "", text).replace("&amp;", "&").strip()


def _author(thing: Any) -> str | None:
    author = getattr(thing, "author", None)
    return str(author.name) if author is not None else None


def _permalink(thing: Any) -> str | None:
    link = getattr(thing, "permalink", None)
    return f"https://www.reddit.com{link}" if link else None


def _post_item(post: Any, cfg: RedditSource) -> RawItem:
    # a link post has no text of its own: its title is what it says
    text, cut = clip_text(_plain(post.selftext or "") or _plain(post.title))
    subreddit = str(post.subreddit.display_name)
    payload = {
        "id": post.id,
        "subreddit": subreddit,
        "score": post.score,
        "url": post.url,
        "num_comments": getattr(post, "num_comments", None),
        "text_truncated": cut,
    }
    return RawItem(
        source=cfg.name,
        kind="reddit",
        external_id=f"t3_{post.id}",
        url=_permalink(post),
        author=_author(post),
        published_at=_when(post.created_utc),
        title=_plain(post.title),
        text=text,
        voice_of=cfg.voice_of,
        raw=raw_json(payload),
    )


def _comment_items(
    comments: Iterable[Any], post: Any, post_item: RawItem, cfg: RedditSource, depth: int
) -> Iterator[RawItem]:
    """Comments down to `depth` levels (1 = top-level only); removed/deleted bodies are left out."""
    if depth <= 0:
        return
    for comment in comments:
        if not hasattr(comment, "body"):
            continue  # a MoreComments stub left by replace_more(limit=0)
        body = _plain(comment.body or "")
        if body and body not in {"[removed]", "[deleted]"}:
            text, cut = clip_text(body)
            payload = {
                "id": comment.id,
                "parent_id": comment.parent_id,
                "link_id": comment.link_id,
                "score": comment.score,
                "depth": getattr(comment, "depth", None),
                "text_truncated": cut,
            }
            yield RawItem(
                source=cfg.name,
                kind="reddit",
                external_id=f"t1_{comment.id}",
                url=_permalink(comment),
                author=_author(comment),
                published_at=_when(comment.created_utc),
                title=f"Re: {post_item.title}",
                text=text,
                voice_of=cfg.voice_of,
                parent_id=post_item.external_id,
                raw=raw_json(payload),
            )
        yield from _comment_items(comment.replies, post, post_item, cfg, depth - 1)
