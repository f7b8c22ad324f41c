"""benchmarks/hrdsattack.py: its scorer (hrdsattack_scoring.py) on hand-made gold and predictions, and the script
end to end on the first articles of HRDsAttack's dev split (read from ../shared at test time; skipped when it is
absent)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import hrdsattack_scoring as hs
import pytest
from hrdsattack_countries import same_country

from conftest import ROOT, SHARED

DEV = SHARED / "eval" / "hrdsattack" / "dev.json"
SCRIPT = ROOT / "benchmarks" / "hrdsattack.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_hrdsattack", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_hrdsattack"] = module
    spec.loader.exec_module(module)
    return module


hb = _bench()


def article(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "perpetrator_mention": True,
        "perpetrator_type": None,
        "violation_types": [],
        "year": None,
        "month": None,
        "date": None,
        "city": None,
        "region": None,
        "country": None,
        "victims": [],
    }
    base.update(fields)
    return base


def victim(name: str | None, sex: str = "unknown", age: str = "adult", kind: str = "journalist") -> dict[str, Any]:
    return {
        "victim_name": name,
        "victim_population_type": "individual" if name else "multiple",
        "victim_type": [kind],
        "victim_sex_type": sex,
        "victim_age_group": age,
    }


def test_normalise_numbers_months_and_absent_values() -> None:
    assert hs.normalise("year", "2019.0") == hs.normalise("year", "2019") == "2019"
    assert hs.normalise("date", "04") == hs.normalise("date", "4.0") == "4"
    assert hs.normalise("month", "October") == hs.normalise("month", "10") == hs.normalise("month", "Ocober") == "10"
    assert hs.normalise("month", "Decenmber") == "12"
    assert hs.normalise("month", "07") == "7"
    for absent in (None, "None", "unknown", "N//A", "", " Unknown "):
        assert hs.normalise("country", absent) is None
    assert hs.normalise("country", "U.S.") == "us"
    assert hs.normalise("city", "  New   York ") == "new york"


def test_accuracy_never_credits_absent_gold_unless_corrected() -> None:
    golds = [article(region="Kashmir"), article(region="None"), article(region="unknown"), article(region="Texas")]
    preds = [article(region="kashmir"), article(region=None), article(region="Delhi"), article(region=None)]
    assert hs.accuracy("region", golds, preds, corrected=False) == 0.25
    assert hs.accuracy("region", golds, preds, corrected=True) == 0.5


def test_violation_micro_f1() -> None:
    golds = [article(violation_types=["killing", "torture"]), article(violation_types=["other"])]
    preds = [article(violation_types=["killing"]), article(violation_types=["other", "kidnapping"])]
    # tp 2, fp 1, fn 1: precision 2/3, recall 2/3
    assert hs.violation_f1(golds, preds) == pytest.approx(2 / 3)


def test_perpetrator_mention_f1_of_the_positive_class() -> None:
    golds = [article(perpetrator_mention=v) for v in (True, True, False, False)]
    preds = [article(perpetrator_mention=v) for v in (True, False, True, False)]
    assert hs.mention_f1(golds, preds) == pytest.approx(0.5)
    assert hs.mention_f1(golds[2:], preds[2:]) == 0.0


def test_victim_names_split_exact_and_fuzzy() -> None:
    assert hs.split_names(["Mehrinisso and Zulhumor Hamdamova", None, "Uladzimir Matskevich,"]) == [
        "mehrinisso",
        "zulhumor hamdamova",
        "uladzimir matskevich",
    ]
    golds = [article(victims=[victim("Peter Magombeyi"), victim("Obert Masaraure"), victim(None)])]
    preds = [article(victims=[victim("peter magombeyi"), victim("Masaraure"), victim("Nick Mangwana")])]
    # exact: 1 of 3 predicted, 1 of 2 gold; fuzzy: "Masaraure" is in "Obert Masaraure" -> 2 of 3, 2 of 2
    assert hs.name_f1(golds, preds, fuzzy=False) == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert hs.name_f1(golds, preds, fuzzy=True) == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert hs.match_names(["kim"], ["kim", "kim"], fuzzy=True) == 1  # one-to-one


def test_victim_attributes_on_aligned_victims() -> None:
    gold = article(
        victims=[
            victim("Peter Magombeyi", "man", "adult", "trade unionist"),
            victim("Samantha Kureya", "woman", "adult", "insufficient information"),
            victim(None, "unknown", "unknown"),
        ]
    )
    pred = article(
        victims=[
            victim("Kureya", "unknown", "adult", "insufficient information"),
            victim("Magombeyi", "man", "child", "journalist"),
            victim(None, "unknown", "unknown"),
        ]
    )
    scores = hs.victim_accuracy([gold], [pred])
    assert scores == {"victim_sex_acc": 0.5, "victim_age_acc": 0.5, "victim_type_acc": 0.5}
    assert hs.victim_accuracy([gold], [article()]) == {
        "victim_sex_acc": 0.0,
        "victim_age_acc": 0.0,
        "victim_type_acc": 0.0,
    }


def test_score_and_line_format() -> None:
    gold = article(
        perpetrator_type="state actor",
        violation_types=["arbitrary detention"],
        year="2020.0",
        month="08",
        country="Belarus",
        city="Minsk",
        victims=[victim("Katsiaryna Andreyeva", "woman")],
    )
    pred = article(
        perpetrator_type="state actor",
        violation_types=["arbitrary detention"],
        year="2020",
        month="8",
        date="9",
        country="Belarus",
        city="Minsk",
        victims=[victim("Katsiaryna Andreyeva", "woman")],
    )
    scores = hs.score([gold], [pred])
    assert [round(100 * scores[f], 1) for f in hs.FIELDS] == [
        100.0, 100.0, 100.0, 100.0, 0.0, 100.0, 100.0, 100.0, 0.0, 100.0, 100.0, 100.0, 100.0, 100.0,
    ]  # fmt: skip
    corrected = hs.score([gold], [pred], corrected=True)
    assert corrected["region_acc"] == 1.0 and corrected["day_acc"] == 0.0  # gold day absent, predicted "9"
    line = hs.format_line("hrdsattack", scores)
    assert line.startswith("hrdsattack: perpetrator_mention_f1=100.0 perpetrator_type_acc=100.0 violation_f1=100.0")
    assert line.endswith("victim_type_acc=100.0")


def line_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"^{prefix}: " + " ".join(rf"{name}=(\d+\.\d)" for name in hs.FIELDS) + "$")


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_file(), reason="../shared/eval/hrdsattack/dev.json is not available")
def test_script_on_three_dev_articles(tmp_path: Path) -> None:
    subset = tmp_path / "dev3.json"
    subset.write_text(json.dumps(json.loads(DEV.read_text(encoding="utf-8"))[:3]), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--data", str(subset)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    for line, prefix in ((lines[-2], "hrdsattack_corrected"), (lines[-1], "hrdsattack")):
        match = line_pattern(prefix).match(line)
        assert match, line
        assert all(0.0 <= float(v) <= 100.0 for v in match.groups())


def test_date_prefers_the_attack_over_follow_ups_and_the_publication_day() -> None:
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2021, 3, 1)

    def event(kind: str, when: day, precision: str = "day") -> Any:
        return SimpleNamespace(type=kind, time=Interval(when, when, precision))

    events = [event("trial", day(2021, 2, 20)), event("arrest", published), event("arrest", day(2020, 11, 5))]
    assert hb.article_date(events, published, mapping) == {"year": "2020", "month": "11", "date": "5"}
    assert hb.article_date(events[:2], published, mapping) == {"year": "2021", "month": "3", "date": "1"}
    assert hb.article_date(events[:1], published, mapping) == {"year": "2021", "month": "2", "date": "20"}
    # a year without a month: the publication month only when it is the publication year
    assert hb.article_date([event("killing", day(2021, 1, 1), "year")], published, mapping)["month"] == "3"
    assert hb.article_date([event("killing", day(2019, 1, 1), "year")], published, mapping)["month"] is None
    assert hb.article_date([], published, mapping) == {"year": "2021", "month": "3", "date": None}


def test_date_of_the_publication_day_written_out_ranks_with_the_others() -> None:
    """ "On March 1, soldiers shot ..." in a report of March 1 tells the attack's day; "on Monday" or "today" is only
    the report's, and so is a holiday's name without a number ("May Day")."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.extract.types import Span
    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2021, 3, 1)

    def event(when: day, precision: str, written: str) -> Any:
        span = Span(0, len(written), written)
        return SimpleNamespace(type="killing", time=Interval(when, when, precision), time_span=span, time_evidence=None)

    month = event(day(2021, 2, 1), "month", "February")
    for written, expected in (("March 1", "1"), ("1 March 2021", "1"), ("Monday", None), ("May Day", None)):
        found = hb.article_date([month, event(published, "day", written)], published, mapping)
        assert found["date"] == expected, written


