"""A group described by a role, whose members the next sentence names: "Police arrested two journalists who were
covering the march. They were identified as Anna Berg and Ivo Holm" — both are journalists.

The next sentence must open with "They" (``group_member_subjects`` of ``data/story_roles.yaml``) as the
subject of a naming verb (``naming_verbs`` of ``data/events.yaml``: "identified", "named") followed by "as" and
the names (those before its next verb); the sentence before must hold one plural role noun only, and, when a
number counts it ("two journalists"), the names must be that many.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from tumen.extract.types import Entity
from tumen.extract.victim_lists import list_words
from tumen.extract.vocab import load

PLURAL = ("NNS", "NNPS")


def add_named_members(
    doc: Any,
    person_of: Callable[[Any], Entity | None],
    role_of: Callable[[Any], str | None],
    phrase_of: Callable[[Any, str], str],
    count_of: Callable[[Any], int | None],
) -> None:
    """Gives the persons "They were identified as …" names the role of the plural noun of the sentence before,
    when nothing else describes them."""
    naming = list_words("naming_verbs")
    subjects = {str(w) for w in load("story_roles.yaml").get("group_member_subjects") or []}
    for before, sentence in pairwise(doc.sents):
        opener = sentence[0]
        verb = opener.head
        if opener.lower_ not in subjects or opener.dep_ != "nsubjpass" or verb.lemma_.lower() not in naming:
            continue
        as_word = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"), None)
        if as_word is None:
            continue
        persons: list[Entity] = []
        for token in sentence[as_word.i + 1 - sentence.start :]:  # the names up to the next verb (the parser
            if token.pos_ in ("VERB", "AUX"):  # may hang a name of the list on the verb)
                break
            person = person_of(token)
            if person is not None and person not in persons:
                persons.append(person)
        groups = [(t, w) for t in before if t.tag_ in PLURAL and (w := role_of(t)) is not None]
        if len(persons) < 2 or len(groups) != 1:
            continue
        noun, word = groups[0]
        number = next((c for c in noun.children if c.dep_ == "nummod"), None)
        if number is not None and count_of(number) != len(persons):
            continue
        for person in persons:
            if person.descriptor is None:
                person.descriptor = phrase_of(noun, word)
