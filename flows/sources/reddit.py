"""Reddit through praw: new posts and keyword search per subreddit, with comments to a set depth.

Credentials come only from the environment (`REDDIT_CLIENT_ID`, `REDDIT_CLIENT_SECRET`, and
`REDDIT_USER_AGENT`, which falls back to the opgave's User-Agent); without them the source is
skipped with one clear reason. praw never checks for updates and talks to `oauth_url`/
`reddit_url` from the config, which is how the offline twin stands in for reddit.com. Rate
limits: praw paces itself on Reddit's `x-ratelimit-*` headers; a 429 or 5xx is retried with our
backoff, honouring `Retry-After`. Incremental: the state remembers each listed post's comment
count, so a re-run skips posts without new comments and fetches no comment trees for them.
"""

from __future__ import annotations

import json
import os
import re
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
    retry = client.retry
    posts: dict[str, Any] = {}
    for name in cfg.subreddits:
        for post in _retrying(partial(_listed_posts, reddit, name, cfg, opgave), retry):
            posts.setdefault(post.id, post)
    seen = _seen_counts(state)
    counts: dict[str, int] = {}
    newest = float(state.get("newest_created_utc") or 0)
    for post in sorted(posts.values(), key=lambda p: -float(p.created_utc)):
        num_comments = int(getattr(post, "num_comments", 0) or 0)
        counts[post.id] = num_comments
        newest = max(newest, float(post.created_utc))
        if seen.get(post.id) == num_comments:
            continue  # harvested before and no new comments since: nothing to fetch or store
        item = _post_item(post, cfg)
        result.items.append(item)
        if cfg.comment_depth > 0 and num_comments > 0:
            comments = _retrying(partial(_load_comments, post), retry)
            result.items.extend(_comment_items(comments, post, item, cfg, cfg.comment_depth))
    result.state = {"comment_counts": json.dumps(counts, separators=(",", ":"), sort_keys=True)}
    if newest:
        result.state["newest_created_utc"] = str(int(newest))


def _seen_counts(state: dict[str, str]) -> dict[str, int]:
    """Posts harvested in the previous run with their comment count then (state `comment_counts`)."""
    try:
        counts = json.loads(state.get("comment_counts") or "{}")
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in counts.items()} if isinstance(counts, dict) else {}


def _count_bytes(client: PoliteClient, response: requests.Response) -> None:
    """Add the size of a praw response body to the source's byte count."""
    client.bytes_received += len(response.content)


def search_query(keywords: list[str]) -> str:
    """Reddit search syntax: the keywords OR'ed, phrases quoted."""
    return " OR ".join(f'"{k}"' if " " in k else k for k in keywords)


def _listed_posts(reddit: praw.Reddit, name: str, cfg: RedditSource, opgave: Opgave) -> list[Any]:
    """New posts of one subreddit, plus (when configured) its posts matching the keywords."""
    subreddit = reddit.subreddit(name)
    posts = list(subreddit.new(limit=cfg.limit))
    if cfg.search:
        query = search_query(opgave.keywords)
        posts += list(subreddit.search(query, sort="new", time_filter="all", limit=cfg.limit))
    return posts


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