def test_date_skips_an_event_dated_after_publication() -> None:
    """ "The trial is set for 9 May" in a report of 2 March tells of no violation on 9 May."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(when: day, precision: str = "day") -> Any:
        return SimpleNamespace(type="arrest", time=Interval(when, when, precision))

    events = [event(day(2021, 5, 9)), event(day(2021, 2, 1), "month")]
    assert hb.article_date(events, day(2021, 3, 2), mapping) == {"year": "2021", "month": "2", "date": None}


def test_date_of_a_range_within_one_month_or_year() -> None:
    """ "at the end of June last year" (June 21-30) gives June; "from May to August" its year; a range across two
    years nothing."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2022, 1, 31)

    def event(first: day, last: day) -> Any:
        return SimpleNamespace(type="arrest", time=Interval(first, last, "range"))

    june = [event(day(2021, 6, 21), day(2021, 6, 30))]
    assert hb.article_date(june, published, mapping) == {"year": "2021", "month": "6", "date": None}
    summer = [event(day(2021, 5, 1), day(2021, 8, 31))]
    assert hb.article_date(summer, published, mapping) == {"year": "2021", "month": None, "date": None}
    winter = [event(day(2020, 12, 1), day(2021, 2, 28))]
    assert hb.article_date(winter, published, mapping) == {"year": "2022", "month": "1", "date": None}


