"""Who says what: the witness of every sentence, and whether it is hearsay.

Quoted speech and reporting verbs ("Lee says", "she recalls", "according to NKDB")
attribute a sentence to a person or organisation; inside a quotation, "I", "me" and "my"
are the speaker. Narration nobody is quoted for belongs to the outlet (witness None).
"Heard through intermediaries", "was told", "reportedly" mark hearsay.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, chain, pairwise
from typing import Any

from tumen.extract import announced_quotes, first_person_kin, quotation_marks
from tumen.extract.coref import FIRST_PERSON, Coref
from tumen.extract.doc_memo import kept_with
from tumen.extract.entities import Grouping
from tumen.extract.event_lexicon import lexicon, modality_words
from tumen.extract.nlp import sentence_at, span_text, text_of
from tumen.extract.token_filter import tokens_with
from tumen.extract.vocab import load


@dataclass(frozen=True)
class Attribution:
    witness: str | None
    hearsay: bool


@dataclass
class Attributions:
    by_sentence: dict[int, Attribution] = field(default_factory=dict)  # sentence start token -> attribution

    def of(self, token: Any) -> Attribution:
        return self.by_sentence.get(sentence_at(token, 0).start, Attribution(None, False))


@cache
def _modality() -> dict[str, Any]:
    data: dict[str, Any] = load("events.yaml")["modality"]
    return data


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(_modality()["reporting_verbs"])


@cache
def _hearsay_pattern() -> re.Pattern[str]:
    words = sorted(_modality()["hearsay_markers"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


class Quotes(list[tuple[int, int]]):
    """Quotation spans sorted by start, with the running maximum of their ends: which quotation holds a
    character, and which meet a sentence, are found by bisection (long documents cost linear time)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(sorted(spans))
        self.reach = list(accumulate((end for _start, end in self), max))

    def meeting(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap ``[start, end)``, in order."""
        last = bisect_left(self, (end,))
        first = bisect_right(self.reach, start, 0, last)
        return [span for span in self[first:last] if span[0] < end and start < span[1]]


def quotations(text: str) -> Quotes:
    """Character spans of quoted passages (without the quote marks): :func:`quotation_marks.paired`."""
    return Quotes(quotation_marks.paired(text))


def _entity_of(token: Any, coref: Coref, grouping: Grouping) -> str | None:
    """The person, organisation or group a token stands for (places are never witnesses)."""
    found = coref.tokens.get(token.i) or grouping.token_entity(token)
    if found is not None and grouping.by_id(found).kind in ("person", "organization", "group"):
        return found
    return None


@cache
def _source_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _modality().get("source_nouns") or [])


def _source_noun(token: Any) -> bool:
    """ "the report", "the rights group", "the organization", "its statement": a source named before."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in _source_nouns():
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (c.dep_ == "poss" and c.lower_ == "its")
        for c in token.children
    )


def _author(according: Any, coref: Coref, grouping: Grouping) -> str | None:
    """The organisation or person "by" whom the report "according to" cites was made."""
    sources = [
        noun
        for to in according.children
        if to.lower_ == "to"
        for noun in to.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in _source_nouns()
    ]
    for by in (t for noun in sources for t in noun.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")):
        found = next((f for f in (_entity_of(name, coref, grouping) for name in by.subtree) if f is not None), None)
        if found is not None:
            return found
    return None


def _subject_entity(verb: Any, coref: Coref, grouping: Grouping, source: str | None = None) -> str | None:
    """The speaker a reporting verb's subject names: a person first ("HRW's sources, including
    Stephen Kim, reported"), else an organisation or group, else the source "the report" stands for."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            found = [_entity_of(token, coref, grouping) for token in [child, *child.subtree]]
            named = [f for f in found if f is not None]
            person = next((f for f in named if grouping.by_id(f).kind == "person"), None)
            if named:
                return person or named[0]
            if source is not None and _source_noun(child):
                return source
    return None


def _inside(index: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first span (in order) that holds ``index``."""
    quotes = spans if isinstance(spans, Quotes) else Quotes(spans)
    found = None
    j = bisect_right(quotes, (index, sys.maxsize)) - 1
    while j >= 0 and quotes.reach[j] > index:
        if quotes[j][0] <= index < quotes[j][1]:
            found = quotes[j]
        j -= 1
    return found


def _reporter(
    sent: Any, quotes: list[tuple[int, int]], coref: Coref, grouping: Grouping, source: str | None = None
) -> tuple[str | None, bool]:
    """The witness a sentence's own words name, and whether its verb is one of hearing;
    ``source`` is the organisation last named as one ("according to the report")."""
    according = _according_to(sent, coref, grouping, source)
    teller = _teller(sent, quotes, coref, grouping, source)
    if according is None:
        return teller or (None, False)
    # "According to the Post, Kim told a reporter that he was moved": the account is Kim's, the Post relays it
    relayed = grouping.by_id(according).kind == "organization"
    return (
        teller if relayed and teller is not None and grouping.by_id(teller[0]).kind == "person" else (according, False)
    )


def _according_to(sent: Any, coref: Coref, grouping: Grouping, source: str | None) -> str | None:
    """The source "according to" names in a sentence."""
    doc = sent.doc
    if "according" not in _lowered(doc):
        return None  # the document never writes it: no token of the sentence read
    at = kept_with(doc, "tumen_according", lambda: [t.i for t in tokens_with(doc, "LOWER", ("according",))])
    for token in (doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)]):
        if token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            for later in token.doc[token.i + 2 : min(sent.end, token.i + 8)]:
                found = _entity_of(later, coref, grouping)
                if found is not None:
                    return found
                if source is not None and _source_noun(later):
                    return source
            author = _author(token, coref, grouping)  # "according to a report released on Thursday by TJWG"
            if author is not None:
                return author
    return None


