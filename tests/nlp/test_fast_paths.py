"""The fast paths (`nlp.forms`, lexeme flags, grouped scoring, document-level sentence scoring) give
exactly the results of the plain paths, on tricky Dutch social text; and their caches stay bounded."""

from __future__ import annotations

import random
from itertools import compress
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

import nlp.components  # noqa: F401  (registers the factories)
from config.schema import Opgave
from nlp import groups, polarity
from nlp.forms import FormTable, KeyFlag, columns, key_flag, make_form
from nlp.irony import has_irony_phrase, ironic_document
from nlp.lexicon import rules
from nlp.pipeline import opgave_config
from nlp.polarity import (
    RULE_WORDS,
    multiword_firsts,
    phrase_nexts,
    phrase_starts,
    phrase_starts_of,
    polarities,
    score_sentence,
    score_sentences,
)
from nlp.score import ScoreInput, _prepare, _result, score_texts
from nlp.sentences import sentence_bounds
from nlp.stakeholders import longest_spans
from nlp.state import state_of

TRICKY = [
    "Ik ben zzp'er, d.w.z. ik werk voor mezelf. Dat kost 1.000 euro per maand!!",
    "Zie https://www.rivm.nl/stikstof en mail naar info@bij12.nl :) :(",
    "GEWELDIG plan hoor... NOT. #not #sarcasme",
    "Dit is echt NIET OK!!! 😡😡 #stikstof # stikstof ##mest",
    "Geen drama, maar ook niet goed. Goed nieuws, maar we zijn er nog niet.",
    "\"Geweldig\" plan van 'de' minister. Bedankt hoor, weer een nieuwe regel. 🙄",
    "Wij boeren zijn het zat. Als boer snap ik het niet. Dertig jaar boer en nu dit.",
    "De RIVM-cijfers en LTO-leden: lto en mob in kleine letters, maar LTO en FDF wel. @LTONederland",
    "Het overleg in het gemeentehuis liep volledig uit de hand. Eerlijk gezegd: groen licht.",
    "Natura 2000-gebieden rond de Veluwe: bizar veel regels. Wat een circus, lekker bezig!",
    "Zooooo slechttt!!! Wat een gedoeeee. Stikstofgedoe en mestchaos overal...",
    "Nou, dat ging weer soepel: vergunning aangevraagd in 2019, nog steeds geen antwoord. 🎉",
    "Top plan hoor, koeien de stal uit en dan maar hopen dat de natuur zich vanzelf herstelt 😂",
    "Raad van State zegt nee. De Raad van State, de raad van state en RvS.",
    "As a dairy farmer I am sick and tired of this.",
    "Schandalig!",
    "😡",
    "",
    "Boeren\n\nzijn\n boos .\n\n\nEn terecht ?!",
]


def _results(pipeline: Language, texts: list[str]) -> list[dict[str, Any]]:
    items = [ScoreInput(id=str(i), text=t) for i, t in enumerate(texts)]
    return [r.to_json() for r in score_texts(pipeline, items)]


def _doc_view(doc: Any) -> dict[str, Any]:
    """Everything the components put on a Doc (lemmas aside)."""
    return {
        "keys": list(doc._.keys or []), "bounds": doc._.sent_bounds, "scores": doc._.sent_scores,
        "language": doc._.language, "sentiment": doc._.sentiment, "label": doc._.label,
        "explanation": doc._.explanation, "topics": doc._.topics, "topic_sentiment": doc._.topic_sentiment,
        "topic_spans": doc._.topic_spans, "groups": doc._.groups, "evidence": doc._.group_evidence,
        "stakeholders": doc._.stakeholders, "hashtags": sorted(doc._.hashtags), "caps": sorted(doc._.caps),
        "sent_starts": [bool(t.is_sent_start) for t in doc],
    }


