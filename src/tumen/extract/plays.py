"""Senses of a harm's verb in play, in success and in performance (docs/extraction.md, "Word senses and what may
fill a role"; ``plays`` in ``data/events.yaml``): a win in a contest ("the Rovers beat Halden 3-1", "Ivo Holm beat
Karl Vos in the semifinal", "was caught at first base"), a success ("the gamble is paying off"), a performance
("she executed with precision") and a change set going ("the forecast sent shares plunging 4 dollars") harm, hold and
pay no one. Only the verb's own phrase is read."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract import indirect_arguments as indirect
from tumen.extract.vocab import load

SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
DASHES = ("-", "–")
MOTIONS = frozenset(["advcl", "ccomp", "xcomp", "oprd"])
CLAUSES = frozenset(["ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis", "acl", "csubj", "cc"])
OBJECTS = frozenset(["dobj", "nsubjpass"])


@cache
def _words() -> dict[str, Any]:
    data = load("events.yaml")["plays"]
    words: dict[str, Any] = {k: frozenset(str(w).lower() for w in v) for k, v in data.items() if isinstance(v, list)}
    for key in ("particles", "passive_particles"):
        words[key] = {str(k): frozenset(str(w) for w in v) for k, v in data[key].items()}
    return words


def played(verb: Any, lemma: str) -> bool:
    """Whether a verb of harm is in a sense of play, success or performance in its own phrase."""
    if verb.pos_ != "VERB":
        return False
    words = _words()
    unobjected = not any(c.dep_ in OBJECTS for c in verb.children) and indirect.shared_object(verb) is None
    undirected = not any(c.dep_ == "dobj" for c in verb.children) and indirect.shared_object(verb) is None
    particle = next((c.lower_ for c in verb.children if _particle(c)), None)
    if verb.dep_ != "relcl" and particle in words["particles"].get(lemma, frozenset()) and unobjected:
        return True  # "the gamble is paying off" ("the guards were paid off": bribed)
    if particle in words["passive_particles"].get(lemma, frozenset()) and undirected:
        return True  # "Karl Vos was caught out for 12"
    if lemma in words["performed"] and unobjected and _active(verb) and verb.dep_ not in ("relcl", "amod"):
        return True  # "executed with workmanlike precision"
    if lemma in words["causing"] and _set_moving(verb):
        return True  # "the forecast sent Dalco shares plunging 4 dollars"
    return contest(verb)


def _active(verb: Any) -> bool:
    """Active: not a passive nor a bare participle ("ordered him executed"), but a participle joined to an active
    verb is ("Ivo Holm responded and executed with precision"), not one with a passive auxiliary of its own
    ("escaped execution but was executed in 2001": put to death)."""
    own_passive = any(c.dep_ == "auxpass" for c in verb.children)
    joined = verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not syntax.passive(verb.head) and not own_passive
    if syntax.passive(verb):
        return joined
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ != "VBN" or perfect or joined


def _set_moving(verb: Any) -> bool:
    """An -ing the verb governs with no comma between them: "sent shares plunging", "sent prices soaring"."""
    motions = [c for c in verb.children if c.tag_ == "VBG" and c.i > verb.i and c.dep_ in MOTIONS]
    return any(not any(t.is_punct for t in verb.doc[verb.i + 1 : m.i]) for m in motions)


def _particle(token: Any) -> bool:
    """A particle, or a preposition with no object the parser made of one ("the challenger held on")."""
    return token.dep_ == "prt" or (
        token.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in token.children)
    )


def _phrase(verb: Any) -> list[Any]:
    """The verb's own phrase: its words, not those of the clauses it governs."""
    found: list[Any] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSES]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSES)
    return found


def _counts(number: Any, results: frozenset[str]) -> bool:
    """Numbers that count what a noun names, not a result ("1-2 million farmers"; a "30-7 loss" is a result)."""
    token = number
    while token.dep_ in ("compound", "nummod", "quantmod", "prep") and token.head.pos_ == "NUM" and token.head != token:
        token = token.head
    if token.dep_ not in ("nummod", "quantmod", "compound", "amod") or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.head.lemma_.lower() not in results


def _split_score(token: Any) -> bool:
    """A score the tokenizer split: "6", "-", "4" (not a date's numbers: "2009 - 02 - 03")."""
    doc = token.doc
    if not token.like_num or token.i + 2 >= len(doc) or doc[token.i + 1].text not in DASHES:
        return False
    chained = (token.i > 0 and doc[token.i - 1].text in DASHES) or (
        token.i + 3 < len(doc) and doc[token.i + 3].text in DASHES
    )
    return not chained and bool(SCORE.match(token.text + "-" + doc[token.i + 2].text))


def _of(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def contest(verb: Any) -> bool:
    """A score, a stage of play after "in", a numbered base after "at"; for a verb of winning a side as object or a
    stage reached by its doing."""
    words = _words()
    phrase = _phrase(verb)
    if any((SCORE.match(t.text) or _split_score(t)) and not _counts(t, words["results"]) for t in phrase):
        return True  # "beat the Sharks 3-1" (not "60-70 journalists were imprisoned": a range counts them)
    for token in phrase:
        if token.dep_ != "pobj":
            continue
        lemma, preposition = token.lemma_.lower(), token.head.lower_
        if preposition in words["stage_prepositions"] and lemma in words["stages"]:
            return True  # "in the semifinal"
        if (
            preposition in words["base_prepositions"]
            and lemma in words["bases"]
            and any(c.lower_ in words["base_numbers"] for c in token.children)
        ):
            return True  # "at first base" (not "at the army base")
    if verb.lemma_.lower() not in words["winning"]:
        return False
    if any(o.dep_ in OBJECTS and o.lemma_.lower() in words["sides"] and not _of(o) for o in verb.children):
        return True  # "beat a two-seeded Halden team" (not "a team of reporters")
    reaching = verb.head if verb.dep_ == "pcomp" else None
    if reaching is None or reaching.lower_ not in words["reaching_prepositions"] or reaching.head.pos_ != "VERB":
        return False
    reached = [t for c in reaching.head.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    return any(t.lemma_.lower() in words["stages"] for t in reached)  # "reached the final by beating Halden"
