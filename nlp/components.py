"""Importing this module registers every antennes spaCy factory (spaCy also reaches them via entry points)."""

from nlp.groups import make_groups
from nlp.language import make_language_detector
from nlp.lemmas import make_lemmatizer
from nlp.sentences import make_sentences
from nlp.sentiment import make_sentiment
from nlp.stakeholders import make_stakeholders
from nlp.topics import make_topics

__all__ = [
    "make_groups", "make_language_detector", "make_lemmatizer", "make_sentences", "make_sentiment",
    "make_stakeholders", "make_topics",
]
