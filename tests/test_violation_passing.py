"""Violations a report does not tell (docs/extraction.md, "Violations: senses, the described victim and doers named
by the deed", and "Specific and generic statements"), on sentences written for these tests: another story's
headline the page links to, holding someone to account, a meeting held, an attack caught on video; and one it does
tell: someone subjected to torture."""

from __future__ import annotations

from datetime import date

import pytest

from tumen.extract.cross_references import linked
from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2021, 6, 1)))


def types(x: Extraction) -> set[str]:
    return {e.type for e in x.events}


def victims(x: Extraction, kind: str) -> set[str]:
    return {x.entity(p.entity).name or "" for e in x.events if e.type == kind for p in e.participants}


@pytest.mark.parametrize("label", ["Also read:", "READ MORE |", "Related:", "See also:", "ALSO READ|"])
def test_a_linked_headline_tells_no_event_of_the_report(label: str) -> None:
    x = run(f"Police in Tarvik arrested the teacher Omar Haddad on Monday.\n{label} Gunmen kill two farmers in Holm\n")
    assert types(x) == {"arrest"}


def test_a_line_that_only_begins_with_the_word_tells_its_events() -> None:
    text = "The lawyer Omar Haddad was detained on Monday.\nMore than twenty farmers were killed in Holm in May.\n"
    assert not linked(text, text.index("killed"))
    assert "killing" in types(run(text))


def test_a_text_running_on_after_a_linked_headline_tells_its_events() -> None:
    text = "More: Gunmen kill two farmers in Holm. Police in Tarvik arrested the teacher Omar Haddad on Monday."
    assert linked(text, text.index("kill"))
    assert not linked(text, text.index("arrested"))
    after = "Also read: Gunmen kill two farmers. Arrests followed in Holm."
    assert not linked(after, after.index("Arrests"))  # the next sentence's first word is past the headline
    assert types(run(text)) == {"arrest"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The commander must be held accountable for the raid, the teacher Omar Haddad said on Monday.",
        "The minister was held responsible for the floods by the teacher Omar Haddad on Monday.",
        "The budget of the ministry was kept secret, the teacher Omar Haddad said on Monday.",
    ],
)
def test_held_to_account_or_kept_secret_is_no_custody(sentence: str) -> None:
    assert not types(run(sentence)) & {"detention", "arrest"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A ballot held in May 2021 showed that the teacher Omar Haddad had wide support.",
        "A seminar on press freedom was held in Tarvik on 3 May 2021 by the teacher Omar Haddad.",
    ],
)
def test_a_meeting_held_is_no_detention(sentence: str) -> None:
    assert "detention" not in types(run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The beating of the teacher Omar Haddad was captured on dozens of mobile phone videos in May 2021.",
        "The assault was captured in part on a video that the teacher Omar Haddad shared on 3 May 2021.",
        "One of the clips captures the teacher Omar Haddad as he is beaten in May 2021.",
    ],
)
def test_captured_on_video_is_no_arrest(sentence: str) -> None:
    assert "arrest" not in types(run(sentence))


def test_captured_by_soldiers_is_still_an_arrest() -> None:
    x = run("The teacher Omar Haddad was captured by soldiers in Tarvik on 3 May 2021.")
    assert victims(x, "arrest") >= {"Omar Haddad"}


def test_subjected_to_torture_is_tortured() -> None:
    x = run("The teacher Omar Haddad was arrested in May. He was subjected to torture and beatings.")
    assert "Omar Haddad" in victims(x, "torture")
    assert "Omar Haddad" in victims(x, "ill_treatment")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police issued an arrest warrant for the lawyer Omar Haddad in Tarvik in May 2021.", "arrest"),
        ("The teacher Omar Haddad visited the torture chambers of the old fort in Tarvik in May 2021.", "torture"),
    ],
)
def test_an_event_noun_that_modifies_a_noun_names_a_kind(sentence: str, event_type: str) -> None:
    assert event_type not in types(run(sentence))


def test_an_event_noun_before_a_noun_of_occurrence_tells_the_event() -> None:
    assert "abduction" in types(run("Police in Tarvik reopened the kidnapping case of Omar Haddad in May 2021."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The fever outbreak that has killed 3,000 people reached Tarvik in May 2021, the teacher Omar Haddad said.",
        "In May 2021 an earthquake struck Tarvik, killing more than 200 people, the teacher Omar Haddad said.",
        "Butchers in Tarvik kill dogs in cruel ways, the teacher Omar Haddad said in May 2021.",
    ],
)
def test_a_killing_by_no_one_or_of_no_one_is_none(sentence: str) -> None:
    assert "killing" not in types(run(sentence))


def test_a_participle_clause_kills_by_the_subject_of_its_clause() -> None:
    x = run("In May 2021 gunmen stormed the village of Holm, killing the teacher Omar Haddad.")
    assert "Omar Haddad" in victims(x, "killing")


def test_executing_a_warrant_is_no_execution() -> None:
    assert "execution" not in types(run("Police executed five search warrants in Tarvik on 3 May 2021."))


@pytest.mark.parametrize(
    ("sentence", "harm"),
    [
        ("The student Omar Haddad was tortured to death in Tarvik in 2016.", "torture"),
        ("Police beat the lawyer Omar Haddad to death in Tarvik in May 2021.", "ill_treatment"),
        ("The lawyer Omar Haddad was stabbed to death in Tarvik in May 2021.", "attack"),
    ],
)
def test_a_harm_done_to_death_is_a_killing_and_the_harm(sentence: str, harm: str) -> None:
    x = run(sentence)
    assert "Omar Haddad" in victims(x, "killing")
    assert "Omar Haddad" in victims(x, harm)


def test_a_harm_not_done_to_death_kills_no_one() -> None:
    assert "killing" not in types(run("Police beat the lawyer Omar Haddad in Tarvik in May 2021."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor Omar Haddad was arrested in May 2021 on charges of abusing his authority.",
        "The governor Omar Haddad abused his power in Tarvik in May 2021.",
    ],
)
def test_abusing_a_power_is_no_ill_treatment(sentence: str) -> None:
    assert "ill_treatment" not in types(run(sentence))


def test_abusing_a_person_is_ill_treatment() -> None:
    assert "Omar Haddad" in victims(
        run("Guards abused the prisoner Omar Haddad in Tarvik in May 2021."), "ill_treatment"
    )


def test_offices_are_raided() -> None:
    assert "raid" in types(run("Police raided the offices of the Tarvik Rights Centre on 3 May 2021."))
