"""Whether a clause told of no one in particular is one occasion (docs/extraction.md, "Specific and generic
statements"): told in the past and perfective, of no one at all nor over and over, and done by a state or definite
actor, or counting, or at a definite place (:func:`episode`); with the tests of tense (:func:`perfective`) and of
repetition (:func:`iterative`) that :mod:`tumen.extract.genericity` also asks."""

from __future__ import annotations

from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract.event_lexicon import place_words
from tumen.extract.role_types import kind_of
from tumen.extract.specific_phrases import DEFINITE, NO_ONE, genericity_words, specific
from tumen.extract.vocab import load
from tumen.extract.whose_classes import whose_class

PERFECTIVE_AUX = frozenset(["was", "were", "had", "has", "have", "'d", "'ve"])
LOCATIVE = frozenset(["in", "at", "near", "outside", "inside", "on"])


def episode(finder: Any, trigger: Any, told_of: list[Any], doers: list[Any], statistical: bool) -> bool:
    """Whether a clause told of no one in particular is one occasion: told in the past and perfective
    ("were arrested", "arrested", "have been arrested"; not "are arrested", "were being arrested", "can be
    arrested"), of no one at all ("anyone who", "most", "all") nor over and over ("for years", "every
    week", a statistical period), and done by a state or definite actor ("police arrested protesters",
    "were detained by the security agencies"), or counting ("hundreds were injured"), or at a definite
    place ("in the capital", "the camp where prisoners were tortured"); a holding in the past progressive ("were
    being held") is one captivity lasting then."""
    if statistical or not (perfective(trigger) or _held_then(trigger)) or iterative(trigger) is not None:
        return False
    if any(_universal(t) or whose_class(t) for t in told_of):  # "families whose sons were killed": a class
        return False
    if done_by_actor(finder, trigger, doers):
        return True
    if any(t.lower_ in genericity_words()["vague"] for t in told_of):
        return True
    if at_a_definite_place(finder, trigger):
        return True
    return _at_a_definite_antecedent(conjuncts(trigger)[0])


def at_a_definite_place(finder: Any, trigger: Any) -> bool:
    """Whether the clause (or one coordinated with it) is told at a definite place: "in the capital", "at the
    border", "in Tarvik prison" (:func:`_definite_place`)."""
    return any(_definite_place(finder, o) for v in conjuncts(trigger) for p, o in finder.preps(v) if p in LOCATIVE)


def done_by_actor(finder: Any, trigger: Any, doers: list[Any]) -> bool:
    """Whether a state or definite actor does it: one of ``doers``, a "by" agent of the verb or of those coordinated
    with it, the subject of the verb an active conjunct shares, or the agent of the setting it was seen in."""
    doers = doers + [o for v in conjuncts(trigger) for p, o in finder.preps(v) if p == "by"] + _shared_doer(trigger)
    doers += _setting_agents(finder, trigger)
    return any(_actor(finder, t) for t in doers)


def _at_a_definite_antecedent(clause: Any) -> bool:
    """A relative clause of place on a definite noun: "the camp where prisoners were tortured", "the house in which
    migrants were held" — where it was done is that one place ("camps where prisoners were tortured" is none)."""
    if clause.dep_ != "relcl":
        return False
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)
    where = where or any(
        c.dep_ == "prep" and c.lower_ in LOCATIVE and any(o.lower_ == "which" for o in c.children)
        for c in clause.children
    )
    antecedent = clause.head
    return where and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in antecedent.children)


def _held_then(verb: Any) -> bool:
    """A holding told in the past progressive ("were being held", "was being kept"): one captivity lasting then, not
    an arrest over and over ("were being arrested")."""
    words = {a.lower_ for a in syntax.auxiliaries(verb)}
    holding = load("events.yaml")["captors"]["holding"]
    return verb.tag_ == "VBN" and "being" in words and bool(words & {"was", "were"}) and verb.lemma_.lower() in holding


def perfective(verb: Any, depth: int = 0) -> bool:
    """Told as a finished occasion in the past (or a headline's "Three killed")."""
    auxiliaries = syntax.auxiliaries(verb)
    words = {a.lower_ for a in auxiliaries}
    if words == {"being"} and verb.tag_ == "VBN":  # "described being beaten": the telling verb's tense
        teller = _teller(verb)
        return teller is not None and depth < 4 and perfective(teller, depth + 1)
    if verb.tag_ == "VBG" or words & {"being", "to"} or any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return True
    if _shares_past(verb, auxiliaries):  # "police arrested and beat protesters": "beat" is past as "arrested" is
        return True
    if verb.tag_ != "VBN":
        return False
    if auxiliaries:
        return bool(words & PERFECTIVE_AUX)
    if verb.dep_ == "ROOT":
        return True
    node = verb.head  # "were harassed and arrested", "those arrested included": the governing clause's tense
    while depth < 4 and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node, depth = node.head, depth + 1
    return depth < 4 and node.i != verb.i and node.pos_ in ("VERB", "AUX") and perfective(node, depth + 1)