def test_an_event_dated_now_is_undated_for_the_article_date() -> None:
    """ "the military has now killed 1,026 people": the report's day is no attack's."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.extract.types import Event, Span, TimeMention
    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = day(2021, 8, 31)
    now = TimeMention(30, 33, "now", "DATE", "PRESENT_REF", Interval(published, published, "day"))
    august = TimeMention(90, 99, "August 15", "DATE", "2021-08-15", Interval(day(2021, 8, 15), day(2021, 8, 15), "day"))
    killing = Event("e1", "killing", Span(34, 40, "killed"), time=now.interval, time_span=Span(30, 33, "now"))
    arrest = Event("e2", "arrest", Span(100, 108, "arrested"), time=august.interval, time_span=Span(90, 99, "Aug"))
    extraction = SimpleNamespace(times=[now, august])
    assert [e.time for e in hb._not_dated_now([killing], extraction, mapping)] == [None]
    dated = hb._not_dated_now([killing, arrest], extraction, mapping)
    assert hb.article_date(dated, published, mapping) == {"year": "2021", "month": "8", "date": "15"}


def test_places_most_mentioned_country_and_first_city() -> None:
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, kind: str, *starts: int) -> Any:
        spans = [SimpleNamespace(start=s) for s in starts]
        return SimpleNamespace(id=name, kind="place", name=name, place_kind=kind, mentions=spans)

    entities = [
        place("Kampala", "city", 0),
        place("Uganda", "country", 10, 50),
        place("US", "country", 20),
        place("United States", "country", 30),
        place("U.S", "city", 5),  # a country's name tagged a city is not the city
        place("Kenya", "country", 40),
    ]
    extraction = SimpleNamespace(entities=entities)
    found = hb.article_places(extraction, [], {e.id: e for e in entities}, mapping)
    # Uganda and the United States (US + United States) have two mentions each: the first mentioned wins
    assert found == {"country": "Uganda", "region": None, "city": "Kampala"}
    entities[2].mentions.append(SimpleNamespace(start=60))
    assert hb.article_places(extraction, [], {e.id: e for e in entities}, mapping)["country"] == "USA"
    # a territory that is one city is the city (and its state the country)
    entities = [place("Hong Kong", "country", 0, 30), place("Beijing", "city", 10)]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert (found["city"], found["country"]) == ("Hong Kong", "China")


def test_the_city_of_a_dateline_is_the_article_city() -> None:
    """ "MOMBASA, Kenya (Reuters) - ..." names the city before any place of the text; headings are no dateline."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    first = [SimpleNamespace(start=0)]
    kisumu = SimpleNamespace(id="l1", kind="place", name="Kisumu", place_kind="city", mentions=first)
    extraction = SimpleNamespace(entities=[kisumu], events=[], relations=[])
    text = (
        "Reporters held in Kisumu\nFILE PHOTO: A street at night.\nUPDATE: the two were freed.\n"
        "MOMBASA, Kenya (Reuters) - Police arrested two reporters on Tuesday, their editor said."
    )
    assert hb.dateline_city(text, extraction, mapping) == "Mombasa"
    assert hb.dateline_city("NAIROBI, Oct. 3 (Reuters) -- Two activists were held.", extraction, mapping) == "Nairobi"
    assert hb.dateline_city("HONG KONG — Police detained a unionist.", extraction, mapping) == "Hong Kong"
    assert hb.dateline_city("VERDICT: the claim is false.", extraction, mapping) is None
    assert hb.dateline_city("KENYA: Police detained a unionist.", extraction, mapping) is None  # a country
    assert hb.predict(extraction, None, mapping, text)["city"] == "Mombasa"
    assert hb.predict(extraction, None, mapping)["city"] == "Kisumu"  # no text: the first city mentioned


