"""Discovery of unknown organisation-like names and handles for the gazetteer."""

from __future__ import annotations

from nlp.discovery import discover_candidates

TEXTS = [
    "De NVWA controleert vaker bij melkveehouders, meldt @BoerenBelang.",
    "Volgens de Vereniging Leefmilieu is het plan te zwak. De NVWA zwijgt.",
    "LTO en de NVWA overleggen met Stichting Boerenbelang en @BoerenBelang.",
    "@BoerenBelang: de Vereniging Leefmilieu overdrijft. Jan Jansen zegt niets. De EU ook niet.",
    "Jan Jansen van de Vereniging Leefmilieu reageert namens @LTONederland en de FDF.",
    "Jan Jansen en Piet de Vries lopen mee in het protest, net als Jan Jansen gisteren.",
]


def test_finds_handles_acronyms_and_organisations(opgave):
    found = {c["name"]: c["count"] for c in discover_candidates(TEXTS, opgave, min_count=3)}
    assert found == {"@BoerenBelang": 3, "NVWA": 3, "Vereniging Leefmilieu": 3}


def test_known_stakeholders_persons_and_common_acronyms_are_no_candidates(opgave):
    names = {c["name"] for c in discover_candidates(TEXTS, opgave, min_count=1)}
    assert not names & {"LTO", "FDF", "@LTONederland", "EU", "Jan Jansen", "Piet de Vries"}
    assert "Stichting Boerenbelang" in names


def test_examples_are_short_snippets_and_docs_are_accepted(opgave, pipeline):
    docs = [pipeline.make_doc(t) for t in TEXTS]
    top = discover_candidates(docs, opgave, min_count=3)[0]
    assert top["name"] == "@BoerenBelang"
    assert len(top["examples"]) == 3 and all("@BoerenBelang" in e for e in top["examples"])
