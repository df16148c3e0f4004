"""Sentiment per sentence (`Span._.sentiment`) and per document (`Doc._.sentiment`, `Doc._.label`).

A document's score is a weighted mean of its sentence scores in which sentences without any
sentiment word count partly: a long factual news text with one sharp quote stays near neutral.
The neutral band turns the score into a label; it was calibrated on the development sets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import fields
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp.polarity import (
    SentenceScore,
    Settings,
    ironic_document,
    phrase_starts,
    polarities,
    score_sentence,
)
from nlp.state import Analysis, state_of

SCORED_LANGUAGES = frozenset({"nl"})
_EMPTY = SentenceScore()  # shared result of every sentence without sentiment words (never mutated)
DEFAULTS: dict[str, Any] = {
    "neutral_band": 0.1,
    "neutral_sentence_weight": 0.3,
    "contrast_sentence_weight": 1.5,
    "max_terms": 10,
    "rules": {f.name: f.default for f in fields(Settings)},
}


def label_of(score: float, band: float) -> str:
    """'positive' above the neutral band, 'negative' below it, else 'neutral'."""
    if score > band:
        return "positive"
    if score < -band:
        return "negative"
    return "neutral"


class SentimentScorer:
    """Scores Dutch documents (and word-less emoji-only ones); other languages stay unscored."""

    def __init__(
        self, name: str, neutral_band: float, neutral_sentence_weight: float,
        contrast_sentence_weight: float, max_terms: int, rules: dict[str, float],
    ) -> None:
        self.name = name
        self.band = neutral_band
        self.neutral_weight = neutral_sentence_weight
        self.contrast_weight = contrast_sentence_weight
        self.max_terms = max_terms
        known = {f.name for f in fields(Settings)}
        self.settings = Settings(**{k: float(v) for k, v in rules.items() if k in known})
        phrase_starts(["lexicon", "laden"])  # loads the lexicons now, when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        bounds = state.sent_bounds
        state.sent_scores = [0.0] * len(bounds)
        language = state.language or "nl"
        if language not in SCORED_LANGUAGES and language != "und":
            return doc
        pols = polarities(keys)
        active = self._active_sentences(keys, pols, bounds)
        if not active:
            if language == "und":
                return doc
            self._aggregate(state, [_EMPTY] * len(bounds))
            return doc
        hashtags, caps = state.hashtags, state.caps
        ironic = ironic_document(keys, hashtags, pols)
        scores: list[SentenceScore] = []
        for s, (start, end) in enumerate(bounds):
            positions = active.get(s)
            if positions is None:
                scores.append(_EMPTY)
                continue
            local_tags = frozenset(i - start for i in hashtags if start <= i < end) if hashtags else hashtags
            local_caps = frozenset(i - start for i in caps if start <= i < end) if caps else caps
            scores.append(score_sentence(
                keys[start:end], local_caps, local_tags, self.settings, pols[start:end], ironic,
                [p - start for p in positions],
            ))
        if language == "und" and not any(s.terms for s in scores):
            return doc
        self._aggregate(state, scores)
        return doc

    @staticmethod
    def _active_sentences(
        keys: list[str], pols: list[float], bounds: list[tuple[int, int]]
    ) -> dict[int, list[int]]:
        """For each sentence holding a lexicon word or a lexicon phrase's first two words, the sorted
        positions of those; the other sentences score 0 without running the rules."""
        positions = list(compress(range(len(keys)), pols))
        starts = phrase_starts(keys)
        if starts:
            positions = sorted({*positions, *starts})
        if not positions:
            return {}
        if len(bounds) == 1:
            return {0: positions}
        first = [b[0] for b in bounds]
        active: dict[int, list[int]] = {}
        for i in positions:
            active.setdefault(bisect_right(first, i) - 1, []).append(i)
        return active

    def _aggregate(self, state: Analysis, scores: list[SentenceScore]) -> None:
        state.scored = True
        if not any(s.terms for s in scores):  # nothing evaluative: neutral at 0, no explanation
            state.sent_scores = [0.0] * len(scores)
            state.sentiment = 0.0
            state.label = label_of(0.0, self.band)
            return
        weights = [
            (self.contrast_weight if s.contrast_start else 1.0) if s.terms else self.neutral_weight
            for s in scores
        ]
        total = sum(weights)
        value = sum(w * s.score for w, s in zip(weights, scores, strict=True)) / total if total else 0.0
        value = max(-1.0, min(1.0, value))
        terms: dict[str, float] = defaultdict(float)
        for w, s in zip(weights, scores, strict=True):
            if s.raw:
                share = (s.score / s.raw) * w / total
                for term, contribution in s.terms:
                    terms[term] += contribution * share
        ranked = sorted(terms.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[: self.max_terms]
        state.sent_scores = [round(s.score, 4) if s.terms else 0.0 for s in scores]
        state.sentiment = round(value, 4)
        state.label = label_of(value, self.band)
        state.explanation = [{"term": t, "weight": r} for t, w in ranked if (r := round(w, 4))]


@Language.factory("antennes_sentiment", default_config=DEFAULTS)
def make_sentiment(
    nlp: Language, name: str, neutral_band: float, neutral_sentence_weight: float,
    contrast_sentence_weight: float, max_terms: int, rules: dict[str, float],
) -> SentimentScorer:
    """spaCy factory: lexicon-and-rules sentiment per sentence and per document."""
    return SentimentScorer(
        name, neutral_band, neutral_sentence_weight, contrast_sentence_weight, max_terms, rules
    )
