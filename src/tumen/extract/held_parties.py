"""A "they" handed over, sent back or held is the group of people the story holds, not the officials who tell of it.

"Officials said they were in talks about the refugees when they learned that they had been handed over to the
embassy": the third "they" is no official — one hands over, deports or arrests persons who can be held. A "they"
or "them" that names no one (no person, no party named before it) and is the patient of such an event
(``lists.held_events`` in data/events.yaml) stands for the nearest plural before it, in its own sentence or up to
PARTY_SENTENCES back, that names such persons: a noun of ``lists.held_persons`` (refugees, defectors, detainees…)
or, in its own sentence or the one before, a plural people's name ("the young Velmans"; not one told of another
matter further back: "… how the Velmans duped them. Allies of Ana Berg formed a council. But authorities have been
rounding them up" are the allies, whom no list names: no victim), never an official, a police force or a speaker.
A bare "the refugees" is the group told before with the same noun ("seven Eritrean refugees"); with none the
search goes on to the people's name before it ("The young Eritreans were arrested … about the refugees … they had
been handed over": the Eritreans); with neither no one is the victim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.collective_parties import PARTY_SENTENCES
from tumen.extract.nlp import sentence_at
from tumen.extract.victim_lists import list_words

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder

PLURALS = ("NNS", "NNPS")


def held_antecedent(finder: EventFinder, token: Any, event_type: str) -> Any | None:
    """The word naming the group a patient "they" or "them" of a holding event stands for, else None."""
    if token.lower_ not in ("they", "them") or finder.entity(token) is not None:
        return None
    if event_type not in list_words("held_events"):
        return None
    far = sentence_at(token, -PARTY_SENTENCES).start
    near = sentence_at(token, -1).start  # a people's name only from here: not one told of another matter before
    for candidate in (token.doc[i] for i in range(token.i - 1, far - 1, -1)):
        if candidate.tag_ not in PLURALS or candidate.dep_ in ("compound", "amod"):
            continue
        group = _group(finder, candidate)
        held = candidate.lemma_.lower() in list_words("held_persons")
        if held and (found := candidate if group is not None else _told_before(finder, candidate)) is not None:
            return found
        if group is not None and candidate.pos_ == "PROPN" and candidate.i >= near:
            return candidate  # "the young Velmans"
    return None


def _group(finder: EventFinder, token: Any) -> str | None:
    found = finder.entity(token) or finder.group_of(token)
    return found if found is not None and finder.g.by_id(found).kind == "group" else None


def _told_before(finder: EventFinder, noun: Any) -> Any | None:
    """ "the refugees": the last mention before of the same noun that names a group ("seven Eritrean refugees")."""
    lemma = noun.lemma_.lower()
    for earlier in (noun.doc[i] for i in range(noun.i - 1, -1, -1)):
        if earlier.tag_ in PLURALS and earlier.lemma_.lower() == lemma and _group(finder, earlier) is not None:
            return earlier
    return None
