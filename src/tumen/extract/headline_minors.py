"""A headline's bare "girl" or "boy" is the story's one named child (rules in docs/extraction.md, "gender").

Headlines drop their articles: in "Death of little girl who was kidnapped ruled a homicide", over a story that names
"abducted 2-year-old Tarvi Qolan", the girl is Qolan, who is therefore a girl. The walk of :mod:`tumen.extract.coref`
reads "the girl" only back from where it stands, and a headline stands before every name; so a singular noun of a
minor that says a gender (``descriptors`` of data/kinship.yaml with ``minor`` and ``gender``), with no determiner
nor possessor, in a line of its own, means the one named person of the story whom
:func:`tumen.extract.story_people.may_be_a_minor` lets it mean and nothing gives the other gender — none when two fit.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.previous_sentence import fits
from tumen.extract.story_people import may_be_a_minor
from tumen.extract.token_filter import tokens_where
from tumen.extract.unnamed_in_view import common_noun
from tumen.extract.vocab import load

HEADLINE_WORDS = 25  # a longer line that ends with no stop is no headline


def _headline(noun: Any, text: str) -> bool:
    """Whether a token stands in a line of its own that ends with no stop: a headline (the parser may split one
    in two sentences: "Death of little girl who was kidnapped | ruled a homicide")."""
    start = text.rfind("\n", 0, noun.idx) + 1
    end = text.find("\n", noun.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    return bool(line) and line[-1] not in ".!?:;\"”’'" and len(line.split()) <= HEADLINE_WORDS


@cache
def _minor_genders() -> dict[str, str]:
    """The descriptions of a minor that say a gender ("girl": female, "boy": male), read once."""
    descriptors = load("kinship.yaml")["descriptors"]
    return {w: str(i["gender"]) for w, i in descriptors.items() if i and i.get("minor") and i.get("gender")}


def _minor_gender(noun: Any, text: str) -> str | None:
    """The gender a headline's bare singular "girl"/"boy" says, or None for any other token."""
    gender = _minor_genders().get(noun.lemma_.lower())
    if gender is None or not common_noun(noun) or noun.tag_ != "NN":
        return None
    if any(c.dep_ in ("det", "poss") for c in noun.children) or not _headline(noun, text):
        return None
    return gender


def link(doc: Any, grouping: Grouping, tokens: dict[int, str], text: str) -> None:
    """Give each headline's bare minor noun to the one named minor it may mean, with its gender as an explicit
    cue (``strong_gender_weight``)."""
    strong = float(load("kinship.yaml")["strong_gender_weight"])
    minor = _minor_genders()
    for noun in tokens_where(doc, "LEMMA", lambda lemma: lemma.lower() in minor):  # no other word is one
        if noun.i in tokens or (gender := _minor_gender(noun, text)) is None:
            continue
        meant = [
            e
            for e in grouping.entities
            if e.kind == "person" and e.name is not None and fits(e, gender) and may_be_a_minor(e, text)
        ]
        if len(meant) == 1:
            tokens[noun.i] = meant[0].id
            meant[0].gender_votes[gender] = meant[0].gender_votes.get(gender, 0.0) + strong
