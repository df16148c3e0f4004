"""Importing this module registers every antennes spaCy factory (also reached via entry points)."""

from nlp.lemmas import make_lemmatizer

__all__ = ["make_lemmatizer"]
