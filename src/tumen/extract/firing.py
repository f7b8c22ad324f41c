"""Shooting at people told by the firing (docs/extraction.md, "Firing on people"): "soldiers opened fire on the
protesters", "police fired on the crowd", "police fired tear gas at the marchers" — a shooting whose victims are the
people after "on" or "at" (``firing`` in data/events.yaml: the prepositions, and what is fired that is no weapon,
"fired questions at the minister"); and a wounding told by an active verb of people done by someone ("gunmen
attacked a checkpoint, wounding two soldiers", "rebels shelled the village, injuring five"): an attack, as the
passive "were wounded by gunmen" is (not "the blast injured five", nor "she injured her knee")."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract import collective_parties as parties
from tumen.extract import event_syntax as syntax
from tumen.extract import role_types, role_words
from tumen.extract.vocab import load

AGENTS = frozenset(["person", "group", "organization", "state_agent"])


@cache
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(str(w).lower() for w in v) for k, v in load("events.yaml")["firing"].items()}


def targets(finder: Any, verb: Any) -> list[Any]:
    """The people fired on: the objects of "on" or "at" of "fire", or of "opened fire" (on the verb or the noun
    "fire"), that are people — persons or groups the text names, or nouns of people ("the protesters")."""
    words = _words()
    lemma = finder.lemma(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in words["opening_verbs"]:
        if not any(o.lemma_.lower() in words["fire_verbs"] for o in objects):
            return []  # "opened the gate on Monday"
        holders = [verb, *(o for o in objects if o.lemma_.lower() in words["fire_verbs"])]
    elif lemma in words["fire_verbs"]:
        if any(o.lemma_.lower() in words["not_weapons"] or _people(finder, o) for o in objects):
            return []  # "fired three workers at the plant", "fired questions at the minister"
        holders = [verb]
    else:
        return []
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in words["prepositions"]]
    fired = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [o for t in fired for o in [t, *t.conjuncts] if _people(finder, o)]


def fires(finder: Any, verb: Any) -> bool:
    """Whether the verb is one of firing ("fired at", "opened fire on"), whose victims are those it is aimed at,
    not its object (:func:`targets`); "shot", "gunned down" take their object."""
    words = _words()
    lemma = finder.lemma(verb)
    return lemma in words["fire_verbs"] or lemma in words["opening_verbs"]


def fired_at(finder: Any, verb: Any) -> bool:
    """Whether the verb fires on people (:func:`targets`)."""
    return bool(targets(finder, verb))


def _people(finder: Any, token: Any) -> bool:
    whole = role_types.partitive_whole(token)
    return (
        ((found := finder.entity(whole)) is not None and finder.g.by_id(found).kind in ("person", "group"))
        or bool(parties.collective_members(whole, finder.entity, finder.g))
        or (whole.pos_ == "NOUN" and role_words.is_person_noun(whole))
        or whole.lower_ in _words()["people_pronouns"]
    )


def wounded_actively(finder: Any, verb: Any) -> bool:
    """An active verb of wounding whose object is people, or a bare count of them ("injuring five"), and whose doer
    (its own subject, or that of the clause its participle hangs on) is someone: "gunmen attacked a checkpoint,
    wounding two soldiers"; not "the blast injured five", "she injured her knee", "he injured himself"."""
    if verb.pos_ != "VERB" or syntax.passive(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_.endswith(("self", "selves")) for o in objects):
        return False  # "he injured himself"
    counted = any(o.pos_ == "NUM" and not any(c.dep_ == "prep" for c in o.children) for o in objects)
    if not counted and not any(_people(finder, o) for o in objects):
        return False
    subject = syntax.joined_subject(verb)  # "gunmen stormed the post and wounded two guards": the gunmen
    if subject is not None and subject.dep_ != "nsubj":
        subject = None  # an active subject only, as of the verb a passive one is joined to
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "…, shooting two protesters"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    subject = syntax.described(verb, subject) or subject
    return role_types.kind_of(finder, subject) in AGENTS or (
        subject.pos_ == "NOUN" and role_words.is_person_noun(subject)
    )
