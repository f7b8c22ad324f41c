"""Korean identity copulas and the historical present, mended (docs/extraction.md, "Korean"): the name a copula
identifies is its complement right before it ("체포된 사람은 한바다 씨였다"), not one denied ("씨가 아니었다") or
the subject of a verb of its own ("씨가 신고한 남성이었다"); a date makes a present sentence a story only when it
dates the sentence's events, not a noun ("2015년 발표된 보고서"); a present sentence with a word of generality
("대부분") tells of no event. Invented sentences."""

from __future__ import annotations

from test_korean_identity_copula import of_type, run, victims


def test_a_name_the_copula_denies_is_not_the_one_it_befell() -> None:
    for text in (
        "2019년 회령에서 체포된 사람은 한바다 씨가 아니었다.",
        "2019년 회령에서 체포된 사람은 한바다 씨가 신고한 남성이었다.",
        "2019년 회령에서 체포된 남성은 한바다 씨가 신고한 남성이었다.",
    ):
        x = run(text)
        assert all(v.name != "한바다" for e in of_type(x, "arrest") for v in victims(x, e)), text


def test_not_a_name_but_a_relative_is_that_relative() -> None:
    x = run("2019년 회령에서 체포된 사람은 한바다 씨가 아니라 그의 동생이었다.")
    [arrest] = of_type(x, "arrest")
    [sibling] = victims(x, arrest)
    han = next(e for e in x.entities if e.name == "한바다")
    assert sibling.name is None and sibling.anchor is not None and sibling.anchor[1] == han.id


def test_a_name_the_copula_says_is_still_the_one_it_befell() -> None:
    for text in ("2019년 회령에서 체포된 사람은 한바다 씨였다.", "2019년 체포된 주민은 한바다 씨와 김민수 씨였다."):
        x = run(text)
        [arrest] = of_type(x, "arrest")
        assert "한바다" in [v.name for v in victims(x, arrest)], text


def test_a_date_of_a_noun_makes_no_story_of_a_present_sentence() -> None:
    x = run("2015년 발표된 보고서에 따르면 중국에서 붙잡힌 여성들은 북송된다. 한바다 씨는 두만강을 건넜다.")
    assert not [e for e in x.entities if e.kind == "group"]
    [crossing] = of_type(x, "border_crossing")
    assert crossing.time is None or crossing.time.earliest.year != 2015
    assert not of_type(run("2015년 발표된 보고서에 따르면 한바다 씨는 두만강을 건넌다."), "border_crossing")


def test_a_present_statement_of_a_kind_tells_of_no_event() -> None:
    for text in (
        "2015년 발표된 보고서에 따르면 중국에서 붙잡힌 여성들은 대부분 북송된다.",
        "2015년 이후 붙잡힌 여성들은 대부분 강제북송된다.",
        "중국에서 붙잡힌 탈북민은 보통 북송된다.",
    ):
        assert not run(text).events, text


def test_a_date_of_the_events_own_clause_still_tells_a_story() -> None:
    x = run("2015년 중국에서 붙잡힌 남성은 이듬해 북송된다.")
    [arrest] = of_type(x, "arrest")
    assert [v.descriptor for v in victims(x, arrest)] == ["man"]
    x = run("한바다 씨는 2015년 두만강을 건넌다. 중국에서 붙잡힌다.")
    [arrest] = of_type(x, "arrest")
    assert [v.name for v in victims(x, arrest)] == ["한바다"]
