"""Events told inside a work of fiction (docs/extraction.md, "Modality": fictional): the plot of a novel, a film, a
play, one of its scenes or episodes, or what befalls its characters, is no event of real persons. Words in
``data/fiction.yaml``.

An event is fictional when

- a phrase "in" + a work frames its clause ("In the novel, the heroine is raped"; "In one scene, police beat a
  protester"), or the clause is a work's "in which" ("a scene in which a girl is raped", "a film in which …");
- it is what a plot verb with a work as subject tells ("The film follows a journalist who is abducted", "Her play
  depicts a prisoner tortured in a camp", "The novel ends with the deaths of both lovers") and not told in the past
  tense ("The film tells the story of a reporter who was murdered in 2018": the murder is real, the film retells it);
- its subject or object is a character ("the heroine is arrested") in a document that names a work of fiction, or
  one a work owns ("the novel's heroine") or one described as invented ("a fictional journalist");
- the plot goes on in later sentences: its persons took part in fictional events only, and it is not told in the
  past tense (:func:`continue_plots`).

What befalls the work's real people stays told ("the author was arrested after the novel was published", "the film's
director was detained"), and so does what a documentary, footage or a true story shows: a screen work is fiction
only in a document that tells of no record of real events, a scene or an episode only when the work the document
last named before it is fiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract.event_lexicon import person_nouns
from tumen.extract.nlp import sentence_at, text_of, token_at
from tumen.extract.token_filter import tokens_with
from tumen.extract.types import NOT_FACTUAL, Event
from tumen.extract.vocab import load, word_sets

FICTIONAL = "fictional"
PAST_AUXILIARIES = frozenset({"was", "were", "had"})
RELATIVES = frozenset({"which", "that", "whom", "where"})
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Words:
    works: frozenset[str]
    screen_works: frozenset[str]
    local_works: frozenset[str]
    local_marks: frozenset[str]
    parts: frozenset[str]
    nonfiction: frozenset[str]
    nonfiction_phrases: frozenset[str]
    characters: frozenset[str]
    character_nouns: frozenset[str]
    character_marks: frozenset[str]
    invented: frozenset[str]
    plot_verbs: frozenset[str]
    plot_prepositions: frozenset[str]


@cache
def words() -> Words:
    return Words(*word_sets(load("fiction.yaml"), Words.__dataclass_fields__))


@cache
def modified_works() -> dict[str, frozenset[str]]:
    data = load("fiction.yaml").get("modified_works") or {}
    return {str(noun): frozenset(str(w).lower() for w in marks) for noun, marks in data.items()}


@cache
def _work_words() -> tuple[str, ...]:
    """Every word that can make a token a work or a record, as text to look for before reading tokens."""
    w = words()
    return tuple({*w.works, *w.screen_works, *w.parts, *modified_works(), *w.nonfiction, *w.nonfiction_phrases})


@dataclass(frozen=True)
class _Works:
    """The document's works as their nouns' token indices: fiction or not, and whether the document tells of a
    record of real events."""

    fiction: frozenset[int]
    named: tuple[tuple[int, bool], ...]  # (index, fiction) of every work or record, in text order
    factual: bool


def _particular(noun: Any) -> bool:
    """A noun told as one work: "the novel", "her play", "one scene", "Orwell's novel", "the 2019 film"."""
    return any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in noun.children)


def _of_something(noun: Any) -> bool:
    """ "a series of raids", "a film of the attack", "a show of force": no work (or a record of what it names)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _recorded(noun: Any, w: Words) -> bool:
    """ "a documentary film", "the news footage": told as a record of real events by its own modifiers."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in w.nonfiction for c in noun.children)


def _invented_kind(noun: Any, lemma: str, marks: frozenset[str] | None, w: Words) -> bool:
    """A work of fiction by its noun ("the novel", "her play") or its noun and a modifier ("a short story")."""
    if marks is not None and any(c.dep_ in ("compound", "amod") and c.lower_ in marks for c in noun.children):
        return True
    return lemma in w.works and noun.pos_ == "NOUN" and _particular(noun)


def _works(doc: Any) -> _Works:
    cached: _Works | None = doc.user_data.get("tumen_fiction")
    if cached is not None:
        return cached
    w = words()
    lowered = text_of(doc).lower()
    if not any(word in lowered for word in _work_words()):  # most documents name no work nor record: no token read
        doc.user_data["tumen_fiction"] = found = _Works(frozenset(), (), False)
        return found
    factual = next(tokens_with(doc, "LOWER", w.nonfiction), None) is not None or any(
        p in lowered for p in w.nonfiction_phrases
    )
    fiction: set[int] = set()
    named: list[tuple[int, bool]] = []
    modified = modified_works()
    for token in tokens_with(doc, "POS", ("NOUN", "PROPN")):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = token.lemma_.lower()
        if lemma in w.nonfiction or token.lower_ in w.nonfiction:
            named.append((token.i, False))
            continue
        if _invented_kind(token, lemma, modified.get(lemma), w):
            kind = True
        elif lemma in w.screen_works and _particular(token) and not _of_something(token):
            kind = not factual and not _recorded(token, w)
        else:
            continue
        named.append((token.i, kind))
        if kind:
            fiction.add(token.i)
    found = _Works(frozenset(fiction), tuple(named), factual)
    doc.user_data["tumen_fiction"] = found
    return found


def _local_work(noun: Any, works: _Works) -> bool:
    """ "In the play, …", "Her play depicts …", "The series follows …"; not "the first play of the half"."""
    w = words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.local_works or _of_something(noun):
        return False
    if noun.lemma_.lower() == "series" and works.factual:
        return False  # a documentary series
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return all(c.lower_ in w.local_marks for c in noun.children if c.dep_ in ("amod", "compound", "nummod"))


def _work(noun: Any, works: _Works, local: bool = False) -> bool:
    """Whether ``noun`` is a work of fiction: one itself, or a part of one (the work last named before it); with
    ``local``, also a noun that is a work only where it frames a clause or tells a plot (:func:`_local_work`)."""
    if noun.i in works.fiction or (local and _local_work(noun, works)):
        return True
    if noun.lemma_.lower() not in words().parts or not _particular(noun) or _of_something(noun):
        return False
    before = [fiction for i, fiction in works.named if i < noun.i]
    return bool(before) and before[-1]


def _past(verb: Any) -> bool:
    """A verb told in the past tense ("was murdered", "killed", "had been abducted"): plots are told in the present."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in verb.children)


