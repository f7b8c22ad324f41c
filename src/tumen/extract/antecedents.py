"""The person a third-person pronoun means, chosen among the persons met in the last sentences (rules in
docs/extraction.md, "Coreference").

A subject or possessive pronoun of the clause of an unnamed person's phrase that nests a name two steps down
means that person, not the name (:mod:`nested_names`: "a neighbour of Vell's killer said she …"). Otherwise the
choice, in order: for a pronoun that tells a clause on "his son", the son's possessor (:func:`_teller_of_kin`);
the subject of the clause above the pronoun (:mod:`clause_subjects`); a person named earlier in its own sentence,
of its gender, else of none known; the subject, or the one person, of the sentence before
(:mod:`previous_sentence`); the most salient person of its gender, else of none known — salience being how
recent the last mention is, a subject's mention and a name counting more (:func:`salience`). A pronoun whose
gender no one fits means an unnamed person of that gender in view (:mod:`unnamed_in_view`), else no one when the
most salient person's given name or explicit cues say the other gender and a proper noun that is no person found
is a subject in the last sentences (a name the finder missed: :func:`_missed_name`), else the most salient person;
a possessive in a modifier of an unnamed person of its gender is that person's ("a woman in her 30s",
:func:`unnamed_in_view.holder`). A pronoun joined to one of the other gender ("he or she") means no
one (:func:`either_gender`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tumen.extract.clause_subjects import subject_antecedent
from tumen.extract.described_possessors import described_person
from tumen.extract.first_person_kin import reporting
from tumen.extract.gender import said_otherwise
from tumen.extract.nested_names import nesting_subject
from tumen.extract.nlp import sentence_at
from tumen.extract.previous_sentence import fits, previous_person
from tumen.extract.types import Entity
from tumen.extract.unnamed_in_view import holder, unnamed_of_gender
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver


def recent_person(r: Resolver, token: Any, gender: str | None, exclude: set[str]) -> str | None:
    """The person a pronoun most likely means: within the last sentences, a subject or a
    named person before an unnamed relative, the more recent the better, and of the
    pronoun's gender when that is known from strong evidence."""
    window_start = r.window_start(token)
    if (nesting := nesting_subject(token, lambda t: r.coref.tokens.get(t.i) or r.name_entity(t))) is not None:
        return r.coref.tokens.get(nesting.i)  # "a neighbour of Vell's killer said she": the neighbour (nested_names)
    if (described := described_person(token, lambda t: r.coref.tokens.get(t.i) or r.name_entity(t))) is not None:
        exclude = exclude | {described}  # "Qorvin Bastek, her lawyer": not Bastek (described_possessors)
    candidates = [
        (salience(r, eid, i, token), eid)
        for eid, i in r.last_seen.items()
        if window_start <= i < token.i and eid not in exclude and r.g.by_id(eid).kind == "person"
    ]
    candidates.sort(reverse=True)
    if gender and (noun := holder(token, gender)) is not None:
        return r.coref.tokens.get(noun.i)  # "a woman in her 30s": the woman, named or not
    if gender:
        if (told := _teller_of_kin(r, token, {e for _s, e in candidates})) is not None:
            return told  # "His son was beaten by guards, he said": the one whose son it is
        subject = subject_antecedent(token, lambda t: r.coref.tokens.get(t.i) or r.name_entity(t))
        if subject in {e for _s, e in candidates} and _may_be(r, r.g.by_id(subject), gender, (gender, None)):
            return subject  # "X was moved … and deprived of her books": the clause's subject (clause_subjects)
        # a person named earlier in its own sentence, of its gender, else of none known (nor the other, if weakly)
        start = sentence_at(token, 0).start
        here = [e for _i, e in candidates if r.last_seen[e] >= start and fits(r.g.by_id(e), gender)]
        for wanted in (gender, None):
            found = next((eid for eid in here if r.known_gender(r.g.by_id(eid)) == wanted), None)
            if found is not None:
                return found
        before = previous_person(token, r.text, gender, candidates, r.last_seen, r.last_subject, r.g)
        if before is not None:
            return before  # the subject, or the one person, of the sentence before (previous_sentence)
        for _i, eid in candidates:
            known = r.known_gender(r.g.by_id(eid))
            if known == gender:
                return eid
        for _i, eid in candidates:
            if _may_be(r, r.g.by_id(eid), gender, (None,)):
                return eid
        if unnamed_of_gender(token, gender, r.name_entity):  # "… took out her boyfriend and beat him"
            return None
        if candidates and said_otherwise(r.g.by_id(candidates[0][1]), gender) and _missed_name(r, token):
            return None  # "Her agent, Mark Holm, said Lund died. She …": Lund, a name the finder missed
    return candidates[0][1] if candidates else None


