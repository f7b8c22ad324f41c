"""A pronoun inside a clause whose subject is a person: that subject, before anyone named later in the sentence,
even a person whose known gender fits the pronoun.

English prefers the subject of the clause a possessive or a subordinate subject pronoun sits in over a noun
named after it: "Ana Berg was moved from Lund to a prison in the north and deprived of her books" — her is
Berg's, not the prison town's or a later name's. The clause's subject is found by walking up the parse from
the pronoun: the first verb above it with a subject of its own (a verb coordinated with another shares that
one's subject: "was moved … and deprived"), skipping the pronoun itself ("Berg said she was beaten": she is
not her own antecedent; "said" gives Berg).

Only possessives and subject pronouns take part: an object pronoun never means its own clause's subject
("Berg hit her" is someone else), and a reflexive one always does ("Berg hid herself"). :func:`own_subject`
names that subject, also through a verb it is coordinated with — "Berg was angry and denounced him" — through
the relative pronoun of a clause on a name: "Berg, who had denounced him, testified" — and through a
to-infinitive to whoever does what it says: "Berg visited the prison to see her" (Berg: her is someone else),
"Holm asked Berg to visit him" (Berg, the one asked: him may be Holm); not through a pronoun ("He went on to
beat him"), whose own antecedent is a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.event_syntax import joined_subject
from tumen.extract.list_heads import list_head
from tumen.extract.vocab import load

SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "dative")
OBJECT_FORMS = frozenset({"him", "her", "himself", "herself"})  # not "his": "Holm scored his" may be his own
RELATIVES = frozenset({"who", "that", "whom"})
TAKING_PART = ("poss", "nsubj", "nsubjpass")


def subject_antecedent(token: Any, person_of: Callable[[Any], str | None]) -> str | None:
    """The person who is the subject of a clause above the pronoun ``token`` (see the module), or None.
    ``person_of`` gives the person a token refers to, if any."""
    if token.dep_ not in TAKING_PART:
        return None
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = joined_subject(node)
        if subject is None or subject.i == token.i or subject.i > token.i:
            continue
        return person_of(subject)
    return None


def own_subject(token: Any, person_of: Callable[[Any], str | None]) -> str | None:
    """The person who is the subject of the clause whose object the pronoun ``token`` is (whom it cannot mean, or
    must, when reflexive: see the module), or None. ``person_of`` gives the person a token refers to, if any."""
    if token.dep_ not in OBJECTS or token.lower_ not in OBJECT_FORMS or token.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = token.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and _joined_bare(verb):  # "was angry and denounced him": the first verb's subject
        subject = joined_subject(verb)
    while subject is None and (controller := _controller(verb)) is not None:
        verb, subject = controller  # "Berg went there to see him": Berg, who does the seeing
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in RELATIVES:
            return None  # "He then went on to beat him": whom he means is itself a guess
    if subject is None:
        return None
    if subject.lower_ in RELATIVES:  # "Berg, who had denounced him": the name the clause is on
        clause = list_head(verb)
        return person_of(clause.head) if clause.dep_ == "relcl" else None
    return person_of(subject)


def _joined_bare(verb: Any) -> bool:
    """Whether a coordinated verb follows its "and" with nothing but adverbs and auxiliaries between ("was angry
    and then denounced him"), as a verb sharing the first one's subject does; words of a subject of its own
    between them ("… and her wit kept her popular") say the parser joined two clauses."""
    if verb.dep_ != "conj":
        return False
    before = verb.i - 1
    while before > 0 and verb.doc[before].dep_ in ("advmod", "aux", "auxpass", "neg"):
        before -= 1
    return verb.doc[before].dep_ in ("cc", "punct")


def _controller(verb: Any) -> tuple[Any, Any | None] | None:
    """For a to-infinitive with no subject of its own, the verb above it and who does what it says: the object of
    that verb when the infinitive completes it ("asked Berg to visit him": Berg; the last one before it, and not
    after "promise", "vow" …), else its subject ("Berg went there to see him", "Berg wanted to see him", "Berg was
    sent to visit him", "Berg promised Holm to visit him": Berg); None for any other verb."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in head.children if c.dep_ in OBJECTS and c.i < verb.i]
    if verb.dep_ == "advcl" or not objects or head.lemma_.lower() in _subject_controls():
        return head, joined_subject(head)  # "promised her to give …": the one who promised
    return head, objects[-1]  # the object right before it ("permit Holm a pair of headphones to …": the pair)


@cache
def _subject_controls() -> frozenset[str]:
    """Verbs whose object does not do what the to-infinitive after it says ("promised her to …"; data/kinship.yaml)."""
    return frozenset(str(w) for w in load("kinship.yaml")["described_possessors"]["subject_control_verbs"])
