"""Korean words for people a passive adnominal trigger describes (docs/extraction.md, "Korean"): "2019년 체포된
남성은" tells an unnamed man of the story, arrested — or a group when plural or counted ("붙잡힌 여성 3명은") —
and a copula after it may say who he is ("…은 한바다 씨의 아들이었다": her son). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Event, Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 1)))


def of_type(x: Extraction, kind: str) -> list[Event]:
    return [e for e in x.events if e.type == kind]


def victims(x: Extraction, event: Event) -> list[tuple[str, str | None, str | None]]:
    return [
        (x.entity(p.entity).kind, x.entity(p.entity).name, x.entity(p.entity).descriptor)
        for p in event.participants
        if p.role == "victim"
    ]


def test_a_described_word_for_people_is_an_unnamed_person_who_underwent_the_event() -> None:
    x = run("윤다솜 씨는 그해 체포된 여성을 교화소에서 만났다.")
    [arrest] = of_type(x, "arrest")
    assert victims(x, arrest) == [("person", None, "woman")]
    [woman] = [e for e in x.entities if e.descriptor == "woman"]
    assert woman.gender == "female"


def test_the_same_person_is_the_subject_of_the_clause_after_the_trigger() -> None:
    x = run("국경에서 붙잡힌 남자는 이듬해 석방됐다.")
    [arrest] = of_type(x, "arrest")
    [release] = of_type(x, "release")
    assert victims(x, arrest) == victims(x, release) == [("person", None, "man")]


def test_plural_or_counted_words_for_people_are_a_group() -> None:
    for text in ("중국에서 붙잡힌 여성 4명은 강제북송됐다.", "중국에서 붙잡힌 여성들은 강제북송됐다."):
        x = run(text)
        [arrest] = of_type(x, "arrest")
        [repatriation] = of_type(x, "forced_repatriation")
        assert victims(x, arrest) == victims(x, repatriation) == [("group", "여성", None)]


def test_a_copula_after_the_word_says_which_relative_it_is() -> None:
    x = run("2019년 체포된 남성은 윤다솜 씨의 아들이었다.")
    [arrest] = of_type(x, "arrest")
    [son] = [x.entity(p.entity) for p in arrest.participants if p.role == "victim"]
    assert son.descriptor == "son" and son.anchor == ("child_of", next(e.id for e in x.entities if e.name == "윤다솜"))
    assert any(r.type == "parent_of" and r.object == son.id for r in x.relations)


def test_a_copula_naming_a_person_says_who_it_is() -> None:
    x = run("2019년 체포된 여성은 윤다솜 씨였다.")
    [arrest] = of_type(x, "arrest")
    assert victims(x, arrest) == [("person", "윤다솜", None)]


def test_a_present_statement_tells_of_a_kind_of_people_not_of_someone() -> None:
    x = run("중국에서 붙잡힌 여성들은 대부분 강제북송된다.")
    assert not [e for e in x.entities if e.name == "여성" or e.descriptor == "woman"]
