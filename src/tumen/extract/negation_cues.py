"""Negations of an English event trigger told by its arguments and governors rather than by a "not" on its clause
(:mod:`tumen.extract.modality`): a negative quantifier as its subject or object ("none of the activists", "no
journalist"; not "no fewer than"), an event noun a negated verb of carrying out leaves undone ("the arrest was never
carried out", "nobody ordered his arrest"), and a negated verb of saying that leaves its clause untold ("police did
not confirm that she was held") or, as a denial denied, tells it."""

from __future__ import annotations

from typing import Any

from tumen.extract.governing_clauses import infinitive
from tumen.extract.list_heads import list_head


def not_brought_about(noun: Any, mod: dict[str, Any]) -> bool:
    """An event noun that did not happen: the subject of a negated verb of carrying out or taking place ("the arrest
    was never carried out", "the detention never took place"), or the object of one whose subject is no one
    ("nobody ordered his arrest"). A negated verb with a doer only denies that doer's part: "the governor did not
    order the arrest", "he did not commit the murder" leave the event told."""
    found = brought_about_by(noun, mod, ("dobj", "nsubj", "nsubjpass"))
    if found is None:
        return False
    noun, verb = found
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False  # "take" only in "took place"
    if noun.dep_ == "dobj":
        return negative_argument(verb, mod)  # "nobody ordered his arrest"
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def brought_about_by(noun: Any, mod: dict[str, Any], deps: tuple[str, ...]) -> tuple[Any, Any] | None:
    """The head of the list the event noun is in (itself when none) and the verb of carrying out or taking place
    (``modality: bringing_about``) it is an argument of, by one of ``deps`` ("ordered the arrest", "the detention never
    took place"); else None."""
    noun = list_head(noun)
    verb = noun.head
    if noun.dep_ not in deps or verb.i == noun.i or verb.lemma_.lower() not in mod.get("bringing_about", ()):
        return None
    return noun, verb


def unsaid(link: Any, chain: list[Any], mod: dict[str, Any]) -> str | None:
    """The modality a verb of saying or showing (``unsaid``) gives the clause it governs when it is negated, itself or
    the verb its infinitive hangs on: a "that" clause is not told ("the article does not go on to say that he was
    sentenced", "police did not confirm that she was held": hypothetical), a clause of "when", "where", "why" or
    "how" is ("police did not say when she was arrested": asserted, only its time or place untold). None for any
    other verb, or one not negated. A negated verb of denying (``denying``) asserts its clause: "did not deny that she
    was arrested"."""
    index = chain.index(link)
    lemma = link.lemma_.lower()
    denying = lemma in mod.get("denying", frozenset())
    if index == 0 or chain[index - 1].dep_ != "ccomp" or not (denying or lemma in mod.get("unsaid", frozenset())):
        return None
    verbs = [link]
    while (verbs[-1].dep_ == "xcomp" or infinitive(verbs[-1])) and len(verbs) < 4:  # "does not go on to say"
        verbs.append(verbs[-1].head)
    if not any(c.dep_ == "neg" for v in verbs for c in v.children):
        return None
    if denying:
        return "asserted"  # "did not deny that she was arrested": a denial denied tells it
    wh = any(c.tag_ == "WRB" and c.i < chain[index - 1].i for c in chain[index - 1].children)
    return "asserted" if wh else "hypothetical"


def negative_argument(verb: Any, mod: dict[str, Any]) -> bool:
    """The verb's subject or object is a negative quantifier ("none of the activists", "nobody") or a noun with
    "no" before it ("no journalist"), also written with a hyphen ("no-one") and as the subject of the verb a raised
    infinitive hangs on ("no one is believed to have been hurt")."""
    raised = verb.head if verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children) else verb
    raised = verb if raised.lemma_.lower() in mod["irrealis_governors"] else raised  # "no one wanted to be": wanted
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    arguments += [c for c in raised.children if c.dep_ in ("nsubj", "nsubjpass")] if raised.i != verb.i else []
    for argument in arguments:
        following = argument.nbor() if argument.i + 1 < len(argument.doc) else argument
        if argument.lower_ in mod["negative_quantifiers"] and following.lower_ not in mod["negation_idioms"]:
            return True  # not "none other than the mayor"
        joined = argument.doc[argument.i : argument.i + 3].text.lower() if argument.i + 3 <= len(argument.doc) else ""
        if joined.replace(" ", "") in mod["negative_quantifiers"]:
            return True  # "No-one", split by the tokeniser
        if any(c.dep_ == "det" and c.lower_ == "no" and not _comparative(c.nbor()) for c in argument.children):
            return True
    return False


def _comparative(word: Any) -> bool:
    """ "no fewer than 300 people", "no less than": a number's bound, not a negation."""
    return word.tag_ in ("JJR", "RBR") or word.lower_ in ("fewer", "less", "more")
