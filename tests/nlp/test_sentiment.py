"""Sentiment rules on real Dutch sentences: lexicon, negation, intensifiers, contrast, emoji, hashtags."""

from __future__ import annotations

from nlp.polarity import score_sentence


def test_outrage_is_negative(score):
    result = score("Dit stikstofplan is ronduit schandalig!")
    assert result.label == "negative"
    assert result.sentiment < -0.5
    assert result.explanation[0]["term"] == "ronduit schandalig"


def test_relief_is_positive(score):
    result = score("Eindelijk duidelijkheid voor de boeren, daar ben ik erg blij mee.")
    assert result.label == "positive"


def test_factual_news_is_neutral(score):
    result = score("De minister presenteerde dinsdag in Den Haag de plannen voor het buitengebied.")
    assert result.label == "neutral"
    assert result.explanation == []


def test_negation_flips_and_damps(score):
    plain = score("Het plan is goed.").sentiment
    negated = score("Het plan is niet goed.")
    assert negated.sentiment < 0 < plain
    assert abs(negated.sentiment) < plain
    assert negated.explanation[0]["term"] == "niet goed"


def test_negation_after_the_verb_closes_the_clause(score):
    assert score("Ik steun dit plan niet.").sentiment < 0
    assert score("Geen probleem, dat regelen we.").sentiment > 0


def test_intensifier_and_diminisher(score):
    plain = score("Het voorstel is slecht.").sentiment
    strong = score("Het voorstel is heel erg slecht.").sentiment
    weak = score("Het voorstel is enigszins slecht.").sentiment
    assert strong < plain < weak < 0


def test_contrast_later_clause_weighs_more(score):
    result = score("Het plan is goed, maar de uitvoering is rampzalig.")
    assert result.label == "negative"
    flipped = score("De uitvoering was rampzalig, maar het nieuwe plan is uitstekend.")
    assert flipped.sentiment > 0


def test_exclamation_boosts_and_question_hedges(score):
    plain = score("Dit is een slecht plan.").sentiment
    shout = score("Dit is een slecht plan!!!").sentiment
    asked = score("Is dit een slecht plan?").sentiment
    assert shout < plain < asked <= 0


def test_emoji_and_emoticons(score):
    assert score("Nieuwe regels voor de boeren 🤬").label == "negative"
    assert score("Nieuwe regels voor de boeren 👍").label == "positive"
    assert score("Het gesprek met de gedeputeerde was prima :)").label == "positive"


def test_emoji_only_is_scored_without_language(score):
    result = score("🤬🤬🤬")
    assert result.scored and result.language == "und"
    assert result.label == "negative"


def test_hashtag_counts_and_is_explained(score):
    result = score("Weer nieuwe regels voor het platteland #schande")
    assert result.label == "negative"
    assert result.explanation[0]["term"] == "#schande"


def test_irony_marker_turns_praise_negative(score):
    assert score("Geweldig hoor, weer een nieuwe regel erbij 🙄").label == "negative"
    assert score('Wat een "fantastisch" beleid van dit kabinet.').sentiment < 0


def test_inflected_form_reaches_lexicon_through_lemma(score):
    assert score("Wat een schandalige vertoning in de Kamer.").label == "negative"


def test_letter_repeats_are_squeezed(score):
    assert score("Dit is echt heeeeel sleeeecht").label == "negative"


def test_sentence_scores_on_spans(pipeline):
    doc = pipeline("De vergadering begon om tien uur. Het resultaat is fantastisch!")
    sents = list(doc.sents)
    assert sents[0]._.sentiment == 0.0
    assert sents[1]._.sentiment > 0.5


def test_score_sentence_is_pure_and_explains_every_term():
    keys = ["dat", "is", "niet", "zo", "slim", "maar", "wel", "eerlijk"]
    result = score_sentence(keys, keys)
    assert {t for t, _ in result.terms} == {"niet zo slim", "eerlijk"}
    assert abs(sum(v for _, v in result.terms) - result.raw) < 1e-9


def test_negator_closing_a_clause_with_a_particle(score):
    assert score("Het plan klinkt goed, maar ik geloof er niks van.").label == "negative"


def test_contrast_clause_after_maar_wins(score):
    assert score("Goede stap, maar het is nog lang niet genoeg voor de natuur.").label == "negative"


def test_loaded_compound_head_counts(score):
    result = score("Stop eens met dat eindeloze stikstofgedoe")
    assert result.label == "negative"
    assert result.explanation[0]["term"] == "stikstofgedoe"


def test_irony_emoji_flips_praise_it_follows(score):
    assert score("Lekker bezig weer, Den Haag 🙄").label == "negative"


def test_noun_sense_after_article_is_neutral(score):
    assert score("De top in Brussel begint morgen.").label == "neutral"
    assert score("Top!").label == "positive"


def test_nooit_zon_is_emphasis_not_negation(score):
    assert score("Ik heb nog nooit zo'n rommelig stikstofbeleid gezien.").label == "negative"


def test_too_much_is_a_complaint(score):
    result = score("Natuurmonumenten is blij met het plan, maar vindt het tempo veel te laag.")
    assert result.label == "negative"