def _pipeline(opgave: Opgave, names: list[str], vocab_flags_taken: bool = False) -> Language:
    cfg = opgave_config(opgave)
    nlp = spacy.blank("nl")
    if vocab_flags_taken:  # every free lexeme flag bit already used: the components fall back
        for bit in range(19, 64):
            nlp.vocab.add_flag(lambda text: False, flag_id=bit)
    configs = {
        "antennes_topics": {"topics": cfg["topics"]}, "antennes_groups": {"groups": cfg["groups"]},
        "antennes_stakeholders": {"stakeholders": cfg["stakeholders"]},
    }
    for name in names:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


ALL = [
    "antennes_lemmatizer", "antennes_language", "antennes_sentences", "antennes_sentiment",
    "antennes_topics", "antennes_groups", "antennes_stakeholders",
]


def test_grouped_scoring_equals_one_document_at_a_time(pipeline):
    many = TRICKY * 3  # more than one group
    grouped = _results(pipeline, many)
    one_by_one = []
    for i, text in enumerate(many):
        item = ScoreInput(id=str(i), text=text)
        doc, note = _prepare(pipeline, item)
        one_by_one.append(_result(pipeline(doc), item, note, grouped[i]["model_version"]).to_json())
    assert grouped == one_by_one
    backwards = _results(pipeline, many[::-1])[::-1]
    assert [{**r, "id": ""} for r in grouped] == [{**r, "id": ""} for r in backwards]


def test_components_without_the_lemmatizer_give_the_same_results(opgave):
    full = _pipeline(opgave, ALL)
    without = _pipeline(opgave, ALL[1:])  # forms from the shared table, flags read per document
    # hashtags and capitals are the lemmatizer's to mark: compare the texts that have none
    plain = [t for t in TRICKY if "#" not in t and not any(len(w) > 2 and w.isupper() for w in t.split())]
    assert len(plain) > 10
    for text in plain:
        assert _doc_view(full(text)) == _doc_view(without(text)), text


def test_without_free_lexeme_flags_the_results_are_the_same(opgave):
    full = _pipeline(opgave, ALL)
    crowded = _pipeline(opgave, ALL, vocab_flags_taken=True)
    assert crowded.get_pipe("antennes_topics").index.flag.id is None
    for text in TRICKY:
        assert _doc_view(full(text)) == _doc_view(crowded(text)), text
        assert [t.lemma_ for t in full(text)] == [t.lemma_ for t in crowded(text)]


def test_document_sentences_score_as_single_sentences(pipeline):
    for text in TRICKY:
        doc = pipeline(text)
        state = state_of(doc)
        keys, pols = state.keys or [], polarities(state.keys or [])
        positions = sorted({*compress(range(len(keys)), pols), *phrase_starts(keys)})
        rules_at = [i for i, k in enumerate(keys) if k in RULE_WORDS]
        together = dict(score_sentences(
            keys, state.sent_bounds, positions, rules_at, state.caps, state.hashtags,
            pipeline.get_pipe("antennes_sentiment").settings, pols, False,
        ))
        for s, (start, end) in enumerate(state.sent_bounds):
            if s not in together:  # left out: a sentence without terms, which scores 0.0
                settings = pipeline.get_pipe("antennes_sentiment").settings
                alone = score_sentence(keys[start:end], settings=settings)
                assert not alone.terms and alone.score == 0.0, (text, s)
                continue
            local_caps = frozenset(i - start for i in state.caps if start <= i < end)
            local_tags = frozenset(i - start for i in state.hashtags if start <= i < end)
            alone = score_sentence(
                keys[start:end], local_caps, local_tags, pipeline.get_pipe("antennes_sentiment").settings
            )
            assert together[s] == alone, (text, s)


def test_phrase_starts_from_first_word_flags():
    keys = ["het", "liep", "uit", "de", "hand", ".", "het", "liep", "uit", "de", "hand.", "in", "de"]
    keys += ["steek", "gelaten", ",", "geen", "idee.", "te", "veel...", "uit", "de"]
    nexts = [phrase_nexts(k) for k in keys]
    assert [bool(n) for n in nexts] == [k in multiword_firsts() for k in keys]
    assert phrase_starts_of(keys, nexts) == phrase_starts(keys)
    assert phrase_starts_of([], []) == phrase_starts([]) == []