def _framed(verb: Any, works: _Works) -> bool:
    """ "In the novel, …", "In one scene, …" on the clause; or the clause is a work's "in which"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lower_ in RELATIVES and verb.dep_ == "relcl" and _work(verb.head, works, local=True):
                return True  # "a scene in which Zabibah is raped"
            if _work(noun, works, local=True):
                return True
    return False


def _subject_work(verb: Any, works: _Works) -> bool:
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        if subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "a film which follows …"
        if _work(subject, works, local=True):
            return True
    return False


def _plot(trigger: Any, works: _Works) -> bool:
    """What a plot verb with a work as subject tells, through its object, complement or a preposition of subject
    matter ("follows a journalist who is abducted", "is about a woman who …", "ends with the deaths of …")."""
    w = words()
    below = trigger
    node = trigger
    for _ in range(8):
        if node.head.i == node.i:
            return False
        below, node = node, node.head
        if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in w.plot_verbs:
            continue
        if below.dep_ in SUBJECTS:
            return False
        if below.dep_ == "prep" and below.lower_ not in w.plot_prepositions:
            continue
        if node.lemma_.lower() == "be" and not (below.dep_ == "prep" and below.lower_ == "about"):
            continue
        if _subject_work(node, works):
            return True
    return False


def _character(noun: Any, works: _Works) -> bool:
    """A person of a plot: "the heroine" in a document that names a work of fiction, "the novel's heroine", "a
    fictional journalist"."""
    w = words()
    lemma = noun.lemma_.lower()
    if lemma in person_nouns() and any(c.dep_ == "amod" and c.lower_ in w.invented for c in noun.children):
        return True  # a fictional person; not "an invented report", whose "Kang was arrested" is told as a fact
    if lemma not in w.characters and lemma not in w.character_nouns:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return any(_work(o, works, local=True) for o in owners)
    if lemma in w.character_nouns and not any(c.lower_ in w.character_marks for c in noun.children):
        return False  # "police arrested a suspicious character"
    return bool(works.fiction)


