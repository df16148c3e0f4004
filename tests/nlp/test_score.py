"""The `nlp.score` interface: language, empty and huge texts, determinism, versions, to_json."""

from __future__ import annotations

import json

import nlp.score as score_module
from config.loader import load_opgave
from nlp.pipeline import build_pipeline
from nlp.score import MAX_CHARS, ScoreInput, ScoreResult, model_version, score_texts

ENGLISH = "The farmers in the Netherlands are angry about the new nitrogen rules and will protest again."


def test_interface_is_exposed():
    for name in ("ScoreInput", "ScoreResult", "score_texts", "model_version"):
        assert hasattr(score_module, name)
    keys = set(ScoreResult("x", "nl", True, 0.0, "neutral").to_json())
    assert {"id", "sentiment", "label", "topics", "groups"} <= keys


def test_english_is_marked_not_scored(score):
    result = score(ENGLISH)
    assert result.language == "en"
    assert not result.scored
    assert result.sentiment == 0.0 and result.label == "neutral"
    assert "not scored" in (result.note or "")


def test_german_is_not_dutch(score):
    assert score("Die Bauern in den Niederlanden sind wütend über die neuen Regeln.").language == "de"


def test_short_dutch_text_is_dutch(score):
    result = score("Schandalig!")
    assert result.language == "nl" and result.label == "negative"


def test_empty_text(score):
    for text in ("", "   "):
        result = score(text)
        assert not result.scored and result.label == "neutral" and result.note == "empty text"


def test_title_is_scored_with_the_text(score):
    result = score("De Kamer debatteert donderdag.", title="Schandalig besluit over stikstof")
    assert result.label == "negative"
    assert "stikstof" in result.topics


def test_huge_text_is_truncated_with_a_note(pipeline):
    sentence = "De boeren in Gelderland wachten op duidelijkheid over de stikstofregels. "
    text = sentence * (100_000 // len(sentence) + 1)
    result = next(score_texts(pipeline, [ScoreInput("big", text)]))
    assert result.scored and "truncated" in (result.note or "")
    assert str(MAX_CHARS) in (result.note or "")


def test_one_result_per_input_in_order(pipeline):
    items = [ScoreInput(str(i), t) for i, t in enumerate(["Goed!", "", ENGLISH, "Slecht plan."] * 70)]
    results = list(score_texts(pipeline, items, batch_size=32))
    assert [r.id for r in results] == [i.id for i in items]


def test_deterministic_across_pipelines(opgave, pipeline):
    texts = ["Boeren zijn woedend over de stikstofregels 🤬", "Mooi natuurherstel op de heide!", ENGLISH]
    items = [ScoreInput(str(i), t) for i, t in enumerate(texts)]
    first = [json.dumps(r.to_json(), sort_keys=True) for r in score_texts(pipeline, items)]
    again = [json.dumps(r.to_json(), sort_keys=True) for r in score_texts(build_pipeline(opgave), items)]
    assert first == again


def test_model_version_follows_lexicon_rules_and_opgave(opgave, pipeline):
    version = model_version(opgave)
    assert next(score_texts(pipeline, [ScoreInput("a", "Goed.")])).model_version == version
    changed = opgave.model_copy(update={"topics": opgave.topics[:1]})
    assert model_version(changed) != version
    assert model_version(load_opgave(None)) not in (version, model_version(changed))


def test_model_version_follows_the_language_word_lists(opgave, monkeypatch):
    """The language lists live outside `nlp.lexicon`; a change in them must still change the version."""
    import nlp.language

    version = model_version(opgave)
    assert model_version(opgave) == version  # stable when nothing changes
    monkeypatch.setattr(nlp.language, "SHARED_WORDS", nlp.language.SHARED_WORDS | {"prima"})
    assert model_version(opgave) != version
    monkeypatch.undo()
    monkeypatch.setattr(nlp.language, "SHORT_WORDS", nlp.language.SHORT_WORDS + 1)
    assert model_version(opgave) != version


def test_deterministic_across_processes_and_hash_seeds():
    """String hashing differs per process; scores must not."""
    import os
    import subprocess
    import sys

    script = (
        "import json\n"
        "from config.loader import load_opgave\n"
        "from nlp.pipeline import build_pipeline\n"
        "from nlp.score import ScoreInput, score_texts\n"
        "texts = ['Boeren zijn woedend over de stikstofregels #schande', 'Mooi natuurherstel, maar te laat!',"
        " 'Wij boeren willen duidelijkheid van LTO en @FDF_NL.']\n"
        "nlp = build_pipeline(load_opgave(None))\n"
        "print(json.dumps([r.to_json() for r in score_texts(nlp, [ScoreInput(str(i), t) for i, t in "
        "enumerate(texts)])], sort_keys=True))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                              check=True, timeout=120)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert '"label": "negative"' in outputs[0]
