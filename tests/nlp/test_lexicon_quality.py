"""The social/political lexicon on real Dutch sentences: vocabulary of political reactions, idiom,
plain (neutral) uses of loaded-looking words, negation, degree words and irony markers."""

from __future__ import annotations

import pytest

from nlp.lexicon import sentiment_lexicon
from nlp.lexicon.neutral import NEUTRAL
from nlp.polarity import word_polarity

NEGATIVE = [
    "Dit wanbeleid is onacceptabel.",
    "Het kabinet heeft de boeren in de steek gelaten.",
    "Een klap in het gezicht van alle ouders die al jaren wachten.",
    "Weer een besluit over de rug van de huurders.",
    "Wat een hypocriete minister, schaamteloos gewoon.",
    "De bezuinigingen op de zorg zijn een regelrecht debacle.",
    "Schijnheilig gedoe van die zakkenvullers in Den Haag.",
    "Dit plan is ondoordacht en onuitvoerbaar.",
    "Het is verre van ideaal.",
    "Weinig vertrouwen in dit kabinet na alle loze beloftes.",
    "Belachelijk hoge huren in Amsterdam.",
    "Het is te makkelijk om alles op de boeren af te schuiven.",
    "Dit kan echt niet langer zo.",
    "Hoe kan het dat de gemeente hier niets aan doet?",
    "Weer een rapport, weer niks.",
    "Bewoners zijn fel gekant tegen de komst van het datacenter.",
    "Ik ben het zat, de toeslagenaffaire is een schande. #schaamteloos",
    "De invoering van het nieuwe stelsel liep volledig de mist in.",
    "De communicatie van de provincie laat te wensen over.",
    "Kut kabinet. 😡",
    "Weer uitstel 🤦‍♂️",
    "Ik voel me belazerd en vernederd door deze regering.",
]

POSITIVE = [
    "Dank je wel voor je steun!",
    "Gefeliciteerd met je verkiezing!",
    "Eindelijk duidelijkheid voor de boeren.",
    "Dikke prima, dit plan.",
    "Goed werk van de wethouder, chapeau.",
    "Een stap in de goede richting voor de natuur.",
    "Ik sta pal achter de leraren.",
    "De nieuwe regels vallen mee, het viel me mee.",
    "Erg de moeite waard, die documentaire over de polder.",
    "Waanzinnig goed plan van de gemeente!",
    "Wat een verademing, een minister die gewoon antwoord geeft. 👏",
    "Proficiat aan alle vrijwilligers, jullie zijn kanjers!",
    "Helemaal eens met de burgemeester.",
]

NEUTRAL_SENTENCES = [
    "De minister presenteert dinsdag het plan in de Tweede Kamer.",
    "Het akkoord staat online op de site van de rijksoverheid.",
    "De leden van de partij stemmen vrijdag over de lijsttrekker.",
    "Voor vragen kunt u terecht bij het gemeenteloket.",
    "Het kabinet zorgt voor een nieuwe regeling voor zzp'ers.",
    "De gemeente investeert in vastgoed aan de rand van de stad.",
    "Uiteindelijk besloot de raad het voorstel aan te houden.",
    "Gewezen premier Balkenende sprak op het congres.",
    "Hij zat dinsdag samen met de wethouders om tafel.",
    "Inwoners zijn verdeeld over de plannen voor de nieuwe weg.",
    "De minister belooft een reactie voor de zomer.",
    "Zo goed als alle fracties stemden in met de motie.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_political_criticism_is_negative(score, text):
    assert score(text).label == "negative"


@pytest.mark.parametrize("text", POSITIVE)
def test_praise_thanks_and_relief_are_positive(score, text):
    assert score(text).label == "positive"


@pytest.mark.parametrize("text", NEUTRAL_SENTENCES)
def test_factual_sentences_with_loaded_looking_words_stay_neutral(score, text):
    assert score(text).label == "neutral"


def test_negation_flips_the_new_vocabulary(score):
    assert score("Ik ben niet blij met dit voorstel.").label == "negative"
    assert score("Het plan is allesbehalve duidelijk.").label == "negative"
    assert score("Deze regeling is niet de moeite waard.").label == "negative"
    assert score("Ik ben het er niet mee eens.").label == "negative"
    assert score("Dit is zeker geen debacle.").sentiment > score("Dit is een debacle.").sentiment


def test_few_and_less_negate_like_not(score):
    assert score("Er is weinig begrip voor de boeren.").sentiment < 0
    assert score("Minder goede zorg voor ouderen.").label == "negative"
    assert score("Minder problemen met de vergunningen dan vorig jaar.").sentiment > 0


def test_irony_markers_turn_praise_negative(score):
    assert score("Lekker bezig weer, Den Haag.").label == "negative"
    assert score("Goed bezig hoor 🙄").label == "negative"
    assert score("Wie had dat gedacht, de deadline is weer niet gehaald. Geweldig.").label == "negative"
    assert score("Weer uitstel. Gefeliciteerd Den Haag 🎉").label == "negative"
    assert score("Fantastisch plan van de minister #sarcasme").label == "negative"


def test_sentiment_hashtags_count(score):
    assert score("Weer een #epicfail van dit college.").label == "negative"
    assert score("#goednieuws de bibliotheek blijft open").label == "positive"


def test_compound_tails_that_only_look_loaded_are_neutral():
    for word in ("uiteindelijk", "ontvangst", "investering", "concreet", "vastgoed", "opgehaald", "leden"):
        assert word in NEUTRAL
        assert word_polarity(word) == 0.0
    assert word_polarity("popmuziek") == 0.0  # ziek is below the compound threshold
    assert word_polarity("voertuig") == 0.0  # so is tuig
    assert word_polarity("verongelukt") < 0  # not ver|on|gelukt


def test_phrases_are_at_most_three_words():
    """The rules look phrases up by their first two words and match at most three."""
    phrases = [k for k in sentiment_lexicon() if " " in k]
    assert phrases
    assert all(len(p.split(" ")) <= 3 for p in phrases)
