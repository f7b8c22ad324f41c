"""Whom a list of members names (rules in docs/extraction.md, "Violations").

"the arrest of Tarvik Post journalists Kim Ok-sun and Pak Chol": the parser hangs the names on the plural noun as
its apposition, so the noun's conjuncts alone miss the second name. Each person of a list that a plural
description gives (:func:`listed`: an apposition, "namely", "including", "such as") is named by the "of"
as much as the noun itself — the same reading verbs get for their objects. The words are data
(``lists`` in data/events.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.vocab import load

_PLURAL = ("NNS", "NNPS")


@cache
def list_words(key: str) -> frozenset[str]:
    """A word list of ``lists`` in data/events.yaml, lower case."""
    return frozenset(str(w).lower() for w in load("events.yaml")["lists"][key])


def listed(token: Any, depth: int = 0) -> list[Any]:
    """The words of a list of members that a plural description gives: "seven activists, namely A, B and C",
    "nine workers who were identified as A and B", "lawyers such as A", "dozens of critics, including A" —
    each member's head word with its conjuncts (the caller keeps those that are persons). A list the parser
    read as a chain of appositions ("namely: A, B, C and D": B apposed to A) is one list; a member that is a
    plural description of its own gives its own list ("three others, including activists A and B")."""
    if token.tag_ not in _PLURAL:
        return []
    heads = []
    for child in token.children:
        if child.dep_ == "appos":
            heads.append(child)
        elif child.dep_ == "prep" and (
            child.lower_ in list_words("prepositions")
            or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))
        ):
            heads += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("relcl", "acl") and child.lemma_.lower() in list_words("naming_verbs"):
            heads += [
                o
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children
                if o.dep_ == "pobj"
            ]
    members: list[Any] = []
    for head in heads:
        for member in apposition_chain(head):
            if member not in members:
                members.append(member)
            if depth < 2:
                members += [m for m in listed(member, depth + 1) if m not in members]
    return members


def lists_persons(token: Any, person: Callable[[Any], bool]) -> bool:
    """Whether a plural description lists a named person ("prominent figures, including Kim Ok-sun"): the
    description then stands for people, whatever its word usually means."""
    return any(person(member) for member in listed(token))


def apposition_chain(head: Any) -> list[Any]:
    """The head, its conjuncts, and the names apposed to any of them, with theirs ("A, B, C and D" read as B
    apposed to A and C, D joined to B; "A of Kenya and B of Chile" read as B joined to Kenya; "A, aunt of the
    suspect, and B" read as B joined to "aunt"). The caller keeps the persons."""
    chain: list[Any] = []
    todo = [head]
    while todo and len(chain) < 50:
        word = todo.pop(0)
        for member in (word, *word.conjuncts):
            if member in chain:
                continue
            chain.append(member)
            todo += [c for c in member.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            todo += [  # "A, aunt of the suspect, and B": the parser joins B to the description apposed to A
                c
                for d in member.children
                if d.dep_ == "appos" and d.pos_ == "NOUN"
                for c in d.conjuncts
                if c.pos_ == "PROPN" and c.i > d.i
            ]
            todo += [  # "A of Kenya and B of Chile": the parser joins B to Kenya
                c
                for p in member.children
                if p.dep_ == "prep" and p.lower_ in ("of", "from")
                for o in p.children
                if o.dep_ == "pobj"
                for c in o.conjuncts
                if c.pos_ == "PROPN"
            ]
    return chain


def apposed_names(token: Any, verb: Any = None) -> list[Any]:
    """The names apposed to a phrase and whatever the parser joined to them, with the lists of plurals among
    them: "detained the group's leader, A, its vice-chair, B, and seven other members: C and D" — A, B, C, D
    (the caller keeps the persons). An apposition stands beside its phrase: none of a subject lies past its
    ``verb`` ("Police arrested seven activists namely: A, B": the parser may hang the list on "Police")."""
    found: list[Any] = []
    for apposed in (c for c in token.children if c.dep_ == "appos" and c.i > token.i):
        if verb is not None and token.i < verb.i < apposed.i:
            continue
        for member in apposition_chain(apposed):
            found += [m for m in (member, *listed(member)) if m not in found]
    return found


def of_members(pobj: Any, person: Callable[[Any], str | None]) -> list[Any]:
    """The phrases an event noun's "of" names: the object with its conjuncts, and for each the persons of the
    list its plural description gives ("of journalists A and B", "of seven activists, namely A, B and C"). What
    the parser joined to the event noun itself after the object is more of it: in "the deaths of journalists A and
    B and aid workers C and D" it may join "workers" or C to "deaths" and hang C on it as an apposition, but no
    person is coordinated with an event or apposed to it."""
    members: list[Any] = []
    for head in (pobj, *pobj.conjuncts):
        members.append(head)
        members += [named for named in listed(head) if person(named) is not None and named not in members]
    for stray in _joined_to_event(pobj):
        found = apposition_chain(stray) if stray.pos_ == "PROPN" else listed(stray)
        members += [named for named in found if person(named) is not None and named not in members]
    return members


def _joined_to_event(pobj: Any) -> list[Any]:
    """The conjuncts and appositions of the event noun whose "of" the object is, after that object."""
    event = pobj.head.head if pobj.head.dep_ == "prep" else pobj
    events = [event, *event.conjuncts] if event.i != pobj.i else []
    joined = [*event.conjuncts, *(c for e in events for c in e.children if c.dep_ == "appos")] if events else []
    return [c for c in joined if c.i > pobj.i and (c.pos_ == "PROPN" or c.tag_ in _PLURAL)]


# Links by which a list hung on the verb's clause may reach the verb: "detained …, including A",
# "detained over the past year for their writing, including A" (the parser hangs it on the last noun).
_CLAUSE_LINKS = ("prep", "pobj", "pcomp", "npadvmod")


def clause_listed(token: Any, verb: Any) -> list[Any]:
    """The members a plural object gives, as the description's own list ("arrested seven activists, namely A
    and B") or as a list the parser hung on the verb's clause after it: "A dozen writers were detained last
    year, including A and B", "Police arrested twelve students in Tarvik, including A" — A and B were; "abducted
    two aid workers, A of Kenya and B of Chile" (the names hung on the verb after the object's comma); the noun a
    bare past participle tells of likewise ("with ten writers held behind bars, including A")."""
    found = listed(token)
    if found or token.tag_ not in _PLURAL or not (_participle_of(token, verb) or _object_of(token, verb)):
        return found
    for word in verb.subtree:
        if word.i <= token.i or word.dep_ != "prep" or word.lower_ not in list_words("prepositions"):
            continue
        if _hangs_on(word, verb):
            found += [m for o in word.children if o.dep_ == "pobj" for m in apposition_chain(o)]
    if token.dep_ == "dobj":
        for child in verb.children:
            if child.dep_ in ("npadvmod", "appos") and child.pos_ == "PROPN" and _after_comma(token, child):
                found += [m for m in apposition_chain(child) if m not in found]
        found += [m for m in _stray_list(token, verb) if m not in found]
    return found


def _stray_list(noun: Any, verb: Any) -> list[Any]:
    """ "Police arrested seven activists namely: A, B and C": the names right after the plural object and a word
    of ``lists.openers`` that the parser hung on a word before the object (as the subject's apposition, or on the
    verb), or made the head the verb hangs on."""
    doc, k = noun.doc, max(t.i for t in noun.subtree) + 1
    opened = False
    while k < len(doc) and doc[k].lower_ in list_words("openers"):
        opened, k = True, k + 1
    if not opened or k >= len(doc) or doc[k].pos_ != "PROPN":
        return []
    hung = [t for t in doc[k : k + 6] if t.head.i < noun.i and t.dep_ in ("appos", "npadvmod", "dobj")]
    name = next(iter(hung), None) or next((t for t in doc[k : k + 6] if t.is_ancestor(verb)), None)
    if name is None or min([name.i, *(c.i for c in name.children if c.dep_ == "compound")]) != k:
        return []  # the list begins right there
    return apposition_chain(name)


def _object_of(token: Any, verb: Any) -> bool:
    """Whether the noun is the verb's object or passive subject."""
    return bool(token.head.i == verb.i and token.dep_ in ("dobj", "nsubjpass"))


def _one_list(first: Any, other: Any) -> bool:
    """Whether two phrases are one list split by the parser: "and" or "or" between the first's last conjunct and
    the other ("A, the lawyer B, and C"; not "according to the monitor, Tarvik Watch, dozens of people")."""
    start, end = sorted((max(w.i for w in (first, *first.conjuncts)), other.left_edge.i))
    return any(t.dep_ == "cc" for t in first.doc[start:end])


def _participle_of(token: Any, verb: Any) -> bool:
    """Whether a bare past participle tells what befell the noun: "ten writers held behind bars" (the noun's
    participle), "with ten writers held behind bars" (the parser makes the noun its subject)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return bool((verb.dep_ == "acl" and verb.head.i == token.i) or (token.head.i == verb.i and token.dep_ == "nsubj"))


def _after_comma(noun: Any, name: Any) -> bool:
    """Whether the name follows the noun's phrase and a comma: "two aid workers, A of Kenya"."""
    end = max(t.i for t in noun.subtree)
    doc = noun.doc
    return bool(name.left_edge.i == end + 2 and doc[end + 1].text == ",")


def _hangs_on(word: Any, verb: Any) -> bool:
    """Whether the list word reaches the verb through prepositions alone, past no plural noun of its own ("in
    several towns including …" lists towns) but a noun of custody ("held behind bars, including …")."""
    node = word
    while node.i != verb.i:
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.i != verb.i and node.tag_ in _PLURAL and node.lower_ not in list_words("custody_plurals"):
            return False
    return True


def companions(verb: Any) -> list[Any]:
    """Those an event befell with its patient: "A was arrested with three others, including B and C", "A was
    detained along with her husband D" — the words of the "with" with their conjuncts and appositions, and the
    list a plural companion gives (the caller keeps the persons; "charged with spreading lies on Twitter" names
    no companion)."""
    return joined_to(verb, list_words("companions"))


def subject_companions(verb: Any, nouns: list[Any], on_verb: bool = True) -> list[Any]:
    """Those ``nouns`` (the clause's subject or patient, with their conjuncts) or, with ``on_verb``, the verb itself
    are joined to by "along with", "together with" or a word of ``lists.subject_companions``, wherever it stands: "The
    husband and wife, along with their nephew, were caught", "Ana Berg, along with her son, was arrested" — the
    nephew and the son were too."""
    joined = list_words("subject_companions")
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    shared = [verb.head] if verb.dep_ in ("xcomp", "conj") and not own else []  # "…, tried to cross but were caught"
    verbs = [verb, *shared] if on_verb else []
    heads = [*verbs, *(n for noun in nouns if noun is not None for n in (noun, *noun.conjuncts))]
    return [m for head in heads for m in joined_to(head, joined)]


def joined_to(head: Any, words: frozenset[str]) -> list[Any]:
    """The persons' words a companion word among ``head``'s children joins to it: a word of ``words`` ("with"),
    or "with" with a word of ``lists.companion_adverbs`` ("along with", "together with", however the parser hangs
    the two)."""
    adverbs = list_words("companion_adverbs")
    found: list[Any] = []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        if prep.lower_ in adverbs:  # "along with": the parser may hang "with" on "along"
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
            joined = prep.lower_ == "with"
        else:  # or "along" on "with"
            joined = prep.lower_ in words or (
                prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in adverbs for c in prep.children)
            )
        if not joined:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for head_word in apposition_chain(pobj):
                found += [m for m in (head_word, *listed(head_word)) if m not in found]
    return found


def stray_objects(token: Any, verb: Any) -> list[Any]:
    """Objects the parser hung on the verb itself: in "Police detained the lawyers A and B, and the journalist C",
    "journalist" becomes a conjunct of "detained" — a noun joined to a verb is one more of its objects. Each comes
    with the persons its description lists ("the journalist C"). In "A, the lawyer B, and the blogger C were
    convicted" the parser makes C a second passive subject: every passive subject of the verb is its patient. In
    "arrested journalists A and B" it may make the names a second object right after the role: they are objects too."""
    if token.dep_ == "nsubjpass" and token.head.i == verb.i:  # "A, the lawyer B, and C were convicted": the parser
        others = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i != token.i]  # splits the list in two
        return [w for c in others if _one_list(c, token) for w in (c, *c.conjuncts)]
    if token.dep_ != "dobj" or token.head.i != verb.i:
        return []
    found: list[Any] = []
    for name in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1):
        found += [name, *name.conjuncts]  # "arrested journalists Ana Ruiz and Tomas Vidal": the role and its names
    for noun in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > token.i):
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in noun.children):
            continue  # a clause of its own the parser took for a noun
        found += [noun, *noun.conjuncts, *listed(noun)]
    return found


def owner_set_apart(token: Any, verb: Any, entity: Callable[[Any], str | None]) -> list[Any]:
    """The person a list of her own relatives begins with, where the parser set her apart from the list: in "Ana
    Berg, her son and her parents were arrested" it hangs Berg on the verb as an adverb or a second subject, in "Kim,
    her husband and her parents were arrested" it may make the relatives her apposition — but no one is her own
    relative, so a name the list's possessive means is the list's first member."""
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        names = [token.head]  # "Kim, her husband and …"
    else:
        apart = ("npadvmod", "intj", token.dep_)  # "Kim Eun-ha and her parents": "ha" an interjection
        names = [c for c in verb.children if c.dep_ in apart and c.pos_ in ("PROPN", "INTJ") and c.i < token.i]
    owners = {entity(c) for t in (token, *token.conjuncts) for c in t.children if c.dep_ == "poss"} - {None}
    return [name for name in names if entity(name) is not None and entity(name) in owners]
