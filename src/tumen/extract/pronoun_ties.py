"""Ties to organisations told of a person by a pronoun: "Police arrested Ana Cruz on Monday. She heads the Tarvik
Teachers Union" — the words after a subject pronoun of ``tie_pronouns`` (data/organisations.yaml) that the
coreference walk resolved to a named person give the tie they give after the name ("Cruz heads the Tarvik Teachers
Union": tumen.extract.organisations.ties_after), when the text names the person in the pronoun's sentence or the one
before (else the walk may have reached too far); "she of the …" ties no one (docs/extraction.md, "Organisations and
relations")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract.nlp import sentence_at, span_text, text_of
from tumen.extract.organisations import ties_after
from tumen.extract.types import Evidence, Relation
from tumen.extract.vocab import load

if TYPE_CHECKING:
    from tumen.extract.entities import Grouping


def pronoun_ties(doc: Any, grouping: Grouping, tokens: dict[int, str]) -> list[Relation]:
    """member_of / leads / founded of the named persons that resolved subject pronouns stand for."""
    text = text_of(doc)
    pronouns = frozenset(str(w) for w in load("organisations.yaml")["tie_pronouns"])
    organisations = [(s, e, i) for s, e, i in grouping.spans if grouping.by_id(i).kind == "organization"]
    found: list[Relation] = []
    for index, entity_id in sorted(tokens.items()):
        pronoun = doc[index]
        if pronoun.lower_ not in pronouns or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        person = grouping.by_id(entity_id)
        since = sentence_at(pronoun, -1).start_char
        if person.kind != "person" or not any(since <= m.start < pronoun.idx for m in person.mentions):
            continue
        sentence = sentence_at(pronoun, 0)
        evidence = Evidence(sentence.start_char, sentence.end_char, span_text(sentence).strip())
        for relation, organisation in ties_after(text, pronoun.idx + len(pronoun.text), organisations, of=False):
            found.append(Relation(relation, person.id, organisation, evidence))
    return found
