"""A proper name in the plural is a team's, a family's or a people's — never one person's (docs/extraction.md,
"Places and routes").

spaCy's small model tags a sports team's name a person's ("the Otters lost to the Falcons 53-47", "Bulldogs
coach Ivo Reck"), which then becomes a victim of what is done to a team ("beat the Otters"). A name whose last word
is plural in form ("Otters", "Tarvik Sharks") is a team's, an organisation, when a score follows it ("Falcons
53-47") or a word of a team's people or play (``team_words`` of data/name_kinds.yaml: "Otters coach", "Otters
fans"), or when the article "the" stands before it in a sentence with such a word ("the" through lowercase
modifiers but no common noun, which says what the name is: "the ninth-seeded Otters", not "the daily Eleftheros
Tarvos"); with "the" before it and no game in sight it names several people, a group ("the Varossians", "the
Holmses will face trial"); unless it opens with a listed given name ("the Rev. Jesse Holms"), its last word is one
("the fumble-prone Jamal Charles"), or its last word is the last word of a longer name the document gives a person
("Serena Lyons" … "the Lyons"). A name ending in a sports team's plural nickname (``team_nicknames``: "Bobcats",
"Steelers") is a team's whatever its context and its first word ("the league's Ida Bobcats").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.gender import is_given_name
from tumen.extract.vocab import load

SINGULAR_ENDINGS = ("ss", "us", "is", "ys'", "'s", "’s")


@cache
def team_nicknames() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_kinds.yaml")["team_nicknames"])


@cache
def team_words() -> frozenset[str]:
    return frozenset(str(w) for w in load("name_kinds.yaml")["team_words"])


def teams_by_evidence(doc: Any, mentions: list[Any]) -> None:
    """Make a group of every person mention (and every mention of its form) whose name is plural in form and read
    as several people's, and an organisation of it where its sentence speaks of a game (in place)."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) > 1}
    kinds: dict[str, str] = {}
    for m in mentions:
        if m.kind != "person" or m.label != "PERSON":
            continue
        if m.text.split()[-1] in team_nicknames():
            kinds[m.text] = "organization"  # "the league's Ida Bobcats", "against Steelers"
            continue
        if not _plural_name(m.text, surnames):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _played(span) or (_the_before(span) and _in_a_game(span.sent)):
            kinds[m.text] = "organization"
        elif _the_before(span):
            kinds.setdefault(m.text, "group")
    for m in mentions:
        if m.text in kinds and m.kind == "person" and m.label == "PERSON":
            m.kind = kinds[m.text]
            m.label = "ORG" if m.kind == "organization" else "NORP"


def _plural_name(name: str, surnames: set[str]) -> bool:
    words = name.split()
    last = words[-1]
    if len(last) < 4 or not last[0].isupper() or not last.endswith("s") or last.endswith(SINGULAR_ENDINGS):
        return False
    if last.isupper() or is_given_name(last) or (len(words) > 1 and is_given_name(words[0])):
        return False  # "Jamaal Charles", "Ana Brooks": a person's
    return not (len(words) == 1 and last in surnames)


def _played(span: Any) -> bool:
    """ "Falcons 53-47", "Otters coach": a score or a word of a team's people or play right after the name."""
    doc = span.doc
    return _score_at(doc, span.end) or (span.end < len(doc) and doc[span.end].lower_ in team_words())


def _in_a_game(sent: Any) -> bool:
    """A sentence with a word of a team's people or play in it."""
    return any(t.lower_ in team_words() for t in sent)


def _the_before(span: Any) -> bool:
    """ "the Otters", "the ninth-seeded Otters": "the" before the name, through lowercase modifiers of it that are
    no common noun."""
    doc = span.doc
    for i in range(span.start - 1, span.root.left_edge.i - 1, -1):
        if doc[i].lower_ == "the" and doc[i].dep_ == "det":
            return True
        if not (doc[i].is_lower or doc[i].like_num or doc[i].is_punct) or doc[i].tag_ in ("NN", "NNS"):
            return False  # "the conservative daily Eleftheros Tarvos": the noun says what the name is
    return False


def _score_at(doc: Any, i: int) -> bool:
    """ "53-47", "70 - 61": a number, a dash and a number."""
    if i + 2 >= len(doc) or not doc[i].like_num:
        return False
    dash = doc[i + 1].text in ("-", "–", "—")
    return dash and doc[i + 2].like_num
