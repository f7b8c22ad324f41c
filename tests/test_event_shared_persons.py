"""Whose event it is when the sentence does not name the person where the event is told: a pronoun in a
fronted clause, "them both", "one of her two brothers, the youngest", a passive infinitive, a transcript's
"I", and a bare event noun after "after" (docs/extraction.md), each on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction

PUBLISHED = date(2020, 5, 1)


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", PUBLISHED))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def who(x: Extraction, event: Event) -> set[str]:
    """Each participant's name, or its descriptor when it has none ("youngest brother")."""
    return {str(x.entity(p.entity).name or x.entity(p.entity).descriptor) for p in event.participants}


def test_a_pronoun_in_a_fronted_clause_is_the_subject_named_after_it() -> None:
    x = run(
        "Kang Ok-hui runs a shelter in Seoul. Before she was sold to a farmer who paid 9,000 yuan, "
        "Park Mi-ok said buyers visited her."
    )
    [sold] = of_type(x, "trafficking")
    assert who(x, sold) == {"Park Mi-ok"}
    after = run("Kang Ok-hui runs a shelter in Seoul. Park Mi-ok cried before she was sold to a farmer.")
    [later] = of_type(after, "trafficking")
    assert "Park Mi-ok" in who(after, later)  # not fronted: the ordinary choice, the nearest subject


def test_them_both_are_the_two_persons_mentioned_last() -> None:
    x = run("Ms Ryu had a son. She was forced to watch as the guards beat him. The guards sold them both into slavery.")
    [sold] = of_type(x, "trafficking")
    victims = {
        str(x.entity(p.entity).name or x.entity(p.entity).descriptor) for p in sold.participants if p.role == "victim"
    }
    assert victims == {"Ryu", "son"}
    passive = run("Ms Ryu had a son. She was forced to watch as the guards beat him. Both were sold into slavery.")
    [sold_too] = of_type(passive, "trafficking")
    assert who(passive, sold_too) == {"Ryu", "son"}


def test_them_both_never_includes_the_subject_of_its_own_clause() -> None:
    x = run("Ms Ryu met Kim Chol in Yanji. Kim sold them both to a farmer.")
    assert not [p for e in of_type(x, "trafficking") for p in e.participants if x.entity(p.entity).name == "Kim Chol"]


def test_one_of_a_counted_plural_set_apart_by_a_rank_is_that_relative() -> None:
    x = run("Ms Ryu lost her family. One of her two brothers, the youngest, had already died of hunger.")
    [death] = of_type(x, "death")
    assert who(x, death) == {"youngest brother"}
    plain = run("Ms Ryu lost her family. One of her two brothers had already died of hunger.")
    [unranked] = of_type(plain, "death")
    assert who(plain, unranked) == {"brother"}


def test_a_passive_infinitive_after_it_took_is_an_event_of_the_subject_before_it() -> None:
    x = run(
        "Kang Sun-ok was a soldier.\n\nKANG: (Through an interpreter) It took about two weeks after I reached "
        "the city to be sold to a farmer."
    )
    [sold] = of_type(x, "trafficking")
    assert sold.modality == "asserted"
    assert who(x, sold) == {"Kang Sun-ok"}
    planned = run("Ri Sun-ok waited in the city to be sold to a farmer.")
    [purpose] = of_type(planned, "trafficking")
    assert purpose.modality == "planned"  # an infinitive of purpose stays a plan


def test_a_transcript_label_says_who_i_is() -> None:
    x = run("Kang Sun-ok was a soldier.\n\nKANG: I was arrested by the police in 2003.")
    [arrest] = of_type(x, "arrest")
    assert "Kang Sun-ok" in who(x, arrest)


def test_a_bare_event_noun_after_after_is_the_clause_subjects_and_done() -> None:
    x = run("Kang Mi-ja lives in Seoul. “We had no food,” she said. “After resettlement, I wanted to bring my son.”")
    [settled] = of_type(x, "resettlement")
    assert settled.modality == "asserted"
    assert who(x, settled) == {"Kang Mi-ja"}
    with_article = run("Kang Mi-ja lives in Seoul. After the arrest, she went home to Hyesan.")
    assert not of_type(with_article, "arrest")
