"""A "name" whose every word the parser reads as a common word is no person's (docs/extraction.md, "Places and
routes").

spaCy's small model tags capitalised common words a person's name where a headline or a sentence opens with them
("Story Created: Aug 7", "Vigils followed the shooting", "Courtesy of the paper"). A person's mention whose words
the parser tags all as common nouns, verbs, adjectives or adverbs — none a proper noun, a listed given name or the
last word of a longer person's name in the document — is taken out, unless a title or an initial stands right
before it ("Sen. James O. Eastland", "H.R. Tarvell"), a noun modifies it from before ("slain radio host Raed
Fares") or a role stands beside it ("Fares, a blogger"). A word the document tags a proper noun elsewhere is a
name's ("H.R. Tarvell told him … Tarvell: Yes"); a people's name ("Turkmens go to the polls") is left to the rules
of peoples. So is a "name" made only of titles' words ("police Sgt. Ivo Reck" read as "Sgt"), of two names of months or
weekdays or more ("Edited Mon Dec 19") or of one month's abbreviation that is no given name ("ships Oct. 18"; not
"Jan"), wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from tumen.extract import places, role_words
from tumen.extract.gender import is_given_name
from tumen.extract.vocab import load

INITIALS = re.compile(r"(?:[A-Z]\.)+")
COMMON_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBZ", "VBP", "JJ", "RB"})


def without_common_word_names(doc: Any, mentions: list[Any]) -> None:
    """Take out the person mentions made of common words only (in place)."""
    bearers: dict[str, set[str]] = {}  # last word of a person's name of two words or more -> those names
    for o in mentions:
        if o.kind == "person" and " " in o.text:
            bearers.setdefault(o.text.split()[-1], set()).add(o.text)
    kept, proper = [], None
    for m in mentions:
        if m.kind == "person" and _titles_or_dates(m.text, partial(_dated, doc, m)):
            continue  # "police Sgt. Ivo Reck" read as "Sgt"; "Edited Mon Dec 19"
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.label == "PERSON" else None
        if span is None or not len(span) or not _common_words(span, bearers) or _shown_a_person(span):
            kept.append(m)
            continue
        if proper is None:  # the words the document tags a proper noun somewhere: "H.R. Tarvell … Tarvell: Yes"
            proper = {t.text for t in doc if t.tag_ in ("NNP", "NNPS")}
        if any(t.text in proper for t in span):
            kept.append(m)
    mentions[:] = kept


@cache
def _title_words() -> frozenset[str]:
    """The titles of data/kinship.yaml in lower case and without a dot: "sgt", "capt", "sheriff"."""
    return frozenset(str(t).rstrip(".").lower() for t in load("kinship.yaml")["titles"])


@cache
def _date_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names of months and weekdays with their abbreviations ("oct", "mon"), the abbreviations alone ("mon",
    "dec"; not "may", a full name), and the abbreviations of months alone that are no given names too
    (``dated_names`` of data/name_kinds.yaml: "Jan", "Jun")."""
    en = load("time_words.yaml")["en"]
    every = {str(w) for names in [*en["months"].values(), *en["weekdays"].values()] for w in names}
    full = {str(names[0]) for names in [*en["months"].values(), *en["weekdays"].values()]}
    taken = {str(w).lower() for w in load("name_kinds.yaml")["dated_names"]}
    short = {str(w) for names in en["months"].values() for w in names[1:]} - taken
    return frozenset(every), frozenset(every - full), frozenset(short)


def _titles_or_dates(name: str, dated: Callable[[], bool]) -> bool:
    """A "name" of titles' words only ("Sgt", "Police Chief" no), or one month's abbreviation ("Oct"; not "Jan", a
    given name too, nor "June" or "Sun"), or two names of months or weekdays or more of which one at least is an
    abbreviation, all abbreviations ("Mon Dec") or with a number beside them (``dated``: "Sun Dec 19"); full names
    of months with another word are given names ("May Sun", "April Sun")."""
    words = [w.lower() for w in name.replace(".", " ").split()]
    if not words:
        return False
    if all(w in _title_words() for w in words):
        return True
    every, abbreviations, short = _date_words()
    if not all(w in every for w in words):
        return False
    if len(words) == 1:
        return words[0] in short
    if all(w in abbreviations for w in words):
        return True
    return any(w in abbreviations for w in words) and dated()


def _dated(doc: Any, mention: Any) -> bool:
    """A number right before the mention or right after it (past a dash or a comma): "Sun Dec 19", "19 Dec Mon"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    after = [t for t in doc[span.end : span.end + 2] if not t.is_space]
    if after and after[0].text in ("-", ",", "."):
        after = after[1:]
    before = doc[span.start - 1] if span.start > 0 else None
    return bool(after and after[0].like_num) or (before is not None and before.like_num)


def _common_words(span: Any, bearers: dict[str, set[str]]) -> bool:
    """Whether every word of the span is tagged a common word, and none is a given name or another person's
    surname; a people's name is none ("Turkmens go to the polls")."""
    if places.is_demonym(span.text):
        return False
    for t in span:
        if t.tag_ not in COMMON_TAGS or is_given_name(t.text) or bearers.get(t.text, set()) - {span.text}:
            return False
    return span.text not in bearers


def _shown_a_person(span: Any) -> bool:
    """A title or an initial right before the name, a noun that modifies it from before ("slain radio host Raed
    Fares"), or a role beside it ("Fares, a blogger")."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1].text if span.start > 0 else ""
    initial = span.start > 1 and len(doc[span.start - 2].text) == 1 and doc[span.start - 2].text.isupper()
    if before in load("kinship.yaml")["titles"] or (before == "." and (initial or span.start != span.sent.start)):
        return True  # "Sen. James O. Eastland": an initial's dot
    if INITIALS.fullmatch(before):
        return True  # "H.R. Tarvell"
    beside = [c for c in root.children if not span.start <= c.i < span.end]
    if any(c.dep_ in ("compound", "nmod") and c.i < span.start and c.tag_ in ("NN", "NNS") for c in beside):
        return True  # "slain radio host Raed Fares": a noun before the name says who it is
    return any(c.dep_ in ("amod", "appos") and role_words.is_role_word(c) for c in beside)
