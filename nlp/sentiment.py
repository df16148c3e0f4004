"""Sentiment per sentence (`Span._.sentiment`) and per document (`Doc._.sentiment`, `Doc._.label`).

A document's score is a weighted mean of its sentence scores in which sentences without any
sentiment word count partly: a long factual news text with one sharp quote stays near neutral.
The neutral band turns the score into a label; it was calibrated on the development sets.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp.polarity import SentenceScore, Settings, multiword_firsts, polarities, score_sentence
from nlp.state import Analysis, state_of

SCORED_LANGUAGES = frozenset({"nl"})
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

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        bounds = state.sent_bounds
        state.sent_scores = [0.0] * len(bounds)
        language = state.language or "nl"
        if language not in SCORED_LANGUAGES and language != "und":
            return doc
        pols = polarities(keys)
        firsts = multiword_firsts()
        hashtags, caps = state.hashtags, state.caps
        scores: list[SentenceScore] = []
        for start, end in bounds:
            if not any(pols[start:end]) and firsts.isdisjoint(keys[start:end]):
                scores.append(SentenceScore())
                continue
            local_tags = frozenset(i - start for i in hashtags if start <= i < end) if hashtags else hashtags
            local_caps = frozenset(i - start for i in caps if start <= i < end) if caps else caps
            scores.append(
                score_sentence(keys[start:end], local_caps, local_tags, self.settings, pols[start:end])
            )
        if language == "und" and not any(s.terms for s in scores):
            return doc
        self._aggregate(state, scores)
        return doc

    def _aggregate(self, state: Analysis, scores: list[SentenceScore]) -> None:
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
        state.sent_scores = [round(s.score, 4) for s in scores]
        state.scored = True
        state.sentiment = round(value, 4)
        state.label = label_of(value, self.band)
        state.explanation = [{"term": t, "weight": round(w, 4)} for t, w in ranked if round(w, 4)]


@Language.factory("antennes_sentiment", default_config=DEFAULTS)
def make_sentiment(
    nlp: Language, name: str, neutral_band: float, neutral_sentence_weight: float,
    contrast_sentence_weight: float, max_terms: int, rules: dict[str, float],
) -> SentimentScorer:
    """spaCy factory: lexicon-and-rules sentiment per sentence and per document."""
    return SentimentScorer(
        name, neutral_band, neutral_sentence_weight, contrast_sentence_weight, max_terms, rules
    )
