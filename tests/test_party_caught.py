""" "They were caught" (docs/extraction.md, "Who 'they' are"), on invented sentences: "catch" needs a person
as its object, and "they" standing for the party named before is one; a plural counting occasions ("the
first two times") does not stand between "they" and that party; a kinship word the tagger took for a proper
noun though written in lower case ("Mina’s mother and father", after a curly apostrophe) is still a relative."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2016, 10, 16)))


def victims(x: Extraction, event: Event) -> set[str]:
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return {names[p.entity] for p in event.participants if p.role == "victim"}


def arrests(x: Extraction) -> list[Event]:
    return [e for e in x.events if e.type == "arrest"]


def test_they_were_caught_is_the_partys_arrest() -> None:
    x = run("Kang Min-seo and her husband fled in 1997. Months later they were caught by border police.")
    [arrest] = arrests(x)
    assert victims(x, arrest) == {"Kang Min-seo", "husband"}


def test_counted_occasions_do_not_hide_the_party() -> None:
    # "the first three times" counts trips, not a party of three: "they" are still the two parents
    x = run(
        "Mina Ro was born in 1990. Mina's mother and father made several trips to China. The first three times "
        "were successful, but everything went wrong during a fourth trip, when they were caught by border police."
    )
    [arrest] = arrests(x)
    assert victims(x, arrest) == {"mother", "father"}


def test_a_lower_case_kinship_word_tagged_as_a_name_is_a_common_noun() -> None:
    # the tagger sometimes takes "father" in "X’s mother and father" for a proper noun (NNP)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from tumen.extract.unnamed_in_view import common_noun

    doc = Doc(Vocab(), words=["mother", "and", "father", "Mina"], pos=["NOUN", "CCONJ", "PROPN", "PROPN"])
    assert [common_noun(t) for t in doc] == [True, False, True, False]


def test_caught_without_a_person_is_no_arrest() -> None:
    assert arrests(run("The smuggling was caught on camera in 1997.")) == []
    assert arrests(run("They were caught on camera in 1997.")) == []


def test_the_subject_of_them_s_own_clause_does_not_stop_the_search() -> None:
    # "border police" is the subject of "caught", not what "them" stands for: the party three sentences back is
    x = run(
        "Kang Min-seo, 41, left Onsong in 2009. She fled with her son. Two weeks later, border police caught them "
        "near Yanji."
    )
    [arrest] = arrests(x)
    assert victims(x, arrest) == {"Kang Min-seo", "son"}


def test_a_plural_subject_of_another_clause_still_stops_the_search() -> None:
    x = run(
        "Kang Min-seo and her son left Onsong in 2009. The guards were drunk that night. In 2010 police caught them."
    )
    assert arrests(x) == []
