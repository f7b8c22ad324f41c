"""The title of a work names no one (docs/extraction.md, "Places and routes").

spaCy's small model tags the title of a film, a book, a song or a show as a person's, a place's or an organisation's
name ("the film Silent River", "his novel The Long Road", "she starred in Night Harbour"); the title then becomes a
person a story is about, or a victim. A name right after a noun for a work that modifies it, quoted or not
(``work_nouns`` of data/name_kinds.yaml: "film", "novel", "sitcom", "album"), a name in apposition to such a noun,
next to it but for the comma ("Night Harbour, a television drama,"), and a name after "in" after a verb of playing
in a work, or joined to one by "and" (``starring_verbs``: "starred in Cold Shore and Night Harbour"), and the names
a work noun lists with "like" or "such as" ("films like Glimmer and Sparkle") are a work's title: no mention of
anyone or anything, unless the gazetteer knows it as a place ("starred in Paris"). So is a name tagged a person's
that modifies a noun for a product (``product_nouns``: "the Tarvo web browser", "its Lumo home computer") or that
stands right after one as a title after a work's noun ("the dating app Tarvix"), or that such a noun lists ("brands
such as Crisp Oats and Lumo Flakes"), in every mention, unless one shows a person's evidence.

An award is no one either: a person's or a place's name ending with an award's word (``award_endings``: "a Halden
Award", "the Tarvik Awards") or a short name of an award (``award_names``: "won an Oscar", "Oscar night") unless the
short name is used as an award's: after an article, a possessive or a number ("won an Oscar", "his second Tony")
or modifying a lower-case word ("Oscar night", "Oscar-winning"), or before "winning" or "nominated"
(``award_followers``: "an Oscar winning writer"); "son Oscar, 8" and "referee Tony" stay persons.

Nor is a storm: a name opening with a word of a storm (``storm_words``: "Cyclone Idai", "Hurricanes Marla and
Oskar") names no one, no place and no organisation. Nor is a ship: a name right after a noun for a vessel that
modifies it, as after a work's noun (``vessel_nouns``: "the supertanker Sirius Holm", "the bulk carrier Veldra"), or
opening with such a noun capitalised ("Warship Tarvo fired flares"), unless a mention shows a person ("Carrier
Johnson, a union leader,"). A name after such a noun that opens a clause of its own, a finite verb with no object
right after it, is no title ("the app Ana Berg built was banned": the app that Ana Berg built).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract import places
from tumen.extract.vocab import load

TAGGED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
ARTICLES = frozenset({"a", "an", "the"})
QUOTES = frozenset({'"', "“", "‘", "``", "'"})
LISTING = frozenset({"like", "as"})  # "films like …", "novels such as …"


@cache
def name_kind_words(key: str) -> frozenset[str]:
    """One word list of ``name_kinds.yaml``: ``work_nouns``, ``award_endings``, ``award_names``, ``award_counters``,
    ``starring_verbs``, ``storm_words``, ``vessel_nouns``."""
    return frozenset(str(w) for w in load("name_kinds.yaml")[key])


def without_work_titles(doc: Any, mentions: list[Any]) -> None:
    """Take the titles of works, and the names of products tagged a person's, out of the mentions (in place)."""
    from tumen.extract.person_evidence import shown_persons  # person_evidence imports organisation_evidence

    kept, products = [], set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.label in TAGGED else None
        if span is None or not len(span):
            kept.append(m)
        elif m.kind == "person" and m.label == "PERSON" and _product_name(span):
            products.add(m.text)  # "its Adam home computer", Adam being a town too
            kept.append(m)
        elif places.lookup(m.text) is not None or not _work_title(span):
            kept.append(m)
    products -= shown_persons(doc, kept, products)
    mentions[:] = [m for m in kept if not (m.kind == "person" and m.label == "PERSON" and m.text in products)]


def _product_name(span: Any) -> bool:
    """ "the Tarvo web browser", "its Lumo home computer", "brands such as Crisp Oats and Lumo Flakes": a name whose
    head word modifies a lower-case noun for a product (``product_nouns``) within three words after it, that stands
    right after such a noun as a work's title after its noun ("the dating app Tarvix"), or that such a noun lists
    with "like" or "such as"."""
    root = span.root
    head = root.head
    if root.dep_ == "compound" and span.end <= head.i <= span.end + 2 and head.text.islower():
        return head.lower_ in name_kind_words("product_nouns")
    if _after_its_noun(span, name_kind_words("product_nouns")):
        return True  # "the dating app Tarvix"
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Crisp Oats and Lumo Flakes"
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in LISTING and prep.head.lower_ in name_kind_words("product_nouns")