def test_irony_phrase_scan_is_a_substring_test():
    texts = ["ja hoor", "nja hoorn", "goed bezig jongens", "dit is goed", "nou nou nou", "", "lekker dan"]
    for text in texts:
        assert has_irony_phrase(text) == any(p in text for p in rules.IRONY_PHRASES)


def test_sentence_bounds_from_break_positions():
    keys = ["dit", "is", "raar", "!", "!", "echt", "?", "ja", ".", "\n\n", "nieuw"]
    breaks = [i for i, k in enumerate(keys) if k in {"!", "?", "."} or "\n" in k]
    assert sentence_bounds(keys, breaks) == sentence_bounds(keys) == [(0, 5), (5, 7), (7, 10), (10, 11)]


def test_form_table_stays_bounded_and_gives_the_same_forms():
    nlp = spacy.blank("nl")
    words = [f"woord{i}" for i in range(400)] + ["Boeren", "BOEREN", "boeren", "#", "."]
    orths = [nlp.vocab.strings.add(w) for w in words]
    small, large = FormTable(nlp.vocab, limit=50), FormTable(nlp.vocab, limit=10_000)
    for start in range(0, len(orths), 7):
        chunk = orths[start:start + 7] + orths[:3]
        assert small.lookup(chunk, nlp.vocab.strings) == large.lookup(chunk, nlp.vocab.strings)
        assert len(small) <= 50 + len(chunk)
    assert len(large) == len(words)


def test_forms_hold_what_the_components_compute_themselves():
    nlp = spacy.blank("nl")
    for text in ["Boeren", "GEWELDIG", "het", "\n", "uit", "schandalig", "#", "😡"]:
        form = make_form(text, nlp.vocab.strings)
        assert form.key == text.lower()
        assert form.polarity == polarities([form.key])[0]
        assert form.phrase == phrase_nexts(form.key) and bool(form.phrase) == (form.key in multiword_firsts())
    forms = columns([make_form("Het"), make_form("boeren"), make_form(",")])
    assert forms.key == ("het", "boeren", ",") and forms.language == (2, 1, 0)


def test_a_key_flag_added_later_reaches_the_forms():
    nlp = spacy.blank("nl")
    table = FormTable(nlp.vocab)
    orths = [nlp.vocab.strings.add(w) for w in ["boeren", "zijn", "boos"]]
    assert table.lookup(orths, nlp.vocab.strings)[0].marks == ()
    flag = key_flag(nlp.vocab, lambda key: key == "boeren")
    forms = table.lookup(orths, nlp.vocab.strings)
    assert [f.marks for f in forms] == [(flag.id,), (), ()]


def test_key_flags_match_their_predicate_on_every_path():
    nlp = spacy.blank("nl")
    nlp.add_pipe("antennes_lemmatizer")
    caps = key_flag(nlp.vocab, lambda text: len(text) > 2 and text.isupper(), cased=True)
    unflagged = KeyFlag(caps.predicate, cased=True)  # id None: tested token by token
    for text in TRICKY:
        doc = nlp(text)
        state = state_of(doc, bounds=False)
        expected = [i for i, t in enumerate(doc) if len(t.text) > 2 and t.text.isupper()]
        assert caps.positions(doc, state) == expected  # listed by the lemmatizer
        state.candidates = None
        assert caps.positions(doc, state) == expected  # read with Doc.to_array
        assert unflagged.positions(doc, state) == expected


def test_hashtags_and_caps_on_the_state(pipeline):
    doc = pipeline("Dit is NIET OK #stikstof # mest ##boeren #")
    keys = [t.lower_ for t in doc]
    assert sorted(doc._.hashtags) == [i + 1 for i in range(len(doc) - 1) if keys[i] == "#"
                                      and not doc[i].whitespace_ and keys[i + 1][:1].isalnum()]
    assert sorted(doc._.caps) == [i for i, t in enumerate(doc) if len(t.text) > 2 and t.text.isupper()]