def test_the_first_city_the_gazetteer_knows_goes_before_an_unknown_one() -> None:
    """A name the parser tagged a place and no gazetteer knows ("Quillborne", often a person or a word) is the
    city only when no known city is named."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, start: int) -> Any:
        return SimpleNamespace(
            id=name, kind="place", name=name, place_kind="city", mentions=[SimpleNamespace(start=start)]
        )

    entities = [place("Quillborne", 0), place("Mombasa", 10), place("Nairobi", 20)]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert found["city"] == "Mombasa"
    found = hb.article_places(SimpleNamespace(entities=entities[:1]), [], {"Quillborne": entities[0]}, mapping)
    assert found["city"] == "Quillborne"
    # a known city in the article's country before a known city elsewhere named first
    italy = SimpleNamespace(id="Italy", kind="place", name="Italy", place_kind="country", mentions=[])
    italy.mentions = [SimpleNamespace(start=s) for s in (30, 40, 50)]
    entities = [place("Hamburg", 0), place("Milan", 10), italy]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert (found["country"], found["city"]) == ("Italy", "Milan")


def test_the_country_counts_the_mentions_of_its_places() -> None:
    """A report about Ravenna that names Italy once and Germany twice (for a visit) is about Italy."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, kind: str, *starts: int) -> Any:
        spans = [SimpleNamespace(start=s) for s in starts]
        return SimpleNamespace(id=name, kind="place", name=name, place_kind=kind, mentions=spans)

    entities = [place("Germany", "country", 0, 40), place("Ravenna", "city", 10, 30), place("Italy", "country", 20)]
    found = hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)
    assert found["country"] == "Italy"
    assert same_country("Palestinian Territory") == same_country("Palestine")  # GeoNames' name for it


