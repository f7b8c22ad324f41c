"""The one sentenced whom only a relative clause describes (docs/extraction.md, "The one sentenced whom only a relative
clause describes").

*A man who was convicted of sedition was sentenced to five years*, *a teacher who had criticised the government was
sentenced*, *an individual who has been convicted of espionage faces ten years*: no name is told, yet the sentence
tells of one person of the story, convicted or sentenced. A singular common noun of a person (not a place or a
thing: its lemma is one of ``person_nouns``, ``descriptors`` or ``convict_nouns`` in data/kinship.yaml or of
``occupations`` in data/story_roles.yaml) with an indefinite determiner ("a", "an", "one", "another") and a relative
clause is a new unnamed person, its descriptor the noun, when it is the
one convicted or sentenced: the passive subject or the object of a verb of sentencing with the relative clause
telling anything ("a man who had protested was jailed"), or any argument of a verb with the relative clause itself
a passive of sentencing ("an individual who has been convicted … faces"). Not a generic one, whom a law or a rule
describes: a relative clause told in the simple present ("a man who is convicted of treason faces …", "a worker
who does not leave within 90 days can be sentenced …"), one under a modal verb ("the courts could order the
flogging of an individual who has been convicted …"), one in a law's frame ("under the new law, a citizen who has
been convicted of treason faces the death penalty": the verb in the simple present, a preposition with a noun of law
or an object of a penalty, ``convict_law_frames``, and no time in the sentence), nor a pronoun head ("anyone",
"whoever", "those who") nor "any"/"every" (``convict_any``). Such a clause's sentencing is no event.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from tumen.extract.anonymous_sources import INDEFINITE, determiner
from tumen.extract.event_lexicon import verbs_of
from tumen.extract.gender_votes import vote
from tumen.extract.unnamed_doers import gender_of
from tumen.extract.unnamed_speakers import person_words
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver


@cache
def _person_nouns() -> frozenset[str]:
    return person_words() | frozenset(str(w).lower() for w in load("kinship.yaml")["convict_nouns"])


@cache
def _frames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load("kinship.yaml")
    frames = data["convict_law_frames"]
    return (
        frozenset(str(w) for w in data["convict_any"]),
        frozenset(str(w) for w in frames["laws"]),
        frozenset(str(w) for w in frames["penalties"]),
    )


def _sentencing(verb: Any) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in verbs_of(frozenset({"sentencing"}))


def _passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"


def _generic(verb: Any) -> bool:
    """A clause told in the simple present: "who is convicted", "who does not leave", "is sentenced" — what befalls
    anyone, not one."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    return all(c.tag_ in ("VBZ", "VBP") for c in aux) and not any(c.lemma_ == "have" for c in aux)


def _verb_of(noun: Any) -> Any | None:
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _may(noun: Any) -> bool:
    """Whether the verb the noun belongs to is told with a modal ("can be sentenced", "could order the flogging of an
    individual who …"): what may befall anyone so described."""
    verb = _verb_of(noun)
    return verb is not None and any(c.tag_ == "MD" for c in verb.children)


def _law(noun: Any) -> bool:
    """Whether the verb the noun belongs to is told in the simple present in a law's frame, with no time in the
    sentence: "under the new law, a citizen who … faces the death penalty"."""
    verb = _verb_of(noun)
    if verb is None or not _generic(verb) or any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent):
        return False
    _any, laws, penalties = _frames()
    under = any(
        t.lower_ == "under" and any(o.dep_ == "pobj" and o.lemma_.lower() in laws for o in t.children)
        for t in verb.sent
    )
    return under or any(c.dep_ == "dobj" and c.lemma_.lower() in penalties for c in verb.children)


def _anyone(noun: Any) -> bool:
    return _may(noun) or _law(noun)


def introduces(noun: Any) -> bool:
    """Whether ``noun`` is a new unnamed person convicted or sentenced, described by a relative clause (see the
    module)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in _person_nouns():
        return False
    if determiner(noun) not in INDEFINITE:
        return False
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    if not clauses or any(map(_generic, clauses)) or _anyone(noun):
        return False
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and _sentencing(head):
        return not _generic(head)  # "a man who had protested was jailed"
    return any(_sentencing(c) and _passive(c) and not _generic(c) for c in clauses)


def introduce(r: Resolver, noun: Any) -> bool:
    """Makes ``noun`` a new unnamed person when it is one convicted or sentenced (:func:`introduces`) and no name is
    told of it; whether it did."""
    if not introduces(noun) or r.named_here(noun):
        return False
    entity = r.g.new("person", None, descriptor=noun.lemma_.lower())
    vote(entity, gender_of(noun), r.vocab["strong_gender_weight"])
    r.met_as(entity.id, noun)
    return True


def generic_clause(trigger: Any, event_type: str) -> bool:
    """A sentencing in a relative clause of one not known that tells of anyone so convicted, no event: told in the
    simple present ("a man who is convicted of treason faces ten years"), or of one under a modal verb or in a law's
    frame ("could order the flogging of an individual who has been convicted …")."""
    if event_type != "sentencing" or trigger.dep_ != "relcl" or not _passive(trigger):
        return False
    noun = trigger.head
    if noun.pos_ != "NOUN" or determiner(noun) not in INDEFINITE | _frames()[0]:
        return False
    return _generic(trigger) or _anyone(noun)
