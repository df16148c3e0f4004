"""HTML reduced to plain text, and small text helpers shared by the connectors.

The standard-library HTML parser is forgiving of broken markup, which feeds often contain; block
elements become line breaks so sentences of different paragraphs are not glued together.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "dd",
        "dt",
    }
)
_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "head"})
_TAG_HINT = re.compile(r"<[a-zA-Z/!][^>]*>|&[#a-zA-Z0-9]+;")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BREAKS = re.compile(r"\s*\n\s*(\n\s*)+")
_MOJIBAKE = re.compile(
    "[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace tidied."""
    if not markup:
        return ""
    if not _TAG_HINT.search(markup):
        return tidy(markup)
    collector = _Collector()
    try:
        collector.feed(markup)
        collector.close()
    except Exception:  # the stdlib parser is lenient; this is a last resort for pathological input
        return tidy(html.unescape(re.sub(r"<[^>]*>", " ", markup)))
    return tidy("".join(collector.parts))


def tidy(text: str) -> str:
    """Collapse runs of spaces, keep paragraph breaks (one blank line at most)."""
    text = _SPACES.sub(" ", text.replace("\u200b", ""))
    text = _BREAKS.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1/cp1252 ("beÃ«indiging" -> "beëindiging") when it clearly happened."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return fixed
    return text


def contains_any(text: str, keywords: list[str]) -> bool:
    """Case-insensitive: does `text` mention any keyword (compounds like 'stikstofbeleid' count)?"""
    folded = text.casefold()
    return any(k.casefold() in folded for k in keywords)
