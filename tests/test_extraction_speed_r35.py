"""Round 35's cheaper paths give the answers of the ones they replace: the entity of each token from one table
(``Grouping.token_entity`` against ``entity_at``), sentences built once (``nlp.sentence_at``), a span's text cut from
the document's (``nlp.span_text``), the parsed text kept with the document (``nlp.parse_many``), the facility scan
tried only where a name's word starts, company endings looked up by hash and the bodily acts' verbs screened by
lemma."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tumen.extract import nlp, places
from tumen.extract.bodily_cues import _act_starts
from tumen.extract.entities import Grouping, group
from tumen.extract.mentions import find_mentions
from tumen.extract.organisation_evidence import _ending_hashes, company_endings
from tumen.extract.types import Entity

TEXT = (
    "Ana Berg, a teacher at Tarvo Foods Corp., met Ivo Holm in Varn on Monday.\n\n"
    "Holm said Berg and her brother Pel Berg had been held by police in Lindmark for two weeks. "
    "She was released.  He was not."
)


def _entity_at(grouping: Grouping, token: Any) -> str | None:
    return grouping.entity_at(token.idx, token.idx + len(token.text))


def test_token_entity_is_entity_at_of_every_token() -> None:
    doc = next(nlp.parse_many([TEXT]))
    grouping = group(TEXT, find_mentions(doc, None))
    assert any(grouping.token_entity(t) for t in doc)
    assert [grouping.token_entity(t) for t in doc] == [_entity_at(grouping, t) for t in doc]


def test_token_entity_follows_the_spans() -> None:
    doc = next(nlp.parse_many([TEXT]))
    grouping = group(TEXT, find_mentions(doc, None))
    varn = next(t for t in doc if t.text == "Varn")
    monday = next(t for t in doc if t.text == "Monday")
    assert grouping.token_entity(monday) is None
    day = grouping.new("place", "Monday")
    grouping.add_span(day, monday.idx, monday.idx + len(monday.text), monday.text)  # an added span is seen at once
    assert grouping.token_entity(monday) == day.id == _entity_at(grouping, monday)
    gone = grouping.token_entity(varn)
    grouping.spans[:] = [s for s in grouping.spans if s[2] != gone]  # removed in place (as capital_names does)
    assert grouping.token_entity(varn) is None and _entity_at(grouping, varn) is None
    grouping.sort_spans()
    assert [grouping.token_entity(t) for t in doc] == [_entity_at(grouping, t) for t in doc]


def test_overlapping_spans_give_the_first_in_list_order() -> None:
    doc = nlp.english()("Mara Tull Vell spoke.")
    grouping = Grouping()
    later, earlier = Entity(id="p2", kind="person", name="Tull Vell"), Entity(id="p1", kind="person", name="Mara")
    grouping.entities += [later, earlier]
    grouping.spans += [(5, 14, "p2"), (0, 9, "p1"), (3, 3, "p3")]  # "Tull Vell", "Mara Tull", empty inside "Mara"
    assert [grouping.token_entity(t) for t in doc] == ["p1", "p2", "p2", None, None]
    assert [grouping.token_entity(t) for t in doc] == [_entity_at(grouping, t) for t in doc]


def test_sentences_are_built_once_per_document() -> None:
    first = nlp.english()("Ana Berg was arrested. She was held in Varn.")
    second = nlp.english()("Ivo Holm fled. He was caught. He was sent back.")
    held = next(t for t in first if t.text == "held")
    assert nlp.sentence_at(held, 0) is nlp.sentence_at(held, 0)
    caught = next(t for t in second if t.text == "caught")
    assert nlp.sentence_at(caught, 0).text == "He was caught."  # another document: its own sentences
    assert nlp.sentence_at(held, -1).text == "Ana Berg was arrested." and nlp.sentence_at(held, 0) == held.sent


def test_span_text_is_the_spans_text() -> None:
    doc = next(nlp.parse_many([TEXT]))
    spans = [*doc.sents, doc[2:7], doc[len(doc) - 1 :]]
    assert [nlp.span_text(s) for s in spans] == [s.text for s in spans]


def test_parsed_documents_keep_their_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "SECTION_CHARS", 120)  # the long text is parsed in sections and joined
    long = TEXT + "\n\n" + TEXT
    short, joined = nlp.parse_many(["Ivo Holm fled to Varn. ", long])
    assert nlp.text_of(short) == short.text == "Ivo Holm fled to Varn. "
    assert nlp.text_of(joined) == joined.text == long


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Vell was sent to Kaechon internment camp, then to the Yodok prison camp.",
        "x-Yodok prison camp, _Yodok prison camp and yodok  PRISON\ncamp; the DMZ, the dmz, the \u212aaechon Kyohwaso.",
        "No facility at all, only Kyohwaso No. 12 and Kyohwaso No. 1 and Kyohwaso No. 123.",
    ],
)
def test_facility_scan_finds_what_the_pattern_finds(text: str) -> None:
    def make(start: int, end: int, found: str, *_rest: object, **_kw: object) -> tuple[int, int, str]:
        return start, end, found

    pattern = places.facility_pattern()
    expected = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
    expected = [e for e in expected if places._listed().get(places.fold(e[2])) is not None]
    assert places.facility_mentions(text, make) == expected


def test_company_endings_by_hash() -> None:
    from spacy.strings import get_string_id

    endings = company_endings()
    for word in [*endings, *(e.rstrip(".") for e in endings), "Corps", "co", "Tarvo", "N.V.x", "Inc.."]:
        assert (get_string_id(word) in _ending_hashes()) == (word in endings or f"{word}." in endings)


def test_act_starts_are_the_lemmas_an_act_may_begin_with() -> None:
    starts = _act_starts(("give birth", "miscarry", "go into labour"))
    assert starts == {"give birth", "give", "miscarry", "go into labour", "go", "go into"}
    assert re.fullmatch(r"\w+", "give") and "birth" not in starts