def test_a_united_kingdom_whose_places_lie_in_one_nation_is_that_nation() -> None:
    """The annotators write a report about Glasgow as "Scotland", one about Cardiff and Swansea as "Wales"; a
    report naming only Britain stays the United Kingdom."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def place(name: str, kind: str, *starts: int) -> Any:
        spans = [SimpleNamespace(start=s) for s in starts]
        return SimpleNamespace(id=name, kind="place", name=name, place_kind=kind, mentions=spans)

    def country(*entities: Any) -> str:
        return str(
            hb.article_places(SimpleNamespace(entities=entities), [], {e.id: e for e in entities}, mapping)["country"]
        )

    assert country(place("Britain", "country", 0), place("Glasgow", "city", 10, 30)) == "Scotland"
    assert country(place("Cardiff", "city", 0), place("Swansea", "city", 10), place("London", "city", 20)) == "Wales"
    assert country(place("Britain", "country", 0, 20)) == "United Kingdom"


def test_date_prefers_a_day_told_later_to_a_year_told_first() -> None:
    """ "Attacked on 9 February 2012" is the attack's date; a year told earlier in the text is background."""
    from datetime import date as day
    from types import SimpleNamespace

    from tumen.model import Interval

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(when: day, precision: str) -> Any:
        return SimpleNamespace(type="attack", time=Interval(when, when, precision))

    events = [event(day(2011, 1, 1), "year"), event(day(2012, 2, 1), "month"), event(day(2012, 2, 9), "day")]
    assert hb.article_date(events, day(2019, 9, 20), mapping) == {"year": "2012", "month": "2", "date": "9"}
    assert hb.article_date(events[:2], day(2019, 9, 20), mapping) == {"year": "2012", "month": "2", "date": None}


def test_a_sentence_to_a_term_is_the_custody_it_imposes() -> None:
    """ "Sentenced to two years in prison" is that detention; a sentence without a term stays a judicial harm."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, **attributes: Any) -> Any:
        return SimpleNamespace(type=kind, attributes=attributes)

    assert hb.violation_label(event("sentencing", duration="P2Y"), mapping) == "arbitrary detention"
    assert hb.violation_label(event("sentencing"), mapping) == "other"
    assert hb.violation_label(event("trial", duration="P2Y"), mapping) == "other"
    assert hb.violation_label(event("arrest"), mapping) == "arbitrary detention"


def test_the_trial_of_one_whose_detention_is_told_is_filed_under_that_detention() -> None:
    """The charges, trial and sentence of a person the report also tells was arrested or held are that detention to
    the annotators; the trial of someone else stays a judicial harm of its own ("other")."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, *victims: str) -> Any:
        parts = [SimpleNamespace(entity=v, role="victim") for v in victims]
        return SimpleNamespace(type=kind, attributes={}, participants=parts)

    arrest, trial, other_trial = event("arrest", "p1"), event("trial", "p1"), event("trial", "p2")
    labels = hb._labels([arrest, trial, other_trial], mapping)
    assert labels[id(trial)] == "arbitrary detention"
    assert labels[id(other_trial)] == "other"
    assert hb._labels([trial], mapping)[id(trial)] == "other"


