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
flogging of an individual who has been convicted …"), nor a pronoun head ("anyone", "whoever", "those who") nor
"any"/"every" (not indefinite).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.anonymous_sources import INDEFINITE, determiner
from tumen.extract.event_lexicon import lexicon
from tumen.extract.vocab import load


@cache
def _sentencing_verbs() -> frozenset[str]:
    """Verbs with a sense of sentencing ("convict", "sentence", "jail" …; data/events.yaml)."""
    return frozenset(
        lemma for lemma, triggers in lexicon().verbs.items() if any(t.type == "sentencing" for t in triggers)
    )


@cache
def _person_nouns() -> frozenset[str]:
    words, roles = load("kinship.yaml"), load("story_roles.yaml")["occupations"]
    nouns = [*words["person_nouns"], *words["descriptors"], *words["convict_nouns"], *roles]
    return frozenset(str(w).lower() for w in nouns)


def _sentencing(verb: Any) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _sentencing_verbs()


def _passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"


def _generic(verb: Any) -> bool:
    """A clause told in the simple present: "who is convicted", "who does not leave", "is sentenced" — what befalls
    anyone, not one."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    return all(c.tag_ in ("VBZ", "VBP") for c in aux) and not any(c.lemma_ == "have" for c in aux)


def _may(noun: Any) -> bool:
    """Whether the verb the noun belongs to is told with a modal ("can be sentenced", "could order the flogging of an
    individual who …"): what may befall anyone so described."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.tag_ == "MD" for c in verb.children)


def introduces(noun: Any) -> bool:
    """Whether ``noun`` is a new unnamed person convicted or sentenced, described by a relative clause (see the
    module)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in _person_nouns():
        return False
    if determiner(noun) not in INDEFINITE:
        return False
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    if not clauses or any(map(_generic, clauses)) or _may(noun):
        return False
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and _sentencing(head):
        return not _generic(head)  # "a man who had protested was jailed"
    return any(_sentencing(c) and _passive(c) and not _generic(c) for c in clauses)


def generic_clause(trigger: Any, event_type: str) -> bool:
    """A sentencing told in the simple present in a relative clause of one not known ("a man who is convicted of
    treason faces ten years"): what befalls anyone so convicted, no event."""
    if event_type != "sentencing" or trigger.dep_ != "relcl" or not _passive(trigger) or not _generic(trigger):
        return False
    noun = trigger.head
    return noun.pos_ == "NOUN" and determiner(noun) in INDEFINITE | {"any", "every"}
