"""The person a third-person pronoun means, chosen among the persons met in the last sentences (rules in
docs/extraction.md, "Coreference").

The choice, in order: the subject of the clause above the pronoun (:mod:`clause_subjects`); a person named earlier
in its own sentence, of its gender, else of none known; the subject, or the one person, of the sentence before
(:mod:`previous_sentence`); the most salient person of its gender, else of none known — salience being how
recent the last mention is, a subject's mention and a name counting more (:func:`salience`). A pronoun whose
gender no one fits means an unnamed person of that gender in view (:mod:`unnamed_in_view`), else the most
salient person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.clause_subjects import subject_antecedent
from tumen.extract.previous_sentence import fits, previous_person
from tumen.extract.unnamed_in_view import unnamed_of_gender

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver


def recent_person(r: Resolver, token: Any, gender: str | None, exclude: set[str]) -> str | None:
    """The person a pronoun most likely means: within the last sentences, a subject or a
    named person before an unnamed relative, the more recent the better, and of the
    pronoun's gender when that is known from strong evidence."""
    window_start = r.window_start(token)
    candidates = [
        (salience(r, eid, i, token), eid)
        for eid, i in r.last_seen.items()
        if window_start <= i < token.i and eid not in exclude and r.g.by_id(eid).kind == "person"
    ]
    candidates.sort(reverse=True)
    if gender:
        subject = subject_antecedent(token, lambda t: r.coref.tokens.get(t.i) or r.name_entity(t))
        if subject in {e for _s, e in candidates} and r.known_gender(r.g.by_id(subject)) in (gender, None):
            return subject  # "X was moved … and deprived of her books": the clause's subject (clause_subjects)
        # a person named earlier in its own sentence, of its gender, else of none known (nor the other, if weakly)
        start = token.sent.start
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
            if r.known_gender(r.g.by_id(eid)) is None:
                return eid
        if unnamed_of_gender(token, gender, r.name_entity):  # "… took out her boyfriend and beat him"
            return None
    return candidates[0][1] if candidates else None


def salience(r: Resolver, entity_id: str, last: int, token: Any) -> float:
    """How salient a person last mentioned at token ``last`` is for the pronoun ``token``."""
    score = float(last)
    subject = r.last_subject.get(entity_id)
    if subject is not None and subject >= r.window_start(token):
        score += 40.0 if token.dep_ in ("nsubj", "nsubjpass", "poss") else 15.0
    if r.g.by_id(entity_id).name:
        score += 10.0
    return score
