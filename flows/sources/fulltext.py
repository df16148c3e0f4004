"""Full-article text for feeds that carry only a summary (per source `full_text: true`, off by default).

We fetch the page ourselves (through `PoliteClient`: timeouts, retries, User-Agent) and hand the
HTML to trafilatura when it is installed (the optional `fulltext` extra): it tells the article from
cookie banners, related links and reader comments in the `<div>` soup of real news sites.
trafilatura never touches the network here; it only sees the string we give it. Without it (or
when it finds nothing) a small standard-library extractor takes over: the paragraphs inside
`<article>` (else `<main>`, else every paragraph of at least a few words), skipping navigation,
headers, footers, asides, forms and scripts. When the page yields less than the feed already had,
the feed's text is kept (see `flows.sources.rss.with_full_text`).
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
from html.parser import HTMLParser
from typing import Any

from config.errors import SourceError
from flows.sources.base import PoliteClient
from flows.sources.text import tidy

_SKIP = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg"}
)
_PARAS = frozenset({"p", "h2", "h3", "blockquote", "li"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr"})
MIN_WORDS = 8
log = logging.getLogger(__name__)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.current: list[str] | None = None
        self.found: list[tuple[str, str]] = []  # (container: article|main|body, text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag in _PARAS and self.current is None and not self._skipping():
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in _PARAS and self.current is not None and tag == open_tag:
                self._close()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.current is not None and not self._skipping():
            self.current.append(data)

    def _skipping(self) -> bool:
        return any(t in _SKIP for t in self.stack)

    def _close(self) -> None:
        text = tidy(" ".join(self.current or []))
        container = "article" if "article" in self.stack else "main" if "main" in self.stack else "body"
        if text:
            self.found.append((container, text))
        self.current = None


def article_text(markup: str) -> str:
    """The main text of an article page by the standard-library extractor ("" if none found)."""
    parser = _Paragraphs()
    parser.feed(markup)
    parser.close()
    for container in ("article", "main"):
        paragraphs = [t for c, t in parser.found if c == container]
        if paragraphs:
            return "\n\n".join(paragraphs)
    return "\n\n".join(t for _, t in parser.found if len(t.split()) >= MIN_WORDS)


@functools.cache
def _trafilatura() -> Any | None:
    """The trafilatura module, or None when it (or one of its dependencies) is not installed."""
    try:
        return importlib.import_module("trafilatura")
    except Exception as exc:  # ImportError, or a broken install such as lxml without html-clean
        log.info("trafilatura is not usable (%s); using the built-in article extractor", exc)
        return None


def trafilatura_text(markup: str) -> str | None:
    """The article text by trafilatura (title line left out), "" if it found none, None if unavailable."""
    module = _trafilatura()
    if module is None:
        return None
    try:
        doc = module.bare_extraction(
            markup, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
        )
    except Exception as exc:  # a parser crash on one odd page must not lose the feed's own text
        log.info("trafilatura failed on a page (%s: %s)", type(exc).__name__, exc)
        return ""
    if doc is None:
        return ""
    text = (doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)) or ""
    title = (doc.get("title") if isinstance(doc, dict) else getattr(doc, "title", None)) or ""
    lines = [tidy(line) for line in str(text).split("\n")]
    if lines and title and lines[0] == tidy(str(title)):
        lines = lines[1:]  # the headline is the item's title already
    return "\n\n".join(line for line in lines if line)


def extract_article(markup: str, use_trafilatura: bool = True) -> tuple[str, str]:
    """(article text, extractor used: "trafilatura" or "stdlib"); the text is "" when none was found."""
    if use_trafilatura and (text := trafilatura_text(markup)):
        return text, "trafilatura"
    return article_text(markup), "stdlib"


def fetch_article(client: PoliteClient, url: str) -> tuple[str, str]:
    """Download a page and extract its article text (text, extractor); SourceError if not fetchable."""
    response = client.get(url, headers={"Accept": "text/html,application/xhtml+xml"})
    ctype = response.headers.get("content-type", "")
    if ctype and "html" not in ctype:
        raise SourceError(f"{url} is not an HTML page ({ctype}).")
    return extract_article(decode_page(response.content, ctype))


def decode_page(data: bytes, ctype: str) -> str:
    """HTML bytes as text: charset from the header, then the `<meta>` tag, then UTF-8, then cp1252."""
    candidates = []
    if "charset=" in ctype:
        candidates.append(ctype.split("charset=")[-1].split(";")[0].strip())
    if match := _CHARSET.search(data[:4096]):
        candidates.append(match[1].decode("ascii"))
    for encoding in (*candidates, "utf-8"):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")
