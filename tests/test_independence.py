"""Independent sources on real reporting: which outlet a report credits, under which name, and which
documents are therefore one source (relays, reports relaying one report together, declared origins).
Every sentence here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tumen import Tumen
from tumen.corroborate import copies, credits
from tumen.corroborate.independence import DocInfo, relays

# ---------------------------------------------------------------------------------------- names


def test_one_outlet_files_under_one_key_whatever_name_it_is_written_with() -> None:
    key = credits.outlet_key("Radio Free Asia, Korean service (자유아시아방송; a reporter)")
    assert (
        key
        == credits.outlet_key("RFA")
        == credits.outlet_key("자유아시아방송")
        == credits.outlet_key("Radio Free Asia")
    )
    assert credits.outlet_key("The Seoul Lantern (evening edition)") == credits.outlet_key("Seoul Lantern")
    assert credits.outlet_key("KBS News") == credits.outlet_key("KBS"), "an alias in data/outlets.yaml"
    assert credits.outlet_key("iMBC Entertainment") != credits.outlet_key("MBC")


def test_an_outlet_goes_by_its_lead_name_initials_and_known_aliases() -> None:
    names = credits.outlet_names("Northern Light Review (weekly, via a reader app)")
    assert names[0] == "Northern Light Review" and "NLR" in names
    assert "Yonhap" in credits.outlet_names("Yonhap News Agency") and "연합뉴스" in credits.outlet_names("Yonhap")


def test_an_outlet_field_may_name_the_origin_of_its_report() -> None:
    assert credits.origins("Harbor Times (Associated Press)") == {credits.outlet_key("AP")}
    assert credits.origins("a parish blog (republication of Seoul Lantern's English report)") == {
        credits.outlet_key("Seoul Lantern")
    }
    assert credits.origins("Pacific Digest (summarising Freedom Watch Korea)") == {"freedom watch korea"}
    assert credits.origins("Seoul Lantern (evening edition)") == set(), "nothing in the brackets is an origin"
    assert credits.origins("Yonhap News Agency (연합뉴스)") == set(), "its own other name is no origin"


# ---------------------------------------------------------------------------------------- cues


@pytest.mark.parametrize(
    "sentence",
    [
        "A farmer from the border county told Seoul Lantern last week that the family was caught.",
        "“They were caught at the river,” a resident told Seoul Lantern’s Korean Service on Monday.",
        "The couple was caught in March, according to Seoul Lantern.",
        "Seoul Lantern reported that the couple was caught in March.",
        "The woman appeared on the broadcast of Seoul Lantern's program on January 3rd.",
        "In an interview with Seoul Lantern, the woman said she was caught twice.",
        "HYESAN, North Korea (Seoul Lantern) — Two soldiers crossed the river on Sunday.",
        "Two soldiers crossed the river on Sunday.\n\n— Seoul Lantern",
        "Two soldiers crossed the river on Sunday.\n\n(Reporting by Seoul Lantern; editing by a desk)",
        "-Source-Seoul Lantern-\n\nTwo soldiers crossed the river on Sunday.",
        "This story was originally published by Seoul Lantern.",
        "Copyright 2021 Seoul Lantern. All rights reserved.",
    ],
)
def test_english_cues_credit_an_outlet(sentence: str) -> None:
    assert credits.credited(sentence, ["Seoul Lantern (evening edition)"]) == {"seoul lantern"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 60 women were sent back, according to a new report released on Friday by Human Rights Watch.",
        "HRW further reported that 40 workers were sent to camps.",
        "휴먼라이츠워치(HRW)에 따르면 여성 60명이 강제북송됐다.",
    ],
)
def test_a_documentation_organisations_report_is_credited_like_an_outlets(sentence: str) -> None:
    assert credits.credited(sentence) == {credits.outlet_key("Human Rights Watch")}


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("연합뉴스에 따르면 이 부부는 지난달 국경을 넘다 체포됐다.", "Yonhap"),
        ("한 주민은 “부부가 강을 건너다 잡혔다”고 자유아시아방송에 전했다.", "RFA"),
        ("미국 매체 뉴욕포스트는 부부가 국경에서 체포됐다고 지난 3일 보도했다.", "New York Post"),
        ("지난 5일 방송된 MBN '가상의 이야기'에서 그는 딸을 잃었다고 말했다.", "MBN"),
        ("AP통신과의 인터뷰에서 그는 두 번 붙잡혔다고 밝혔다.", "Associated Press"),
        ("(서울=연합뉴스) 가상의 기자 = 두 군인이 일요일 강을 건넜다.", "Yonhap"),
        ("두 군인이 일요일 강을 건넜다. <저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "Yonhap"),
        ("연합뉴스 홍길동 기자 = 두 군인이 일요일 강을 건넜다.", "Yonhap"),
    ],
)
def test_korean_cues_credit_an_outlet(sentence: str, outlet: str) -> None:
    assert credits.credited(sentence) == {credits.outlet_key(outlet)}


@pytest.mark.parametrize(
    "sentence",
    [
        "She watched the Seoul Lantern broadcast with her brother in 2009.",  # named, not credited
        "The Lantern Seoul festival drew crowds.",
        "iMBC에 따르면 그는 배우로 활동했다.",  # iMBC is not MBC
        "두 군인이 일요일 강을 건넜다. (사진=연합뉴스)",  # a photo credit
        "She said the Yonhap building is in Seoul.",
        "Photo: Seoul Lantern. Two soldiers crossed the river on Sunday.",  # a photo credit relays no text
        "Two soldiers crossed the river (Photo © Seoul Lantern) on Sunday.",
    ],
)
def test_a_name_without_a_cue_credits_nothing(sentence: str) -> None:
    assert credits.credited(sentence, ["Seoul Lantern"]) == set()


def test_a_relaying_document_in_a_batch_depends_on_the_outlet_under_any_of_its_names() -> None:
    source = DocInfo(1, "Radio Free Asia, Korean service", "소식통은 부부가 체포됐다고 자유아시아방송에 전했다.", 10)
    english = DocInfo(2, "Rights Blog", "The couple was caught, a resident told RFA.", 12)
    earlier = DocInfo(3, "Early Bird", "The couple was caught, a resident told RFA.", 5)
    much_later = DocInfo(4, "Late Post", "The couple was caught, a resident told RFA.", 400)
    assert sorted(relays([source, english, earlier, much_later])) == [(2, 1)], "within a month after its source"


# ---------------------------------------------------------------------------------------- dates


def test_a_month_or_year_date_stands_for_all_its_days() -> None:
    month = credits.published_span(date(2020, 5, 1), "month")
    assert month == (date(2020, 5, 1), date(2020, 5, 31))
    assert credits.published_span(date(2020, 1, 1), "year") == (date(2020, 1, 1), date(2020, 12, 31))
    day = credits.published_span(date(2020, 5, 22), None)
    assert credits.no_later(day, month), "a report of 22 May can be relayed by one dated only 'May 2020'"
    assert not credits.no_later(credits.published_span(date(2020, 6, 2), None), month)
    assert credits.relayed(credits.published_span(date(2020, 4, 10), None), month), "within a month before"
    assert not credits.relayed(credits.published_span(date(2019, 4, 10), None), month), "a year before: another"
    assert credits.relayed(None, month), "an undated report may be the source"
    assert credits.close_in_time(day, credits.published_span(date(2020, 5, 25), None))
    assert not credits.close_in_time(day, credits.published_span(date(2020, 6, 2), None))
    assert not credits.close_in_time(day, None), "an undated report is not known to be close"


# ---------------------------------------------------------------------------------------- pipeline

ORIGINAL = (
    "Seoul Lantern\n\nA couple from Hyesan was caught crossing the Yalu River on May 3, 2020, a resident told "
    "Seoul Lantern. The resident said the couple was arrested by border guards."
)
RELAY = (
    "Border couple caught\n\nA couple from Hyesan was arrested by border guards while crossing the river earlier "
    "this month, sources told SLN. Rights groups called for their release."
)
YONHAP_A = "Woman repatriated\n\nA woman named Ha Su-ryeon was repatriated from China, according to Yonhap."
YONHAP_B = "Repatriation\n\n연합뉴스에 따르면 하수련 씨는 중국에서 북송됐다."
YONHAP_LATER = "Two years on\n\nHa Su-ryeon spoke at a forum in Seoul, Yonhap reported."


def _dependencies(tmp_path: Path, documents: list[tuple[str, str, dict[str, str]]]) -> set[tuple[str, str, str]]:
    tumen = Tumen.init(str(tmp_path / "t.db"))
    ids: dict[int, str] = {}
    for name, text, meta in documents:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        report = tumen.ingest([str(path)], meta={"language": "en", **meta})
        ids[report.results[0].document_id or 0] = name
    tumen.process(workers=1)
    found = {(ids[a], ids[b], why) for a, b, why in tumen.casebase().dependent}
    tumen.close()
    return found


def test_a_relay_credits_the_outlet_by_its_initials_and_a_month_date_does_not_hide_it(tmp_path: Path) -> None:
    found = _dependencies(
        tmp_path,
        [
            ("original", ORIGINAL, {"outlet": "Seoul Lantern News (Korean desk)", "published": "2020-05-22"}),
            ("relay", RELAY, {"outlet": "Border Blog", "published": "2020-05"}),
        ],
    )
    assert ("relay", "original", "relays the other outlet's report") in found


def test_a_relay_stored_before_its_source_is_found_when_the_source_comes(tmp_path: Path) -> None:
    found = _dependencies(
        tmp_path,
        [
            ("relay", RELAY, {"outlet": "Border Blog", "published": "2020-05-24"}),
            ("original", ORIGINAL, {"outlet": "Seoul Lantern News", "published": "2020-05-22"}),
        ],
    )
    assert ("relay", "original", "relays the other outlet's report") in found


def test_reports_crediting_one_absent_outlet_within_days_are_one_source(tmp_path: Path) -> None:
    found = _dependencies(
        tmp_path,
        [
            ("a", YONHAP_A, {"outlet": "Harbor Times", "published": "2021-03-02"}),
            ("b", YONHAP_B, {"outlet": "Hanbit Ilbo", "published": "2021-03-03", "language": "ko"}),
            ("later", YONHAP_LATER, {"outlet": "Pacific Digest", "published": "2023-03-03"}),
        ],
    )
    pairs = {(a, b) for a, b, _why in found}
    assert ("b", "a") in pairs and ("b", "a", "both relay one report of yonhap news agency") in found
    assert not {p for p in pairs if "later" in p}, "two years apart: another report of the agency"


def test_an_outlet_field_naming_its_origin_makes_the_copies_one_source(tmp_path: Path) -> None:
    story = "Escape\n\nA man named Go Tae-sik crossed into China in 2011 and reached Seoul in 2012."
    other = "Road south\n\nGo Tae-sik, a former miner, says he crossed the river in 2011."
    found = _dependencies(
        tmp_path,
        [
            ("wire1", story, {"outlet": "Harbor Times (Associated Press)", "published": "2016-09-25"}),
            ("wire2", other, {"outlet": "Valley Post (AP)", "published": "2016-09-26"}),
        ],
    )
    assert ("wire2", "wire1", "both relay one report of associated press") in found


# ---------------------------------------------------------------------------------------- quotations

QUOTED = "“We heard from a neighbour that the whole family was caught at the river before dawn,” a farmer said."
REWORDED = (
    "A farmer in the county said that “the whole family was caught at the river before dawn,” "
    "adding that they were taken away."
)
OWN_INTERVIEW = "“My brother and his wife were caught at the river, I saw it myself,” the farmer told us."


def test_a_quotation_shared_verbatim_is_found_by_its_keys_and_its_length() -> None:
    assert set(copies.quote_keys(QUOTED)) & set(copies.quote_keys(REWORDED)), "a shared run shares a key"
    assert copies.shared_quotation(QUOTED, REWORDED) == 10
    assert copies.shared_quotation(QUOTED, OWN_INTERVIEW) < copies.QUOTED_RUN, "one witness, two interviews"
    korean_a = (
        '소식통은 "요즘처럼 국경 경비가 엄중한 시기에 강을 건너려 한 것 자체가 목숨을 건 위험한 행위였다"고 말했다.'
    )
    korean_b = '주민 A씨는 "국경 경비가 엄중한 시기에 강을 건너려 한 것 자체가 목숨을 건 위험한 행위였다"고 전했다.'
    assert copies.shared_quotation(korean_a, korean_b) == 13
    assert copies.quote_keys("“Too short to count,” she said.") == []
    recalled = "“He said: 'Pay me two thousand dollars and I will bring your son back to you,'” she recalled."
    again = "“Pay me two thousand dollars and I will bring your son back to you,” the broker told her, she says."
    assert copies.shared_quotation(recalled, again) == 0, "words a witness recalls someone saying: her own each time"


def test_reports_carrying_one_quotation_verbatim_are_one_source(tmp_path: Path) -> None:
    first = f"Family caught\n\nA family of three from Hyesan was caught in May 2020. {QUOTED}"
    second = f"Border arrests\n\nBorder guards caught a family of three from Hyesan. {REWORDED}"
    third = f"Another account\n\nA family of three from Hyesan was caught in May 2020. {OWN_INTERVIEW}"
    found = _dependencies(
        tmp_path,
        [
            ("first", first, {"outlet": "Seoul Lantern", "published": "2020-05-22"}),
            ("second", second, {"outlet": "Border Blog", "published": "2020-05"}),
            ("third", third, {"outlet": "Valley Post", "published": "2020-05-23"}),
        ],
    )
    assert found == {("second", "first", "carries the same quotation verbatim (10 words)")}


def test_a_name_inside_a_word_is_passed_over_and_the_same_name_later_is_found() -> None:
    sentence = "An iMBC reporter filmed it; according to MBC, two soldiers crossed the river."
    assert credits.credited(sentence) == {credits.outlet_key("MBC")}
    assert credits.credited("An iMBC reporter filmed two soldiers crossing the river.") == set()
