"""Second-round sentiment rules on real Dutch sentences: irony, idiom, plain uses of evaluative
words, contrast with a negated clause, and evaluative intensifiers."""

from __future__ import annotations

from nlp.lexicon import sentiment_lexicon


def test_eye_roll_anywhere_makes_the_praise_ironic(score):
    result = score("Geweldig hoor, weer een nieuwe rekenregel. Precies wat we nodig hadden. 🙄")
    assert result.label == "negative"


def test_praise_hoor_with_again_is_ironic(score):
    assert score("Bedankt hoor, de regels zijn weer veranderd.").label == "negative"
    assert score("Top plan hoor, en dan maar hopen dat het vanzelf goed komt").sentiment < 0


def test_party_emoji_after_still_no_plan_is_ironic(score):
    result = score("Wat een feest, de derde winter op rij. Nog steeds geen plan. 🎉")
    assert result.label == "negative"


def test_sincere_praise_hoor_stays_positive(score):
    assert score("Mooi hoor, die nieuwe natuurbrug bij ons in het dorp.").label == "positive"
    assert score("Gefeliciteerd met de opening! 🎉").label == "positive"


def test_criticism_through_idiom_is_negative(score):
    assert score("Die optocht van trekkers over de snelweg, wat een circus.").label == "negative"
    assert score("De minister heeft geen idee wat hij de dorpen aandoet.").label == "negative"
    assert score("Kleine aannemers voelen zich vergeten in dit debat.").label == "negative"
    assert score("Het overleg in het gemeentehuis liep volledig uit de hand.").label == "negative"


def test_plain_uses_of_evaluative_words_stay_neutral(score):
    assert score("Eerlijk gezegd heb ik het rapport nog niet gelezen.").label == "neutral"
    assert score("Het college gaf dinsdag groen licht voor de nieuwe stal.").label == "neutral"
    assert score("De bijeenkomst in het dorpshuis verliep rustig.").label == "neutral"
    assert score("De provincie wil volgend jaar duidelijkheid geven over de vergunningen.").label == "neutral"


def test_cancelling_phrases_are_in_the_lexicon_with_weight_zero():
    lexicon = sentiment_lexicon()
    assert lexicon["eerlijk gezegd"] == 0.0
    assert lexicon["groen licht"] == 0.0


def test_negated_clause_after_but_takes_back_the_praise(score):
    praise = score("Goed nieuws over de uitstoot.")
    contrasted = score("Goed nieuws over de uitstoot, maar we zijn er nog niet.")
    assert praise.label == "positive"
    assert contrasted.label in ("negative", "neutral")
    assert contrasted.sentiment < praise.sentiment
    assert any("maar" in e["term"] for e in contrasted.explanation)


def test_evaluative_intensifier_keeps_its_own_polarity(score):
    assert score("Er komen bizar veel nieuwe regels bij.").label == "negative"
    strong = score("Het eten was bizar goed.")
    assert strong.label == "positive"
    assert strong.explanation[0]["term"] == "bizar goed"


def test_negated_negative_is_only_faintly_positive(score):
    negated_praise = score("Het plan is niet goed.").sentiment
    negated_criticism = score("Het plan is niet slecht.").sentiment
    assert negated_praise < 0 < negated_criticism
    assert negated_criticism < abs(negated_praise)


def test_noun_sense_after_an_inflected_adjective(score):
    assert score("De premier vertrekt morgen naar de Europese top in Brussel.").label == "neutral"
    assert score("Dat plan is echt top!").label == "positive"


def test_word_with_its_full_stop_still_counts(score):
    result = score("Het opzeggen van het lidmaatschap gaat hem echter te ver.")
    assert result.label == "negative"
    assert any(e["term"].startswith("te ver") for e in result.explanation)


def test_disagreement_phrases(score):
    assert score("De premier is het niet eens met de Britse visie.").label == "negative"
    assert score("De meeste partijen zien niets in het voorstel.").label == "negative"


def test_phrase_at_the_very_end_of_a_text(score):
    assert score("De vergoeding voor de stoppende boeren is te laag").label == "negative"
    assert score("Dat liep uit de hand").label == "negative"


def test_praise_and_agreement_in_political_reporting(score):
    assert score("Het overleg met de provincie was bemoedigend, zei de gedeputeerde.").label == "positive"
    assert score("De fracties roemden de samenwerking met de boeren.").label == "positive"
    assert score("Kabinet en boerenorganisaties zijn eensgezind over de aanpak.").label == "positive"
