"""Sentiment per sentence (`Span._.sentiment`) and per document (`Doc._.sentiment`, `Doc._.label`).

A document's score is a weighted mean of its sentence scores in which sentences without any
sentiment word count partly: a long factual news text with one sharp quote stays near neutral.
The neutral band turns the score into a label; it was calibrated on the development sets.
"""

from __future__ import annotations

from dataclasses import fields
from itertools import compress
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp.forms import forms_of, key_flag
from nlp.irony import ironic_document
from nlp.polarity import (
    RULE_WORDS,
    SentenceScore,
    Settings,
    phrase_starts,
    phrase_starts_of,
    score_sentences,
)
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
        self, nlp: Language, name: str, neutral_band: float, neutral_sentence_weight: float,
        contrast_sentence_weight: float, max_terms: int, rules: dict[str, float],
    ) -> None:
        self.name = name
        self.rule_words = key_flag(nlp.vocab, RULE_WORDS.__contains__)  # where the rarer rules look
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
        language = state.language or "nl"
        if language not in SCORED_LANGUAGES and language != "und":
            state.sent_scores = [0.0] * len(bounds)
            return doc
        forms = forms_of(doc, state)
        pols = forms.polarity
        positions = list(compress(range(len(keys)), pols))  # the lexicon words, and phrase starts
        starts = phrase_starts_of(keys, forms.phrase)
        if starts:
            positions = sorted({*positions, *starts})
        if not positions:
            if language != "und":
                self._aggregate(state, len(bounds), [])
            else:
                state.sent_scores = [0.0] * len(bounds)
            return doc
        rules_at = self.rule_words.positions(doc, state)  # where the rarer rules may apply
        hashtags, caps = state.hashtags, state.caps
        # without rule words no irony marker is present (`ironic_document` needs one of them)
        present = frozenset(map(keys.__getitem__, rules_at)) if rules_at else frozenset()
        ironic = bool(present) and ironic_document(keys, hashtags, pols, present, rules_at)
        settings = self.settings
        scored = score_sentences(keys, bounds, positions, rules_at, caps, hashtags, settings, pols, ironic)
        if language == "und" and not scored:
            state.sent_scores = [0.0] * len(bounds)
            return doc
        self._aggregate(state, len(bounds), scored)
        return doc

    def _aggregate(self, state: Analysis, sentences: int, scored: list[tuple[int, SentenceScore]]) -> None:
        """The document's score from its sentences: `scored` holds (index, score) of those with
        terms; every other sentence scores 0.0 and weighs `neutral_sentence_weight`."""
        state.scored = True
        if not scored:  # nothing evaluative: neutral at 0, no explanation
            state.sent_scores = [0.0] * sentences
            state.sentiment = 0.0
            state.label = label_of(0.0, self.band)
            return
        weights = [self.neutral_weight] * sentences
        contrast_weight = self.contrast_weight
        for s, score in scored:
            weights[s] = contrast_weight if score.contrast_start else 1.0
        total = sum(weights)  # over every sentence, in order (float sums depend on the order)
        # Sentences without terms add w * 0.0 == 0.0, which leaves the sum as it is: only the scored
        # ones are added, in order, starting from 0 as `sum` does.
        value: float = 0
        sent_scores = [0.0] * sentences
        terms: dict[str, float] = {}
        get = terms.get
        for s, score in scored:
            weight, sentence = weights[s], score.score
            value += weight * sentence
            sent_scores[s] = round(sentence, 4)
            if score.raw:
                share = (sentence / score.raw) * weight / total
                for term, contribution in score.terms:
                    terms[term] = get(term, 0.0) + contribution * share
        value = value / total if total else 0.0
        value = 1.0 if value > 1.0 else -1.0 if value < -1.0 else value  # max(-1.0, min(1.0, value))
        if len(terms) == 1 and self.max_terms >= 1:  # nothing to sort
            ranked = [(0.0, *item) for item in terms.items()]
        else:  # strongest contribution first, then alphabetically (terms are unique: weights never compared)
            ranked = sorted([(-abs(w), t, w) for t, w in terms.items()])[: self.max_terms]
        state.sent_scores = sent_scores
        state.sentiment = round(value, 4)
        state.label = label_of(value, self.band)
        state.explanation = [{"term": t, "weight": r} for _, t, w in ranked if (r := round(w, 4))]


@Language.factory("antennes_sentiment", default_config=DEFAULTS)
def make_sentiment(
    nlp: Language, name: str, neutral_band: float, neutral_sentence_weight: float,
    contrast_sentence_weight: float, max_terms: int, rules: dict[str, float],
) -> SentimentScorer:
    """spaCy factory: lexicon-and-rules sentiment per sentence and per document."""
    return SentimentScorer(
        nlp, name, neutral_band, neutral_sentence_weight, contrast_sentence_weight, max_terms, rules
    )