def test_state_of_can_leave_the_sentence_bounds_alone():
    nlp = spacy.blank("nl")
    doc = nlp("Een zin. Nog een zin.")
    assert state_of(doc, bounds=False).sent_bounds == []
    assert state_of(doc).sent_bounds == [(0, len(doc))]


def test_stakeholder_matchers_run_only_when_they_can_match(pipeline):
    tagger = pipeline.get_pipe("antennes_stakeholders")
    calls: list[str] = []

    class Counting:
        def __init__(self, matcher: Any, name: str) -> None:
            self.matcher, self.name = matcher, name

        def __call__(self, doc: Any) -> Any:
            calls.append(self.name)
            return self.matcher(doc)

    exact, lower = tagger.exact, tagger.lower
    tagger.exact, tagger.lower = Counting(exact, "exact"), Counting(lower, "lower")
    try:
        names = lambda text: [s["name"] for s in pipeline(text)._.stakeholders]  # noqa: E731
        assert names("De boeren en de minister spraken af.") == [] and calls == []
        assert names("LTO en de Raad van State.") == ["LTO Nederland", "Raad van State"]
        assert calls == ["exact"]  # the case-insensitive aliases are compared on the keys instead
        assert tagger.own_lower
        calls.clear()
        tagger.own_lower = False
        assert names("LTO en de Raad van State.") == ["LTO Nederland", "Raad van State"]
        assert calls == ["exact", "lower"]
        tagger.own_lower = True
        calls.clear()
        assert names("lto en mob in kleine letters") == [] and calls == ["exact"]
    finally:
        tagger.exact, tagger.lower, tagger.own_lower = exact, lower, True


def _stakeholders_the_plain_way(tagger: Any, doc: Any) -> list[dict[str, str]]:
    """The stakeholder rules without any shortcut: both matchers over the whole doc when a first
    word occurs, every token tested for handles and hyphenated aliases."""
    keys = [t.lower_ for t in doc]
    spans = []
    if any(k in tagger.firsts for k in keys) or any(
        keys[i + 1] in tagger.pairs.get(keys[i], ()) for i in range(len(keys) - 1)
    ):
        spans = [Span(doc, s, e, label=m) for m, s, e in [*tagger.exact(doc), *tagger.lower(doc)]]
    spans += [
        Span(doc, i, i + 1, label=tagger.handles[k[1:]])
        for i, k in enumerate(keys) if k.startswith("@") and k[1:] in tagger.handles
    ]
    for i, k in enumerate(keys):
        if "-" in k[1:-1] and k[:1].isalnum() and k.split("-", 1)[0] in tagger._lower_prefixes:
            first = doc[i].text.split("-", 1)[0]
            label = tagger.prefixes.get(first) or tagger.prefixes.get(first.lower())
            if label is not None:
                spans.append(Span(doc, i, i + 1, label=label))
    found: dict[str, str] = {}
    for span in filter_spans(spans):
        found.setdefault(span.label_, span.text)
    return [{"name": n, "mention": m} for n, m in found.items()]


def test_stakeholders_equal_the_plain_rules(pipeline):
    tagger = pipeline.get_pipe("antennes_stakeholders")
    texts = [
        *TRICKY,
        "Aan het eind: de minister van LVVN en de Raad van State. En ook de raad van state, RvS",
        "LTO LTO lto Land- en Tuinbouworganisatie zegt dat LTO Nederland gelijk heeft, Raad van",
        "FDF-leden en MOB-advocaten bij de Raad van State; @FDF_NL en @LTONederland reageren.",
    ]
    for text in texts:
        doc = pipeline(text)
        assert doc._.stakeholders == _stakeholders_the_plain_way(tagger, doc), text


def test_stakeholders_sharing_an_alias_keep_the_matchers_order(opgave):
    cfg = opgave_config(opgave)
    shared = [*cfg["stakeholders"], {"name": "Raad van Staten", "aliases": ["raad van state"], "handles": []}]
    nlp = spacy.blank("nl")
    for name in ALL[:3]:
        nlp.add_pipe(name)
    tagger = nlp.add_pipe("antennes_stakeholders", config={"stakeholders": shared})
    assert not tagger.own_lower  # which of the two names wins is the phrase matcher's to say
    for text in [*TRICKY, "De raad van state en de Raad van State, RvS."]:
        doc = nlp(text)
        assert doc._.stakeholders == _stakeholders_the_plain_way(tagger, doc), text


