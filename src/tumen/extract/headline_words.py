"""Verbs of a capitalised headline are no part of the person's name the name finder glued them onto
(docs/extraction.md, "Persons").

In a headline every word is capitalised, and spaCy's small model reads "Ana Vale Dies at 81" or "Mayor Hires Ana
Vale" as one name with the verb. A word at the start or the end of a person's name that is a headline verb
(``headline_verbs`` of data/name_particles.yaml: "Dies", "Confesses", "Hires" …) is left out, so long as a word of
the name stays.

A headline drops the auxiliary of its passive: "Journalist Ana Vale abducted in Tarvik" tells that she was abducted,
but spaCy's small model tags the bare participle a past tense whose subject did it. A past tense that is the root of
a line of its own with no final stop (a headline or a caption, not running prose), with a subject and no object,
complement or auxiliary (but an adjective of its result: "shot dead"), is read as that participle
(:func:`headline_participle`); so is a participle the tagger tags as one ("Journalist killed in Norland"). Not when a
company's name inside a subject that is no person's stands before it ("Accused Tarvik Foods killer held for trial").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract.vocab import load

_WORD = re.compile(r"\S+")


@cache
def headline_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_particles.yaml")["headline_verbs"])


def without_headline_verbs(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a person's name without the capitalised headline verbs at its ends ("Ana Vale Dies" -> "Ana
    Vale", "Hires Ana Vale" -> "Ana Vale")."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    while len(words) > 1 and _verb(text[words[-1][0] : words[-1][1]]):
        words.pop()
    while len(words) > 1 and _verb(text[words[0][0] : words[0][1]]):
        words.pop(0)
    return (words[0][0], words[-1][1]) if words else (start, end)


def _verb(word: str) -> bool:
    return word[:1].isupper() and word.lower() in headline_verbs()


_UNFINISHED = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "aux", "auxpass", "nsubjpass", "prt"}
)
_RESULTS = frozenset({"acomp", "oprd"})  # "shot dead", "found dead", "beaten unconscious": an adjective of its result


def headline_participle(verb: Any) -> bool:
    """A headline's passive participle without its auxiliary ("Ana Vale abducted in Tarvik", "Activist shot dead in
    capital", "Journalist killed in Norland"): a past tense or participle (VBD, VBN) rooting a line of its own that
    ends with no stop, with a subject and neither an object nor a complement but an adjective of its result ("shot
    dead") — an active verb with none in a line of prose ends with a stop ("Ana Vale fled.")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.ent_type_ or any(company_subject(c, verb) for c in verb.children if c.dep_ == "nsubj"):
        return False  # a word of a name, or "Accused Tarvik Foods killer held for trial": not the company held
    if any(c.dep_ in _UNFINISHED and not (c.dep_ in _RESULTS and c.tag_ == "JJ") for c in verb.children):
        return False
    return own_line(verb.sent) and not shares_object(verb)


def shares_object(verb: Any) -> bool:
    """Whether a verb's conjoined past form takes an object with no subject of its own ("Two officers shot and killed
    a student": the object both verbs'), so the verb is active — a headline's passive participle's conjunct takes
    none ("Teen shot and killed in Tarvik")."""
    return any(
        c.dep_ == "conj"
        and c.tag_ in ("VBD", "VBN")
        and any(g.dep_ == "dobj" for g in c.children)
        and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for g in c.children)
        for c in verb.rights
    )


THINGS_NAMED = frozenset({"ORG", "FAC", "PRODUCT"})


def company_subject(subject: Any, verb: Any) -> bool:
    """A subject that is no person's name with a company's or a building's name inside it before the verb ("Accused
    Tarvik Foods killer"): the event's participant would be taken for that name."""
    inside = [t for t in subject.subtree if t.i < verb.i]
    return subject.ent_type_ != "PERSON" and any(t.ent_type_ in THINGS_NAMED for t in inside)


def own_line(sent: Any, text: str | None = None) -> bool:
    """A sentence that is a line of its own and ends with no stop: a headline, a sub-heading or a caption. ``text``
    is the document's text when the caller has it (spaCy's ``Doc.text`` joins every token again on each access)."""
    if text is None:
        text = sent.doc.user_data.get("tumen_text") or sent.doc.text  # tumen.extract.nlp.text_of's, once it is built
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.is_punct:
        return False
    before = sent.start_char
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = sent.end_char
    while after < len(text) and text[after] in " \t":
        after += 1
    starts = before == 0 or text[before - 1] == "\n"
    return starts and (after == len(text) or text[after] == "\n" or "\n" in sent[-1].text + sent[-1].whitespace_)


def title_case_line(doc: Any, i: int) -> bool:
    """Whether the i-th token stands in a title-case line: none of its words of four letters or more is in lower
    case ("Police Detain Maria Lopez After Tarvo Motors Strike")."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = i
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    words = [t.text for t in doc[start:end] if t.is_alpha]
    return len(words) > 2 and not any(len(w) > 3 and w.islower() for w in words)
