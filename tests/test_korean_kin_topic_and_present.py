"""A Korean subject left out continues the sentence before's topic, and a kinship topic is its head, the relative
("한바다 씨의 아들은 …. 중국에서 붙잡혔다": the son); the historical present of a crossing ("2015년 두만강을 건넌다")
is an event in a sentence that tells a story, not in a present statement of a kind (docs/extraction.md, "Korean").
Invented sentences."""

from __future__ import annotations

from test_korean_defector_stories import only, run
from tumen.extract.types import Event, Extraction


def befalls(x: Extraction, event: Event) -> list[tuple[str | None, str | None]]:
    """Who the event befalls (its victims), by name or by the kinship descriptor of an unnamed relative."""
    return [(x.entity(p.entity).name, x.entity(p.entity).descriptor) for p in event.participants if p.role == "victim"]


def test_a_subject_left_out_after_a_kinship_topic_is_the_relative() -> None:
    x = run("한바다 씨의 아들은 2015년 탈북했다. 중국에서 붙잡혔다.")
    son = only(x, "border_crossing").participants[0].entity
    assert x.entity(son).anchor == ("child_of", next(e.id for e in x.entities if e.name == "한바다"))
    assert [p.entity for p in only(x, "arrest").participants] == [son]


def test_a_kinship_topic_with_a_pronoun_owner_is_the_relative() -> None:
    x = run("윤다솜 씨는 2010년 탈북했다. 그의 딸은 2016년 탈북했다. 중국 공안에 붙잡혔다.")
    assert befalls(x, only(x, "arrest")) == [(None, "daughter")]


def test_a_later_clause_of_the_same_sentence_continues_the_kinship_topic() -> None:
    x = run("한바다 씨의 아들은 2015년 탈북했고, 중국에서 붙잡혔다.")
    assert befalls(x, only(x, "arrest")) == [(None, "son")]


def test_a_person_who_is_the_topic_stays_the_topic_with_a_relative_beside_them() -> None:
    x = run("한바다 씨는 아들과 함께 탈북했다. 중국에서 붙잡혔다.")
    assert befalls(x, only(x, "arrest")) == [("한바다", None)]


def test_a_kinship_topic_of_several_relatives_is_continued_as_all_of_them() -> None:
    for text, kinds in (
        ("한바다 씨의 아들과 딸은 2015년 탈북했다. 중국에서 붙잡혔다.", ["son", "daughter"]),
        ("한바다 씨의 어머니와 형은 2015년 탈북했다. 중국에서 붙잡혔다.", ["mother", "brother"]),
        ("한바다 씨의 아들과 딸은 2015년 탈북했고, 중국에서 붙잡혔다.", ["son", "daughter"]),
    ):
        x = run(text)
        assert sorted(befalls(x, only(x, "arrest"))) == sorted((None, k) for k in kinds), text


def test_a_person_joined_to_a_relative_is_no_kinship_topic() -> None:
    x = run("한바다 씨와 아들은 2015년 탈북했다. 중국에서 붙잡혔다.")
    assert ("한바다", None) in befalls(x, only(x, "arrest"))  # not the son alone


def test_a_clause_with_a_subject_of_its_own_does_not_continue_the_kinship_topic() -> None:
    for text in (
        "한바다 씨의 아들은 2015년 탈북했다. 마을 사람들이 모두 붙잡혔다.",
        "한바다 씨의 아들은 2015년 탈북했다. 마을 사람들은 모두 붙잡혔다.",
    ):
        x = run(text)
        assert (None, "son") not in befalls(x, only(x, "arrest")), text


def test_a_bare_kinship_word_after_a_kinship_topic_is_still_the_owners_relative() -> None:
    x = run("한바다 씨의 아들은 2015년 탈북했다. 딸은 2016년 체포됐다. 중국에서 고문당했다.")
    owner = next(e.id for e in x.entities if e.name == "한바다")
    [daughter] = [p.entity for p in only(x, "arrest").participants if p.role == "victim"]
    assert x.entity(daughter).anchor == ("child_of", owner)
    assert befalls(x, only(x, "torture")) == [(None, "daughter")]


def test_a_crossing_in_the_historical_present_of_a_dated_story_is_an_event() -> None:
    for text in (
        "한바다 씨는 2015년 두만강을 건넌다.",
        "한바다 씨는 2015년 탈북한다.",
        "김민수 씨는 2016년 중국으로 도망친다.",
    ):
        crossing = only(run(text), "border_crossing")
        assert crossing.time is not None and crossing.time.earliest.year in (2015, 2016)


def test_a_crossing_in_a_present_statement_of_a_kind_is_no_event() -> None:
    for text in (
        "매년 수천 명이 탈북한다.",
        "탈북민들은 보통 두만강을 건넌다.",
        "2015년 이후 매년 수천 명이 탈북한다.",
        "한바다 씨는 2030년 탈북한다.",
    ):
        assert not [e for e in run(text).events if e.type == "border_crossing"], text
