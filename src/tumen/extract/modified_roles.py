"""A gender word before the role noun that introduces a name: "woman human rights defender Kesta Qorl", "women
journalists Kesta Qorl and Vina Tell" (each a woman), "male nurse Doran Vell" (a man).

The parser often hangs such a phrase apart from the names ("defender" read as a verb, "journalists" as an object
of its own), so the description steps that follow the parse (:mod:`tumen.extract.role_descriptions`) miss the
gender word; this step reads the words right before the first word of a name (or of a list of names: "A, B and C"
after a plural role) instead. The gender word (``gender_modifiers`` in ``data/story_roles.yaml``) may stand
before the role noun itself or before adjectives that qualify it ("woman human rights defender"), never before
another noun ("women rights activist Kesta Qorl" is an activist for women's rights, of either sex; "a woman's
lawyer" is someone's lawyer) nor after "and" ("male and female journalists A and B" says nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.gender import explicit_votes
from tumen.extract.role_words import role_words, singular
from tumen.extract.types import Entity
from tumen.extract.vocab import load

MAX_QUALIFIERS = 3  # adjectives between the gender word and the role noun ("woman human rights defender": 2)


def vote_modified_roles(doc: Any, person_of: Callable[[Any], Entity | None]) -> None:
    """Give each person introduced by a role noun that a gender word modifies that gender, as an explicit cue."""
    modifiers: dict[str, str] = load("story_roles.yaml").get("gender_modifiers") or {}
    strong = float(load("kinship.yaml")["strong_gender_weight"])
    for token in doc:
        person = person_of(token)
        if person is None or (token.i > 0 and person_of(doc[token.i - 1]) is person):
            continue  # no name, or not its first word
        before, listed = _before_names(doc, token.i, person_of)
        if before < 0 or not _role_noun(doc[before], plural=listed):
            continue
        gender = _modifier_gender(doc, before, modifiers)
        if gender is not None and gender not in explicit_votes(person.gender_votes):
            person.gender_votes[gender] = person.gender_votes.get(gender, 0.0) + strong


def _before_names(doc: Any, start: int, person_of: Callable[[Any], Entity | None]) -> tuple[int, bool]:
    """The index of the word before the list of names whose name begins at ``start`` ("journalists A, B and C":
    "journalists" for each of A, B and C), and whether other names come before this one in the list. A name after
    a bare comma belongs to the list only when the list goes on after it: "women activists A and B, C told
    reporters" — C is no activist, but the one who speaks."""
    k, listed = start - 1, False
    current = person_of(doc[start])
    end = start
    while end < len(doc) and person_of(doc[end]) is current:
        end += 1
    while True:
        j = k
        while j >= 0 and k - j < 2 and doc[j].lower_ in (",", "and"):  # ", and"
            j -= 1
        earlier = person_of(doc[j]) if 0 <= j < k else None
        if earlier is None:
            return k, listed
        joined = any(doc[i].lower_ == "and" for i in range(j + 1, k + 1))
        if not joined and (end >= len(doc) or doc[end].lower_ not in (",", "and")):
            return k, listed  # "…, C told reporters": no item of the list
        end = j + 1
        while j >= 1 and person_of(doc[j - 1]) is earlier:
            j -= 1
        k, listed = j - 1, True


def _role_noun(token: Any, plural: bool) -> bool:
    """A lower-case role noun (``role_words``), whatever the tagger made of it ("defender" read as a verb); plural
    when it introduces a list of names."""
    if not token.is_lower or not token.is_alpha:
        return False
    words = role_words()
    if token.lower_ in words:
        return not plural
    return str(token.lemma_).lower() in words or singular(token.lower_) in words


def _people_word(token: Any) -> bool:
    """A noun for people ("workers", "migrants", "students"): a role word, or one in the singular."""
    words = role_words()
    lower = token.lower_
    return token.pos_ == "NOUN" and (lower in words or token.lemma_.lower() in words or singular(lower) in words)


def _modifier_gender(doc: Any, noun: int, modifiers: dict[str, str]) -> str | None:
    """The gender a gender word says before the role noun at ``noun`` or before adjectives that qualify it."""
    k = noun - 1
    while k >= 0 and noun - k <= MAX_QUALIFIERS + 1:
        word = doc[k]
        if word.lower_ in modifiers:
            after = doc[k + 1]
            if after.i != noun and after.pos_ != "ADJ":
                return None  # "women rights activist": a field of rights, not the activist's sex
            if k > 0 and doc[k - 1].pos_ == "CCONJ":
                return None  # "male and female journalists A and B"
            if any(_people_word(doc[i]) for i in range(k + 1, noun)):
                return None  # "female migrant workers activist": the workers are female, not the activist
            return modifiers[word.lower_]
        if not (word.is_lower and word.is_alpha) or word.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        k -= 1
    return None