def _lowered(doc: Any) -> str:
    """The document's text in lower case, made once per document."""
    kept = doc.user_data.get("tumen_lowered")
    if kept is None:
        kept = doc.user_data["tumen_lowered"] = text_of(doc).lower()
    return str(kept)


def _teller(
    sent: Any, quotes: list[tuple[int, int]], coref: Coref, grouping: Grouping, source: str | None
) -> tuple[str, bool] | None:
    """The subject of a sentence's reporting verb, and whether the verb is one of hearing; else the one who lived
    through a harm the sentence tells ("he endured torture"), never one a relative clause describes."""
    reporting = _reporting_verbs()
    doc = sent.doc
    at = kept_with(doc, "tumen_verbs_aux", lambda: [t.i for t in tokens_with(doc, "POS", ("VERB", "AUX"))])
    in_sent = (doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)])
    verbs = [t for t in in_sent if not _inside(t.idx, quotes)]
    tellers = (t for t in verbs if t.lemma_.lower() in reporting or _onlooker(t))
    undergoers = (t for t in verbs if t.dep_ not in ("relcl", "acl") and _undergoer(t))  # only when no teller
    for token in chain(tellers, undergoers):
        subject = _subject_entity(token, coref, grouping, source)
        if subject is not None:
            return subject, token.lemma_.lower() in ("hear", "learn")
    return None


def _onlooker(verb: Any) -> bool:
    """A verb of seeing whose clause tells a deed seen: "he watched as guards beat his mother", "she saw soldiers
    shoot him", "watched guards beating her son"; its subject saw it (not "she saw her brother before he was
    arrested", whose clause tells no deed seen)."""
    modality = _modality()
    if verb.lemma_.lower() not in modality["perception_verbs"]:
        return False
    for child in verb.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in modality["onlooker_marks"] for m in child.children
        ):
            return True
        if child.dep_ == "ccomp" and child.pos_ == "VERB":
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in child.children):
            return True
    return False


def _undergoer(verb: Any) -> bool:
    """A verb of living through (`first_hand_verbs`) whose object, or one of its conjuncts, names a harm: "he endured
    starvation and torture", "she survived the beatings" — its subject knows it first-hand."""
    if verb.lemma_.lower() not in modality_words()["first_hand_verbs"]:
        return False
    lex = lexicon()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for noun in (obj, *obj.conjuncts):
            trigger = lex.nouns.get(noun.lemma_.lower())
            if trigger is not None and trigger.type in lex.harms:
                return True
    return False


def _last_organization(sent: Any, grouping: Grouping) -> str | None:
    """The organisation named last before a sentence (in it or the two before), for "the report
    says" when no organisation was yet quoted as a source."""
    return grouping.last_of_kind("organization", sentence_at(sent[0], -2).start_char, sent.end_char)


CONTINUING = ("these", "this", "those")
# How far a quotation may follow the one before (its attribution between) to go on in the same voice.
CONTINUED_QUOTE_GAP = 80


def _continued_reports(
    text: str, sentences: list[Any], quotes: list[tuple[int, int]], grouping: Grouping, result: Attributions
) -> None:
    """An organisation's report continued in the next sentence of its paragraph, which names no
    source of its own: "HRW verified that … . These incidents include …", "The organization said
    that … . In January, 108 workers were reportedly sent to camps."."""
    markers = set(_modality()["reported_markers"])
    for previous, sent in pairwise(sentences):
        own = result.by_sentence.get(sent.start)
        before = result.by_sentence.get(previous.start)
        if (own is not None and own.witness) or before is None or before.witness is None:
            continue
        if grouping.by_id(before.witness).kind != "organization" or "\n" in text[previous.end_char : sent.start_char]:
            continue
        if _inside(sent.start_char, quotes) is not None or _inside(previous.start_char, quotes) is not None:
            continue
        reportedly = any(t.lower_ in markers for t in sent)
        if sent[0].lower_ in CONTINUING or reportedly:
            result.by_sentence[sent.start] = Attribution(before.witness, bool(own and own.hearsay) or reportedly)


