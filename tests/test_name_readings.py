"""Given names compared syllable by syllable (tumen.resolve.keys readings, tumen.resolve.matching):
different Hangul names never score as one name although their coarse blocking keys may be equal; a
romanisation matches the Hangul it can spell; McCune-Reischauer breves and apostrophes do not matter.
The names are invented combinations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tumen.extract.names import parse, surname_groups
from tumen.model import Interval
from tumen.resolve.keys import given_key, phonetic, syllable_spellings
from tumen.resolve.matching import Record, f_name, similar_given
from tumen.resolve.resolver import block_keys, resolve


def rec(key: str, name: str, **extra: object) -> Record:
    return Record(key=key, document=int(key.split(":")[0]), name=parse(name), label=name, **extra)  # type: ignore[arg-type]


def name_signal(a: str, b: str) -> str:
    return f_name(rec("1:p1", a), rec("2:p1", b))[0]


def similar(a: str, b: str) -> bool:
    ka, kb = given_key(parse(a)), given_key(parse(b))
    assert ka is not None and kb is not None
    return similar_given(ka, kb)


@pytest.mark.parametrize(
    ("a", "b"), [("김서연", "김소연"), ("박혜진", "박해진"), ("최효진", "최호진"), ("정은영", "정은용")]
)
def test_different_hangul_names_are_different_names(a: str, b: str) -> None:
    assert phonetic(a[1:]) == phonetic(b[1:])  # blocking may still put them together …
    assert name_signal(a, b) == "different_given_names"  # … but they never score as one name
    assert not similar(a, b)
    assert name_signal(a, a) == "same_name"


def test_a_romanisation_matches_the_hangul_it_spells() -> None:
    assert name_signal("Kim So-yeon", "김소연") == "same_name"
    assert name_signal("Kim So-yeon", "김서연") != "same_name"  # "So" for 서 beside Revised "yeon": mixed
    assert name_signal("Kim Seo-yeon", "김서연") == "same_name"
    assert name_signal("Kim Seo-yeon", "김소연") == "different_given_names"
    assert name_signal("Kim So-yon", "김서연") == "same_name"  # McCune-Reischauer throughout: 서 is "so"
    assert name_signal("Park Hye-jin", "박혜진") == "same_name"
    assert name_signal("Park Hye-jin", "박해진") == "different_given_names"
    assert name_signal("Park Hae-jin", "Park Hye-jin") == "different_given_names"
    # the usual folds still hold, syllable by syllable
    assert name_signal("Choi Min-su", "Choi Min-soo") == "same_name"
    assert name_signal("Lee So-yeon", "Yi Soyeon") == "same_name"
    assert name_signal("Shin Dong-hyuk", "신동혁") == "same_name"
    assert name_signal("Oh Chong-song", "오청성") == "same_name"
    assert name_signal("Kim Yeo-jong", "김여정") == "same_name"  # "jong" for 정 is common in any system
    # two romanisations are one name when some reading agrees, and hyphens place syllable boundaries
    assert name_signal("Ryu Kyung-hee", "Ryu Kyong-hui") == "same_name"
    assert name_signal("Han Sung-il", "Han Sungil") == "same_name"
    assert name_signal("Han Sun-gil", "Han Sung-il") == "different_given_names"  # 선길 / 성일


def test_syllable_spellings_come_from_the_jamo() -> None:
    assert {"yeon", "yon", "youn", "yun"} <= syllable_spellings("연")
    assert {"seo", "so", "suh"} <= syllable_spellings("서")
    assert "so" in syllable_spellings("소") and "seo" not in syllable_spellings("소")
    assert {"cheol", "chol", "chul"} <= syllable_spellings("철")
    assert {"hui", "hee"} <= syllable_spellings("희")


def test_ah_spells_a_closing_a() -> None:
    """English-language sources often write a closing 아 "ah" (like 오 "oh"): Yun-ah is 윤아."""
    assert "ah" in syllable_spellings("아") and "nah" in syllable_spellings("나")
    assert not any(s.endswith("ah") for s in syllable_spellings("안"))  # only where no consonant closes it
    assert name_signal("Choi Yun-ah", "최윤아") == "same_name"
    assert name_signal("Choi Yunah", "Choi Yun-a") == "same_name"
    assert name_signal("Choi Yun-ah", "최윤하") == "different_given_names"


def test_mccune_reischauer_breves_and_apostrophes_match_their_hangul() -> None:
    assert name_signal("Kim Kyŏng-hŭi", "김경희") == "same_name"
    assert name_signal("Kim Kyŏng-hŭi", "Kim Kyung-hee") == "same_name"
    assert name_signal("Pak Ch'ŏl-su", "박철수") == "same_name"
    assert name_signal("Pak Ch’ŏl-su", "Park Cheol-su") == "same_name"
    assert name_signal("Kim Kyŏng-hŭi", "김경호") == "different_given_names"
    assert phonetic("Kyŏng-hŭi") == phonetic("경희") == phonetic("Kyeong-hui")
    assert surname_groups("Ch'oe") == surname_groups("Choe") and surname_groups("Chŏng") == surname_groups("Jeong")
    # and the records meet in a block
    a, b = rec("1:p1", "Kim Kyŏng-hŭi"), rec("2:p1", "김경희")
    assert set(block_keys(a)) & set(block_keys(b))


def test_namesakes_by_coarse_key_are_never_merged() -> None:
    born = Interval(date(1988, 1, 1), date(1988, 12, 31), "year")
    shared = {"gender": "female", "birth": born, "context": frozenset({"hoeryong", "camp 12"})}
    records = [rec("1:p1", "김서연", **shared), rec("2:p1", "김소연", **shared), rec("3:p1", "Kim So-yeon", **shared)]
    result = resolve(records)
    together = [set(m) for m in result.members.values()]
    assert not any({"1:p1", "2:p1"} <= m for m in together)
    assert any({"2:p1", "3:p1"} <= m for m in together)


def test_the_memo_of_given_names_holds_one_entry_per_given_name_not_one_per_mention() -> None:
    """A long run meets the same given names under ever more full names and spellings of surnames; what the
    memo keeps grows with the given names, not with the mentions (the main process's memory stays flat)."""
    from tumen.resolve import keys

    keys._given_key.cache_clear()
    surnames = ["Kim", "Lee", "Pak", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
    for surname in surnames:
        for given in ("Ok-sun", "Chol-min", "Mi-rae"):
            assert given_key(parse(f"{surname} {given}")) == given_key(parse(f"Kim {given}"))
    assert keys._given_key.cache_info().currsize == 3


def test_an_update_of_the_case_base_leaves_no_name_readings_behind(tmp_path: Path) -> None:
    """The memos of name readings serve one update; it empties them when it ends, so a long run does not keep the
    readings of every name it has met."""
    from tumen import Tumen
    from tumen.resolve import keys

    article = {
        "title": "Two arrests in Hyesan",
        "text": "Police in Hyesan arrested Kim Ok-sun on 3 May 2019. Her brother Kim Chol-min was held a week later.",
        "published": "2019-06-01",
        "outlet": "Invented Daily",
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    with Tumen.init(str(tmp_path / "t.db")) as tumen:
        tumen.ingest([str(path)])
        report = tumen.process(workers=1)
        assert report.processed == 1
        assert tumen.persons()
    assert keys._given_key.cache_info().currsize == 0
    assert keys._korean_relation.cache_info().currsize == 0


@pytest.mark.parametrize(("fused", "hyphenated", "hangul"), [("Hoil", "Ho-il", "호일"), ("Suil", "Su-il", "수일")])
def test_a_fused_given_name_that_fits_one_syllable_is_read_as_two_too(fused: str, hyphenated: str, hangul: str) -> None:
    # "Hoil" also spells one syllable (횔: h-oi-l), "Suil" too (싈: s-ui-l); read only so, they were
    # "different given names" from "Ho-il" / "Su-il" and kept one man apart in two clusters.
    assert name_signal(f"Kim {fused}", f"Kim {hyphenated}") == "same_name"
    assert name_signal(f"Kim {fused}", f"김{hangul}") == "same_name"
    records = [
        rec("1:p1", f"Kim {hyphenated}", gender="male", context=frozenset({"musan"})),
        rec("2:p1", f"Kim {fused}", gender="male", context=frozenset({"musan"})),
    ]
    assert len(set(resolve(records).cluster_of.values())) == 1
    assert name_signal("Kim Hoil", "Kim Hwil") == "different_given_names"  # 휠 stays another name
    assert name_signal("Kim Ho-il", "Kim Hyo-il") == "different_given_names"
