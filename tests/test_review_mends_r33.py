"""The round-33 review's cases (invented sentences): rules of companions, parties, escapes, spans, brokers, camps and
decisions that had reached too far (docs/extraction.md, "Who 'they' are", "Story time", "An unnamed doer")."""

from __future__ import annotations

from datetime import date

from test_unnamed_brokers import roles
from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str, language: str = "en") -> Extraction:
    return extract(Source(text, 1, language, date(2020, 5, 1)))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def test_the_doers_companion_is_no_victim() -> None:
    x = run("Officer Park Chul-su, along with his colleague Lee Sang-woo, arrested Ana Berg in 2019.")
    assert ("Lee Sang-woo", "victim") not in roles(x, "arrest")


def test_a_party_with_a_companion_is_the_objects_when_it_is_a_person() -> None:
    x = run("Judge Lee Sang-woo sentenced Kim Young-hee along with her husband Park Chul-su. They were sent to a camp.")
    assert ("Lee Sang-woo", "victim") not in roles(x, "detention")


def test_another_speakers_we_is_not_the_first_speakers_party() -> None:
    x = run(
        'Kim Young-hee said: "My mother and I crossed the river in 1998." '
        'Police chief Park Chul-su said: "We arrested three smugglers in 1999."'
    )
    assert ("Kim Young-hee", "perpetrator") not in roles(x, "arrest")


def test_an_escape_told_before_or_dated_or_failed_spares_no_one() -> None:
    x = run("Kim Young-hee was arrested in 2001, but she was able to avoid arrest in 1998.")
    assert ("Kim Young-hee", "victim") in roles(x, "arrest")


def test_a_span_after_a_pluperfect_does_not_move_it_forward() -> None:
    x = run("Kim Young-hee reached Seoul in 2009. She had been arrested in China after two years in hiding.")
    [arrest] = of_type(x, "arrest")
    assert arrest.time is None or arrest.time.earliest.year <= 2009


def test_a_before_clause_with_a_modal_still_dates_the_event() -> None:
    x = run("Police arrested Kim Young-hee in Hyesan before she could cross the border in March 2009.")
    [arrest] = of_type(x, "arrest")
    assert arrest.time is not None and (arrest.time.earliest.year, arrest.time.earliest.month) == (2009, 3)


def test_one_in_a_camp_to_do_something_is_not_held() -> None:
    assert of_type(run("Ana Berg, a doctor, was in a labour camp in 2019 to treat prisoners."), "detention") == []


def test_brokers_not_paid_or_paid_by_habit_or_named_are_no_new_person() -> None:
    for text in (
        "Kim Young-hee crossed the border in 2015 without paying a broker.",
        "Most defectors pay a broker to cross the border.",
        "Police arrested Park Min-su, a broker, in 2019. The broker had paid guards to let people through.",
    ):
        assert [e for e in run(text).entities if e.descriptor == "broker" and e.name is None] == [], text


def test_an_overturned_decision_did_not_happen() -> None:
    x = run("The court overturned Norland's decision to deport Ana Berg in 2019.")
    assert [e.modality for e in of_type(x, "forced_repatriation")] == ["negated"]


def test_its_is_not_a_plural_object() -> None:
    x = run("Norland thanked the border guards after its decision to deport Ana Berg in 2019.")
    assert ("border guards", "perpetrator") not in roles(x, "forced_repatriation")


def test_a_korean_relative_with_the_object_takes_the_objects_role() -> None:
    x = run("경찰은 2019년 김영희 씨를 딸과 함께 체포했다.", "ko")
    assert roles(x, "arrest") >= {("김영희", "victim"), ("daughter", "victim")}


def test_a_relative_clause_inside_a_claim_is_the_reports_own() -> None:
    x = run("Police denied the allegation that officers beat Ana Berg, who was arrested in 2019.")
    assert [e.modality for e in of_type(x, "arrest")] == ["asserted"]
    assert [e.modality for e in of_type(x, "ill_treatment")] == ["alleged"]


def test_a_confirmed_allegation_is_told() -> None:
    assert [
        e.modality
        for e in of_type(run("Police confirmed the allegation that officers beat Ana Berg in 2019."), "ill_treatment")
    ] == ["asserted"]
    x = run("Police did not confirm the allegation that officers beat Ana Berg in 2019.")
    assert [e.modality for e in of_type(x, "ill_treatment")] == ["alleged"]
