"""Korean light verbs and relatives "with" someone, on invented sentences (docs/extraction.md, "Korean"): a
verbal noun's 하다 with the object particle before it (탈북을 했다 is 탈북했다); "딸과 함께" takes the daughter
and her mother."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.korean.vocabulary import light_verb
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 22)))


def told(x: Extraction, kind: str) -> list[tuple[str, set[str], int | None]]:
    names = {e.id: e.name or e.descriptor or "" for e in x.entities}
    return [
        (e.modality, {names[p.entity] for p in e.participants}, e.time.earliest.year if e.time else None)
        for e in x.events
        if e.type == kind
    ]


def test_a_crossing_told_with_the_particle_is_the_crossing() -> None:
    x = run("한바다 씨는 2006년 두만강 근처에서 탈북을 했다.")
    assert told(x, "border_crossing") == [("asserted", {"한바다"}, 2006)]


def test_a_defection_told_with_the_particle_is_the_crossing() -> None:
    x = run("한바다 씨는 2011년 귀순을 했다고 말했다.")
    assert told(x, "border_crossing") == [("asserted", {"한바다"}, 2011)]


def test_the_particle_form_keeps_its_modality() -> None:
    x = run("한바다 씨는 2006년 탈북을 하다 체포됐다.")
    assert told(x, "border_crossing") == [("failed", {"한바다"}, 2006)]


def test_only_the_endings_of_hada_take_the_particle() -> None:
    assert light_verb("체포(?:됐|되|했)") == r"체포(?:을|를)\s?(?:했)"
    assert light_verb("고문(?:을 당|당|받)") is None  # no ending of 하다: "고문을 당했다" is written out
    assert light_verb("국경을 넘") is None


def test_a_relative_with_someone_takes_part_with_them() -> None:
    x = run("한바다 씨는 2006년 딸과 함께 두만강을 건넜다. 그 뒤 한바다 씨는 아들과 같이 체포됐다.")
    assert told(x, "border_crossing") == [("asserted", {"한바다", "daughter"}, 2006)]
    assert told(x, "arrest") == [("asserted", {"한바다", "son"}, 2006)]


def test_relatives_listed_as_the_object_are_not_with_the_doer() -> None:
    x = run("한바다 씨는 2006년 어머니와 형을 고발했다.")
    [denunciation] = [e for e in x.events if e.type == "denunciation"]
    roles = {(p.role, x.entity(p.entity).name or x.entity(p.entity).descriptor) for p in denunciation.participants}
    assert roles == {("subject", "한바다"), ("victim", "mother"), ("victim", "brother")}
