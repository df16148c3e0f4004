"""Topics from the opgave (`Doc._.topics`) and their aspect-level sentiment (`Doc._.topic_sentiment`).

A topic's sentiment is the mean score of the sentences that mention it, not the document's score:
an article can praise natuurherstel and condemn the uitkoopregeling in one go.
"""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from nlp.matching import TermIndex
from nlp.state import state_of

_START = itemgetter(0)  # of a sentence's (start, end)


class TopicTagger:
    """Tags every configured topic a document mentions, in configuration order."""

    def __init__(self, nlp: Language, name: str, topics: dict[str, list[str]]) -> None:
        self.name = name
        self.order = list(topics)
        self.index = TermIndex(nlp, topics, heads_only=False)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        keys: list[str] = state.keys or []
        matches = self.index.matches(doc, keys, state)
        if not matches:
            return doc
        starts = list(map(_START, state.sent_bounds))
        scores = state.sent_scores or [0.0] * len(starts)
        sentences: dict[str, set[int]] = {}
        for start, _, label in matches:
            sentences.setdefault(label, set()).add(max(0, bisect_right(starts, start) - 1))
        if state.annotate:  # the spans are for `Doc._.topic_spans` only (no `ScoreResult` field)
            spans: dict[str, list[str]] = {}
            for start, end, label in matches:
                span = keys[start] if end - start == 1 else " ".join(keys[start:end])
                spans.setdefault(label, []).append(span)
            state.topic_spans = spans
        # one topic (the common case) needs no ordering: every label is one of self.order
        topics = list(sentences) if len(sentences) == 1 else [t for t in self.order if t in sentences]
        state.topics = topics
        score_of = scores.__getitem__
        state.topic_sentiment = {
            t: round(sum(map(score_of, sentences[t])) / len(sentences[t]), 4) for t in topics
        }
        return doc


@Language.factory("antennes_topics", default_config={"topics": {}})
def make_topics(nlp: Language, name: str, topics: dict[str, list[str]]) -> TopicTagger:
    """spaCy factory: `topics` maps a topic name to its terms (words or phrases)."""
    return TopicTagger(nlp, name, topics)
