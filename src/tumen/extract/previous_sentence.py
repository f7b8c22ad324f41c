"""A pronoun that no person of its own sentence takes means a person of the sentence just before it, before anyone
met earlier whose gender is known to fit.

English continues the topic of the sentence before: its subject, or the one person it names. "Ivo Holm, the
editor of a weekly, was arrested in May. The case followed a report on smuggling, after which he was held for a
year" — he is Holm, even when a man met three sentences earlier is known to be a man and Holm's gender is not
known; "The verdicts follow the arrest of the writer Oona Berg in June. She was charged with treason" — she is
Berg, the only person of the sentence before. The subject of the main clause comes before one of a clause in it
("'Holm is innocent,' Berg said. He added …": Berg). A person whom anything, a pronoun too, gives the other
gender is passed over, and a sentence before that names several persons, none of them its subject, leaves the
ordinary choice (the most recent person whose gender fits, :mod:`tumen.extract.coref`). A pronoun inside a
quotation is left to that choice too: the speaker's topic need not be the narrator's last sentence ("'She was
only a student,' Holm said").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from tumen.extract.entities import Grouping
from tumen.extract.gender import explicit_votes, gender_of, given_name_gender, pronoun_votes
from tumen.extract.nlp import sentence_at
from tumen.extract.quotation_marks import opened_on_line
from tumen.extract.types import Entity
from tumen.extract.vocab import load


def previous_person(
    token: Any,
    text: str,
    gender: str,
    candidates: Collection[tuple[float, str]],
    last_seen: Mapping[str, int],
    last_subject: Mapping[str, int],
    grouping: Grouping,
) -> str | None:
    """The person of the sentence before the pronoun ``token`` (in ``text``) it means (see the module), or None: one of
    the ``candidates`` (salience, person id) of ``grouping``, whose last mention and last mention as a subject
    ``last_seen`` and ``last_subject`` give."""
    sent = token.sent
    before = sentence_at(token, -1)
    if before.start == sent.start or (opened_on_line(text, token.idx) and not _goes_on(token, before, text)):
        return None  # a quotation's pronoun is its speaker's to choose, not the narrator's
    named = [e for _s, e in candidates if before.start <= last_seen[e] < sent.start]
    fitting = [e for e in named if fits(grouping.by_id(e), gender)]
    doc = token.doc
    subjects = sorted(
        (_rank(doc[last_subject[e]]), e) for e in fitting if before.start <= last_subject.get(e, -1) < sent.start
    )
    if subjects:
        return subjects[0][1]
    return fitting[0] if len(named) == 1 and fitting else None


def fits(entity: Entity, gender: str) -> bool:
    """Does nothing the entity's votes say, a single pronoun's included, nor its given name when they say
    nothing stronger ("Anthony Brell"), give it the other gender?"""
    said = gender_of(entity.gender_votes)[0]
    if said is None or (_lone_pronoun(entity) and not explicit_votes(entity.gender_votes)):
        said = given_name_gender(entity) or said  # a given name decides over a single pronoun (gender.gender_of)
    return said in (gender, None)


def _lone_pronoun(entity: Entity) -> bool:
    votes = pronoun_votes(entity.gender_votes)
    return bool(votes) and max(votes.values()) <= float(load("kinship.yaml")["pronoun_weight"])


def _goes_on(token: Any, before: Any, text: str) -> bool:
    """Is ``token`` the first word of a quotation that follows, in the same paragraph, a sentence the narrator tells
    with no quotation mark? The speaker takes up the narrator's last sentence: "A second broker contacted her. “He
    said: …” she recalls" — he is the broker."""
    between = text[before.start_char : token.idx - 1]
    return text[token.idx - 1 : token.idx] in '“"' and not any(m in between for m in '“”"\n')


def _rank(word: Any) -> tuple[bool, bool, int]:
    """Subjects of a sentence, the main clause's first ("'Holm was there,' Berg said": Berg), a name's head word
    before the words that modify it ("party leader Ivo Holm": Holm), then in order."""
    head = word
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    verb = head.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return not main, word.dep_ in ("compound", "flat"), word.i
