"""The narrator of a first-person account is a person of the story, and "born in Tarvik in 1985" is a birth
(docs/extraction.md, "The narrator of a first-person account"), on invented sentences."""

from __future__ import annotations

from datetime import date

from tumen.extract.document import Source, extract
from tumen.extract.types import Extraction

ACCOUNT = (
    "I was born in Tarvik in 1985. When I was 19, my father was taken away by the police. "
    "We never saw him again. In 2006 I crossed the river with my mother. I reached Holm in 2009."
)


def _extract(text: str) -> Extraction:
    return extract(Source(text, 1, "en", date(2019, 5, 1)))


def _narrators(x: Extraction) -> list[str]:
    return [e.id for e in x.entities if e.kind == "person" and e.descriptor == "narrator"]


def test_a_first_person_account_has_its_narrator() -> None:
    x = _extract(ACCOUNT)
    [narrator] = _narrators(x)
    assert x.entity(narrator).name is None
    assert x.entity(narrator).birth is not None and x.entity(narrator).birth.earliest == date(1985, 1, 1)
    relatives = {(r.type, x.entity(r.object).descriptor) for r in x.relations if r.subject == narrator}
    assert {("child_of", "father"), ("child_of", "mother")} <= relatives
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert arrest.time is not None and arrest.time.earliest.year == 2004  # the narrator's 19th year
    [crossing] = [e for e in x.events if e.type == "border_crossing"]
    assert narrator in {p.entity for p in crossing.participants}


def test_a_reporters_aside_makes_no_narrator() -> None:
    x = _extract("Police arrested Ana Ruiz in May. I asked her lawyer why. He did not answer.")
    assert _narrators(x) == []


def test_quoted_first_person_is_the_speakers() -> None:
    x = _extract("“I was arrested in 2009,” said Ana Ruiz. “My son was beaten. I never saw him again.”")
    assert _narrators(x) == []
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert [x.entity(p.entity).name for p in arrest.participants if p.role == "victim"] == ["Ana Ruiz"]


def test_a_birth_told_with_its_place() -> None:
    x = _extract("Ana Ruiz was born in Tarvik in 1985. She fled in 2004.")
    [ana] = [e for e in x.entities if e.name == "Ana Ruiz"]
    assert ana.birth is not None and (ana.birth.earliest, ana.birth.latest) == (date(1985, 1, 1), date(1985, 12, 31))


def test_first_person_words_only_late_in_a_long_report_make_no_narrator() -> None:
    opening = "Police in Tarvik arrested the activist Ana Ruiz on Monday, her lawyer said. " * 30
    late = "Her sister added: I wish they would free her. I miss my sister. I pray for her every day."  # no marks
    x = _extract(opening + "\n\n" + late)
    assert _narrators(x) == []


def test_a_narrator_of_whom_nothing_is_told_is_no_person() -> None:
    x = _extract("I think the trial was unfair. I have followed it for years. My view is that Ana Ruiz was framed.")
    assert _narrators(x) == []


def test_the_one_author_of_a_byline_names_the_narrator() -> None:
    x = _extract("By Max Holm\n\nI was arrested on Friday on a false charge. I spent two days in jail. I am free now.")
    [narrator] = _narrators(x)
    assert x.entity(narrator).name == "Max Holm"
    [arrest] = [e for e in x.events if e.type == "arrest"]
    assert [p.entity for p in arrest.participants if p.role == "victim"] == [narrator]


def test_he_and_she_are_never_the_narrator() -> None:
    x = _extract("I met Tomas Berg in Seoul last year. He told me he was beaten in prison in 2010. I believed him.")
    [beating] = [e for e in x.events if e.type == "torture"]
    assert [x.entity(p.entity).name for p in beating.participants if p.role == "victim"] == ["Tomas Berg"]


def test_quotations_in_guillemets_or_single_quotes_make_no_narrator() -> None:
    for opening, closing in (("«", "»"), ("'", "'"), ("‘", "’")):
        text = (
            f"Ana Berg recalls the night. {opening}I was arrested at midnight,{closing} she said. "
            f"{opening}My father was beaten. They took me to the station,{closing} she added."
        )
        assert _narrators(_extract(text)) == []


def test_an_apostrophe_inside_a_single_quotation_does_not_end_it() -> None:
    # "can’t", "don’t": the quotation goes on to its closing mark; its first-person words are Ana Berg's
    text = (
        "Ana Berg wrote to the court in 2019: ‘I can’t find my son. I don’t know where he is. "
        "They won’t tell me anything.’ The court did not answer."
    )
    assert _narrators(_extract(text)) == []


def test_a_clitic_split_from_its_word_opens_no_quotation() -> None:
    # tokenised text: "it 's" is no opening mark that would hide the narrator's words up to a later mark
    text = (
        "I was born in Tarvik , and it 's there that I grew up on my father ' s farm .\nIn 2006 I crossed the river ."
    )
    assert len(_narrators(_extract(text))) == 1
