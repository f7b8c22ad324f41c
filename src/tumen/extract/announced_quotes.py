"""Quotations announced by their own speaker, inside a testimony or in narration (rules in docs/extraction.md,
"Who says what").

*“A broker called me in 2016,” said Ana Ruiz. “He said: ‘If you give me 5 million won, I will bring your son
back.’ I paid him.”* — the inner quotation, announced by a reporting verb with its own subject before a colon or a
comma ("He said:", "he told me:"), is that subject's words: its "I", "me", "my" are the broker, not Ana Ruiz, whose
words hold it; its "you", "your" are the one it was said to — the object of the announcing verb ("he told me:":
the outer speaker; "he told her:"), else the speaker of the quotation around it, else, in narration, the person
told of last before the announcing verb, in its sentence or the one before, who is not the speaker (*A broker
called her in 2016. He said: '…'* — her). Such a quotation is one in single quotes (‘…’, '…') after the colon or
comma, or one in double quotes after a colon; a single quote inside a word ("I'll") closes nothing
(tumen.extract.quotation_marks). So is a
quotation whose reporting verb recalls another's saying: *“If you pay me …,” she recalls him saying* is his, said
to her; and one closed by a comma whose speaker follows it (*'Pay me 500 dollars,' the broker told her*), said to
the one the verb names only. The announcing verb may take its subject from the clause it is joined to (*A broker
called her and said: '…'*); said to someone the verb names who is no person nor pronoun (*told reporters*), a
quotation is said to no one known.

An imperative opening such a quotation, or a sentence of it, asks for what it says: *He said: 'Pay me 500 dollars
and I will bring your son back.'* is a payment demanded of the one it was said to (its "you", as above: the one he
called), to the speaker; said to no one known, it has no payer.

An event such a quotation asks for, offers, threatens or supposes (any modality but asserted: *If you give me 5
million won*) was asked for when it was said: it takes the time of the announcing verb's clause when that verb is
in the past (tumen.extract.story_time), or the date of that clause (*In 2016 the broker told her: '…'*).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from tumen.extract.event_syntax import calling_read_as_naming, imperative, joined_subject, root_of
from tumen.extract.first_person_kin import reporting, token_near
from tumen.extract.gender_votes import PRONOUNS
from tumen.extract.nlp import sentence_at, text_of
from tumen.extract.previous_sentence import fits
from tumen.extract.quotation_marks import closing, depth, double_bounds, other_quotations, paired
from tumen.extract.story_basis import PUBLICATION, STATED
from tumen.extract.time_clauses import clause_of
from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Entity, Span, TimeMention
from tumen.extract.vocab import load

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})
SINGLE_OPENING = re.compile(r"[:,][ \t]*([‘'])(?=\w)")
DOUBLE_OPENING = re.compile(r":[ \t]*([“\"])(?=\w)")
ADDRESSEES = "tumen_addressees"  # doc.user_data: announcing verb index -> the one it speaks to (or None)
IMPERATIVES = "tumen_imperatives"  # doc.user_data: imperative verb index -> the one it is said to (or None)
DEMANDERS = "tumen_demanders"  # doc.user_data: imperative verb index -> the one who says it (known ones only)
# How far before its opening mark the announcing verb may stand ("he told the two of us:").
REACH = 60
AFTER = 4  # how many words after its closing mark the reporting verb of a quotation may stand ("the broker told")


def _verb(doc: Any, text: str, mark: int) -> Any | None:
    """The reporting verb with a subject that announces the quotation whose opening mark is at ``mark``."""
    before = token_near(doc, max(0, mark - 1))
    sent = sentence_at(before, 0)
    for token in reversed(doc[sent.start : before.i + 1]):
        if token.idx < mark - REACH or depth(text, mark) > depth(text, token.idx):
            break  # too far, or in an earlier quotation
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting():
            return token if subject(token) is not None else None
    return None


def subject(verb: Any) -> Any | None:
    """The active subject of a reporting verb, or of the verb it is joined to ("A broker called her and said:"); not
    a passive one ("she was told: '…'" is the one told)."""
    found = joined_subject(verb)
    return found if found is not None and found.dep_ == "nsubj" else None


def announced(doc: Any) -> list[tuple[int, int, Any]]:
    """The announced quotations of a document: (start, end, announcing verb), without the marks; found once."""
    kept = doc.user_data.get("tumen_announced")
    if kept is not None:
        return list(kept)
    text, found = text_of(doc), []
    for pattern in (SINGLE_OPENING, DOUBLE_OPENING):
        for match in pattern.finditer(text):
            start = match.end(1)
            end = closing(text, match.group(1), start)
            verb = _verb(doc, text, match.start(1)) if end is not None else None
            if end is not None and verb is not None:
                found.append((start, end, verb))
    found += _recalled(doc, text)
    found += [quoted for quoted in _followed(doc, text) if all(quoted[0] != start for start, _e, _v in found)]
    doc.user_data["tumen_announced"] = found
    return found


def _recalled(doc: Any, text: str) -> list[tuple[int, int, Any]]:
    """Quotations whose reporting verb after them recalls another's saying: "“…,” she recalls him saying", "“…,”
    she heard the broker say" — a verb of saying, not finite (``VBG``, ``VB``), with its own subject, under the
    reporting verb: the quotation is that subject's, said to the one who recalls it (see the module)."""
    found = []
    for verb in tokens_with(doc, "TAG", ("VBG", "VB")):
        head = verb.head
        if verb.tag_ not in ("VBG", "VB") or verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i:
            continue
        if verb.lemma_.lower() not in reporting() or head.lemma_.lower() not in reporting():
            continue
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        before = text[head.sent.start_char : head.idx]
        last = max(before.rfind("”"), before.rfind('"'))
        if last < 0 or any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
            continue
        end = head.sent.start_char + last
        opening = double_bounds(text, end)[0]
        if text[opening] in '“"':
            found.append((opening + 1, end, verb))
    return found


