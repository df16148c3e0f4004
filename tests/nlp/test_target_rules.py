"""Second-round rules for topics, target groups, stakeholders and language, on real Dutch sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.schema import Opgave
from nlp.language import detect_language
from nlp.matching import plausible_head
from nlp.pipeline import build_pipeline
from nlp.score import ScoreInput, ScoreResult, score_texts

PROTEST_OPGAVE = {
    "name": "test-protest",
    "title": "Protest (test)",
    "keywords": ["protest"],
    "sources": [{"name": "blog", "kind": "rss", "url": "http://127.0.0.1:1/feed.xml"}],
    "topics": [
        {"name": "protest", "terms": ["protest", "demonstratie"]},
        {"name": "natuur", "terms": ["natura 2000", "natuurherstel"]},
    ],
    "target_groups": [{"name": "boeren", "markers": ["boer", "boeren", "veehouder", "varkenshouder"]}],
    "stakeholders": [{"name": "RIVM", "aliases": ["Rijksinstituut voor Volksgezondheid en Milieu"]}],
}


@pytest.fixture(scope="module")
def protest_pipeline() -> Language:
    return build_pipeline(Opgave.model_validate(PROTEST_OPGAVE))


def _score(nlp: Language, text: str) -> ScoreResult:
    return next(score_texts(nlp, [ScoreInput(id="t", text=text)]))


def _rules(result: ScoreResult, group: str) -> set[str]:
    return {e["rule"] for e in result.group_evidence if e["group"] == group}


def test_compound_prefix_needs_a_real_second_part(protest_pipeline):
    assert _score(protest_pipeline, "De Protestantse Kerk opent haar deuren.").topics == []
    assert _score(protest_pipeline, "De protestacties gaan morgen door.").topics == ["protest"]
    assert _score(protest_pipeline, "Boeren protesteerden bij het provinciehuis.").topics == ["protest"]


def test_plausible_head():
    assert plausible_head("regels")
    assert plausible_head("acties")
    assert plausible_head("eerders")
    assert not plausible_head("antse")


def test_hyphenated_last_word_of_a_multiword_term(protest_pipeline):
    result = _score(protest_pipeline, "Rond de Natura 2000-gebieden in Brabant mag niet meer worden gebouwd.")
    assert result.topics == ["natuur"]


def test_hyphenated_stakeholder_alias(protest_pipeline):
    result = _score(protest_pipeline, "De nieuwe RIVM-cijfers laten een daling zien.")
    assert [s["name"] for s in result.stakeholders] == ["RIVM"]
    assert _score(protest_pipeline, "De rivm-achtige rekenmodellen.").stakeholders == []


def test_quantified_subject(score):
    result = score("Ruim vierhonderd boeren hebben zich aangemeld voor de regeling.")
    assert result.groups == ["boeren"]
    assert "subject" in _rules(result, "boeren")
    assert "boeren" in score("Zo'n 300 melkveehouders zijn naar Den Haag gereden.").groups


def test_emotion_noun_among_group(score):
    result = score("De woede onder veehouders groeit met de dag.")
    assert result.groups == ["boeren"]
    assert any(e["evidence"] == "woede onder veehouders" for e in result.group_evidence)


def test_quote_attribution(protest_pipeline):
    result = _score(protest_pipeline, "Varkenshouders in de Peel: 'We weten niet meer waar we aan toe zijn.'")
    assert result.groups == ["boeren"]
    assert "subject" in _rules(result, "boeren")


def test_self_description_without_a_verb(score):
    result = score("Dertig jaar boer en nu word ik behandeld als een crimineel.")
    assert result.groups == ["boeren"]
    assert "self" in _rules(result, "boeren")
    assert "self" in _rules(score("Zelf boer, dus ik weet hoe zwaar het is."), "boeren")


def test_generic_you_is_not_self_identification(score):
    result = score("Ik vraag me af wat je als boer nog moet met al die regels.")
    assert "self" not in _rules(result, "boeren")


def test_short_dutch_lines_are_dutch():
    assert detect_language("Je bent perfect.") == "nl"
    assert detect_language("Zonder jou, Harry.") == "nl"
    assert detect_language("Keep up the good work, everyone!") == "en"
    assert detect_language("Honestly the nitrogen policy is a mess and nobody knows the rules.") == "en"


def test_a_listed_marker_beats_a_compound_guess() -> None:
    """In the demo opgave `akkerbouwer` is a boeren marker; its head `bouwer` must not add bouwers."""
    from config.loader import load_opgave

    demo = build_pipeline(load_opgave(None))
    texts = [
        "Als akkerbouwer ben ik boos over de nieuwe mestregels.",
        "Akkerbouwers zijn woedend over de derogatie.",
        "Als aannemer zie ik dat bouwers stil staan.",
    ]
    results = list(score_texts(demo, [ScoreInput(id=str(i), text=t) for i, t in enumerate(texts)]))
    assert [r.groups for r in results] == [["boeren"], ["boeren"], ["bouwers"]]
