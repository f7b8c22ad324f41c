"""A collective word standing for persons named before it, in English: "both", "they", "them both" or "the two"
as the subject or object of an event stands for the conjoined persons just named ("a plan by his mother and brother
…, and both were executed"), or for the two persons mentioned last; "the three", "the two children" for the party of
exactly that many named together before (for children, without their parents)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from tumen.extract import kin_heads
from tumen.extract.entities import Grouping
from tumen.extract.event_args import EntityOf, is_person
from tumen.extract.event_lexicon import modality_words
from tumen.extract.event_syntax import subjects
from tumen.extract.nlp import sentence_at
from tumen.extract.token_filter import tokens_with
from tumen.extract.victim_lists import joined_to, list_words

COLLECTIVE = ("both", "they", "them", "two")
# How far back "they" finds the party of persons it stands for ("Kim, her mother and her sister walked to
# the river. … In 2001 they were found out and jailed"), unless another plural subject comes between.
PARTY_SENTENCES = 6
# A count names its party from further back: "the three" are the three persons named together last.
COUNTED_PARTY_SENTENCES = 12


def collective_members(token: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """ "both" / "they" / "the two" as the subject of an event: the conjoined persons
    named last before it in the same or the previous sentence ("his mother and brother")."""
    lower = token.lower_
    if lower in FIRST_PLURAL and entity_of(token) is None:
        return speakers_party(token, entity_of, grouping)
    if lower not in COLLECTIVE or entity_of(token) is not None or _singular_they(token):
        return []
    if lower == "two" and not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return []
    doc = token.doc
    near = sentence_at(token, -1).start
    both = _says_both(token)  # "them both": two persons of this or the previous sentence
    far = sentence_at(token, -PARTY_SENTENCES).start if lower in ("they", "them") and not both else near
    if lower in ("they", "them") and not both and (relatives := kin_party(token, far, entity_of, grouping)):
        return relatives  # "The sons of Ana Berg said they were beaten": the sons
    for candidate in range(token.i - 1, far - 1, -1):
        head = doc[candidate]
        if far < near and _other_plural(head, entity_of, grouping) and not _co_argument(head, token):
            # "the girls were put in an orphanage, where they …": they are the girls — and "the three" or
            # "the two children" are the party of that many named before them
            return counted_party(head, entity_of, grouping)
        if lower in ("they", "them") and (company := with_party(head, entity_of, grouping)):
            return company  # "Ana Berg crossed the river with her mother. They were caught": both
        if head.dep_ == "conj" or not head.conjuncts:
            continue
        members = _party(head, entity_of, grouping)
        if any(m.i >= token.i for m in members):
            continue
        if all(is_person(entity_of(m), grouping) for m in members):
            return members
    return last_two(token, entity_of, grouping) if both else []


def kin_party(token: Any, far: int, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """The noun of a party of relatives (:mod:`tumen.extract.kin_heads`: "the sons of Ana Berg", "her family") that
    "they" stands for when it is the only plural antecedent from ``far`` up to the pronoun — no other plural noun,
    no persons joined by "and" — and not the subject of the clause the pronoun is an object of; else empty."""
    plural = [
        t
        for t in token.doc[far : token.i]
        if t.pos_ in ("NOUN", "PROPN") and (t.tag_ in ("NNS", "NNPS") or (t.dep_ != "conj" and t.conjuncts))
    ]
    seen = {t.i for t in plural}
    plural += [t for t in token.doc[far : token.i] if t.i not in seen and kin_heads.head_entry(t) is not None]
    if len(plural) != 1 or _co_argument(plural[0], token):
        return []
    party, entry = plural[0], kin_heads.head_entry(plural[0])
    meant = entity_of(party)
    if entry is None or entry.get("one") or meant is None or not is_person(meant, grouping):
        return []
    found = grouping.by_id(meant)
    return [party] if found.name is None and found.anchor is not None else []


FIRST_PLURAL = ("we", "us")
FIRST_SINGULAR = ("i", "me")


def speakers_party(token: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """ "My mother and I crossed the river in 1998. We were caught a year later": "we" or "us" that names no one
    itself stands for the last party of persons that includes the speaker's "I" ("my mother and I", "me and my
    sister", "I crossed the river with my cousin" — or, with companions who are no one known, "I" alone: "I crossed
    with two other women. Police caught us"), in its own sentence (also after it: "We crossed the river, my mother
    and I") or up to PARTY_SENTENCES before; none, and it is no one known (a "we" of a family, a village or a
    people)."""
    parties = _speakers_parties(token.doc, entity_of, grouping)
    far = sentence_at(token, -PARTY_SENTENCES).start
    end = sentence_at(token, 0).end
    before = bisect_left(parties.starts, token.i) - 1  # the nearest party before the "we", else the first after it
    after = bisect_right(parties.starts, token.i)
    if before >= 0 and parties.starts[before] >= far:
        found = before
    elif after < len(parties.starts) and parties.starts[after] < end:
        found = after
    else:
        return []
    candidate, (members, speaker) = parties.starts[found], parties.found[found]
    return [] if parties.another_speaker(min(candidate, token.i), end, speaker) else members


@dataclass
class _Parties:
    """A document's parties that include a speaker's "I" (by the token their list is headed by, in order, with that
    speaker), and its subjects of reporting verbs with whom they name; found once per document."""

    key: tuple[Any, Grouping, int]
    starts: list[int] = field(default_factory=list)
    found: list[tuple[list[Any], str]] = field(default_factory=list)
    sayers: list[int] = field(default_factory=list)
    said: list[str] = field(default_factory=list)

    def another_speaker(self, start: int, end: int, speaker: str) -> bool:
        """Whether someone other than ``speaker`` says something between the party and the "we" (or in the "we"'s
        own sentence): 'Kim said: "My mother and I crossed …" Park said: "We arrested three smugglers"' — Park's
        "we"."""
        first, last = bisect_left(self.sayers, start), bisect_left(self.sayers, end)
        return any(said != speaker for said in self.said[first:last])


def _speakers_parties(doc: Any, entity_of: EntityOf, grouping: Grouping) -> _Parties:
    key = (entity_of, grouping, len(doc))
    kept: _Parties | None = doc.user_data.get("tumen_speakers_parties")
    if kept is not None and kept.key[0] == entity_of and kept.key[1] is grouping and kept.key[2] == len(doc):
        return kept
    parties = _Parties(key)
    saying = modality_words()["reporting_verbs"]
    nsubjects = {t.i for t in tokens_with(doc, "DEP", ("nsubj",))}  # no other word is read but a conjunct's head
    for head in (doc[i] for i in sorted(nsubjects | {t.head.i for t in tokens_with(doc, "DEP", ("conj",))})):
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in saying and (said := entity_of(head)) is not None:
            parties.sayers.append(head.i)
            parties.said.append(said)
        if head.dep_ == "conj" or not head.conjuncts:
            continue
        _add_party(parties, head, _party(head, entity_of, grouping), entity_of, grouping)
    companions = list_words("companions")
    for head in tokens_with(doc, "DEP", ("pobj",)):  # "I crossed the river with two other women": my party
        if head.head.lower_ in companions and head.head.dep_ == "prep" and _done_together(head.head):
            members = with_party(head, entity_of, grouping) or _speaker_with(head)
            _add_party(parties, head, members, entity_of, grouping)
    doc.user_data["tumen_speakers_parties"] = parties
    return parties


def _add_party(parties: _Parties, head: Any, members: list[Any], entity_of: EntityOf, grouping: Grouping) -> None:
    """Keep ``members`` (words, at ``head``) as a party of the speaker when one of them is "I"/"me" and all are
    persons."""
    speaker = next((entity_of(m) for m in members if m.lower_ in FIRST_SINGULAR), None)
    if speaker is not None and all(is_person(entity_of(m), grouping) for m in members):
        at = bisect_left(parties.starts, head.i)
        parties.starts.insert(at, head.i)
        parties.found.insert(at, (members, speaker))


def _done_together(word: Any) -> bool:
    """Whether a companion word ("with") hangs on a verb of going, living or being held together
    (``lists.companion_verbs``: "I crossed the river with two other women", "I lived with my aunt") — directly or
    through the verb's object ("crossed the river with …") — not of meeting or speaking ("I spoke with my lawyer")."""
    verb = word.head
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "npadvmod"):
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    return verb.lemma_.lower() in list_words("companion_verbs")


