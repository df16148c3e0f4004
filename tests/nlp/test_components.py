"""The components as spaCy components: factories, default configs, extensions, standalone use."""

from __future__ import annotations

from dataclasses import fields

import spacy

import nlp.components  # noqa: F401
from nlp.pipeline import COMPONENTS
from nlp.score import ScoreResult
from nlp.sentences import sentence_bounds


def test_pipeline_is_blank_dutch_with_our_components(pipeline):
    assert pipeline.lang == "nl"
    assert pipeline.pipe_names == list(COMPONENTS)
    for name in COMPONENTS:
        assert spacy.registry.factories.get(name) is not None or name in spacy.Language.factories


def test_factories_have_default_configs():
    meta = spacy.Language.get_factory_meta("antennes_sentiment")
    assert 0 < meta.default_config["neutral_band"] < 0.5
    assert spacy.Language.get_factory_meta("antennes_topics").default_config == {"topics": {}}


def test_lemmas_are_simplemma_lowercase(pipeline):
    doc = pipeline("De Melkveehouders waren schandalige dingen aan het zeggen.")
    assert [t.lemma_ for t in doc][:4] == ["de", "melkveehouder", "zijn", "schandalig"]


def test_results_live_on_extensions(pipeline):
    doc = pipeline("Boeren zijn woedend over de stikstofregels. Het natuurherstel gaat prachtig!")
    assert doc._.language == "nl" and doc._.scored
    assert doc._.topics == ["stikstof", "natuur"]
    assert doc._.groups == ["boeren"]
    sents = list(doc.sents)
    assert len(sents) == 2
    assert sents[0]._.sentiment < 0 < sents[1]._.sentiment
    assert doc._.topic_sentiment["natuur"] == sents[1]._.sentiment


def test_voice_of_is_a_writable_extension(pipeline):
    doc = pipeline.make_doc("De regels veranderen per januari.")
    doc._.voice_of = "boeren"
    doc = pipeline(doc)
    assert doc._.groups == ["boeren"]


def test_a_component_works_on_its_own():
    nlp = spacy.blank("nl")
    nlp.add_pipe("antennes_sentiment")
    doc = nlp("Wat een schandalig besluit.")
    assert doc._.label == "negative"


def test_sentence_rule():
    keys = ["dit", "is", "raar", "!", "!", "echt", "?", "ja", ".", "\n\n", "nieuw"]
    assert sentence_bounds(keys) == [(0, 5), (5, 7), (7, 10), (10, 11)]


def test_to_json_has_every_field():
    result = ScoreResult("x", "nl", True, 0.5, "positive", topics=["mest"])
    assert set(result.to_json()) == {f.name for f in fields(ScoreResult)}
    assert result.to_json()["topics"] == ["mest"]


def test_sentiment_after_spacys_own_sentencizer():
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("antennes_sentiment")
    doc = nlp("De vergadering begon om tien uur. Het resultaat is fantastisch!")
    assert [round(s._.sentiment, 1) > 0 for s in doc.sents] == [False, True]