def _clause(trigger: Any) -> list[Any]:
    """The trigger and the verbs it shares its clause's frame with: a conjunct hangs on the first verb ("In the
    novel, the heroine is raped and later arrested")."""
    chain = [trigger]
    node = trigger
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i and len(chain) < 5:
        node = node.head
        chain.append(node)
    return chain


def _play_in_sentence(trigger: Any, w: Words) -> bool:
    """Whether the trigger's sentence has a word of ``invented`` or a lemma of ``local_works`` ("play", "series"):
    the document's such words are listed once (from its arrays of hashes, no token made) and the sentence's bounds
    asked only when the document has one."""
    kept: list[int] | None = trigger.doc.user_data.get("tumen_plays")
    if kept is None or trigger.doc.user_data.get("tumen_plays_length") != len(trigger.doc):
        doc = trigger.doc
        strings = doc.vocab.strings
        lowers, lemmas = {strings[x] for x in w.invented}, {strings[x] for x in w.local_works}
        table = doc.to_array(["LOWER", "LEMMA"])
        kept = [i for i, (lower, lemma) in enumerate(table.tolist()) if lower in lowers or lemma in lemmas]
        doc.user_data["tumen_plays"], doc.user_data["tumen_plays_length"] = kept, len(doc)
    if not kept:
        return False
    sentence = sentence_at(trigger, 0)
    return any(sentence.start <= i < sentence.end for i in kept)


def fictional(trigger: Any) -> bool:
    """Whether the event ``trigger`` tells happens in the plot of a work of fiction."""
    works = _works(trigger.doc)
    w = words()
    if not works.fiction and not _play_in_sentence(trigger, w):
        return False  # no work of fiction named in the document nor a play in the sentence, and no one invented
    chain = _clause(trigger)
    if any(_framed(verb, works) for verb in chain):
        return True
    past = any(_past(verb) for verb in chain)  # "In the film, he recalls how he was beaten": told, not acted
    if not past and any(_framed(verb, works) for verb in trigger.ancestors):
        return True  # "In the film, he plays a policeman who is shot"
    if not past and _plot(trigger, works):
        return True
    parties = [c for verb in chain for c in verb.children if c.dep_ in (*SUBJECTS, "dobj")]
    parties += [trigger.head] if trigger.dep_ in ("acl", "relcl") else []  # "a prisoner tortured in a camp"
    return any(_character(p, works) for p in parties)


def continue_plots(doc: Any, events: list[Event], persons: frozenset[str]) -> None:
    """A plot goes on after the sentence that names its work: an event whose persons (``persons``: the ids of the
    document's persons) all took part before it in fictional events and in no other, told in the present tense or
    by a noun, is fictional too ("The novel follows Mara, who is raped by a soldier. Mara is later arrested." — not
    "… Mara was arrested in 2019", told in the past as something real)."""
    plot_only: dict[str, bool] = {}  # person -> whether every event of theirs so far is fictional
    for event in sorted(events, key=lambda e: e.trigger.start):
        people = [p.entity for p in event.participants if p.entity in persons]
        if (
            event.modality not in NOT_FACTUAL
            and people
            and all(plot_only.get(p, False) for p in people)
            and (token := token_at(doc, event.trigger.start)) is not None
            and not any(_past(verb) for verb in _clause(token))
        ):
            event.modality = FICTIONAL
        for person in people:
            plot_only[person] = plot_only.get(person, True) and event.modality == FICTIONAL
