"""A small stikstof opgave and its real pipeline, built once for all NLP tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from config.schema import Opgave
from nlp.pipeline import build_pipeline
from nlp.score import ScoreInput, ScoreResult, score_texts

OPGAVE = {
    "name": "test-stikstof",
    "title": "Stikstof (test)",
    "keywords": ["stikstof"],
    "sources": [{"name": "blog", "kind": "rss", "url": "http://127.0.0.1:1/feed.xml", "voice_of": "boeren"}],
    "topics": [
        {"name": "stikstof", "terms": ["stikstof", "stikstofbeleid"]},
        {"name": "natuur", "terms": ["natura 2000", "natuurherstel", "heide"]},
        {"name": "vergunningen", "terms": ["vergunning", "intern salderen", "pas-melder"]},
        {"name": "mest", "terms": ["mest", "derogatie"]},
    ],
    "target_groups": [
        {"name": "boeren", "markers": ["boer", "boeren", "boerin", "melkveehouder", "veehouder"]},
        {"name": "bouwers", "markers": ["bouwer", "aannemer", "zzp'er"]},
        {"name": "huurders", "markers": ["huurder", "huurders"]},
    ],
    "stakeholders": [
        {
            "name": "LTO Nederland",
            "aliases": ["LTO", "Land- en Tuinbouworganisatie"],
            "handles": ["@LTONederland"],
        },
        {"name": "Farmers Defence Force", "aliases": ["FDF"], "handles": ["@FDF_NL"]},
        {"name": "Mobilisation for the Environment", "aliases": ["MOB"]},
        {"name": "Raad van State", "aliases": ["RvS"]},
    ],
}


@pytest.fixture(scope="session")
def opgave() -> Opgave:
    return Opgave.model_validate(OPGAVE)


@pytest.fixture(scope="session")
def pipeline(opgave: Opgave) -> Language:
    return build_pipeline(opgave)


@pytest.fixture(scope="session")
def score(pipeline: Language) -> Callable[..., ScoreResult]:
    """Score one text: `score("tekst", voice_of="boeren")`."""

    def _score(text: str, **kwargs: str) -> ScoreResult:
        return next(score_texts(pipeline, [ScoreInput(id="t", text=text, **kwargs)]))

    return _score
