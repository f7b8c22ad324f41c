"""Korean identity copulas after a described word for people (docs/extraction.md, "Korean"): "2019년 체포된 여성은
그의 딸이었다" — a possessive pronoun owner is the person it points back to; "체포된 사람은 한바다 씨였다" — a
generic word for people (사람) the copula identifies tells of that person, not of a kind; and a narrative told in
the present ("2015년 탈북한다") is told like the past. Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Entity, Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 1)))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def victims(x: Extraction, event: Event) -> list[Entity]:
    return [x.entity(p.entity) for p in event.participants if p.role == "victim"]


def named(x: Extraction, name: str) -> Entity:
    return next(e for e in x.entities if e.name == name)


def test_a_pronoun_owner_in_an_identity_copula_is_the_person_it_points_back_to() -> None:
    for pronoun in ("그의", "그녀의"):
        x = run(f"한바다 씨는 2018년 두만강을 건넜다. 2019년 체포된 여성은 {pronoun} 딸이었다.")
        [arrest] = of_type(x, "arrest")
        [daughter] = victims(x, arrest)
        assert daughter.descriptor == "daughter" and daughter.anchor == ("child_of", named(x, "한바다").id)
        assert any(r.type == "parent_of" and r.object == daughter.id for r in x.relations)


def test_a_pronoun_owner_is_read_as_in_an_event_clause() -> None:
    x = run("윤다솜 씨의 아들 박철 씨는 2017년 탈북했다. 2019년 체포된 남성은 그의 아들이었다.")
    [arrest] = of_type(x, "arrest")
    assert [v.name for v in victims(x, arrest)] == ["박철"]


def test_a_generic_word_for_people_a_copula_names_is_that_person() -> None:
    x = run("2019년 회령에서 체포된 사람은 한바다 씨였다.")
    [arrest] = of_type(x, "arrest")
    assert [v.name for v in victims(x, arrest)] == ["한바다"]


def test_a_generic_word_for_people_a_copula_makes_a_relative_is_that_relative() -> None:
    x = run("한바다 씨는 2018년 두만강을 건넜다. 이듬해 북송된 사람은 그의 아들이었다.")
    [repatriation] = of_type(x, "forced_repatriation")
    [son] = victims(x, repatriation)
    assert son.descriptor == "son" and son.anchor == ("child_of", named(x, "한바다").id)


def test_a_generic_word_for_people_without_an_identity_stays_a_kind() -> None:
    for text in ("체포된 사람은 대부분 여성이었다.", "북송된 사람은 다시 탈북하기 어렵다."):
        x = run(text)
        assert not of_type(x, "arrest") and not of_type(x, "forced_repatriation")


def test_a_described_word_for_people_in_a_historical_present_is_the_one_it_befell() -> None:
    x = run("2015년 중국에서 붙잡힌 남성은 이듬해 북송된다.")
    [arrest] = of_type(x, "arrest")
    [repatriation] = of_type(x, "forced_repatriation")
    assert [v.descriptor for v in victims(x, arrest)] == [v.descriptor for v in victims(x, repatriation)] == ["man"]


def test_a_historical_present_gives_the_story_time_to_the_sentences_after_it() -> None:
    x = run("한바다 씨는 2015년 두만강을 건넌다. 중국에서 붙잡힌다.")
    [arrest] = of_type(x, "arrest")
    assert arrest.time is not None and arrest.time.earliest == date(2015, 1, 1) and arrest.time_basis == "inherited"
    assert [v.name for v in victims(x, arrest)] == ["한바다"]


def test_a_present_statement_with_a_span_up_to_now_stays_a_kind() -> None:
    for text in ("2015년 이후 붙잡힌 여성들은 대부분 강제북송된다.", "2030년 붙잡힌 여성들은 강제북송된다."):
        x = run(text)
        assert not [e for e in x.entities if e.name == "여성" or e.descriptor == "woman"]