def _setting_agents(finder: Any, trigger: Any) -> list[Any]:
    """The "by" agent of the setting a clause was seen in ("a crackdown by police has seen nurses arrested", "the
    raid by soldiers saw villagers being beaten": police and soldiers did it; ``setting_verbs``). Only the agent of
    the subject noun, never the subject itself: "Ana Cruz saw nurses arrested" says who saw, not who arrested."""
    clause = conjuncts(trigger)[0]
    verb = clause.head
    if clause.dep_ not in ("ccomp", "xcomp", "dobj") or verb.i == clause.i or verb.pos_ != "VERB":
        return []
    if verb.lemma_.lower() not in genericity_words()["settings"]:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        antecedent = verb.head  # "a crackdown by police that saw nurses arrested"
        if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "by" and antecedent.head.head.pos_ == "NOUN":
            return [antecedent]  # the parser hung the relative on the agent, not on "crackdown"
        subjects = [antecedent]
    return [o for s in subjects if s.pos_ == "NOUN" for p, o in finder.preps(s) if p == "by"]


def _shares_past(verb: Any, auxiliaries: list[Any]) -> bool:
    """A verb coordinated with a verb in the simple past, with no auxiliary of its own, is in the past too, though
    the tagger read its form as the base or present ("police arrested and beat protesters", "soldiers detained and
    beat villagers": "beat" is past and base alike); "police arrest protesters and beat journalists" is present."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBP") or auxiliaries:
        return False
    head = verb.head
    return bool(head.i != verb.i and head.pos_ == "VERB" and head.tag_ == "VBD")


def _teller(verb: Any) -> Any | None:
    """The verb of telling or perceiving whose complement a passive gerund is: "described being beaten", "complained
    of being tortured", "the strike saw teachers being detained" (``undergone_tellers``) — not "fled for fear of being
    arrested"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in ("xcomp", "ccomp"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in genericity_words()["tellers"] else None


def iterative(trigger: Any) -> str | None:
    """ "for years", "every week", "daily" in the trigger's clause (its coordinated verbs included)."""
    clause = conjuncts(trigger)[0]
    found = genericity_words()["iterative"].search(" ".join(t.lower_ for t in clause.subtree))
    return found.group(0) if found is not None else None


def _universal(token: Any) -> bool:
    """ "anyone who", "most of those abducted", "all those executed": of anyone or everyone."""
    universal = genericity_words()["universal"]
    return token.lower_ in universal or any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in universal for c in token.children
    )


def conjuncts(verb: Any) -> list[Any]:
    """The verb and those coordinated with it, the first first ("were harassed and arrested by …" share the agent),
    also across a list the parser broke ("have been persecuted, attacked and arrested": "attacked" hangs on
    "persecuted" as a bare dependent)."""
    head = verb
    while head.head.i != head.i and (head.dep_ == "conj" or _broken_list(head)):
        head = head.head
    found = [head]
    for verb in found:  # the chain of conjuncts only, not the verbs of clauses inside them
        found += [c for c in verb.children if (c.dep_ == "conj" and c.pos_ == "VERB") or _broken_list(c)]
    return found


def _broken_list(verb: Any) -> bool:
    return bool(verb.dep_ == "dep" and verb.tag_ == verb.head.tag_ == "VBN")


def _shared_doer(verb: Any) -> list[Any]:
    """ "Soldiers tortured and detained villagers": an active conjunct does what its head's subject does."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)
    active = verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ != "conj" or own or not active:
        return []
    shared = syntax.joined_subject(verb.head)  # "Soldiers stormed the village, beat and detained villagers"
    return [c for c in shared.head.children if c.dep_ == "nsubj"] if shared is not None else []


def _actor(finder: Any, token: Any) -> bool:
    """A state or definite actor: "police", "security forces", "the army", "the kidnappers"."""
    words = [*(c.lower_ for c in token.lefts if c.dep_ == "compound"), token.lower_]
    actors = genericity_words()["actors"]
    if token.lemma_.lower() in actors or any(" ".join(words[k:]) in actors for k in range(len(words))):
        return True
    return specific(finder, token) and kind_of(finder, token) not in NO_ONE


def _definite_place(finder: Any, token: Any) -> bool:
    """ "in the capital", "at the border", "in Tarvik prison": a place noun made definite (by a determiner or by the
    name before it), more specific than a country."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.children)
    definite = definite or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    lemma = token.lemma_.lower()
    kind = kind_of(finder, token)
    place = kind in ("place", "facility") or lemma in place_words()["camp_words"]  # "in Tarvik prison"
    return definite and place and lemma not in genericity_words()["broad_places"]
