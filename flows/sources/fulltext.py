"""Full-article text for feeds that carry only a summary (per source `full_text: true`, off by default).

A small standard-library extractor instead of a heavy dependency: the paragraphs inside
`<article>` (else `<main>`, else every paragraph of at least a few words), skipping navigation,
headers, footers, asides, forms and scripts. Good enough for news pages; when it finds less than
the feed already had, the feed's text is kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from config.errors import SourceError
from flows.sources.base import PoliteClient
from flows.sources.text import tidy

_SKIP = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg"}
)
_PARAS = frozenset({"p", "h2", "h3", "blockquote", "li"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr"})
MIN_WORDS = 8
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
    """The main text of an article page, paragraphs separated by blank lines ("" if none found)."""
    parser = _Paragraphs()
    parser.feed(markup)
    parser.close()
    for container in ("article", "main"):
        paragraphs = [t for c, t in parser.found if c == container]
        if paragraphs:
            return "\n\n".join(paragraphs)
    return "\n\n".join(t for _, t in parser.found if len(t.split()) >= MIN_WORDS)


def fetch_article(client: PoliteClient, url: str) -> str:
    """Download a page and extract its article text; raises SourceError when it cannot be fetched."""
    response = client.get(url, headers={"Accept": "text/html,application/xhtml+xml"})
    ctype = response.headers.get("content-type", "")
    if ctype and "html" not in ctype:
        raise SourceError(f"{url} is not an HTML page ({ctype}).")
    return article_text(_decode(response.content, ctype))


def _decode(data: bytes, ctype: str) -> str:
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