def attribute(doc: Any, coref: Coref, grouping: Grouping) -> Attributions:
    text = text_of(doc)
    quotes = quotations(text)
    result = Attributions()
    quote_speaker: dict[tuple[int, int], str] = {}
    sentences = list(doc.sents)
    # Pass 1: sentences that name their own witness; quotes take the speaker of their sentence.
    source: str | None = None  # the organisation last named as a source
    for sent in sentences:
        witness, heard = _reporter(sent, quotes, coref, grouping, source or _last_organization(sent, grouping))
        hearsay = heard or bool(_hearsay_pattern().search(span_text(sent)))
        if witness is not None and grouping.by_id(witness).kind == "organization":
            source = witness
        if witness is not None:
            result.by_sentence[sent.start] = Attribution(witness, hearsay)
            for span in quotes.meeting(sent.start_char, sent.end_char):
                quote_speaker.setdefault(span, witness)
        elif hearsay:
            result.by_sentence[sent.start] = Attribution(None, True)
    _continued_reports(text, sentences, quotes, grouping, result)
    # Pass 2: a quotation with no speaker in its sentences takes one from the next
    # sentence of its paragraph ('"…," she says.' split by the parser).
    for index, sent in enumerate(sentences):
        for span in quotes.meeting(sent.start_char, sent.end_char):
            if span in quote_speaker:
                continue
            for later in sentences[index + 1 : index + 3]:
                if "\n\n" in text[sent.end_char : later.start_char]:
                    break
                found = result.by_sentence.get(later.start)
                if found and found.witness:
                    quote_speaker[span] = found.witness
                    break
    # Pass 2b: a quotation still without a speaker that follows one of the same paragraph, with only the
    # attribution between ('"…," Ms Kim told the paper. "Then I …"'), goes on in the same voice.
    previous_span: tuple[int, int] | None = None
    for span in quotes:
        if (
            span not in quote_speaker
            and previous_span in quote_speaker
            and previous_span is not None
            and span[0] - previous_span[1] <= CONTINUED_QUOTE_GAP
            and "\n" not in text[previous_span[1] : span[0]]
        ):
            quote_speaker[span] = quote_speaker[previous_span]
        previous_span = span
    # Pass 3: every sentence inside a quotation belongs to its speaker; "I" is the speaker.
    spoken = Quotes(quote_speaker)
    for sent in sentences:
        for span in spoken.meeting(sent.start_char, sent.end_char):
            speaker = quote_speaker[span]
            if span[0] <= sent.start_char + 1 and sent.end_char - 1 <= span[1] + 1:
                previous = result.by_sentence.get(sent.start)
                result.by_sentence[sent.start] = Attribution(speaker, bool(previous and previous.hearsay))
    for token in tokens_with(doc, "LOWER", FIRST_PERSON):
        inside = _inside(token.idx, quotes)
        if inside is not None and inside in quote_speaker:
            coref.tokens[token.i] = quote_speaker[inside]
    announced_quotes.assign(
        doc,
        coref.tokens,
        lambda t: _person(t, coref, grouping),
        lambda i: _speaker(i, spoken, quote_speaker),
        grouping.by_id,
    )
    _labelled_first_person(doc, quotes, coref, grouping)
    return result


def _person(token: Any, coref: Coref, grouping: Grouping) -> str | None:
    found = _entity_of(token, coref, grouping)
    return found if found is not None and grouping.by_id(found).kind == "person" else None


def _speaker(index: int, spoken: Quotes, speakers: dict[tuple[int, int], str]) -> str | None:
    """The speaker of the quotation holding character ``index``, if it has one."""
    inside = _inside(index, spoken)
    return None if inside is None else speakers.get(inside)


def _labelled_first_person(doc: Any, quotes: Quotes, coref: Coref, grouping: Grouping) -> None:
    """A transcript's paragraph opened by a speaker's label ("KIM: (Through interpreter) It took a month
    after I crossed …"): outside quotation marks, "I", "me" and "my" are the person the label names."""
    text = text_of(doc)
    if not first_person_kin.SPEAKER_LABEL.search(text):
        return
    person_of = lambda t: _entity_of(t, coref, grouping)  # noqa: E731
    for token in tokens_with(doc, "LOWER", FIRST_PERSON):
        if token.lower_ not in FIRST_PERSON or token.pos_ != "PRON" or token.i in coref.tokens:
            continue
        if quotes.meeting(token.idx, token.idx + 1):
            continue
        found = first_person_kin.labelled_speaker(token, text, person_of)
        if found is not None and grouping.by_id(found).kind == "person":
            coref.tokens[token.i] = found
