"""A kind of events a sentence speaks of — a bare plural event noun, or a noun listed with one ("arrests, torture
and extrajudicial killings") — is no event of persons but is kept as an aggregate without a count
(tumen.extract.genericity); HRDsAttack's map files the kinds a list of abuses names as the violations the report is
about. Invented sentences."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conftest import ROOT
from scripts_testing import load_script
from test_plural_role_before_names import run

hb = load_script(ROOT / "benchmarks" / "hrdsattack.py", "bench_hrdsattack_kinds")


def kinds(text: str) -> list[tuple[str | None, str]]:
    return [(a.type, a.what) for a in run(text).aggregates if a.count is None]


def test_the_kinds_of_abuse_a_list_names_are_kept_without_a_count() -> None:
    text = "Rights groups in Tarvik reported arrests, torture and extrajudicial killings of critics by the police."
    found = kinds(text)
    assert ("arrest", "arrests") in found
    assert ("torture", "torture") in found
    assert ("killing", "extrajudicial killings") in found
    assert not run(text).events  # no event of persons: no one in particular was arrested, tortured or killed


def test_a_kind_is_kept_once_per_sentence_and_type() -> None:
    found = kinds("The lawyer Omar Haddad wrote about abductions and murders in Lagos and about abductions in Holm.")
    assert sorted(t for t, _ in found) == ["abduction", "killing"]


def test_an_occasion_is_no_kind() -> None:
    extraction = run("Police arrested the journalist Karl Vos in Tarvik on Monday and tortured him.")
    assert not [a for a in extraction.aggregates if a.count is None]


def _extraction(*kinds: tuple[str, int]) -> Any:
    aggregates = [
        SimpleNamespace(type=kind, count=None, evidence=SimpleNamespace(start=start)) for kind, start in kinds
    ]
    return SimpleNamespace(entities=[], events=[], relations=[], aggregates=aggregates)


def test_a_list_of_abuses_gives_the_labels_of_its_kinds() -> None:
    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    listed = _extraction(("torture", 0), ("disappearance", 0), ("killing", 0))
    assert hb.predict(listed, None, mapping)["violation_types"] == ["enforced disappearance", "killing", "torture"]


def test_one_kind_alone_or_kinds_in_different_sentences_give_no_label() -> None:
    mapping = hb.Mapping.load(hb.DEFAULT_MAP)
    assert hb.predict(_extraction(("torture", 0)), None, mapping)["violation_types"] == ["unknown"]
    apart = _extraction(("torture", 0), ("killing", 200))
    assert hb.predict(apart, None, mapping)["violation_types"] == ["unknown"]


def test_nouns_listed_with_another_event_noun_are_kinds() -> None:
    found = kinds("The Tarvik Rights Centre compiled reports of torture, arbitrary arrest and unlawful killings.")
    assert ("torture", "torture") in found
    assert ("arrest", "arbitrary arrest") in found
    assert ("killing", "unlawful killings") in found


def test_a_noun_listed_with_nothing_is_no_kind() -> None:
    assert not kinds("The lawyer Omar Haddad spoke about the risk of detention.")


def test_listed_nouns_with_an_article_tell_occasions_not_kinds() -> None:
    assert not kinds("Police offered a reward for information leading to the arrest and conviction of the bombers.")


def test_a_kind_keeps_the_words_that_modify_it() -> None:
    assert kinds("Work place killings are rare in Tarvik, police say.") == [("killing", "Work place killings")]


def test_a_list_the_parser_breaks_is_read_on_the_surface() -> None:
    # the parser reads "torture, arbitrary detention" as an apposition and "enforced" as a verb whose subject is
    # "arbitrary detention": the list is still one of kinds, each noun beside another across a comma or "and"
    found = kinds("Monitors documented torture, arbitrary detention, enforced disappearances and harassment in Tarvik.")
    assert ("torture", "torture") in found
    assert ("detention", "arbitrary detention") in found
    assert ("disappearance", "disappearances") in found


def test_a_noun_before_the_comma_of_an_opening_phrase_is_no_item_of_a_list() -> None:
    found = kinds("In detention, torture and beatings were routine, the reporter Ana Berg said.")
    assert ("detention", "detention") not in found
