"""Build the antennes spaCy pipeline for one opgave: `spacy.blank("nl")` plus our own components.

`antennes score`, `antennes rescore` and the Prefect flow all call `build_pipeline`, so they score
with exactly the same components and settings.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

import nlp.components  # noqa: F401  (registers the factories)
from config.schema import Opgave

COMPONENTS = (
    "antennes_lemmatizer", "antennes_language", "antennes_sentences", "antennes_sentiment",
    "antennes_topics", "antennes_groups", "antennes_stakeholders",
)


def opgave_config(opgave: Opgave) -> dict[str, Any]:
    """The parts of the opgave the components need, as plain JSON-able values."""
    return {
        "topics": {t.name: list(t.terms) for t in opgave.topics},
        "groups": {g.name: list(g.markers) for g in opgave.target_groups},
        "stakeholders": [
            {"name": s.name, "aliases": list(s.aliases), "handles": list(s.handles)}
            for s in opgave.stakeholders
        ],
    }


def build_pipeline(opgave: Opgave) -> Language:
    """A ready-to-use pipeline scoring sentiment, topics, groups and stakeholders for `opgave`."""
    cfg = opgave_config(opgave)
    nlp = spacy.blank("nl")
    nlp.add_pipe("antennes_lemmatizer")
    nlp.add_pipe("antennes_language")
    nlp.add_pipe("antennes_sentences")
    nlp.add_pipe("antennes_sentiment")
    nlp.add_pipe("antennes_topics", config={"topics": cfg["topics"]})
    nlp.add_pipe("antennes_groups", config={"groups": cfg["groups"]})
    nlp.add_pipe("antennes_stakeholders", config={"stakeholders": cfg["stakeholders"]})
    nlp.meta["antennes_opgave"] = opgave.name
    return nlp