def without_award_names(doc: Any, mentions: list[Any]) -> None:
    """Take the names of awards tagged a person's or a place's out of the mentions (in place)."""
    kept = []
    for m in mentions:
        words = [w for w in m.text.split() if w.lower() not in ARTICLES]
        if m.kind not in ("person", "place") or not words:
            kept.append(m)
        elif len(words) > 1 and words[-1] in name_kind_words("award_endings"):
            continue  # "a Halden Award", "the Tarvik Awards"
        elif " ".join(words) in name_kind_words("award_names") and _used_as_award(
            doc.char_span(m.start, m.end, alignment_mode="expand")
        ):
            continue  # "won an Oscar", "Oscar night"
        else:
            kept.append(m)
    mentions[:] = kept


def without_storm_and_vessel_names(doc: Any, mentions: list[Any]) -> None:
    """Take the names of storms and of ships opened by their noun out of the mentions (in place): "Cyclone Idai",
    "Hurricanes Marla", "Warship Tarvo"; not a person's a mention shows ("Ferry Wijaya, an activist,")."""
    from tumen.extract.person_evidence import shown_persons  # person_evidence imports organisation_evidence

    storms, vessels = name_kind_words("storm_words"), {w.capitalize() for w in name_kind_words("vessel_nouns")}
    ships = {m.text for m in mentions if any(m.text.startswith(w + " ") for w in vessels)}
    ships -= shown_persons(doc, mentions, ships)
    mentions[:] = [
        m
        for m in mentions
        if m.text not in storms and m.text not in ships and not any(m.text.startswith(w + " ") for w in storms)
    ]


def _used_as_award(span: Any) -> bool:
    """ "an Oscar", "his Oscar", "two Oscars", "Oscar night", "the Oscar host", "Oscar-winning": the short name
    with an article, a possessive or a number before it, or modifying a lower-case word; not "son Oscar, 8",
    "referee Tony" or "Oscar said"."""
    if span is None or not len(span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (
        before.lower_ in ARTICLES | name_kind_words("award_counters") or before.tag_ in ("PRP$", "CD")
    ):
        return True
    root = span.root
    head = root.head
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in name_kind_words("award_followers"):
        return doc[span.end + 1].tag_ not in ("DT", "PRP$")  # "an Oscar winning writer"; not "Oscar winning the race"
    return bool(
        root.dep_ in ("compound", "nmod", "npadvmod", "amod") and head.i > root.i and head.text[:1].islower()
    ) or (span.end < len(doc) and doc[span.end].text in ("-", "–"))


def _after_its_noun(span: Any, nouns: frozenset[str]) -> bool | None:
    """ "the film Silent River", "the tanker Holm", "the program “Tarva Semana,”": whether the name is one of
    ``nouns`` right before it (quotes between) names — a noun that modifies it or that it hangs on, or any such noun
    before quotes, which bound the title however it is parsed; None where no such noun stands before it."""
    doc, root = span.doc, span.root
    at = span.start - 1
    while at >= 0 and doc[at].text in QUOTES:
        at -= 1  # "the movie “Night Harbour”"
    before = doc[at] if at >= 0 else None
    if before is None or before.lower_ not in nouns or (before.tag_ not in ("NN", "NNS") and before.head.i != root.i):
        return None
    if at == span.start - 1 and _subject_of_a_gapped_clause(span):
        return False  # "the app Ana Berg built was banned": the app that Ana Berg built
    return bool(at < span.start - 1 or before.head.i == root.i or root.head.i == before.i)


def _subject_of_a_gapped_clause(span: Any) -> bool:
    """ "the app Ana Berg built was banned", "the yacht Ana Berg sailed on was seized": the name is followed by a
    finite verb with no object of its own — only particles, prepositions or adverbs between it and the next verb —
    so the name is the subject of a relative clause without "that", not the title after the noun ("the ship Tarvo
    sank near Holm" is the ship)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    at = span.end + 1
    while at < len(doc) and doc[at].tag_ in ("RP", "IN", "RB"):
        at += 1
    return at < len(doc) and (doc[at].tag_ in ("VBD", "VBZ", "VBP", "MD"))


def _work_title(span: Any) -> bool:
    doc, root = span.doc, span.root
    named = _after_its_noun(span, name_kind_words("work_nouns") | name_kind_words("vessel_nouns"))
    if named is not None:
        return named  # "the film Silent River", "the tanker Holm"
    comma_before = span.start > 1 and doc[span.start - 1].text == ","
    if (
        root.dep_ == "appos"
        and root.head.i == span.start - 2
        and comma_before
        and root.head.lower_ in name_kind_words("work_nouns")
    ):
        return True  # "… in the drama, Night Harbour"
    comma_after = span.end < len(doc) and doc[span.end].text == ","
    appositions = (c for c in root.children if c.dep_ == "appos" and c.left_edge.i == span.end + 1)
    if comma_after and any(c.lower_ in name_kind_words("work_nouns") for c in appositions):
        return True  # "Night Harbour, a television drama"
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "starred in Harry Lime and Night Harbour"
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in LISTING and prep.head.lower_ in name_kind_words("work_nouns"):
        return True  # "films like Glimmer and Sparkle", "novels such as Night Harbour"
    return prep is not None and prep.lower_ == "in" and str(prep.head.lemma_) in name_kind_words("starring_verbs")
