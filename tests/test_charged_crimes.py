"""The crime a charge names is an event of the one charged (tumen.extract.charged_crimes): "arrested for
kidnapping", "charged with murder" tell a kidnapping or a murder alleged against the one arrested or charged — its
perpetrator, with the attribute ``charged``. Invented sentences."""

from __future__ import annotations

import pytest

from test_accused import roles
from test_plural_role_before_names import run
from tumen.extract.types import Event, Extraction


def crimes(extraction: Extraction, event_type: str) -> list[Event]:
    return [e for e in extraction.events if e.type == event_type and e.attributes.get("charged")]


def perpetrators(extraction: Extraction, event: Event) -> set[str]:
    return {str(extraction.entity(p.entity).name) for p in event.participants if p.role == "perpetrator"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Karl Vos was charged with kidnapping and false imprisonment in Tarvik.", "abduction"),
        ("Karl Vos was convicted of two murders in Tarvik.", "killing"),
        ("Karl Vos was arrested in Tarvik on charges including kidnapping and rape.", "sexual_violence"),
        ("Karl Vos was held in Tarvik on charges of kidnapping.", "abduction"),
    ],
)
def test_the_crime_of_a_charge_is_alleged_against_the_one_charged(sentence: str, event_type: str) -> None:
    extraction = run(sentence)
    [crime] = crimes(extraction, event_type)
    assert perpetrators(extraction, crime) == {"Karl Vos"}
    assert crime.modality == "alleged"  # the charge says it, the report does not: no fact, no verdict


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The state hanged Tomas Varga for murder, abduction and terrorism on Saturday.", "abduction"),
        ("The state executed Tomas Varga for the murder of Ana Berg.", "killing"),
    ],
)
def test_the_crime_a_punishment_is_for_is_alleged_against_the_one_punished(sentence: str, event_type: str) -> None:
    """A punishment's "for" names the crime charged (``accused: punishments``), as an arrest's does; the one
    executed stays the execution's victim."""
    extraction = run(sentence)
    [crime] = crimes(extraction, event_type)
    assert perpetrators(extraction, crime) == {"Tomas Varga"}
    assert crime.modality == "alleged"
    [execution] = [e for e in extraction.events if e.type == "execution"]
    assert [p.role for p in execution.participants] == ["victim"]
    assert not execution.attributes.get("accused")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels executed three soldiers in revenge for the killing of their commander.",
        "Police arrested Ana Berg in retaliation for the killing of Tomas Varga.",
        "Militants executed Ana Berg for the murder of Tomas Varga.",
    ],
)
def test_a_grievance_avenged_or_a_punishment_outside_the_law_charges_no_crime(sentence: str) -> None:
    """A "for" after "in revenge" or "in retaliation" (``accused: retaliation``) names the grievance, and doers
    outside the law (``captors``) punish no charge: no crime alleged against the ones executed or arrested."""
    assert [e for e in run(sentence).events if e.modality == "alleged"] == []


@pytest.mark.parametrize(
    "sentence",
    ["Police accused the activist Lena Dorn of kidnapping a child.", "Police arrested Lena Dorn for kidnapping a boy."],
)
def test_a_crime_hung_on_the_object_of_an_accusation_is_alleged_against_that_object(sentence: str) -> None:
    """The parser hangs "of kidnapping" on the object: the kidnapping is still alleged against her, not done by the
    police who accuse her."""
    extraction = run(sentence)
    [crime] = crimes(extraction, "abduction")
    assert perpetrators(extraction, crime) == {"Lena Dorn"}
    assert crime.modality == "alleged"


