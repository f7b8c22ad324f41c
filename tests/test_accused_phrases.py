"""What an arrest is for, told by a gerund of being or taking part: "for allegedly being behind the kidnappings",
"for taking part in the kidnapping", "the men behind the attack"
(tumen.extract.accused). Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Karl Vos was arrested in Tarvik for participating in the kidnapping of the judge Ilse Marr.", "arrest"),
        ("Police arrested Karl Vos for his participation in the kidnapping of the judge Ilse Marr.", "arrest"),
        ("Karl Vos was jailed in Tarvik for his complicity in the murder of the judge Ilse Marr.", "detention"),
        ("Police charged Karl Vos with complicity in the murder of the judge Ilse Marr.", "trial"),
        ("Police detained Karl Vos over his role in the attack on the judge Ilse Marr.", "detention"),
    ],
)
def test_a_share_in_a_crime_makes_the_one_arrested_its_accused(sentence: str, event_type: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, event_type) == {"Karl Vos": "subject"}
    assert all(e.attributes.get("accused") for e in extraction.events if e.type == event_type)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was arrested in Tarvik for participating in a protest against the killing of the judge Ilse Marr.",
        "Lena Varga was arrested in Tarvik for participating in a protest.",
        "Karl Vos was arrested in Tarvik for being at the protest.",
        # a share, active or in a relative clause, whose "in" or "behind" names no crime
        "Police arrested two men in Tarvik for taking part in a protest against the killing of a judge.",
        "Police arrested the men who took part in the protest against the killing of the judge Ilse Marr.",
        "Police arrested the men who were not involved in the murder of the judge Ilse Marr.",
        "Police arrested the lawyers behind the campaign against the killings in Tarvik.",
    ],
)
def test_a_share_in_no_crime_keeps_the_victim(sentence: str) -> None:
    extraction = run(sentence)
    assert not any(e.attributes.get("accused") for e in extraction.events)


def test_a_charge_imputed_deeper_in_the_phrase_of_those_arrested() -> None:
    text = (
        "The agency said it arrested ten persons, including leaders of the Tarvik party for their alleged "
        "involvement in the murder case."
    )
    arrests = [e for e in run(text).events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested Karl Vos, the founder of the committee for the investigation of killings in Tarvik.",
        "Police arrested Karl Vos, the brother of a man wanted for murder in Tarvik.",
    ],
)
def test_a_for_deeper_in_the_phrase_that_imputes_nothing_keeps_the_victim(sentence: str) -> None:
    extraction = run(sentence)
    assert roles(extraction, "arrest") == {"Karl Vos": "victim"}
    assert not any(e.attributes.get("accused") for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Karl Vos in Tarvik on charges including murder and robbery.",
        "Karl Vos pleaded guilty to charges including hostage-taking. Karl Vos was captured in Tarvik in 2018.",
    ],
)
def test_charges_including_a_crime_of_violence_make_the_one_arrested_its_accused(text: str) -> None:
    arrests = [e for e in run(text).events if e.type == "arrest"]
    assert arrests and all(e.attributes.get("accused") for e in arrests)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested the journalist Karl Vos on charges including treason and spreading false news.",
        "Police arrested Karl Vos on trumped-up charges including murder.",
    ],
)
def test_charges_including_no_crime_of_violence_or_made_up_keep_the_victim(sentence: str) -> None:
    arrests = [e for e in run(sentence).events if e.type == "arrest"]
    assert arrests and not any(e.attributes.get("accused") for e in arrests)


@pytest.mark.parametrize(
    "text",
    [
        "Karl Vos was jailed for ten years in Tarvik after he was convicted of murder.",
        "Karl Vos was sentenced to life in prison in Tarvik after he was convicted of kidnapping a boy.",
    ],
)
def test_a_conviction_after_which_the_sentence_came_names_its_crime(text: str) -> None:
    events = [e for e in run(text).events if e.type in ("sentencing", "detention")]
    assert events and all(e.attributes.get("accused") for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was jailed for ten years in Tarvik after he was convicted of insulting the king.",
        "Karl Vos was jailed in Tarvik after his brother was convicted of murder.",
    ],
)
def test_a_conviction_of_no_crime_of_violence_or_of_another_keeps_the_victim(sentence: str) -> None:
    extraction = run(sentence)
    names = {e.id: e.name for e in extraction.entities}
    jailed = [
        e
        for e in extraction.events
        if e.type in ("sentencing", "detention") and any(names.get(p.entity) == "Karl Vos" for p in e.participants)
    ]
    assert jailed and not any(e.attributes.get("accused") for e in jailed)


@pytest.mark.parametrize(
    "sentence",
    [
        # active voice, the parse hanging the share's "in" on the gerund ("taking" part in)
        "Police arrested three men for taking part in the kidnapping of the judge Ilse Marr.",
        "Police arrested Ivo Lesk for taking part in the kidnapping of Ana Berg.",
        "Police detained two women in Tarvik for playing a role in the kidnapping of the judge Ilse Marr.",
        # the doers named by "behind" the crime, or by a relative clause of taking part in it
        "The men behind the attack on the judge Ilse Marr were detained in Tarvik on Monday.",
        "Police arrested the men who took part in the kidnapping of the judge Ilse Marr.",
        "Police arrested the men who were behind the attack on the judge Ilse Marr.",
    ],
)
def test_a_share_in_a_crime_of_those_unnamed_makes_the_arrest_one_of_suspects(sentence: str) -> None:
    """Those arrested, named or not, by a share in a crime in any voice: the arrest is law enforcement."""
    extraction = run(sentence)
    held = [e for e in extraction.events if e.type in ("arrest", "detention")]
    assert held and all(e.attributes.get("accused") for e in held)


@pytest.mark.parametrize(
    "sentence",
    [
        # a questioning the arrest is for (inquiries, inquiry_prepositions)
        "Three people were detained for questioning over the killing of the judge Ilse Marr.",
        # a participle of a link or a belief (linked_participles, believed_participles)
        "Police arrested three people linked to the killing of the judge Ilse Marr.",
        "Police arrested two men connected with the kidnapping of the judge Ilse Marr.",
        "Police arrested a man believed to have shot the judge Ilse Marr.",
        "Police arrested two men thought to be behind the attack on the judge Ilse Marr.",
    ],
)
def test_those_questioned_over_linked_to_or_believed_to_have_done_a_crime_are_suspects(sentence: str) -> None:
    held = [e for e in run(sentence).events if e.type in ("arrest", "detention")]
    assert held and all(e.attributes.get("accused") for e in held)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested the reporter Ana Berg for raising questions about the killing of a trader.",
        "Ana Berg was held for questioning about her report on the killing of a trader.",
        "Police arrested two men linked to the opposition party in Tarvik.",
        "Police arrested two men believed to have witnessed the killing of a trader.",
        "Police arrested two men not believed to have shot the trader.",
        "Police arrested two journalists believed to have reported on the killing of a trader.",
    ],
)
def test_a_questioning_link_or_belief_that_names_no_crime_of_theirs_keeps_the_victim(sentence: str) -> None:
    assert not any(e.attributes.get("accused") for e in run(sentence).events)
