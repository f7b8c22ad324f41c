"""A quotation whose speaker a pronoun after it tells ("“… my brother …,” she said"): the person that pronoun means,
known from the quotation's start, has its relatives, its "I" and not its "he" (docs/extraction.md, "Machine-translated
and careless text; gender; …": quotations and their speakers; module tumen.extract.foretold_speakers). Invented
sentences."""

from __future__ import annotations

from test_event_senses import of_type, run
from test_quotation_speakers import _person
from tumen.extract.types import Extraction

TESTIMONY = (
    "Hana Seo, 52, left Chongjin in 2011. “In 2007 my brother was taken away by the police. My aunt told me he had "
    "been sent to a labour camp. I was arrested in 2009,” she said."
)


def _victims(x: Extraction, event_type: str) -> set[str]:
    return {p.entity for e in of_type(x, event_type) for p in e.participants if p.role == "victim"}


def _related(x: Extraction, one: str, other: str) -> bool:
    return any({r.subject, r.object} == {one, other} for r in x.relations)


def test_relatives_in_a_quotation_a_she_said_closes_are_the_woman_named_before() -> None:
    x = run(TESTIMONY)
    seo, brother, aunt = _person(x, "Hana Seo"), _person(x, "brother"), _person(x, "aunt")
    assert _related(x, seo.id, brother.id) and _related(x, seo.id, aunt.id)


def test_he_in_such_a_quotation_is_the_relative_not_the_woman_who_speaks() -> None:
    x = run(TESTIMONY)
    assert _victims(x, "detention") == {_person(x, "brother").id}  # "he had been sent to a labour camp"
    assert _person(x, "Hana Seo").gender == "female"  # the brother's "he" gives her no vote


def test_i_in_such_a_quotation_is_the_woman_who_speaks() -> None:
    x = run(TESTIMONY)
    assert _victims(x, "arrest") == {_person(x, "Hana Seo").id, _person(x, "brother").id}  # "I was arrested": hers


def test_she_said_two_women_fit_hangs_the_relatives_on_neither() -> None:
    x = run(
        "Hana Seo and Yuna Cho left Chongjin in 2011. “In 2007 my brother was taken away by the police. My aunt told "
        "me he had been sent to a labour camp,” she said."
    )
    women = {_person(x, "Hana Seo").id, _person(x, "Yuna Cho").id}
    assert not any({r.subject, r.object} & women for r in x.relations)


def test_the_woman_who_spoke_just_before_is_the_she_of_the_next_quotation() -> None:
    x = run(
        "Lena Holm and Ana Varga were detained in 2015. “We were beaten,” Holm told the forum. “I ask for the "
        "release of my sister,” she said."
    )
    assert _related(x, _person(x, "Lena Holm").id, _person(x, "sister").id)


def test_she_said_before_the_quotation_gives_it_the_same_speaker() -> None:
    x = run(
        "Hana Seo, 52, left Chongjin in 2011. She recalled: “In 2007 my brother was taken away by the police. My aunt "
        "told me he had been sent to a labour camp. I was arrested in 2009.”"
    )
    seo = _person(x, "Hana Seo")
    assert _related(x, seo.id, _person(x, "brother").id)
    assert _victims(x, "detention") == {_person(x, "brother").id} and seo.id in _victims(x, "arrest")


def test_a_she_further_on_tells_no_speaker_of_the_quotation() -> None:
    x = run(
        "Rosa Lind, 40, and Ivo Marsh were held in Tarvik. “Then they took my son away,” Marsh said in 2019.\n"
        "“They beat my son in front of me.” The woman later told police she had testified against the guards."
    )
    assert not _related(x, _person(x, "Rosa Lind").id, _person(x, "son").id)
