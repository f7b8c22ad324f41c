"""Who is at risk (rules as data, analysts' flags over them), pseudonyms, and redaction of every spelling —
on plain objects, and the flags stored on SQLite and PostgreSQL. Names and sentences are invented."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from tumen import Tumen
from tumen.model import Interval
from tumen.protect import pseudonyms
from tumen.protect.redact import Identity, Redactor
from tumen.protect.rules import Flag, decide, rule_reasons
from tumen.resolve.persons import Person
from tumen.store import case_schema as t
from tumen.store import protection


def person(status: str = "unknown", birth: Interval | None = None, reported: date | None = None) -> Person:
    return Person("P00000001", "Invented Name", [], None, birth, [], [], [], status=status, last_report=reported)


# --- rules ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["detained", "disappeared", "repatriated", "sentenced"])
def test_a_status_in_the_regimes_hands_puts_a_person_at_risk(status: str) -> None:
    decision = decide(person(status), None, None)
    assert decision.at_risk and decision.reasons == (f"status {status}",)


def test_free_adults_elsewhere_are_not_at_risk() -> None:
    for status in ("released", "resettled", "unknown"):
        assert not decide(person(status), "Seoul", None).at_risk


def test_a_last_known_place_in_north_korea_puts_a_person_at_risk() -> None:
    for place in ("Hoeryong", "Chongjin", "North Korea", "북한"):
        assert decide(person("released"), place, None).at_risk, place
    assert not decide(person("released"), "Shenyang", None).at_risk


def test_a_minor_at_the_last_report_is_at_risk_when_the_birth_interval_allows_it() -> None:
    reported = date(2024, 5, 1)
    child = Interval(date(2010, 1, 1), date(2010, 12, 31), "year")
    adult = Interval(date(1980, 1, 1), date(1980, 12, 31), "year")
    borderline = Interval(date(2005, 1, 1), date(2006, 12, 31), "range")  # 17 or 18 when reported
    assert rule_reasons(person(birth=child, reported=reported), None) == ("a minor when last reported (2024-05-01)",)
    assert rule_reasons(person(birth=adult, reported=reported), None) == ()
    assert rule_reasons(person(birth=borderline, reported=reported), None)  # possibly a minor: protected
    assert rule_reasons(person(birth=child), None) == ()  # never reported: no age to compare


def test_the_analysts_flag_decides_over_the_rules_both_ways() -> None:
    lifted = Flag("P00000001", False, "released and named by her own choice", "ana")
    decision = decide(person("detained"), None, lifted)
    assert not decision.at_risk
    assert decision.reasons[0] == "analyst ana: unprotected (released and named by her own choice)"
    assert "status detained" in decision.reasons  # what the rules say stays visible
    flagged = decide(person("resettled"), "Seoul", Flag("P00000001", True, None, "ana"))
    assert flagged.at_risk and flagged.reasons == ("analyst ana: protected",)


# --- pseudonyms ------------------------------------------------------------------------------------------------


def test_pseudonyms_are_keyed_stable_and_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    key = b"an invented key of enough length"
    first = pseudonyms.pseudonyms(key, ["P00000001", "P00000002"])
    assert first == pseudonyms.pseudonyms(key, ["P00000002", "P00000001"])
    assert first["P00000001"] != first["P00000002"]
    assert first != pseudonyms.pseudonyms(b"another invented key, as long", ["P00000001", "P00000002"])
    assert all(v.startswith("Person ") and len(v) == len("Person ") + 6 for v in first.values())
    real = pseudonyms.code
    monkeypatch.setattr(pseudonyms, "code", lambda k, pid, n=6: "SAME42" if n == 6 else real(k, pid, n))
    clashing = pseudonyms.pseudonyms(key, ["P00000001", "P00000002"])
    assert len(set(clashing.values())) == 2


def test_the_key_file_is_created_once_owner_readable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TUMEN_PSEUDONYM_KEY", raising=False)
    path = tmp_path / "keys" / "pseudonym.key"
    monkeypatch.setenv("TUMEN_PSEUDONYM_KEY_FILE", str(path))
    key = pseudonyms.load_key(None)
    assert os.stat(path).st_mode & 0o777 == 0o600 and len(key) == 64
    assert pseudonyms.load_key(None) == key
    monkeypatch.delenv("TUMEN_PSEUDONYM_KEY_FILE")
    with pytest.raises(pseudonyms.PseudonymKeyError, match="TUMEN_PSEUDONYM_KEY"):
        pseudonyms.load_key(None)
    beside = pseudonyms.load_key(tmp_path / "store" / "tumen.db")  # a key file next to a SQLite store
    assert (tmp_path / "store" / ".tumen-pseudonym.key").exists() and beside != key


# --- redaction -------------------------------------------------------------------------------------------------

KANG = Identity("P0000000a", ("Kang Mi-rae", "Mirae Kang", "강미래"), frozenset({1, 2, 3}))
DAUGHTER = Identity("P0000000d", ("daughter of Choi Eun-ha",), frozenset({4}))
CHOI = Identity("P0000000c", ("Choi Eun-ha",), frozenset({4}))
PARK = Identity("P0000000p", ("Park Mi-rae",), frozenset({2}))
MINHO = Identity("P0000000m", ("Kang Min-ho",), frozenset({3}))


@pytest.fixture
def redactor() -> Redactor:
    protected = {KANG.id: "Person KANGXX", DAUGHTER.id: "Person DAUGHT"}
    return Redactor(protected, [KANG, DAUGHTER, CHOI, PARK, MINHO])


@pytest.mark.parametrize(
    "spelling",
    [
        "Kang Mi-rae",
        "KANG MIRAE",
        "kang mi rae",
        "Mi-rae Kang",
        "Gang Mi-rae",
        "Kang Mee-rae",
        "Ms Kang Mi-rae",
        "Mrs. Kang",
        "Kang",
        "Mirae",
        "강미래",
        "강 미래",
        "강 씨",
        "강모 씨",
    ],
)
def test_every_spelling_is_replaced_and_the_sentence_stays_readable(redactor: Redactor, spelling: str) -> None:
    assert redactor.text(f"{spelling} was arrested in March.", 1) == "[Person KANGXX] was arrested in March."


def test_possessives_titles_and_hangul_particles(redactor: Redactor) -> None:
    text = '"Ms Kang\'s family has not heard from her," said a neighbour. 강 씨는 체포됐다. 강미래가 말했다.'
    assert redactor.text(text, 1) == (
        '"[Person KANGXX]\'s family has not heard from her," said a neighbour. [Person KANGXX]는 체포됐다. '
        "[Person KANGXX]가 말했다."
    )
    assert redactor.text("Kangaroos and a gang of four", 1) == "Kangaroos and a gang of four"


def test_a_partial_name_another_person_shares_is_withheld_not_misattributed(redactor: Redactor) -> None:
    assert redactor.text("Kang Min-ho said Kang was taken.", 3) == "Kang Min-ho said [name withheld] was taken."
    assert redactor.text("Park Mi-rae met Mi-rae in Seoul.", 2) == "Park Mi-rae met [name withheld] in Seoul."
    assert redactor.text("Kang Mi-rae and Kang Min-ho", 3) == "[Person KANGXX] and Kang Min-ho"


def test_relatives_descriptions_that_identify_are_redacted(redactor: Redactor) -> None:
    text = "Choi Eun-ha said the daughter of Choi Eun-ha is held. Choi Eun-ha's daughter is 15."
    assert redactor.text(text, 4) == "Choi Eun-ha said [Person DAUGHT] is held. [Person DAUGHT] is 15."


def test_urls_get_slugs_even_percent_encoded(redactor: Redactor) -> None:
    assert redactor.text("https://example.org/2024/kang-mi-rae-held", 1, url=True) == (
        "https://example.org/2024/person-kangxx-held"
    )
    encoded = "https://example.org/news/%EA%B0%95%EB%AF%B8%EB%9E%98-arrest"
    assert redactor.text(encoded, 3, url=True) == "https://example.org/news/person-kangxx-arrest"
    assert redactor.text("https://example.org/other", 3, url=True) == "https://example.org/other"


def test_recorded_mentions_are_replaced_by_their_offsets() -> None:
    son = Identity("P0000000s", ("son of Yoon Seo-yeon",), frozenset({5}), ((5, 10, 17),))
    yoon = Identity("P0000000y", ("Yoon Seo-yeon",), frozenset({5}))
    redactor = Redactor({son.id: "Person SONSON"}, [son, yoon])
    sentence = "She said her son was sent back."  # "her son" at 10-17 of the document, 9-16 here
    assert redactor.text(sentence, 5, offset=1) == "She said [Person SONSON] was sent back."
    assert redactor.text(sentence, 5) == sentence  # without the offset no span is known, no pattern matches


# --- flags in the store ----------------------------------------------------------------------------------------


def test_flags_are_kept_latest_wins_and_follow_merged_ids(db_url: str) -> None:
    with Tumen.init(db_url) as tumen:
        engine = tumen.store.engine
        protection.record(engine, "P0000000a", True, "watched", "ana")
        protection.record(engine, "P0000000a", False, "released", "ben")
        protection.record(engine, "P0000000r", True, None, "ana")
        with engine.begin() as conn:
            conn.execute(sa.insert(t.redirects).values(id="P0000000r", target="P0000000t"))
        with engine.connect() as conn:
            found = protection.in_force(conn)
            rows = conn.execute(sa.select(sa.func.count()).select_from(protection.protection_flags)).scalar_one()
        assert found["P0000000a"]["protected"] is False and found["P0000000a"]["by"] == "ben"
        assert found["P0000000a"]["reason"] == "released"
        assert found["P0000000t"]["protected"] is True and "P0000000r" not in found
        assert rows == 3  # every decision kept
        assert tumen.at_risk_ids() == set()  # flags without persons decide nothing


def test_a_protected_name_inside_another_persons_name_is_replaced(redactor: Redactor) -> None:
    grandmother = Identity("P0000000g", ("grandmother of Kang Mi-rae",), frozenset({1}))
    both = Redactor(redactor.protected, [KANG, MINHO, grandmother])
    assert both.text("The grandmother of Kang Mi-rae spoke.", 1) == "The grandmother of [Person KANGXX] spoke."
    assert both.name("grandmother of Kang Mi-rae") == "grandmother of [Person KANGXX]"
    # A free person's own mention "Kang" (where the protected Kang is named too) may stay as it is.
    assert both.text("Kang", 3, partial=False) == "Kang"
    assert both.text("Kang", 3) == "[name withheld]"


def test_a_store_made_before_the_table_existed_gets_it_on_the_first_flag(sqlite_url: str) -> None:
    with Tumen.init(sqlite_url) as tumen:
        with tumen.store.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE protection_flags")
        with tumen.store.engine.connect() as conn:
            assert protection.in_force(conn) == {}
        protection.record(tumen.store.engine, "P0000000a", True, None, "ana")
        with tumen.store.engine.connect() as conn:
            assert protection.in_force(conn)["P0000000a"]["protected"] is True


def test_a_description_is_no_name_to_redact_everywhere() -> None:
    soldier = Identity("P0000000s", ("soldier",), frozenset({6}), ((6, 2, 9),))
    redactor = Redactor({soldier.id: "Person SOLDIE"}, [soldier])
    assert redactor.text("A soldier said another soldier was there.", 6, offset=0) == (
        "A [Person SOLDIE] said another soldier was there."  # only the recorded mention
    )


def test_the_stored_at_risk_flag_follows_the_rules_and_the_analyst(db_url: str, tmp_path: Path) -> None:
    """Listings and filters read the stored flag: it says what `tumen protected` says, and an analyst's
    protect / unprotect changes it at once."""
    (tmp_path / "report.txt").write_text(
        "Invented report: Pyon Ok-hui, a nurse, was arrested in Hyesan in May 2021 and is detained there, "
        "her cousin Pyon Min-su said. Pyon Min-su, a driver, lives in Seoul.\n",
        encoding="utf-8",
    )
    with Tumen.init(db_url) as tumen:
        tumen.ingest([str(tmp_path / "report.txt")], meta={"outlet": "Invented Wire", "published": "2023-05-01"})
        tumen.process(workers=1)
        decided = tumen.at_risk_ids()
        listed = {p.id for p in tumen.persons(at_risk=True)}
        assert listed == decided and decided, "the stored flag is the protection decision"
        (detained,) = [p for p in tumen.persons() if p.id in decided][:1]
        free = next(p for p in tumen.persons() if p.id not in decided)
        tumen.protect(free.id, reason="threatened by phone", by="ana")
        tumen.unprotect(detained.id, reason="released, confirmed by family", by="ana")
        listed = {p.id for p in tumen.persons(at_risk=True)}
        assert free.id in listed and detained.id not in listed
        assert listed == tumen.at_risk_ids()


def test_concurrent_first_uses_of_the_key_file_all_read_one_whole_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many requests of a fresh server need the key at once: none may read a half-written file."""
    from concurrent.futures import ThreadPoolExecutor

    for name in ("TUMEN_PSEUDONYM_KEY", "TUMEN_PSEUDONYM_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    for attempt in range(20):
        store = tmp_path / str(attempt) / "tumen.db"
        with ThreadPoolExecutor(max_workers=8) as pool:
            keys = list(pool.map(pseudonyms.load_key, [store] * 16))
        assert len(set(keys)) == 1 and len(keys[0]) >= 16
        assert [p.name for p in store.parent.iterdir()] == [".tumen-pseudonym.key"]
