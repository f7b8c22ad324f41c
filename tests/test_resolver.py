"""Person resolution (tumen.resolve.matching, .resolver, .keys) on invented records: the features,
their weights and reasons, and the rules that keep a cluster from contradicting itself."""

from __future__ import annotations

from datetime import date

from tumen.extract.names import parse
from tumen.model import Interval
from tumen.resolve.judgements import Decision, Judgement
from tumen.resolve.keys import phonetic
from tumen.resolve.matching import MERGE_AT, WEIGHTS, Record, f_birth, score, stated, tolerant
from tumen.resolve.resolver import COMMON_NAME, resolve


def year(y: int) -> Interval:
    return Interval(date(y, 1, 1), date(y, 12, 31), "range")  # "born in 1982", as the extractor gives it


def from_age(start: date, end: date) -> Interval:
    return Interval(start, end, "range")  # "19 in May 2016" -> born June 1996 .. May 1997


def rec(
    key: str,
    name: str | None,
    *,
    gender: str | None = None,
    birth: Interval | None = None,
    context: tuple[str, ...] = (),
) -> Record:
    document = int(key.split(":")[0])
    return Record(
        key=key,
        document=document,
        name=parse(name) if name else None,
        label=name or "someone",
        gender=gender,
        birth=birth,
        context=frozenset(context),
    )


def together(members: dict[str, list[str]], *keys: str) -> bool:
    return any(set(keys) <= set(m) for m in members.values())


# --- features -------------------------------------------------------------------------------------


def test_a_calendar_year_is_a_stated_birth_and_an_age_is_not() -> None:
    assert stated(year(1982))
    assert stated(Interval(date(1982, 11, 19), date(1982, 11, 19), "range"))
    assert stated(Interval(date(1982, 2, 1), date(1982, 2, 28), "range"))
    assert not stated(from_age(date(1996, 5, 2), date(1997, 5, 1)))
    assert not stated(Interval(date(1996, 1, 1), date(1997, 12, 31), "range"))
    widened = tolerant(from_age(date(1996, 5, 2), date(1997, 5, 1)))
    assert widened.earliest.year == 1995 and widened.latest.year == 1998


def test_ages_a_year_apart_are_neither_for_nor_against() -> None:
    a = rec("1:p1", "Bae Ha-neul", birth=from_age(date(1996, 5, 2), date(1997, 5, 1)))
    b = rec("2:p1", "Bae Ha-neul", birth=from_age(date(1994, 3, 1), date(1995, 2, 28)))
    assert f_birth(a, b) == ["births_near"]
    assert not score(a, b).against


def test_stated_births_weigh_more_than_ages_both_ways() -> None:
    a, b = rec("1:p1", "Bae Ha-neul", birth=year(1961)), rec("2:p1", "Bae Ha-neul", birth=year(1961))
    c = rec("3:p1", "Bae Ha-neul", birth=year(1979))
    d = rec("4:p1", "Bae Ha-neul", birth=Interval(date(1960, 1, 1), date(1961, 12, 31), "range"))
    assert score(a, b).total == WEIGHTS["same_name"] + WEIGHTS["same_stated_birth"]
    assert score(a, d).total == WEIGHTS["same_name"] + WEIGHTS["births_overlap"]
    assert score(a, c).total == WEIGHTS["same_name"] + WEIGHTS["stated_births_disjoint"]
    assert WEIGHTS["stated_births_disjoint"] < WEIGHTS["births_disjoint"] < 0


def test_every_reason_shows_its_weight() -> None:
    a = rec("1:p1", "Bae Ha-neul", gender="female", context=("Musan", "Hyesan", "China"))
    b = rec("2:p1", "Pae Ha-nul", gender="female", context=("Musan", "Hyesan"))
    s = score(a, b)
    assert s.total == 3.0 + 0.5 + 1.5
    assert s.reasons[0].startswith("same name (Bae Ha-neul = Pae Ha-nul)") and s.reasons[0].endswith("+3.0")
    assert "shared context: Hyesan, Musan +1.5" in s.reasons


def test_spellings_of_one_syllable_fold_and_different_syllables_do_not() -> None:
    assert phonetic("Kyung-hee") == phonetic("Kyeong-hee") == phonetic("Gyeong-hee")
    assert phonetic("Young-ho") == phonetic("Yeong-ho") == phonetic("Yong-ho")
    assert phonetic("Hyun-seo") == phonetic("Hyeon-seo")
    assert phonetic("Hyun-seo") != phonetic("Eun-seo")  # 현 and 은
    assert phonetic("Chol-jin") == phonetic("Cheol-jin")
    assert phonetic("Dong-hyuk") == phonetic("Dong-hyeok") == phonetic("동혁")  # 혁
    assert phonetic("Chung-sung") == phonetic("Chong-song") == phonetic("Cheong-seong") == phonetic("청성")
    assert phonetic("Jung-hee") == phonetic("Jeong-hee") == phonetic("정희")
    assert phonetic("Chul-su") == phonetic("Cheol-su") == phonetic("철수")
    assert phonetic("Seung-eun") != phonetic("Sung-eun")  # 승 and 성


