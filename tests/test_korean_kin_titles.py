"""A Korean kinship word right before a name is that person's title ("남편 김철수 씨가": her husband Kim Chol-su),
not a second, unnamed relative beside the named one (docs/extraction.md, "Korean"). Invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction


def run(text: str) -> Extraction:
    return extract(Source(text, 1, "ko", date(2020, 5, 22)))


def test_the_titled_name_is_the_victim_and_no_unnamed_husband_is_made() -> None:
    x = run("박영희 씨는 남편 김철수 씨가 2019년 3월 회령에서 체포됐다고 말했다.")
    names = {e.id: e.name or e.descriptor for e in x.entities if e.kind == "person"}
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert {names[p.entity] for p in arrest.participants if p.role == "victim"} == {"김철수"}
    assert sorted(n for n in names.values() if n) == ["김철수", "박영희"]


def test_a_kinship_word_without_a_name_after_it_is_still_the_relative() -> None:
    x = run("박영희 씨는 남편이 2019년 3월 회령에서 체포됐다고 말했다.")
    names = {e.id: e.name or e.descriptor for e in x.entities if e.kind == "person"}
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert {names[p.entity] for p in arrest.participants if p.role == "victim"} == {"husband"}