def test_a_raid_in_the_sentence_of_an_arrest_or_abduction_is_the_means_of_that_harm() -> None:
    """ "Police raided the union's office and detained its chair", "gunmen raided the school and abducted forty
    pupils": the raid is how the harm was done, filed under it; a raid told in a sentence of its own, or with a harm
    it is not the means of, stays an "other" violation."""
    from types import SimpleNamespace

    rule = hb.Mapping.load(hb.DEFAULT_MAP)["violation_rule"]

    def event(kind: str, sentence: int) -> Any:
        return SimpleNamespace(type=kind, attributes={}, participants=[], evidence=[SimpleNamespace(start=sentence)])

    arrest, raid, other_raid = event("arrest", 0), event("raid", 0), event("raid", 120)
    assert hb._without_means([arrest, raid, other_raid], rule) == [arrest, other_raid]
    abduction, raid_with_abduction = event("abduction", 300), event("raid", 300)
    assert hb._without_means([abduction, raid_with_abduction], rule) == [abduction]
    threat, raid_with_threat = event("threat", 400), event("raid", 400)
    assert hb._without_means([threat, raid_with_threat], rule) == [threat, raid_with_threat]
    assert hb._without_means([raid], rule) == [raid]


def test_an_event_told_as_a_backdrop_is_no_violation_of_the_report() -> None:
    """ "Protests spread after the killing of X": the killing sets the scene; the report is about the protests."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(attributes: dict[str, Any]) -> Any:
        event = SimpleNamespace(
            type="killing", modality="asserted", attributes=attributes, participants=[], time=None, place=None
        )
        return SimpleNamespace(entities=[], events=[event], relations=[])

    assert hb.predict(extraction({}), None, mapping)["violation_types"] == ["killing"]
    assert "killing" not in hb.predict(extraction({"backdrop": True}), None, mapping)["violation_types"]


def test_a_disappearance_charged_as_a_kidnapping_is_that_kidnapping() -> None:
    """ "She went missing … he was charged with kidnapping her": a crime the state prosecutes, not a disappearance it
    enforced (tumen's ``charged_as``); a disappearance with no such charge stays an enforced disappearance."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, **attributes: Any) -> Any:
        return SimpleNamespace(type=kind, attributes=attributes)

    assert hb.violation_label(event("disappearance", charged_as="abduction"), mapping) == "kidnapping"
    assert hb.violation_label(event("disappearance"), mapping) == "enforced disappearance"


def test_an_attempted_killing_is_the_attack_it_was() -> None:
    """ "He survived an attempted murder", "sentenced for attempted murder": no one was killed — the annotators file
    it as an attack ("other"); a killing told as done stays a killing."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, modality: str) -> Any:
        return SimpleNamespace(type=kind, modality=modality, attributes={})

    assert hb.violation_label(event("killing", "attempted"), mapping) == "other"
    assert hb.violation_label(event("killing", "failed"), mapping) == "other"
    assert hb.violation_label(event("killing", "asserted"), mapping) == "killing"
    assert hb.violation_label(event("execution", "asserted"), mapping) == "killing"


def test_the_death_in_custody_of_one_held_is_a_killing() -> None:
    """ "Police arrested him … he died in their cell": the annotators file the death in custody of one the report
    tells was held as a killing; a death in custody of no one the report holds, and a plain death, are none."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def event(kind: str, victim: str, **attributes: Any) -> Any:
        parts = [SimpleNamespace(entity=victim, role="victim")]
        return SimpleNamespace(
            type=kind, modality="asserted", attributes=attributes, participants=parts, time=None, place=None
        )

    def labels(*events: Any) -> list[str]:
        told = [e for e in events if hb._violation(e, mapping)]
        return sorted({hb.violation_label(e, mapping) for e in hb._held_deaths(told, mapping)})

    arrest = event("arrest", "p1")
    assert labels(arrest, event("death", "p1", in_custody=True)) == ["arbitrary detention", "killing"]
    assert labels(arrest, event("death", "p2", in_custody=True)) == ["arbitrary detention"]
    assert labels(arrest, event("death", "p1")) == ["arbitrary detention"]


def test_a_plot_hatched_counts_as_the_crime_it_plots_and_a_plan_does_not() -> None:
    """ "Charged in the plot to kidnap the governor": the annotators file the conspiracy under the crime it plots
    (tumen's ``plotted`` on a planned event); a plan that is no plot ("planned to arrest her") stays out."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(attributes: dict[str, Any]) -> Any:
        event = SimpleNamespace(
            type="abduction", modality="planned", attributes=attributes, participants=[], time=None, place=None
        )
        return SimpleNamespace(entities=[], events=[event], relations=[])

    assert hb.predict(extraction({"plotted": True}), None, mapping)["violation_types"] == ["kidnapping"]
    assert hb.predict(extraction({}), None, mapping)["violation_types"] == ["unknown"]


def test_a_body_found_is_a_killing_label() -> None:
    """ "The body of a teenage girl was found in the house": the annotators file a death told by its finding as a
    killing (``violation_rule.found_deaths``); only the label, and only a finding told as a fact."""
    from types import SimpleNamespace

    import hrdsattack_labels as hl

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(modality: str, **attributes: Any) -> Any:
        death = SimpleNamespace(type="death", modality=modality, attributes=attributes, participants=[])
        return SimpleNamespace(events=[death])

    assert hl.found_killings(extraction("asserted", found=True), mapping) == {"killing"}
    assert hl.found_killings(extraction("asserted", found=True, cause="suicide"), mapping) == set()  # no killing
    assert hl.found_killings(extraction("hypothetical", found=True), mapping) == set()
    assert hl.found_killings(extraction("asserted"), mapping) == set()


def test_an_event_years_before_a_recent_attack_gives_no_label() -> None:
    """ "Police detained the editor on Sunday … in 2015 her colleague had been killed": the report is about the recent
    detention; the killing years before is its history (``violation_rule.past_events``), and gives no label. Told
    alone, with no recent violation, the old killing is what the report is about."""
    from datetime import date
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    published = date(2021, 6, 14)

    def event(kind: str, day: date, basis: str = "stated") -> Any:
        time = SimpleNamespace(earliest=day, latest=day, precision="day")
        return SimpleNamespace(
            type=kind, modality="asserted", attributes={}, participants=[], time=time, time_basis=basis, place=None
        )

    def labels(*events: Any) -> list[str]:
        extraction = SimpleNamespace(entities=[], events=list(events), relations=[])
        return list(hb.predict(extraction, published, mapping)["violation_types"])

    detained, killed = event("detention", date(2021, 6, 13)), event("killing", date(2015, 3, 2))
    assert labels(detained, killed) == ["arbitrary detention"]
    assert labels(killed) == ["killing"]
    assert labels(event("detention", date(2020, 6, 13)), killed) == ["arbitrary detention", "killing"]
    assert labels(detained, event("killing", date(2015, 3, 2), basis="inherited")) == ["arbitrary detention", "killing"]
    # a hearing set after the publication is no violation the report tells as done: the old killing stays
    assert labels(event("trial", date(2021, 7, 1)), killed) == ["killing", "other"]


def test_a_violation_told_without_an_event_is_a_perpetrator_mention() -> None:
    """ "The body of a teenage girl was found in the house": a label without a violation event of its own (a body
    found, a list of abuses) tells of an attack as an event does; the annotators mark a perpetrator mention."""
    from types import SimpleNamespace

    mapping = hb.Mapping.load(hb.DEFAULT_MAP)

    def extraction(**attributes: Any) -> Any:
        death = SimpleNamespace(
            type="death", modality="asserted", attributes=attributes, participants=[], time=None, place=None
        )
        return SimpleNamespace(entities=[], events=[death], relations=[], aggregates=[], times=[])

    found = hb.predict(extraction(found=True), None, mapping)
    assert found["violation_types"] == ["killing"] and found["perpetrator_mention"] is True
    assert found["perpetrator_type"] == "state actor"  # the map default type
    assert hb.predict(extraction(), None, mapping)["perpetrator_mention"] is False