def test_longest_spans_is_filter_spans():
    nlp = spacy.blank("nl")
    doc = nlp("een twee drie vier vijf zes zeven acht negen tien")
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randrange(10)
            spans.append((start, rng.randint(start + 1, min(10, start + 3)), rng.choice("ABC")))
        expected = [(s.start, s.end, s.label_) for s in filter_spans([Span(doc, *t) for t in spans])]
        assert longest_spans(spans) == expected, spans


def test_plain_sentences_score_as_with_every_rule(pipeline, monkeypatch):
    texts = [
        *TRICKY, "Mooi plan. Goed werk, echt super! Prima.", "Wat een mooi plan. Zeer goed. Een goed idee.",
        "Prachtig #natuur. SCHANDALIG plan. In de steek gelaten. Heel slecht, uit de hand gelopen.",
    ]
    plain_terms, taken = polarity._plain_terms, []

    def counted(*args: Any) -> Any:
        found = plain_terms(*args)
        taken.append(found is not None)
        return found

    monkeypatch.setattr(polarity, "_plain_terms", counted)
    fast = [pipeline(text)._.explanation for text in texts] + [_results(pipeline, texts)]
    assert any(taken) and not all(taken)
    monkeypatch.setattr(polarity, "_plain_terms", lambda *args: None)  # every sentence through `_terms`
    assert [pipeline(text)._.explanation for text in texts] + [_results(pipeline, texts)] == fast


def test_document_irony_read_at_the_rule_words(pipeline):
    texts = [
        *TRICKY, "Goed bezig hoor, nog steeds geen vergunning 🎉", "Dan maar weer wachten. Top!",
        "Gewoon weer een mooi plan 😂", "Precies zoals verwacht, ja hoor", "Nog niet klaar", "dan maar",
    ]
    for text in texts:
        doc = pipeline(text)
        state = state_of(doc)
        keys = state.keys or []
        at = [i for i, k in enumerate(keys) if k in RULE_WORDS]
        present = frozenset(keys[i] for i in at)
        pols = polarities(keys)
        assert ironic_document(keys, state.hashtags, pols, present, at) == ironic_document(
            keys, state.hashtags, pols, present
        ), text


def test_scoring_leaves_out_only_what_the_doc_alone_shows(pipeline):
    """`score_texts` skips lemmas, sentence starts and topic spans (`annotate=False`): the same
    results as a document that gets all of them."""
    items = [ScoreInput(id=str(i), text=t) for i, t in enumerate(TRICKY)]
    scored = [r.to_json() for r in score_texts(pipeline, items)]
    for item, expected in zip(items, scored, strict=True):
        doc, note = _prepare(pipeline, item)
        state_of(doc, bounds=False).annotate = True
        doc = pipeline(doc)
        assert _result(doc, item, note, expected["model_version"]).to_json() == expected
        if len(doc):
            assert doc[0].is_sent_start and all(t.lemma_ for t in doc if not t.is_space)


PHRASE_TEXTS = [
    *TRICKY, "Het liep uit de hand. Uit de hand. In de steek gelaten, in de steek. Op de hand.",
    "We zijn eerlijk gezegd in de steek gelaten... uit de bocht gevlogen, groen licht!",
    "Uit de", "in de", "uit de hand.", "Dat loopt uit de hand... En in de war.",
]


def _first_two_words(keys: list[str]) -> list[int]:
    """The phrase starts as they were: wherever the first two words of a lexicon phrase stand."""
    seconds = polarity._multiword()[1]
    return [
        i for i in range(len(keys) - 1)
        if keys[i] in seconds
        and (keys[i + 1] in seconds[keys[i]] or keys[i + 1].rstrip(".") in seconds[keys[i]])
    ]