def test_every_crime_of_a_list_of_gerunds_is_charged_and_takes_no_time_of_the_court() -> None:
    """ "convicted of kidnapping and murdering Ivo Renn": both crimes are the conviction's, neither done on the day
    the court commuted the sentence."""
    extraction = run(
        "The high court on 4 May 2019 commuted the death sentence of Karl Vos, convicted of kidnapping and murdering "
        "the trader Ivo Renn in Tarvik."
    )
    [killing] = [e for e in extraction.events if e.type == "killing"]
    assert killing.attributes.get("charged") and killing.modality == "alleged"
    assert killing.time is None
    assert perpetrators(extraction, killing) == {"Karl Vos"}
    extraction = run("Karl Vos was arrested on Monday for beating and robbing a neighbour in Tarvik.")
    assert [e.modality for e in extraction.events if e.type == "ill_treatment"] == ["alleged"]
    extraction = run("Karl Vos was jailed on Monday for kidnapping a trader and killing a guard in Tarvik.")
    [killing] = [e for e in extraction.events if e.type == "killing"]
    assert killing.modality == "alleged" and killing.time is None  # not killed on the day of the jailing


def test_a_crime_of_someone_named_keeps_its_victim() -> None:
    extraction = run("Police arrested Karl Vos in connection with the killing of the trader Ana Berg.")
    [crime] = crimes(extraction, "killing")
    assert perpetrators(extraction, crime) == {"Karl Vos"}
    assert roles(extraction, "killing") == {"Ana Berg": "victim"}


def test_a_crime_alleged_against_people_described_is_still_told() -> None:
    assert crimes(run("Two men were arrested in Tarvik for armed robbery and kidnapping."), "abduction")


def test_a_charge_of_no_violence_and_a_crime_only_written_about_make_no_crime() -> None:
    extraction = run("Karl Vos was charged with kidnapping and false imprisonment in Tarvik.")
    assert "Karl Vos" not in roles(extraction, "detention")  # "false imprisonment" holds no one
    extraction = run("The journalist Karl Vos was arrested for his reporting on the murder of a farmer.")
    assert not crimes(extraction, "killing")


def test_a_charge_a_source_reports_makes_no_doer_of_the_report() -> None:
    """The police's charge tells the crime, but does not make him the doer of a deed the report tells: the report's
    own detention of him stays a harm."""
    extraction = run(
        "A police spokesman said Karl Vos was arrested for kidnapping. "
        "Karl Vos was detained in Tarvik on Friday and died in a police cell."
    )
    assert roles(extraction, "detention") == {"Karl Vos": "victim"}


def test_an_alleged_crime_is_no_statement_of_a_fact() -> None:
    """A charge is no deed the report tells: the crime it names makes no fact, verdict or timeline; the arrest does."""
    from test_event_senses import info
    from tumen.corroborate.supports import document_statements

    extraction = run("Police arrested the activist Lena Varga in Tarvik for the murder of a policeman.")
    [crime] = crimes(extraction, "killing")
    assert crime.modality == "alleged"
    told = {s.type for s in document_statements(1, extraction, info())}
    assert "arrest" in told and "killing" not in told


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police arrested Lena Varga for beating a neighbour.", "ill_treatment"),
        ("Lena Varga was charged with assaulting a policeman.", "ill_treatment"),
        ("Police accused Lena Varga of killing her husband.", "killing"),
    ],
)
def test_a_crime_told_by_a_gerund_or_an_accusation_is_alleged_against_the_one_charged(
    sentence: str, event_type: str
) -> None:
    """The one arrested, charged or accused did it, allegedly; never the police or prosecutors who accuse."""
    extraction = run(sentence)
    [crime] = [e for e in extraction.events if e.type == event_type]
    assert crime.modality == "alleged" and crime.attributes.get("charged")
    assert perpetrators(extraction, crime) == {"Lena Varga"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The regime was accused of torturing the activists Anna Berg and Pavel Kron.",
        "Police accused Lena Varga of beating Anna Berg and Pavel Kron.",
    ],
)
def test_each_person_the_gerund_of_an_alleged_crime_names_is_its_victim(sentence: str) -> None:
    """The object of the gerund is whom the alleged crime befell, with its conjuncts and the names its plural
    description gives, as for any other verb."""
    extraction = run(sentence)
    [crime] = [e for e in extraction.events if e.modality == "alleged"]
    victims = {str(extraction.entity(p.entity).name) for p in crime.participants if p.role == "victim"}
    assert victims == {"Anna Berg", "Pavel Kron"}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Karl Vos on 3 May 2023 for killing a trader.",  # the arrest's own time
        "On 3 May 2023 police arrested Karl Vos. He was charged with killing a trader.",  # the story's time
    ],
)
def test_a_crime_a_charge_names_does_not_take_the_time_of_the_charge(text: str) -> None:
    """The crime was done before the arrest or charge that names it: it keeps only a time its own phrase gives,
    never the arrest's, the charge's or the one its story tells (the arrest itself keeps its date)."""
    extraction = run(text)
    [crime] = crimes(extraction, "killing")
    assert crime.time is None and crime.time_basis is None
    [arrest] = [e for e in extraction.events if e.type == "arrest"]
    assert arrest.time is not None and str(arrest.time.earliest) == "2023-05-03"


