"""Arguments of an English event trigger that are not its own children in the dependency parse: the subject of the
copula a described noun completes, the person a participle set off by a comma tells of, the doer of a gerund,
subjects and objects shared with a joined verb, a passive subject the parser inverted or took for something else, an
object it misparsed, and whom "among those …" names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tumen.extract.event_syntax import auxiliaries, described, nearest, passive
from tumen.extract.headline_words import headline_participle
from tumen.extract.participle_doers import participle_doer
from tumen.extract.role_words import is_person_noun
from tumen.extract.vocab import load


def copula_subject(noun: Any) -> Any | None:
    """ "Kim is the latest worker arrested", "Kim was the first journalist killed this year": the subject of the
    copula a described noun is the complement of (the one the participle on the noun tells of), else None."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def gerund_doer(verb: Any) -> Any | None:
    """ "Her father was arrested and beaten for crossing the border": an active gerund under a preposition is
    done by the one the clause it hangs on is about, whatever that clause's voice (the one arrested crossed). An
    active participle on a noun is done by that noun: "watched guards beating her son" (:mod:`participle_doers`)."""
    if verb.dep_ == "acl":
        return participle_doer(verb)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or passive(verb) or verb.head.dep_ != "prep":
        return None
    clause = verb.head.head
    while clause.pos_ in ("VERB", "AUX"):
        found = nearest(clause, "nsubj") or nearest(clause, "nsubjpass")
        if found is not None:
            return described(clause, found)
        if clause.dep_ != "conj":  # "arrested and beaten for …": the subject of the first conjunct
            return None
        clause = clause.head
    return None


