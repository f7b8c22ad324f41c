"""Harms read right (docs/extraction.md): a relative clause the described one's own deed names no one as that
person, a harm a personal pronoun undergoes is told of someone, "the prosecution" that acts is the prosecuting
side, a conviction of a named terrorist is of a doer, and what a negated verb of saying completes is not told.
Invented sentences and names."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def of_type(extraction: Extraction, kind: str) -> list[Event]:
    return [e for e in extraction.events if e.type == kind]


def victims(extraction: Extraction, event: Event) -> set[str]:
    names = {e.id: e.name for e in extraction.entities}
    return {str(names[p.entity]) for p in event.participants if p.role == "victim"}


def test_a_clause_of_the_described_ones_own_deed_names_someone_else() -> None:
    """ "An activist who called for Tomas Vell to resign was arrested": the activist was, not Vell; "a man
    who knew Vell" is not Vell. A clause of naming still names: "a boy named Vell", "a man whom they call Vell"."""
    for text in (
        "An outspoken rights activist who called for President Tomas Vell to step down was arrested on Monday.",
        "A man who knew Tomas Vell was arrested in Gorna.",
    ):
        extraction = run(text)
        events = [*of_type(extraction, "trial"), *of_type(extraction, "arrest")]
        assert events and all("Tomas Vell" not in victims(extraction, e) for e in events), text
    for text in (
        "A boy named Tomas Vell was arrested in Gorna.",
        "A man whom they call Tomas Vell was arrested.",
        "A man calling himself Tomas Vell was arrested in Gorna.",
    ):
        extraction = run(text)
        assert any("Tomas Vell" in victims(extraction, e) for e in of_type(extraction, "arrest")), text


def test_a_harm_undergone_by_a_personal_pronoun_is_told_of_someone() -> None:
    """ "The guard forced her to have sex with him": a rape, though no antecedent of "her" is known; so "they beat me
    with a baton, she said". A harm of "them" (things as well as people) or a hypothetical one stays as before."""
    assert [e.modality for e in of_type(run("The guard forced her to have sex with him."), "sexual_violence")] == [
        "asserted"
    ]
    assert [e.modality for e in of_type(run("They beat me with a baton, she said."), "ill_treatment")] == ["asserted"]
    assert not [
        e for e in of_type(run("If he talks, the guard will beat her."), "ill_treatment") if e.modality == "asserted"
    ]


def test_the_prosecution_that_acts_is_the_prosecuting_side() -> None:
    """ "The Tarvik prosecution is investigating a man", "the prosecution is now concerned": the prosecutors, no
    proceedings; "the prosecution of Ana Cruz began in May" is one."""
    assert not of_type(run("The Tarvik prosecution is now concerned because he lived there."), "trial")
    assert not of_type(run("The Tarvik prosecution is investigating a 43-year-old man in Gorna."), "trial")
    extraction = run("The prosecution of Ana Cruz began in May.")
    assert [victims(extraction, e) for e in of_type(extraction, "trial")] == [{"Ana Cruz"}]
    assert of_type(run("After federal prosecutions decimated its rivals, Tomas Vell ruled the gang in May."), "trial")


def test_a_conviction_of_a_named_terrorist_is_of_a_doer() -> None:
    """ "accountability for convicted terrorist Tomas Vell": law enforcement against the doer of a crime (accused),
    not a harm done to a victim; "criminal lawyer Tomas Vell" names no criminal."""
    extraction = run("They discussed accountability for convicted terrorist Tomas Vell.")
    (sentencing,) = of_type(extraction, "sentencing")
    assert sentencing.attributes.get("accused") and not victims(extraction, sentencing)
    extraction = run("Police arrested criminal lawyer Tomas Vell.")
    assert [victims(extraction, e) for e in of_type(extraction, "arrest")] == [{"Tomas Vell"}]


def test_what_a_negated_verb_of_saying_completes_is_not_told() -> None:
    """ "The article does not go on to say that Vell was sentenced": told neither way (hypothetical); "police did not
    say when she was arrested" tells the arrest, only not its time."""
    extraction = run("The body of the article does not go on to say that Tomas Vell was sentenced to death.")
    assert [e.modality for e in of_type(extraction, "sentencing")] == ["hypothetical"]
    extraction = run("Police did not confirm that Ana Cruz was arrested.")
    assert [e.modality for e in of_type(extraction, "arrest")] == ["hypothetical"]
    extraction = run("The report did not say when Ana Cruz was arrested.")
    assert [e.modality for e in of_type(extraction, "arrest")] == ["asserted"]
