"""Safe rendering of post text with the words that drove its score highlighted.

Everything from a post is HTML-escaped first; only our own <mark> tags are added afterwards, so
no HTML or script from a post can reach the page. The result goes to `st.html`, which renders
HTML without Markdown (so `[x](javascript:...)` stays literal text) and sanitises it again.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

POSITIVE = "background:#cde6f7;color:#0b3a5b"  # blue: drove the score up
NEGATIVE = "background:#fbe0c4;color:#6b3200"  # orange: drove the score down


def drivers(explanation: Any) -> dict[str, float]:
    """{term: weight} from the explanation JSON (a string, a list of dicts, or nothing)."""
    if isinstance(explanation, str):
        try:
            explanation = json.loads(explanation)
        except ValueError:
            return {}
    if not isinstance(explanation, list):
        return {}
    found: dict[str, float] = {}
    for item in explanation:
        if isinstance(item, dict) and isinstance(item.get("term"), str) and item["term"].strip():
            try:
                found[item["term"].strip()] = float(item.get("weight") or 0.0)
            except (TypeError, ValueError):
                continue
    return found


def highlight(text: str, terms: dict[str, float]) -> str:
    """Escaped `text` with each driver term (whole words, any case) wrapped in a coloured <mark>."""
    escaped = html.escape(text or "", quote=True)
    if not terms:
        return escaped
    weights = {html.escape(t, quote=True).casefold(): w for t, w in terms.items()}
    alternatives = "|".join(re.escape(t) for t in sorted(weights, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w&#])({alternatives})(?!\w)", re.IGNORECASE)

    def mark(match: re.Match[str]) -> str:
        weight = weights.get(match.group(1).casefold(), 0.0)
        style = POSITIVE if weight >= 0 else NEGATIVE
        title = "gewicht " + ("+" if weight >= 0 else "\u2212") + f"{abs(weight):.2f}".replace(".", ",")
        return f'<mark style="{style}" title="{title}">{match.group(1)}</mark>'

    return pattern.sub(mark, escaped)