def _teller_of_kin(r: Resolver, token: Any, candidates: set[str]) -> str | None:
    """A pronoun that tells a clause whose subject is a relative possessed by a pronoun of its own form ("His son was
    beaten by guards, he said", "Her daughter was caught, she said") means the possessor: one does not call oneself
    "his son"."""
    if not teller(token):
        return None
    for clause in (c for c in token.head.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            owners = [c for c in subject.children if c.dep_ == "poss" and c.lower_ == _POSSESSIVE.get(token.lower_)]
            found = r.coref.tokens.get(owners[0].i) if owners else None
            if found in candidates and subject.lemma_.lower() in r.vocab["kin"]:
                return found
    return None


_POSSESSIVE: dict[str, str] = {str(k): str(v) for k, v in load("kinship.yaml")["possessives"].items()}


def _missed_name(r: Resolver, token: Any) -> bool:
    """Whether a proper noun that is no person found — a name the name finder missed ("Lund") — is the subject of
    a clause in the last sentences before the pronoun (those whose persons it may mean)."""
    for word in token.doc[r.window_start(token) : token.i]:
        if word.dep_ in ("nsubj", "nsubjpass") and word.pos_ == "PROPN" and word.text[:1].isupper():
            found = r.g.token_entity(word)
            if found is None or r.g.by_id(found).kind != "person":
                return True
    return False


def either_gender(token: Any, genders: Mapping[str, str]) -> bool:
    """ "he or she", "his or her", "him/her": a pronoun joined by "or" or a slash to one of the other gender means
    anyone at all ("A source is protected until he or she dies"), no person of the story. ``genders`` gives
    each pronoun's gender."""
    doc, own = token.doc, genders.get(token.lower_)
    for joint, other in ((token.i + 1, token.i + 2), (token.i - 1, token.i - 2)):
        if min(joint, other) >= 0 and max(joint, other) < len(doc) and doc[joint].lower_ in ("or", "/"):
            said = genders.get(doc[other].lower_)
            if said is not None and said != own:
                return True
    return False


def salience(r: Resolver, entity_id: str, last: int, token: Any) -> float:
    """How salient a person last mentioned at token ``last`` is for the pronoun ``token``."""
    score = float(last)
    subject = r.last_subject.get(entity_id)
    if subject is not None and subject >= r.window_start(token) and not teller(token.doc[subject]):
        score += 40.0 if token.dep_ in ("nsubj", "nsubjpass", "poss") else 15.0
    if r.g.by_id(entity_id).name:
        score += 10.0
    return score


def teller(subject: Any) -> bool:
    """Whether a subject is only the teller of a clause it reports ("Ms Han said her son was caught"): the one the
    story is about is the reported clause's, so the teller's subjecthood makes it no likelier antecedent."""
    verb = subject.head
    return (
        subject.dep_ == "nsubj"
        and verb.lemma_.lower() in reporting()
        and any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)
    )


def _may_be(r: Resolver, entity: Entity, gender: str, known: tuple[str | None, ...]) -> bool:
    """Whether a person whose known gender is one of ``known`` may be meant by a pronoun of ``gender``: not when
    a given name says the other gender and nothing stronger does ("Anthony Brell struck her": not Brell)."""
    return r.known_gender(entity) in known and fits(entity, gender)