def _followed(doc: Any, text: str) -> list[tuple[int, int, Any]]:
    """Quotations whose speaker follows them: closed by a comma ("'Pay me …,' the broker told her", "“…,” said
    the broker"), the reporting verb with its own subject among the next few words of the sentence."""
    found = []
    quoted = [(start + 1, end - 1) for start, end in other_quotations(text)] + paired(text)
    for start, end in quoted:
        if end <= start or text[end - 1] != ",":
            continue
        after = token_near(doc, end)
        words = [t for t in doc[after.i : after.i + AFTER + 1] if t.idx > end]
        for token in words:
            if token.is_punct or token.is_sent_start:
                break
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting() and subject(token) is not None:
                found.append((start, end, token))
                break
    return found


def announcing_verb(doc: Any, index: int) -> Any | None:
    """The verb announcing the innermost announced quotation that holds character ``index``, if any."""
    holding = [(start, verb) for start, end, verb in announced(doc) if start <= index < end]
    return max(holding, key=lambda held: held[0])[1] if holding else None


def _hearers(verb: Any) -> list[Any]:
    """The ones a reporting verb says it spoke to: its object ("told her"), or the object of its "to"."""
    found = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return found + [o for c in to for o in c.children if c.dep_ == "pobj"]


def _addressee(
    verb: Any, outer: str | None, entity_of: Callable[[Any], str | None], speaker: str, after: bool
) -> str | None:
    """The one the quotation was said to (see the module); ``after``: the verb follows the quotation, whose hearer
    only the verb names."""
    hearers = _hearers(verb)
    for hearer in hearers:
        if (found := entity_of(hearer)) is not None:
            return found
    if any(h.pos_ != "PRON" for h in hearers):  # "told reporters": no one of the story
        return None
    if outer is not None or after:
        return outer
    told = verb.doc[sentence_at(verb, -1).start : verb.i]
    for main in (True, False):  # a subject or object of a main clause first: not "her cousin" of "who had helped"
        for token in reversed(told):
            found = entity_of(token)
            if found is not None and found != speaker and (not main or _in_main_clause(token)):
                return found
    return None


def _reached(verb: Any, entity_of: Callable[[Any], str | None]) -> str | None:
    """The one a verb of saying whose speaker is no one of the story says it to: the one it names ("told her"), or
    the one the verb of reaching it is joined to names ("called her and said", ``contacting_verbs`` of
    data/events.yaml) — never one merely told of before, whom no one known spoke to."""
    hearers = _hearers(verb)
    head = verb.head
    if verb.dep_ == "conj" and head.i < verb.i and head.lemma_.lower() in _contacting():
        hearers += [c for c in head.children if c.dep_ in ("dobj", "dative")]
    return next((found for hearer in hearers if (found := entity_of(hearer)) is not None), None)


@cache
def _contacting() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["modality"]["contacting_verbs"])


def _in_main_clause(token: Any) -> bool:
    """A subject or direct object of a sentence's main verb (or of one coordinated with it): "she" and "a broker" of
    "she met a broker, Kim Sol, at the market, who had helped her cousin Mia Lee", not the cousin."""
    word = token
    while word.dep_ in ("compound", "appos", "flat") and word.head.i != word.i:
        word = word.head  # "his mother Ana Ruiz": the mother
    return bool(word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.head.dep_ in ("ROOT", "conj"))