def test_a_crime_a_charge_names_keeps_the_time_of_its_own_phrase() -> None:
    extraction = run("Police arrested Karl Vos on 3 May 2023 for killing a trader in 2019.")
    [crime] = crimes(extraction, "killing")
    assert crime.time is not None and crime.time.earliest.year == 2019 and crime.time_basis == "stated"


def test_a_charge_told_in_the_active_voice_is_a_trial_of_the_one_charged() -> None:
    """ "Prosecutors charged Karl Vos with murder" tells what "Karl Vos was charged with murder" tells: proceedings
    against Vos and a murder alleged against him; "charged patients a fee" charges no one with anything."""
    extraction = run("Prosecutors in Tarvik charged Karl Vos with murder on Monday.")
    assert roles(extraction, "trial").get("Karl Vos") == "subject"
    [crime] = crimes(extraction, "killing")
    assert perpetrators(extraction, crime) == {"Karl Vos"}
    assert not run("The clinic in Tarvik charged its patients a small fee.").events


def test_everyone_a_charge_names_is_an_alleged_doer() -> None:
    extraction = run("Police in Tarvik charged Karl Vos and Ivo Holm with murder.")
    [crime] = crimes(extraction, "killing")
    assert perpetrators(extraction, crime) == {"Karl Vos", "Ivo Holm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Vos was charged with her murder in Tarvik.",
        "Prosecutors in Tarvik charged Karl Vos and Ivo Holm with her murder.",
    ],
)
def test_the_one_charged_is_not_the_victim_of_the_crime_charged(sentence: str) -> None:
    """The victim's pronoun cannot stand for the one charged with the crime against them ("her" is not Vos, even
    when he is the only person the sentence names)."""
    extraction = run(sentence)
    [crime] = crimes(extraction, "killing")
    assert "Karl Vos" in perpetrators(extraction, crime)
    assert all(
        extraction.entity(p.entity).name not in ("Karl Vos", "Ivo Holm")
        for p in crime.participants
        if p.role == "victim"
    )


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The indictment accuses Karl Vos of participating in the kidnapping of Ana Berg.", "abduction"),
        ("Karl Vos is accused of helping in the kidnapping of Ana Berg.", "abduction"),
        ("Karl Vos was arrested for participating in the kidnapping of Ana Berg.", "abduction"),
        ("The indictment accuses Karl Vos of taking part in the kidnapping of Ana Berg.", "abduction"),
    ],
)
def test_a_share_in_a_crime_charged_is_alleged_against_the_one_charged(sentence: str, event_type: str) -> None:
    """A gerund of taking part ("participating in", "helping in", "taking part in") carries the charge to the crime
    it names: the kidnapping is alleged against Vos, not told by the report."""
    extraction = run(sentence)
    [crime] = [e for e in extraction.events if e.type == event_type]
    assert crime.modality == "alleged" and crime.attributes.get("charged")
    assert perpetrators(extraction, crime) == {"Karl Vos"}