def reduced_relative_subject(verb: Any) -> Any | None:
    """The subject the parser gave to a participle before ``verb`` with no auxiliary of its own."""
    for token in reversed(list(verb.sent)):
        if token.i >= verb.i or token.tag_ != "VBN" or auxiliaries(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def inverted_passive_subject(verb: Any) -> Any | None:
    """ "Also arrested were two missionaries": the parser hangs the ones arrested on the auxiliary after the
    participle (as its attribute); they are the participle's passive subject."""
    for aux in verb.rights:
        if aux.dep_ == "auxpass":
            return next((c for c in aux.children if c.dep_ == "attr"), None)
    return None


def shared_object(verb: Any) -> Any | None:
    """ "Police beat and arrested Kim": an active verb with no object of its own, joined by "and" or "or" to the
    next verb, has that verb's object."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    after = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2]
    if not after or verb.nbor().dep_ != "cc" or passive(after[0]):
        return None
    return next((c for c in after[0].children if c.dep_ == "dobj"), None)


def shared_agent(verb: Any) -> Any | None:
    """ "Activists were harassed and arrested by police", "were harassed, beaten and jailed by soldiers": a passive
    participle with no agent of its own, joined by "and", "or" or a comma to the next participles, the last of which
    the "by" phrase directly follows, shares that agent (not "shot and taken to hospital by relatives": the agent
    of the last verb's own phrase)."""
    participles = ("VBN", "VBD")  # the parser may tag a participle after a comma a past tense
    if verb.tag_ not in participles or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not (passive(verb) or (verb.dep_ == "conj" and passive(verb.head))):
        return None
    node = verb
    while True:
        after = [c for c in node.children if c.dep_ == "conj" and c.tag_ in participles and c.i > node.i]
        between = node.doc[node.i + 1 : after[0].i] if after else ()
        if not after or not all(t.dep_ in ("cc", "punct") for t in between):
            return None
        node = after[0]
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((o for o in agent.children if o.dep_ == "pobj"), None) if agent.i == node.i + 1 else None


def perceived(verb: Any) -> bool:
    """A participle of what one saw done that the parser read as a past tense: "the crackdown has seen the reporter
    Karl Vos arrested" ("arrested" a VBD whose subject "Karl Vos" is the one arrested) — the complement of a verb of
    seeing (``modality: perception_verbs``) with no object, conjunction or auxiliary of its own."""
    seeing = load("events.yaml")["modality"]["perception_verbs"]
    if verb.dep_ != "ccomp" or verb.tag_ != "VBD" or verb.head.lemma_.lower() not in seeing:
        return headline_participle(verb)  # "Ana Vale abducted in Tarvik" (tumen.extract.headline_words)
    return not any(c.dep_ in ("dobj", "mark", "aux", "auxpass", "nsubjpass") for c in verb.children)


def misparsed_object(verb: Any, named: Any) -> Any | None:
    """The object the parser did not make one, of an active verb with none: a person's name after it hung on it as
    an adverbial noun ("gunmen shot dead 30-year-old reporter Ana Ruiz": "Ruiz" an npadvmod), or a noun joined to
    it behind a second participle the parser read as an adjective ("police beat and injured reporter Ana Ruiz":
    "injured reporter" a conjunct of "beat"). ``named`` tells whether a token is a person."""
    subjecting = load("events.yaml")["modality"]["subjected_to"]  # "guards subjected him to torture" read as
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in subjecting and verb.i > verb.head.i:  # an infinitive
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if passive(verb) or any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    for child in (c for c in verb.rights if c.pos_ in ("NOUN", "PROPN")):
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and named(child):
            return child
        first = child.doc[child.left_edge.i]
        joined = first.i == verb.i + 2 and verb.nbor().dep_ == "cc" and first.tag_ in ("VBN", "VBD")
        if child.dep_ == "conj" and joined and first.dep_ == "amod" and first.head.i <= child.i:
            return child
    return None


def among_those(token: Any | None) -> Any | None:
    """ "Among those arrested were A and B", "Among those who were abducted is A", "A and B were among those
    arrested": "those" is whom the copula names (A, with its conjuncts) — after it, else its subject before. So is
    any group under "among" ("A was among seven people arrested", "A was among the 50 detained", "A and B were among
    a group of 34 people sentenced"); not when the copula is negated ("A was not among those arrested")."""
    if token is None:
        return token
    group = token
    if token.lower_ not in ("those", "ones"):
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
            group = token.head.head  # "among a group of 34 people sentenced"
        if group.dep_ != "pobj" or group.head.lower_ != "among":
            return token
    elif token.dep_ != "pobj" or token.head.lower_ != "among":
        return those_named(token)
    clause = group.head.head
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return token  # "A was not among those arrested": not A
    after = next((c for c in clause.children if c.dep_ in ("nsubj", "attr") and c.i > group.i), None)
    return after or next((c for c in clause.children if c.dep_ == "nsubj"), token)


# Words for a part of "those …": "one of those arrested", "many of those detained".
PARTS = frozenset({"one", "some", "many", "most", "several", "two", "three", "four", "dozens", "hundreds"})


def those_named(token: Any) -> Any:
    """ "Those convicted included A", "Those arrested were A and B", "One of those arrested, A, is …", "Many of
    those detained are figures, including A": whom the clause whose subject is "those …" names as its members —
    the object of "include", the complement of "be", or the apposition of a part of them. Else ``token``."""
    phrase = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PARTS:
        phrase = token.head.head
        apposed = next((c for c in phrase.children if c.dep_ == "appos"), None)
        if apposed is not None:
            return apposed
    if phrase.dep_ != "nsubj":
        return token
    clause = phrase.head
    wanted = {"be": "attr", "include": "dobj"}.get(clause.lemma_)
    return next((c for c in clause.children if c.dep_ == wanted), token)


def set_off_participle_bearer(verb: Any, is_person: Callable[[Any], bool]) -> Any | None:
    """ "a plea deal on behalf of his son, Ivo, also convicted of fraud": a past participle set off by a comma right
    after a person (a name or a noun for one) tells of that person, though the parser hung it on a noun further
    back that is no person ("deal") or on a clause whose subject is none ("his admission came …"); else None."""
    if verb.tag_ not in ("VBN", "VBD") or auxiliaries(verb) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    if verb.dep_ == "acl":
        carrier = verb.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBN":
        carrier = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if carrier is None or is_person(carrier) or is_person_noun(carrier):
        return None
    first = verb.left_edge
    if first.i < 2 or verb.doc[first.i - 1].text != ",":
        return None
    before = verb.doc[first.i - 2]
    if before.i <= verb.head.i or not (is_person(before) or (before.pos_ == "NOUN" and is_person_noun(before))):
        return None
    return before


def infinitive_bearer(verb: Any, is_person: Callable[[Any], bool]) -> Any | None:
    """ "Police arrested two men thought to have kidnapped Ana Berg", "gunmen hired to kill her": the infinitive of a
    past participle on a noun (or set off by a comma right after a person: "arrested Karl Vos, believed to have shot
    …") tells of that noun — it did the deed (or underwent it, when the infinitive is passive) —, not of the clause
    the noun is in (the police kidnapped no one); else None."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    participle = verb.head
    own = ("nsubj", "nsubjpass", "aux")  # a clause of its own: "men who were thought to …" (the relative's subject)
    if participle.tag_ not in ("VBN", "VBD") or any(c.dep_ in own for c in participle.children):
        return None
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return participle.head
    first = participle.left_edge
    if participle.dep_ != "advcl" or first.i < 2 or verb.doc[first.i - 1].text != ",":
        return None
    before = verb.doc[first.i - 2]
    person = is_person(before) or (before.pos_ == "NOUN" and is_person_noun(before))
    node = before  # the object of the clause the participle hangs on ("arrested the soldier Karl Vos, suspected …")
    while node.dep_ in ("appos", "compound") and node.head.i != node.i:
        node = node.head
    return before if person and node.dep_ == "dobj" and node.head.i == participle.head.i else None
