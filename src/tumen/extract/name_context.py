"""What stands around a name that says how to read it (rules in docs/extraction.md, "Names").

A month or a weekday after a capitalised preposition ("In May", "On Monday") is a time, never a given name; a
capitalised Vietnamese surname right before a run that looks like a romanised Korean name ("Pham Chi Dung", "Ho Chi
Minh") opens one Vietnamese name; a listed given name right before such a run ("Mary Jo Peyton") opens one name in
the given-name-first order; a word spaCy split off the front of a person's name as a thing of its own ("Abdiaziz"
taken for a place before "Ahmed Gurbiye") is part of it. The word lists are data (data/time_words.yaml,
data/given_names.yaml).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tumen.extract import places, role_words
from tumen.extract.capital_nouns import capitalised_common_noun, written_alone
from tumen.extract.gender import is_given_name
from tumen.extract.names import is_korean_surname
from tumen.extract.nlp import text_of, token_at
from tumen.extract.vocab import load


@cache
def calendar_names() -> frozenset[str]:
    """Full month and weekday names (time_words.yaml): "In January", "In May", "On Monday" open a sentence with a
    time, and "In"/"On" are also romanised surnames; a month or a weekday is never a given name."""
    words = load("time_words.yaml")["en"]
    return frozenset(str(names[0]) for table in ("months", "weekdays") for names in words[table].values())


_WORD_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][a-z]+) $")


def vietnamese_surname_before(text: str, start: int) -> bool:
    """Whether a capitalised Vietnamese surname (``middle_words_after_surnames`` in data/given_names.yaml) stands
    right before ``start``, a space between: a Vietnamese name opens with its surname."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in _vietnamese_surnames()


@cache
def _vietnamese_surnames() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("given_names.yaml")["middle_words_after_surnames"]["surnames"])


def given_name_before(text: str, start: int) -> int | None:
    """Where a given name of data/given_names.yaml that stands right before ``start`` (a space between) begins, or
    None: "Mary Jo Peyton" is one name in the given-name-first order, not Mary and the Korean-looking "Jo Peyton" (a
    Korean name opens with its surname; a word that is a surname as well opens nothing: "Lee")."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None or not is_given_name(before.group(1)) or is_korean_surname(before.group(1)):
        return None
    return max(0, start - 30) + before.start(1)


# spaCy's labels for a given name it took for a thing of its own: "Tawanda" (NORP), "Abdiaziz" (GPE)
NAME_PART_LABELS = frozenset({"PERSON", "NORP", "GPE", "LOC", "FAC"})


def name_part_before(ent: Any) -> Any | None:
    """The entity spaCy split off the front of a person's name ("Abdiaziz" + "Ahmed Gurbiye", "Safiya Aden" +
    "Osman"): right before the name, a space between, capitalised proper nouns that modify it, none a title, a role,
    a place the gazetteer knows or a people's name, not the same name again ("Ana Cruz Ana Cruz" of a byline), and,
    when spaCy took it for a nationality or group, a listed given name."""
    doc, titles = ent.doc, load("kinship.yaml")["titles"]
    if ent.start == 0 or doc[ent.start - 1].ent_type_ not in NAME_PART_LABELS:
        return None  # no entity of those labels ends right before it (spares a walk over every entity)
    before = next((e for e in doc.ents if e.end == ent.start), None)
    if before is None or before.label_ not in NAME_PART_LABELS or before.text == ent.text:
        return None
    last = doc[before.end - 1]
    if last.whitespace_ != " " or last.dep_ not in ("compound", "nmod") or not ent.start <= last.head.i < ent.end:
        return None
    if any(
        w.pos_ != "PROPN"
        or not w.text.isalpha()
        or not (w.text[:1].isupper() and w.text[1:].islower())  # "Kasilo County MP Ana Cruz": "MP" is no name
        or w.text in titles
        or role_words.is_role_word(w)
        or w.lower_ in calendar_names()
        for w in before
    ):
        return None
    if places.lookup(before.text) is not None or places.is_demonym(before.text):
        return None
    if before.label_ == "NORP" and not all(is_given_name(w.text) for w in before):
        return None  # "Israeli Dan Cohen": a nationality or a faith, unless a listed given name ("Adrian")
    return before


def repeated_name_start(text: str, start: int, end: int) -> int:
    """Where the last of a name written twice in a row begins ("… honour Ana Cruz Ana Cruz's family": a caption
    run into the text), else ``start``: no one's name is another name said twice."""
    words = text[start:end].split()
    half = len(words) // 2
    if len(words) < 4 or len(words) % 2 or words[:half] != words[half:]:
        return start
    return text.index(words[half], start + len(words[0]))


