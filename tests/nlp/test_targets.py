"""Topics, target groups and stakeholders on real Dutch sentences."""

from __future__ import annotations

from nlp.matching import variants


def _rules(result, group):
    return {e["rule"] for e in result.group_evidence if e["group"] == group}


def test_compounds_and_hashtags_match_topics(score):
    result = score("De stikstofregels zijn onwerkbaar. #stikstofcrisis")
    assert result.topics == ["stikstof"]


def test_multiword_terms_match_case_insensitively(score):
    result = score("Over Natura 2000 en intern salderen is nog veel onduidelijk.")
    assert result.topics == ["natuur", "vergunningen"]


def test_hyphenated_term_and_plural(score):
    assert "vergunningen" in score("Veel PAS-melders wachten nog steeds.").topics


def test_several_topics_with_aspect_sentiment(score):
    result = score("Het natuurherstel op de heide gaat prachtig. De derogatie verdwijnt, een drama.")
    assert result.topics == ["natuur", "mest"]
    assert result.topic_sentiment["natuur"] > 0 > result.topic_sentiment["mest"]


def test_no_topic_for_unrelated_words(score):
    assert score("De meeste mensen gingen met de trein naar het meer.").topics == []


def test_compound_member_noun_matches_group(score):
    result = score("Melkveehouders in Friesland zijn woedend over de plannen.")
    assert result.groups == ["boeren"]
    assert _rules(result, "boeren") == {"subject"}


def test_group_marker_as_first_part_is_only_a_mention(score):
    result = score("Het boerenprotest trok veel bekijks.")
    assert result.groups == []


def test_self_identification(score):
    for text, evidence in [
        ("Als boer maak ik me grote zorgen over de toekomst.", "als boer"),
        ("Wij huurders betalen uiteindelijk de rekening.", "wij huurders"),
        ("Ik ben zzp'er en zie mijn opdrachten verdwijnen.", "ik ben zzp'er"),
        ("Ik ben zelf ook een melkveehouder in de Achterhoek.", "ik ben zelf ook een melkveehouder"),
    ]:
        result = score(text)
        found = [e for e in result.group_evidence if e["rule"] == "self"]
        assert found and found[0]["evidence"] == evidence, text


def test_subject_rule_with_evidence(score):
    result = score("Boeren zijn woedend over de uitspraak.")
    assert result.group_evidence == [{"group": "boeren", "rule": "subject", "evidence": "boeren zijn"}]


def test_bare_mention_is_evidence_but_not_a_group(score):
    result = score("De minister sprak dinsdag met een delegatie van boeren.")
    assert result.groups == []
    assert _rules(result, "boeren") == {"mention"}


def test_source_context(score):
    result = score("De nieuwe regels gaan in januari in.", voice_of="boeren")
    assert result.groups == ["boeren"]
    assert _rules(result, "boeren") == {"source"}


def test_unknown_voice_of_is_ignored(score):
    assert score("De nieuwe regels gaan in januari in.", voice_of="vissers").groups == []


def test_stakeholders_by_alias_handle_and_name(score):
    result = score("@LTONederland en de FDF reageren op de uitspraak van de Raad van State.")
    names = [s["name"] for s in result.stakeholders]
    assert names == ["LTO Nederland", "Farmers Defence Force", "Raad van State"]
    assert result.stakeholders[0]["mention"] == "@LTONederland"


def test_short_acronyms_are_case_sensitive(score):
    result = score("Er ontstond een mob bij het gemeentehuis en lto was niet bereikbaar.")
    assert result.stakeholders == []
    assert [s["name"] for s in score("MOB stapt opnieuw naar de rechter.").stakeholders] == [
        "Mobilisation for the Environment"
    ]


def test_longest_alias_wins(score):
    result = score("De Land- en Tuinbouworganisatie is blij.")
    assert result.stakeholders == [{"name": "LTO Nederland", "mention": "Land- en Tuinbouworganisatie"}]


def test_variants():
    assert {"boeren", "boerinnen"} <= variants("boer") | variants("boerin")


def test_subject_in_subordinate_clause_and_plural_verb(score):
    assert score("Ik snap heel goed waarom boeren boos zijn.").groups == ["boeren"]
    assert score("Jonge melkveehouders haken massaal af.").groups == ["boeren"]
    assert score("Volgens boeren werken de regels niet.").groups == []