# --- clusters -------------------------------------------------------------------------------------


def test_a_record_without_birth_does_not_chain_namesakes() -> None:
    old = [rec(f"{i}:p1", "Ryu Ga-eun", gender="female", birth=year(1950)) for i in (1, 2)]
    young = [rec(f"{i}:p1", "Ryu Ga-eun", gender="female", birth=year(1990)) for i in (3, 4)]
    bridge = rec("5:p1", "Ryu Ga-eun", gender="female")
    result = resolve([*old, bridge, *young])
    assert together(result.members, "1:p1", "2:p1") and together(result.members, "3:p1", "4:p1")
    assert not together(result.members, "1:p1", "3:p1")
    assert any("kept apart: would be born both" in r for p in result.review for r in p.score.reasons)


def test_a_given_name_alone_does_not_bridge_two_surnames() -> None:
    records = [
        rec("1:p1", "Ryu Ga-eun", birth=year(1970)),
        rec("2:p1", "Ga-eun", birth=year(1970)),
        rec("3:p1", "Tak Ga-eun", birth=year(1970)),
    ]
    result = resolve(records)
    assert not together(result.members, "1:p1", "3:p1")


def test_one_document_never_names_one_person_twice_differently() -> None:
    records = [
        rec("1:p1", "Ryu Ga-eun", context=("Musan",)),
        rec("1:p2", "Ryu Ga-yeong", context=("Musan",)),
        rec("2:p1", "Ryu Ga-eun", context=("Musan",)),
        rec("3:p1", "Ryu Ga-yeong", context=("Musan",)),
    ]
    result = resolve(records)
    assert not together(result.members, "1:p1", "1:p2")


def test_same_name_camp_and_city_with_ages_a_year_apart_is_one_person() -> None:
    """The casebase's Choi Min-su / Choi Min-soo: 19 in May 2016 and 23 in 2018."""
    a = rec("1:p1", "Moon Tae-ri", gender="male", birth=from_age(date(1996, 5, 2), date(1997, 5, 1)),
            context=("Camp 25", "Chongjin"))  # fmt: skip
    b = rec("2:p1", "Mun Tae-ri", gender="male", birth=from_age(date(1994, 1, 1), date(1995, 12, 31)),
            context=("Camp 25", "Chongjin"))  # fmt: skip
    assert score(a, b).total >= MERGE_AT
    assert together(resolve([a, b]).members, "1:p1", "2:p1")


def test_a_rare_name_with_strong_evidence_outweighs_a_wrong_age_and_is_reviewed() -> None:
    records = [
        rec("1:p1", "Seol Ji-ho", gender="male", birth=year(1982), context=("Camp 16",)),
        rec("2:p1", "Seol Ji-ho", gender="male", birth=year(1982), context=("Camp 16",)),
        rec(
            "3:p1",
            "Seol Ji-ho",
            gender="male",
            birth=from_age(date(1988, 1, 1), date(1992, 12, 31)),
            context=("Camp 16", "Hoeryong"),
        ),
        rec("4:p1", "Seol Ji-ho", gender="male", context=("Camp 16", "Hoeryong")),
    ]
    result = resolve(records)
    assert together(result.members, "1:p1", "2:p1", "3:p1", "4:p1")
    assert any(any("merged although" in r for r in p.score.reasons) for p in result.review)


def test_a_common_name_counts_for_less_and_never_outweighs_a_birth() -> None:
    n = COMMON_NAME * 4
    records = [
        rec(f"{i}:p1", "Ryu Ga-eun", gender="female", birth=year(1940 + i % 30), context=(f"Town {i}",))
        for i in range(1, n + 1)
    ]
    result = resolve(records)
    assert all(p.score.common for p in result.merged)
    assert result.merged and all(
        any(r.startswith("common name (64 records)") for r in p.score.reasons) for p in result.merged
    )
    births = {r.key: r.birth for r in records}
    for members in result.members.values():
        assert len({births[k] for k in members}) == 1, "namesakes born in different years were merged"


def test_analyst_judgements_override_scores() -> None:
    a, b = rec("1:p1", "Ryu Ga-eun", birth=year(1950)), rec("2:p1", "Ryu Ga-eun", birth=year(1990))
    c = rec("3:p1", "Ryu Ga-eun", birth=year(1950))
    result = resolve(
        [a, b, c], [Decision("1:p1", "2:p1", Judgement.POSITIVE), Decision("1:p1", "3:p1", Judgement.NEGATIVE)]
    )
    assert together(result.members, "1:p1", "2:p1") and not together(result.members, "1:p1", "3:p1")