def assign(
    doc: Any,
    tokens: dict[int, str],
    entity_of: Callable[[Any], str | None],
    outer_of: Callable[[int], str | None],
    person: Callable[[str], Entity] | None = None,
) -> None:
    """Give the "I" and the "you" of every announced quotation their persons in ``tokens``, and record its
    imperatives with the one they are said to (see the module). ``entity_of`` gives the person a token stands for,
    ``outer_of`` the speaker of a quotation holding a character, ``person`` the entity of an id (to mend a speaking
    "he" the quotation tells of: :func:`_told_of`)."""
    imperatives: dict[int, str | None] = doc.user_data.setdefault(IMPERATIVES, {})
    for start, end, verb in sorted(announced(doc), key=lambda quoted: quoted[1] - quoted[0], reverse=True):
        teller = subject(verb)
        speaker: str | None = entity_of(teller)
        said = doc[token_near(doc, start).i : token_near(doc, end).i + 1]
        unmeant = speaker  # the one the speaker is not
        pronoun = teller if teller is not None and teller.pos_ == "PRON" else None  # a "he" the walk chose
        if speaker and pronoun is not None and person is not None and _told_of(said, speaker, person):
            speaker = _caller(verb, speaker, entity_of, person)  # "He said: '… bring your son back'": not the son
            if speaker is None:  # "A man called her. He said: '…'": a speaker of no entity
                tokens.pop(pronoun.i, None)
            else:
                tokens[pronoun.i] = speaker
        elif speaker is None:  # "The officer said: 'Beat him'": asked, of no one known
            reached = _reached(verb, entity_of)  # "A man called her and said: 'Pay …'": asked of her
            for token in said:
                if imperative(token, start):
                    imperatives[token.i] = reached
                elif reached is not None and token.lower_ in SECOND_PERSON and token.pos_ == "PRON":
                    tokens[token.i] = reached
            continue
        # "She hears him say: '…'": the one who hears; not the subject a joined verb shares ("calls her and says")
        complement = verb.dep_ in ("xcomp", "ccomp")
        hearer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if complement else None
        outer = outer_of(verb.idx) or (entity_of(hearer) if hearer is not None and verb.tag_ != "VBD" else None)
        addressee = _addressee(verb, outer, entity_of, speaker or unmeant or "", verb.idx > end)
        doc.user_data.setdefault(ADDRESSEES, {})[verb.i] = addressee
        paid = speaker is not None and _speakers_own(said)  # the speaker is paid what the quotation asks
        for token in said:
            if imperative(token, start):
                imperatives[token.i] = addressee
                if paid:
                    doc.user_data.setdefault(DEMANDERS, {})[token.i] = speaker
            if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
                if speaker is not None:
                    tokens[token.i] = speaker
                elif tokens.get(token.i) == unmeant:  # "'… I will bring your son back'": not the son's "I"
                    del tokens[token.i]
            elif token.lower_ in SECOND_PERSON and token.pos_ == "PRON" and addressee is not None:
                tokens[token.i] = addressee


def _told_of(said: Any, speaker: str, person: Callable[[str], Entity]) -> bool:
    """Does the quotation ``said`` tell of ``speaker``, an unnamed person a pronoun announcing it was taken to mean,
    as of someone else — by the noun that describes that person, under another's possessive ("your son", "her
    son")? A speaker says "I" of himself: in "He said: 'Pay me 500 dollars and I will bring your son back'" he is
    not the son to be brought back."""
    found = person(speaker)
    if found.name or not found.descriptor:
        return False
    for token in said:
        # "your son", "her son" — a pronoun's; not "Kim Sol's son", whom the son himself may tell of
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ not in FIRST_PERSON]
        if owners and token.pos_ == "NOUN" and token.lemma_.lower() == found.descriptor:
            return True
    return False


def _caller(
    verb: Any, unmeant: str, entity_of: Callable[[Any], str | None], person: Callable[[str], Entity]
) -> str | None:
    """The speaker a pronoun announcing a quotation means when it cannot mean ``unmeant``: the nearest person of its
    gender who is the subject of a main clause in the sentence before or before the verb in its own ("A broker
    phoned Mira Tenzin. He said: '…'": the broker), else no one known."""
    pronoun = subject(verb)
    gender = PRONOUNS.get(pronoun.lower_) if pronoun is not None and pronoun.pos_ == "PRON" else None
    if pronoun is None or gender is None:
        return None
    for token in reversed(verb.doc[sentence_at(verb, -1).start : pronoun.i]):
        found = entity_of(token)
        if found is None or found == unmeant or not fits(person(found), gender):
            continue
        word = token
        while word.dep_ in ("compound", "flat") and word.head.i != word.i:
            word = word.head
        called = any(calling_read_as_naming(c) for c in word.children)  # "A broker called Mira Tenzin."
        if called or (word.dep_ == "nsubj" and word.head.dep_ in ("ROOT", "conj")):
            return found
    return None