def _joined_phrase(keys: list[str], i: int, hi: int) -> tuple[int, float] | None:
    """The phrase at keys[i] found by joining the tokens (three words, then two; a last "." dropped)."""
    multi = polarity._multiword()[0]
    for size in (3, 2):
        if i + size > hi:
            continue
        phrase = " ".join(keys[i : i + size])
        if phrase not in multi and phrase.endswith("."):
            phrase = phrase[:-1]
        if phrase in multi:
            return size, multi[phrase]
    return None


def test_phrase_lookup_equals_joining_the_tokens(pipeline):
    cases = [[t.lower_ for t in pipeline.make_doc(text)] for text in PHRASE_TEXTS]
    for phrase in polarity._multiword()[0]:
        words = phrase.split(" ")
        cases += [words, [*words[:-1], words[-1] + "."], [*words, "en"], [*words[:2], "x"], words[:2]]
        cases += [[*words[:2], words[2] + "..."]] if len(words) > 2 else []
    for keys in cases:
        for i in _first_two_words(keys):
            for hi in range(i + 2, len(keys) + 1):
                assert polarity._phrase_at(keys, i, hi) == _joined_phrase(keys, i, hi), (keys, i, hi)


def test_only_real_phrase_starts_score_as_every_first_two_words(pipeline):
    settings = pipeline.get_pipe("antennes_sentiment").settings
    for text in PHRASE_TEXTS:
        state = state_of(pipeline(text))
        keys = state.keys or []
        pols = polarities(keys)
        rules_at = [i for i, k in enumerate(keys) if k in RULE_WORDS]
        starts, plain = phrase_starts(keys), _first_two_words(keys)
        assert set(starts) <= set(plain)
        scored = [
            score_sentences(
                keys, state.sent_bounds, sorted({*compress(range(len(keys)), pols), *found}), rules_at,
                state.caps, state.hashtags, settings, pols, False,
            )
            for found in (starts, plain)
        ]
        assert scored[0] == scored[1], text
    assert any(phrase_starts([t.lower_ for t in pipeline.make_doc(text)]) for text in PHRASE_TEXTS)


def test_group_evidence_in_rank_order_and_groups_from_the_voice_rules(pipeline):
    tagger = pipeline.get_pipe("antennes_groups")
    texts = [
        *TRICKY, "Boeren zijn boos.", "Wij boeren zijn het zat, en natuurbeschermers ook.",
        "Jonge boeren haken af. Als boer snap ik dat. De boeren en de bouwers.", "Over boeren.",
    ]
    items = [ScoreInput(id=str(i), text=t, voice_of=v) for v in (None, "boeren") for i, t in enumerate(texts)]
    sizes = set()
    for result in score_texts(pipeline, items):
        found = [(e["group"], e["rule"]) for e in result.group_evidence]
        sizes.add(min(len(found), 2))
        assert found == sorted(found, key=tagger.rank.__getitem__)
        assert result.groups == list(dict.fromkeys(g for g, r in found if r in groups.VOICE_RULES))
    assert sizes == {0, 1, 2}  # no evidence, one (the shortcut) and several (sorted)


class _Everything:
    """A set that holds every word: turns `self_evidence`'s early exit off."""

    def __contains__(self, word: object) -> bool:
        return True


def test_self_evidence_early_exit_changes_nothing(pipeline, monkeypatch):
    texts = [
        *TRICKY, "Wij boeren zijn boos. Als boer snap ik het. Zelf boer, dus ik weet het.",
        "Ik ben al dertig jaar boer. Dertig jaar boer en nu dit. Wat moet je als boer?",
        "Ik ben gewoon boer. We zijn echt boeren. De boeren en wij bouwers.",
    ]
    cases = []
    for text in texts:
        keys = state_of(pipeline(text)).keys or []
        cases += [(keys, start, sent) for start in range(len(keys)) for sent in range(start + 1)]
    fast = [groups.self_evidence(keys, start, start + 1, sent) for keys, start, sent in cases]
    assert any(fast)
    monkeypatch.setattr(groups, "_SELF_BEFORE", _Everything())
    assert [groups.self_evidence(keys, start, start + 1, sent) for keys, start, sent in cases] == fast
