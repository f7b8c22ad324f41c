"""The English event vocabulary (``data/events.yaml``) as lookups: triggers by verb lemma,
verb+particle phrase and noun, each type's roles, destination places and modality words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract.vocab import load


@dataclass(frozen=True)
class Trigger:
    type: str
    requires: str | None
    kind: str  # verb | noun
    modality: str | None = None  # a trigger that is itself a demand or an offer ("demanded 500 dollars")
    # a sense told besides the verb's next one ("released to South Korea": arrived, and freed), always (True) or
    # when a condition of ``requires``'s kind holds ("defected to South Korea via the JSA": arrived, and crossed there)
    also: bool | str = False
    negated: bool = False  # a sense the verb's own negation tells ("never came back": disappeared)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Trigger]]
    phrases: dict[tuple[str, str], Trigger]
    nouns: dict[str, Trigger]
    noun_senses: dict[str, list[Trigger]]  # nouns whose sense needs a condition ("an escape from the camp")
    roles: dict[str, tuple[str, str]]  # type -> (subject role, object role)
    negated: dict[tuple[str, str], Trigger]  # (verb, particle or "") -> the sense its negation tells
    harms: frozenset[str] = frozenset()  # types of harm done to someone: a fact even of someone only described
    people_harms: frozenset[str] = frozenset()  # harms of people only: a fact of persons described or counted
    phrase_heads: frozenset[str] = frozenset()  # the verbs that head a phrase of ``phrases`` ("send" of "send back")


@cache
def lexicon() -> Lexicon:
    data = load("events.yaml")["types"]
    verbs: dict[str, list[Trigger]] = {}
    phrases: dict[tuple[str, str], Trigger] = {}
    nouns: dict[str, Trigger] = {}
    noun_senses: dict[str, list[Trigger]] = {}
    roles: dict[str, tuple[str, str]] = {}
    negated: dict[tuple[str, str], Trigger] = {}
    for name, spec in data.items():
        roles[name] = (spec["subject_role"], spec["object_role"])
        for lemma, options in (spec.get("verbs") or {}).items():
            options = options or {}
            trigger = Trigger(name, options.get("requires"), "verb", options.get("modality"), _also(options))
            verbs.setdefault(lemma, []).append(trigger)
        for phrase, options in (spec.get("phrases") or {}).items():
            head, _space, particle = phrase.partition(" ")
            options = options or {}
            phrases[(head, particle)] = Trigger(name, options.get("requires"), "verb", None, _also(options))
        for phrase, options in (spec.get("negated_verbs") or {}).items():
            head, _space, particle = phrase.partition(" ")
            negated[(head, particle)] = Trigger(name, (options or {}).get("requires"), "verb", negated=True)
        for noun in spec.get("nouns") or []:
            nouns.setdefault(noun, Trigger(name, None, "noun"))
        for noun, options in (spec.get("noun_senses") or {}).items():
            noun_senses.setdefault(noun, []).append(Trigger(name, (options or {}).get("requires"), "noun"))
    # a sense that needs something is tried before one that needs nothing (or only no idiom's object: "paid tribute"
    # is no payment, "failed to pay the crew" still wage theft first), one told by a word of the verb's phrase ("held
    # hostage") before all others ("was held"), and then one told besides the others ("held at an undisclosed
    # location": a disappearance, and still a detention) before those that end the search
    for options in verbs.values():
        options.sort(key=lambda t: (_plain(t.requires), not (t.requires or "").startswith("with:"), not t.also))
    harms = frozenset(str(t) for t in load("events.yaml").get("harms") or [])
    people = frozenset(str(t) for t in load("events.yaml").get("people_harms") or [])
    heads = frozenset(head for head, _particle in phrases)
    return Lexicon(verbs, phrases, nouns, noun_senses, roles, negated, harms, people, heads)


def _also(options: dict[str, Any]) -> bool | str:
    """``also: true`` (told besides the next sense always) or ``also: CONDITION`` (when that condition holds)."""
    also = options.get("also")
    return also if isinstance(also, str) else bool(also)


def _plain(requires: str | None) -> bool:
    """A sense on no condition, or only on the absence of an idiom's object or particle (``without:``)."""
    return requires is None or requires.startswith("without:")


@cache
def verbs_of(types: frozenset[str]) -> frozenset[str]:
    """The verbs with a sense of one of the event types ("sentencing" -> "convict", "sentence", "jail" …)."""
    return frozenset(lemma for lemma, triggers in lexicon().verbs.items() if any(t.type in types for t in triggers))


@cache
def place_words() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["places"]
    return {key: frozenset(v.lower() for v in values) for key, values in data.items()}


@cache
def condition_words() -> dict[str, frozenset[str]]:
    """The words the conditions of some senses look for (``conditions`` in ``data/events.yaml``)."""
    data = load("events.yaml")["conditions"]
    return {key: frozenset(str(v).lower() for v in values) for key, values in data.items()}


@cache
def kin_nouns() -> frozenset[str]:
    """The nouns of kinship (``kin`` in ``data/kinship.yaml``): "mother", "aunt", "son"."""
    return frozenset(str(noun).lower() for noun in load("kinship.yaml")["kin"])


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that name people by kinship or description (``kin`` and ``descriptors`` in ``data/kinship.yaml``):
    "girl", "woman", "son", "journalist", "worker"."""
    data = load("kinship.yaml")
    return frozenset(str(noun).lower() for noun in [*data["kin"], *data["descriptors"]])


@cache
def modality_words() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["modality"]
    return {key: frozenset(str(v).lower() for v in values) for key, values in data.items() if isinstance(values, list)}


@cache
def inanimate_words() -> frozenset[str]:
    """Things released, returned or sent that are not persons ("a report released on Saturday")."""
    return frozenset(str(v).lower() for v in load("events.yaml").get("inanimate") or [])