def addressed(verb: Any) -> tuple[bool, str | None]:
    """(whether ``verb`` is an imperative opening an announced quotation, the person it is said to if known): "He
    said: 'Pay me 500 dollars'" asks the one he called to pay (see the module)."""
    found: dict[int, str | None] = verb.doc.user_data.get(IMPERATIVES, {})
    return verb.i in found, found.get(verb.i)


@cache
def _payees(kind: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["modality"]["demand_payees"][kind])


def _speakers_own(said: Any) -> bool:
    """Whether what a quotation asks is for its speaker: it says "me", "us", "we" ("Pay 300 dollars and we will free
    your son"), or names no one else (not "… and they will free your son")."""
    pronouns = [t for t in said if t.pos_ == "PRON" and t.dep_ != "poss"]
    if any(t.lower_ in _payees("own_words") for t in said if t.pos_ == "PRON"):
        return True
    return not any(t.lower_ in _payees("third_parties") for t in pronouns)


def demander(verb: Any) -> str | None:
    """The known speaker of an imperative opening an announced quotation: the one a payment it asks for is paid to
    when it names no one else ("He said: 'Pay 300 dollars and we will free your son'": to him; not "Pay the
    guards 300 dollars", "Pay 300 dollars to the hospital"; nor when the quotation is not the speaker's own:
    :func:`_speakers_own`)."""
    if any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in _payees("payee_prepositions")) for c in verb.children
    ):
        return None
    found: dict[int, str] = verb.doc.user_data.get(DEMANDERS, {})
    return found.get(verb.i)


def said_in_past(
    events: list[Any], tokens_of: dict[int, Any], past: Callable[[Any], bool], times: Sequence[TimeMention] = ()
) -> dict[int, Any]:
    """The events dated at publication only because a quotation tells them in the present, that a quotation
    announced in the past asks, offers or supposes ("He said: 'If you give me …'"): they are undated for the story
    to date them by the saying (the id of each -> (event, its publication time)); so are the undated ones an
    imperative asks for ("He said: 'Pay me …'", its publication time None). One ``times`` dates in the announcing
    clause ("In 2016 a broker told her: '…'", "A broker called her in 2016 and said: '…'") is their time. A "now"
    of the quotation is the moment it was said, not the publication ("He said: 'Now pay me …'")."""
    said: dict[int, Any] = {}
    now = {(t.start, t.end) for t in times if t.value == "PRESENT_REF"}  # "'Now pay me …'": the saying's moment
    for event in events:
        token = tokens_of.get(id(event))
        if token is None or event.modality == "asserted":
            continue
        span = event.time_span
        ongoing = event.time is not None and (
            event.time.precision == "ongoing" or (span is not None and (span.start, span.end) in now)
        )
        asked = addressed(token)[0]
        if not ongoing and not (event.time is None and asked):  # "He said: 'Pay me …'": no tense
            continue
        verb = announcing_verb(token.doc, token.idx)
        told = verb is not None and (verb.i < token.i or token.doc.user_data.get(ADDRESSEES, {}).get(verb.i))
        if not told and not asked:
            continue  # "“If they catch you …,” said Li": a testimony to no one of the story, of its publication
        if verb is not None and past(verb):
            said[id(event)] = (event, event.time)
            event.time = None
            when = _dated(verb, times)
            if when is not None and when.interval is not None:
                span = Span(when.start, when.end, when.text)
                event.time, event.time_span, event.time_basis, event.time_evidence = when.interval, span, STATED, span
    return said


def _dated(verb: Any, times: Sequence[TimeMention]) -> TimeMention | None:
    """The time of the announcing verb's own clause, or of the clause it is coordinated with when it has no
    subject of its own ("called her in 2016 and said:")."""
    clauses = {verb.i}
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        clauses.add(verb.head.i)
    sent = sentence_at(verb, 0)
    for time in times:
        inside = sent.start_char <= time.start and time.end <= sent.end_char
        if inside and clause_of(root_of(verb.doc, time.start, time.end)) in clauses:
            return time
    return None


def unsaid(said: dict[int, Any]) -> None:
    """The events :func:`said_in_past` undated that the story did not date: back to their publication time."""
    for event, published in said.values():
        if event.time is None and published is not None:
            event.time, event.time_basis = published, PUBLICATION