def starts_a_sentence(text: str, start: int) -> bool:
    """Whether ``start`` begins the text, a line, a sentence or a quotation."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“‘'"


def preposition_before_a_name(parts: list[str]) -> bool:
    """A capitalised preposition before a surname or a known place: "In Kang's trial", "In Aligarh"."""
    if len(parts) != 2 or parts[0].lower() not in SENTENCE_PREPOSITIONS:
        return False
    return is_korean_surname(parts[1]) or places.lookup(parts[1]) is not None


# Prepositions that begin a sentence with a capital the parser may take for part of the name after them ("In
# Tilak's trial"); a name is not extended over them.
SENTENCE_PREPOSITIONS = frozenset({"in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "under"})


_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)


def without_article_names(text: str, mentions: list[Any]) -> list[Any]:
    """The mentions without persons' names the article "the" always stands before: no one is called "the Ana
    Ruiz"; the name of a ship ("The Sea Lark was detained in port"), of a people ("the Adara") or a name that
    modifies a noun ("the Ruiz administration") is no person of the text. A form said once without the article,
    or within another person's name, stays; so does a Korean name the pattern found."""
    persons: dict[str, list[Any]] = {}
    for m in mentions:
        if m.kind == "person":
            persons.setdefault(m.text, []).append(m)
    gone = {
        form
        for form, found in persons.items()
        if all(_THE_BEFORE.search(text[max(0, m.start - 5) : m.start]) for m in found)
        and not any(m.label == "KOREAN_NAME" for m in found)
        and not any(other != form and f" {form} " in f" {other} " for other in persons)
    }
    gone |= {
        f
        for f in persons
        if (_common_word(text, f) or capitalised_common_noun(text, f))
        and not any(f in o.split() for o in persons if o != f)
    }
    return [m for m in mentions if not (m.kind == "person" and m.text in gone)]


def _common_word(text: str, form: str) -> bool:
    """A one-word form the text also writes in lower case, and no surname or listed given name: "Conspiracy",
    "Schools" capitalised in a heading, and "conspiracy" in the text, are words, not a person's name."""
    if " " in form or not form.isalpha() or is_korean_surname(form) or is_given_name(form):
        return False
    return written_alone(text, form.lower()) > 0


_A_BEFORE = re.compile(r"(?:^|\W)an?\s+$", re.IGNORECASE)
_HEADS = frozenset(["dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos"])  # a noun phrase's own head


def _joined(token: Any) -> bool:
    """ "a UK-based watchdog": a name joined by a hyphen to the word after it modifies that word; so does a town
    written as in an address, its state after a comma ("a Biloxi, Miss., motel")."""
    after = token.doc[token.i + 1 : token.i + 3]
    hyphen = len(after) > 0 and after[0].text == "-" and not token.whitespace_
    return hyphen or (len(after) == 2 and after[0].text == "," and after[1].is_title)


def without_counted_things(doc: Any, mentions: list[Any]) -> list[Any]:
    """The mentions without places and organisations of one word that the indefinite article always counts, heading
    their phrase: "police used a Taser", "armed with an Uzi" — a thing of a kind (a weapon, a product), not a place
    nor a body of people (no one writes "a Tarvik"). A name the article stands before as a modifier of a noun ("a
    Tarvik court", "an Indiana activist", "a UK-based group", "a Molotov cocktail") or said once without it stays."""
    text = text_of(doc)
    forms: dict[str, list[Any]] = {}
    for m in mentions:
        if m.kind in ("place", "organization") and m.text.isalpha():
            forms.setdefault(m.text, []).append(m)
    gone = set()
    for form, found in forms.items():
        tokens = [token_at(doc, m.start, m.end) for m in found]
        counted = [_A_BEFORE.search(text[max(0, m.start - 4) : m.start]) for m in found]
        if all(counted) and all(t is not None and t.dep_ in _HEADS and not _joined(t) for t in tokens):
            gone.add(form)
    return [m for m in mentions if not (m.kind in ("place", "organization") and m.text in gone)]


# Prepositions of place that may open a line or a sentence with a capital before a place's name ("Near Kaesong, …").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "inside", "around"})


def place_after_capital_preposition(text: str, start: int, end: int) -> int | None:
    """ "Near Kaesong, Changpung County", "Outside Hyesan, …": a capitalised preposition of place and then a place
    the gazetteer knows, taken by the parser for one person's name, are the place — unless the word after the
    preposition is a surname or a given name ("In Kang's trial"). Where the place starts, or None."""
    first, _, rest = text[start:end].partition(" ")
    if not rest or not first.istitle() or first.lower() not in _PLACE_PREPOSITIONS:
        return None
    head = rest.split()[0]
    if is_korean_surname(head) or is_given_name(head) or places.lookup(rest) is None:
        return None
    return start + len(first) + 1
