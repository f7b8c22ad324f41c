"""Those the report describes as offenders (rules in docs/extraction.md, "Violations").

The report may say who a person is anywhere in the document, not only in the phrase of their arrest: "Tom Reller,
a convicted murderer, …", "convicted murderer Tom Reller", "Reller is a wanted killer". Such a description in the
report's own voice — an apposition, a noun before the name, the predicate of "to be" — that names them as a suspect
or a doer of a crime (the ``suspects`` words of ``accused`` in ``data/events.yaml``: murderer, offender, fugitive,
gangster; "the man who kidnapped her"; not "suspected" or "alleged" before a noun that names no crime: "Vos, a
suspected opposition supporter," stays a victim of his arrest) makes them accused in every arrest,
detention, trial and sentencing of them the report tells: "Police captured Reller in Lyon" is law enforcement, not
a violation. So does the report's telling that they were found guilty of, or pleaded guilty to, a crime of violence
("Reller was found guilty of murder in 2010"), or that they directed or did one ("Reller ordered the murder of a
banker", "Reller carried out the kidnapping").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from tumen.extract.crime_phrases import crime_after
from tumen.extract.list_heads import list_head
from tumen.extract.types import Entity

PERSON_KINDS = ("person", "group")
IDENTIFYING = ("identify", "name")  # "the suspects were identified as …", "Reller was identified as an accomplice"
NAMED = ("nsubjpass", "dobj")  # who is identified as something: "Reller was identified as", "police named Reller as"


def described_offenders(
    doc: Any,
    entities: Iterable[Entity],
    is_offender: Callable[[Any], bool],
    names_a_crime: Callable[[Any], bool],
    said: frozenset[str],
    referents: Mapping[int, str] | None = None,
    deed: Callable[[Any], bool] | None = None,
) -> set[str]:
    """The ids of the persons one of whose mentions — a name, or a pronoun ``referents`` (token index -> entity
    id, from coreference) resolves — the report describes as an offender (``is_offender`` says it of a noun) or
    tells found or pleading guilty of a crime (``names_a_crime`` says it of the object of "of" or "to"), in its own
    voice: not under a verb of saying (``said``: "police said he is a killer"); or tells did one (``deed`` says it of
    a verb whose subject the mention is: "Reller ordered the murder of a banker")."""
    persons = {e.id for e in entities if e.kind in PERSON_KINDS}
    heads = dict(_mention_heads(doc, entities, persons))
    heads.update((i, ref) for i, ref in (referents or {}).items() if ref in persons and i not in heads)
    found: set[str] = set()
    for index, entity_id in heads.items():
        head = doc[index]
        if entity_id in found or reported(head, said):
            continue
        did = deed is not None and _did(head, deed)  # "Reller ordered the murder of a banker"
        if did or any(is_offender(d) for d in _descriptions(head)) or _guilty(head, names_a_crime):
            found.add(entity_id)
    return found


def _mention_heads(doc: Any, entities: Iterable[Entity], persons: set[str]) -> Iterator[tuple[int, str]]:
    """(index of the head token, entity id) of every mention of a person."""
    for entity in entities:
        if entity.id not in persons:
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span):
                yield span.root.i, entity.id


def _guilty(head: Any, names_a_crime: Callable[[Any], bool]) -> bool:
    """The subject of "found guilty of" or "pleaded guilty to" a crime, or of a clause that one shares it with:
    "Reller was found guilty of murder", "Reller pleaded guilty to playing a role in the kidnapping", "Reller is
    serving a sentence after being found guilty of murder" (also when the parse hangs the crime on the court:
    "found guilty by a tribunal of war crimes")."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for verb in _sharing_subject(head.head):
        guilty = [c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ == "guilty"]
        judges = [o for a in verb.children if a.dep_ == "agent" for o in a.children]  # "by a court of murder"
        holders = (verb, *guilty, *judges)
        preps = [c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "to")]
        if guilty and crime_after(preps, names_a_crime, ("pobj", "pcomp")):
            return True
    return False


def _did(head: Any, deed: Callable[[Any], bool]) -> bool:
    """The subject of a verb of doing or directing a crime (``deed``), or of a clause that shares its subject, told as
    done: "Reller ordered the murder of a banker", "Reller fled after carrying out the kidnapping" (not "Reller
    could have ordered it")."""
    if head.dep_ != "nsubj":
        return False
    verbs = _sharing_subject(head.head)
    return any(deed(v) and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children) for v in verbs)


def _sharing_subject(verb: Any) -> list[Any]:
    """A verb and the clauses under it that have no subject of their own, so share its: "Reller is serving a
    sentence after being found guilty of murder", "Reller was arrested and found guilty of murder"."""
    own = ("nsubj", "nsubjpass", "csubj")
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp")]
    clauses += [c for p in verb.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pcomp"]
    return [verb, *(c for c in clauses if not any(s.dep_ in own for s in c.children))]


def _descriptions(head: Any) -> Iterator[Any]:
    """The nouns that say who a mention is: an apposition either way ("Reller, a convicted murderer"; "the
    fugitive, Tom Reller"), a common noun before the name ("convicted murderer Tom Reller"), the predicate noun of
    "to be" either way ("Reller is a convicted murderer", "the suspects are Reller and Vos"), what it was identified as
    ("Reller was identified as an accomplice", "the suspects were identified as Reller and Vos"), what the mention
    leads ("the gang, led by Reller"), and the mention's own noun when it is a common one ("the killer")."""
    if head.pos_ == "NOUN":
        yield head
    for child in head.children:
        if child.dep_ == "appos" or (child.dep_ == "compound" and child.pos_ == "NOUN"):
            yield child
    if head.dep_ == "appos":
        yield head.head
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        yield from (c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    if head.dep_ in NAMED and head.head.lemma_ in IDENTIFYING:  # not the namer: "he named Reller as the killer"
        yield from (o for p in head.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children)
    yield from _named_as(head)
    yield from _led(head)


def _named_as(head: Any) -> Iterator[Any]:
    """The noun a list of names is given for: "the suspects were identified as Tom Reller and Karl Vos", "the
    suspects are Tom Reller and Karl Vos" (each name of the list)."""
    first = list_head(head)
    verb = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "as" else first.head
    if first.dep_ == "pobj" and verb.lemma_ in IDENTIFYING:
        yield from (c for c in verb.children if c.dep_ in NAMED and _nominal(c))
    elif first.dep_ == "attr" and verb.lemma_ == "be":
        yield from (c for c in verb.children if c.dep_ == "nsubj" and _nominal(c))


def _nominal(token: Any) -> bool:
    """A noun, or a participle the parser tags a verb that stands as one after its article: "the accused were
    identified as Tom Reller and Karl Vos"."""
    return bool(token.pos_ == "NOUN" or (token.tag_ == "VBN" and any(c.dep_ == "det" for c in token.children)))


def _led(head: Any) -> Iterator[Any]:
    """What a mention leads: "the gang, led by Reller", "Reller led the gang" (its leader is what it is)."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_ == "lead" and verb.head.dep_ == "acl":
        yield verb.head.head
    if head.dep_ == "nsubj" and verb.lemma_ == "lead":
        yield from (c for c in verb.children if c.dep_ == "dobj")


def reported(token: Any, said: frozenset[str]) -> bool:
    """Said by a source the report quotes or paraphrases: under a verb of saying."""
    return any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in said for a in token.ancestors)