def _speaker_with(head: Any) -> list[Any]:
    """ "I crossed the river with two other women": the speaker's "I", the subject of the clause a companion phrase
    whose members are no one known is joined to; else empty."""
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [s for s in subjects(verb) if s.lower_ in FIRST_SINGULAR and s.i < head.i][:1]


SOMEONE = frozenset({"anyone", "someone", "everyone", "anybody", "somebody", "everybody", "whoever", "nobody"})


def with_party(head: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """ "Ana Berg fled with her mother (and sister)", "Ana Berg was arrested along with her husband": a person a
    companion word (``lists.companions``, "along with", "together with") joins to a clause makes a party with the
    one the clause is about — its object when that is a person ("the judge sentenced Ana Berg along with her husband":
    Ana Berg, not the judge), else its subject — with their conjuncts, then the companions. Empty unless ``head`` is
    such a companion (the first of its list) and every member is a person."""
    prep = head.head
    adverbs = list_words("companion_adverbs")
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in list_words("companions"):
        return []
    verb = prep.head.head if prep.head.lower_ in adverbs and prep.head.dep_ in ("advmod", "prep") else prep.head
    if verb.pos_ not in ("VERB", "AUX") or head.i not in {m.i for m in joined_to(verb, list_words("companions"))}:
        return []
    arguments = [c for c in verb.children if c.i < head.i]
    anchor = next((c for c in arguments if c.dep_ == "dobj" and is_person(entity_of(c), grouping)), None)
    anchor = anchor or next((c for c in subjects(verb) if c.i < head.i), None)
    if anchor is None:
        return []
    members = [anchor, *anchor.conjuncts, head, *head.conjuncts]
    return members if all(is_person(entity_of(m), grouping) for m in members) else []


def _singular_they(token: Any) -> bool:
    """ "an individual must show that they have suffered persecution": "they" after someone indefinite in its own
    sentence ("an individual", "a person", "anyone") is that one, no party of persons named before."""
    if token.lower_ not in ("they", "them"):
        return False
    indefinite = ("a", "an", "any", "every", "each")
    for word in token.doc[token.sent.start : token.i]:
        if word.lower_ in SOMEONE:
            return True
        subject = word.tag_ == "NN" and word.dep_ in ("nsubj", "nsubjpass")
        if subject and any(c.dep_ == "det" and c.lower_ in indefinite for c in word.children):
            return True
    return False


def _says_both(token: Any) -> bool:
    """ "both", "them both", "they both", "both of them": two persons, whoever they are."""
    if token.lower_ == "both":
        return True
    return token.lower_ in ("they", "them") and any(c.lower_ == "both" for c in token.children)


def last_two(token: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """ "She was forced to watch as her son was beaten. The guards sold them both": "both" with no list
    named before it stands for the two persons mentioned last, in its sentence or the previous one (not
    the subject of its own clause: "Kang sold them both" does not sell Kang). Empty unless there are two."""
    clause_subjects = {entity_of(c) for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i}
    found: list[Any] = []
    seen: set[str] = set()
    for index in range(token.i - 1, sentence_at(token, -1).start - 1, -1):
        candidate = token.doc[index]
        entity_id = entity_of(candidate)
        if entity_id is None or entity_id in seen or entity_id in clause_subjects or not is_person(entity_id, grouping):
            continue
        seen.add(entity_id)
        found.append(candidate)
        if len(found) == 2:
            return found
    return []


def _party(head: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """A conjoined list of persons, with the persons the parser hung beside it as appositions of the same
    word ("…, Ms Jo, then aged seven, her mother and another sister, Jinhye, 10, walked": Jo, mother and
    sister are one list)."""
    members = [head, *head.conjuncts]
    if head.dep_ == "appos":
        beside = [
            c
            for c in head.head.children
            if c.dep_ == "appos" and c.i != head.i and not c.conjuncts and is_person(entity_of(c), grouping)
        ]
        members = sorted([*beside, *members], key=lambda t: t.i)
    elif head.dep_ in ("nsubj", "nsubjpass"):  # "From their province of X, Ms Jo, …, her mother and …": a
        # person taken for an apposition of the place fronted before the list is the list's first member
        beside = [t for t in head.sent if t.i < head.i and _fronted_member(t, head, entity_of, grouping)]
        members = sorted([*beside, *members], key=lambda t: t.i)
    return members


def _fronted_member(token: Any, head: Any, entity_of: EntityOf, grouping: Grouping) -> bool:
    """A person apposed to a word that is no person, with nothing between it and the list but punctuation
    and an age ("Ms Jo, then aged seven, her mother and …")."""
    if token.dep_ != "appos" or not is_person(entity_of(token), grouping) or is_person(entity_of(token.head), grouping):
        return False
    between = token.doc[token.i + 1 : head.i]
    return all(
        t.is_punct or t.like_num or t.lower_ in ("then", "aged", "age", "about", "only", "just") or t.head.i >= head.i
        for t in between
    )


def _co_argument(subject: Any, token: Any) -> bool:
    """Whether ``subject`` is the subject of the clause ``token`` is an object of ("Chinese police caught them"):
    a verb's subject and its object pronoun are never one party, so the subject is no antecedent."""
    return token.dep_ not in ("nsubj", "nsubjpass") and subject.head.i == token.head.i


def _other_plural(token: Any, entity_of: EntityOf, grouping: Grouping) -> bool:
    """A plural noun as a clause's subject that names no one known ("the girls", "the guards", "the three"):
    the nearer antecedent of a later "they" than a party named before it."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() in _OCCASIONS:
        return False
    if token.tag_ not in ("NNS", "NNPS") and _count(token) is None:
        return False
    return not is_person(entity_of(token), grouping)


# Plural nouns that count occasions, never people: "the first two times were successful" does not stand
# between "they" and the party named before it.
_OCCASIONS = frozenset({"time", "trip", "run", "attempt", "occasion", "year", "month", "week", "day", "journey"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# Plural nouns for the younger members of a family party: "the two children" leaves out its parents.
_YOUNGER = ("children", "kids", "girls", "boys", "sisters", "brothers", "siblings", "daughters", "sons")
_ELDERS = ("parent_of", "spouse_of", "grandparent_of")


def _count(token: Any) -> int | None:
    """How many a definite counted plural names: "the three" (3), "the two children" (2); else None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if token.tag_ == "CD":
        return _COUNTS.get(token.lower_)
    number = next((c for c in token.children if c.dep_ == "nummod"), None)
    return _COUNTS.get(number.lower_) if number is not None else None


def counted_party(token: Any, entity_of: EntityOf, grouping: Grouping) -> list[Any]:
    """ "the three" / "the two children": the party of exactly that many persons named together last before
    it (up to COUNTED_PARTY_SENTENCES back) — for "children", "girls" and the like without its parents and spouses."""
    count = _count(token)
    if count is None:
        return []
    younger = token.lower_ in _YOUNGER
    doc = token.doc
    far = sentence_at(token, -COUNTED_PARTY_SENTENCES).start
    for candidate in range(token.i - 1, far - 1, -1):
        head = doc[candidate]
        if head.dep_ == "conj" or not head.conjuncts:
            continue
        members = [m for m in _party(head, entity_of, grouping) if m.i < token.i]
        if not all(is_person(entity_of(m), grouping) for m in members):
            continue
        if younger:
            members = [m for m in members if not _elder(entity_of(m), grouping)]
        if len(members) == count:
            return members
    return []


def _elder(entity_id: str | None, grouping: Grouping) -> bool:
    anchor = grouping.by_id(entity_id).anchor if entity_id is not None else None
    return anchor is not None and anchor[0] in _ELDERS
