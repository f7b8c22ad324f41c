"""Mention records from the parse: :func:`describe` runs tumen's spaCy pipeline over the sentences that hold
a mention and gives each span its head word and lemma, proper-name words, number, the sentence's content
lemmas, the identity links the syntax states and, for events, their arguments (:mod:`.syntax`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .casing import name_words, truecase
from .pronouns import PLURAL_PRONOUNS, PRONOUNS
from .records import Mention, Span
from .syntax import entity_tokens, event_arguments, identity_links

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
PREDICATES = frozenset({"VERB", "NOUN", "ADJ", "AUX"})


def describe(
    sentences: Mapping[str, Sequence[str]], spans: Sequence[Span], nlp: Any = None, batch_size: int = 128
) -> list[Mention]:
    """Mention records for ``spans``; only the sentences that hold a mention are parsed. Headlines in
    title case or capitals are parsed in the case their words have in running text ("Dies" -> "dies")."""
    from spacy.tokens import Doc

    if nlp is None:
        from tumen.extract.nlp import english

        nlp = english()
    names = name_words(sentences.values())
    needed = sorted({s.sentence for s in spans})
    docs = [Doc(nlp.vocab, words=truecase(sentences[sid], names)) for sid in needed]
    parsed = dict(zip(needed, nlp.pipe(docs, batch_size=batch_size), strict=True))
    by_sentence: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        by_sentence[span.sentence].append(span)
    records: dict[str, Mention] = {}
    for sid, doc in parsed.items():
        original = sentences[sid]
        context = frozenset(t.lemma_.lower() for t in doc if _content(t))
        here = by_sentence[sid]
        entities = [s for s in here if s.kind == "entity"]
        heads = {span.key: _head(doc, span) for span in here}
        for span in here:
            records[span.key] = _mention(doc, original, span, heads[span.key], context, nlp)
        entity_at = entity_tokens(entities, heads)
        for span in entities:
            links = identity_links(doc, heads[span.key], span, entity_at, records)
            if links:
                records[span.key] = replace(records[span.key], same_as=links)
        for span in here:
            if span.kind == "event":
                args = event_arguments(doc, heads[span.key], entity_at, entities, records)
                records[span.key] = replace(records[span.key], arguments=args)
    return [records[s.key] for s in spans]


def _content(token: Any) -> bool:
    return bool(token.is_alpha and not token.is_stop and len(token.text) > 2)


def _positions(doc: Any, span: Span) -> list[int]:
    """The span's word positions that the parsed sentence has."""
    return [i for i in span.tokens if i < len(doc)]


def _head(doc: Any, span: Span) -> int:
    """The mention's head word: the word of the span whose syntactic head leads out of the span (through
    only prepositions and the like: "in Beverly Hills" -> Hills); nominal words for entities."""
    positions = _positions(doc, span)
    if not positions:
        return 0
    inside = set(positions)
    wanted = NOMINAL if span.kind == "entity" else PREDICATES
    candidates = [i for i in positions if doc[i].pos_ in wanted]

    def top(i: int) -> bool:
        token = doc[i]
        while token.head.i != token.i and token.head.i in inside:
            token = token.head
            if token.pos_ in wanted:
                return False
        return True

    roots = [i for i in candidates if top(i)]
    if roots:
        return roots[0]
    plain = [i for i in positions if doc[i].head.i == i or doc[i].head.i not in inside]
    return (plain or positions)[0]


def _mention(doc: Any, original: Sequence[str], span: Span, head: int, context: frozenset[str], nlp: Any) -> Mention:
    positions = _positions(doc, span)
    tokens = [doc[i] for i in positions]
    token = doc[head]
    lower = token.text.lower()
    pronoun = lower in PRONOUNS or (token.pos_ == "PRON" and span.kind == "entity")
    name = frozenset(t.text.lower() for t in tokens if t.pos_ == "PROPN" and t.is_alpha and span.kind == "entity")
    if span.kind == "entity":
        lemma = lower if token.pos_ == "PROPN" else token.lemma_.lower()
    elif token.pos_ in ("PROPN", "X") or token.text[:1].isupper():
        lemma = _verb_lemma(nlp, lower)  # a capitalised trigger the tagger took for a name
    else:
        lemma = token.lemma_.lower()
    plural = token.tag_ in ("NNS", "NNPS") or lower in PLURAL_PRONOUNS
    return Mention(
        key=span.key,
        document=span.document,
        group=span.group,
        sentence=span.sentence,
        order=span.order,
        kind=span.kind,
        type=span.type,
        text=" ".join(original[i] for i in positions),
        lemma=lemma,
        pos=token.pos_,
        proper=bool(name) or (span.kind == "event" and token.pos_ == "PROPN"),
        pronoun=pronoun,
        plural=plural,
        name=name,
        context=context,
        negated=span.negated,
    )


def _verb_lemma(nlp: Any, word: str) -> str:
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=[word])
    doc[0].pos_ = "VERB"
    lemmas: list[str] = nlp.get_pipe("lemmatizer").rule_lemmatize(doc[0])
    return lemmas[0] if lemmas else word
