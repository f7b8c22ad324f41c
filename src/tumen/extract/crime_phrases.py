"""Phrases that name a crime (rules in docs/extraction.md, "Violations"): the words of the accused
(``events.yaml``, ``accused``) and the grammar by which the object of "for/with/on/of …" names a crime of violence
("for kidnapping", "on charges of murder", "in the kidnapping case", "for his role in the abduction",
"with attempting to kidnap") or only crimes of gain or deceit ("for theft and fraud"), and by which a charge is
told as made up ("on trumped-up charges"). :mod:`tumen.extract.accused` reads arrests, trials and suspects with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract.vocab import load, word_sets


@dataclass(frozen=True)
class Words:
    events: frozenset[str]
    crimes: frozenset[str]
    charges: frozenset[str]
    prepositions: frozenset[str]
    by_doer: frozenset[str]
    attempts: frozenset[str]
    charged_harms: frozenset[str]
    suspects: frozenset[str]
    suspect_marks: frozenset[str]
    answerable: frozenset[str]
    suspect_participles: frozenset[str]
    doer_nouns: frozenset[str]
    deeds: frozenset[str]
    accusations: frozenset[str]
    crime_nouns: frozenset[str]
    accusing: frozenset[str]
    crime_marks: frozenset[str]
    crime_targets: frozenset[str]
    ordinary_crimes: frozenset[str]
    share_verbs: frozenset[str]
    share_prepositions: frozenset[str]
    doubted_charges: frozenset[str]
    charged_before: frozenset[str]
    object_prepositions: frozenset[str]
    doer_prepositions: frozenset[str]
    inquiries: frozenset[str]
    inquiry_prepositions: frozenset[str]
    believed_participles: frozenset[str]
    punishments: frozenset[str]
    retaliation: frozenset[str]


# prepositions after a noun of `charges` that name the crime: "the charge of", "in connection with", "his
# involvement in", "the investigation into", "on charges including murder" (one of them)
CHARGE_PREPOSITIONS = frozenset({"of", "with", "in", "into", "including"})


@cache
def words() -> Words:
    data = load("events.yaml")["accused"]
    return Words(*word_sets(data, Words.__dataclass_fields__))


@cache
def ordinary_misuses() -> dict[str, frozenset[str]]:
    """Verbs that are an ordinary crime only with one of their objects ("abusing his office")."""
    data = load("events.yaml")["accused"]["ordinary_misuses"]
    return {str(verb): frozenset(str(o) for o in objects) for verb, objects in data.items()}


@cache
def linked_participles() -> dict[str, frozenset[str]]:
    """Participles of a link and the prepositions by which they name a crime ("linked to the killing")."""
    data = load("events.yaml")["accused"]["linked_participles"]
    return {str(verb): frozenset(str(p) for p in preps) for verb, preps in data.items()}


_UNDONE = ("neg", "auxpass", "nsubjpass")  # an infinitive not done by the noun: negated or passive


def told_as_doer(participle: Any, vocab: Words) -> bool:
    """A participle after a noun of persons that tells them the doers of a crime: a link whose preposition names
    the crime ("three people linked to the killing of …", ``linked_participles``), or a belief whose infinitive is
    the crime or a share in it ("a man believed to have shot …", "two men thought to be behind the attack",
    ``believed_participles``); not negated, nor passive ("two men believed to have been tortured by soldiers": its
    victims)."""
    if participle.dep_ != "acl" or any(c.dep_ == "neg" for c in participle.children):
        return False
    lemma = participle.lemma_.lower()
    links = linked_participles().get(lemma, frozenset())
    preps = [c for c in participle.children if c.dep_ == "prep" and c.lower_ in links]
    if crime_after(preps, lambda o: names_a_crime(o, vocab)):
        return True
    if lemma not in vocab.believed_participles:
        return False
    done = [c for c in participle.children if c.dep_ == "xcomp" and not any(g.dep_ in _UNDONE for g in c.children)]
    return any((c.pos_ == "VERB" and crime_word(c, vocab)) or takes_part(c, vocab) for c in done)


def crime_word(token: Any, vocab: Words) -> bool:
    """A word naming a crime of violence, or a compound of one ("the kidnapping case"), also when the parse splits
    it at its hyphen ("hostage-taking"); or a noun of crime that a word before it or its "against" makes one of
    violence ("a violent crime", "war crimes", "crimes against humanity")."""
    if token.lemma_.lower() in vocab.crimes or token.lower_ in vocab.crimes:
        return True
    hyphened = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 2 and c.nbor().text == "-"]
    if any(f"{c.lower_}-{token.lower_}" in vocab.crimes for c in hyphened):
        return True
    if token.lemma_.lower() not in vocab.crime_nouns:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in vocab.crime_marks for c in token.children):
        return True
    against = (o for p in token.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children)
    return any(o.lemma_.lower() in vocab.crime_targets for o in against)


def _ordinary_crime(token: Any, vocab: Words) -> bool:
    """A crime of gain or deceit ("for alleged fraud", "for stealing money"), or a verb that is one with its object
    ("abusing his office", "abuse of power")."""
    lemma = token.lemma_.lower()
    if lemma in vocab.ordinary_crimes or token.lower_ in vocab.ordinary_crimes:
        return True
    misused = ordinary_misuses().get(lemma, frozenset())
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(o.lemma_.lower() in misused for o in objects)


def _harm(token: Any, vocab: Words) -> bool:
    """A crime of violence, or a harm a case is about ("over the death of", "in connection with her
    disappearance")."""
    return crime_word(token, vocab) or token.lemma_.lower() in vocab.charged_harms


def _only_ordinary_crimes(items: list[Any], vocab: Words) -> bool:
    """Crimes of gain or deceit and nothing else the charge names: "for theft and fraud" (not "on suspicion of
    sedition and fraud", whose other charge is no crime of gain)."""
    found = [_ordinary_crime(item, vocab) for item in items]
    return any(found) and all(f or _harm(item, vocab) for f, item in zip(found, items, strict=True))


def crime_after(preps: Iterable[Any], names: Callable[[Any], bool], objects: tuple[str, ...] = ("pobj",)) -> bool:
    """Whether the object of one of ``preps`` names a crime (``names``, as :func:`names_a_crime`): "linked to the
    killing", "behind the attack", "guilty of murder"."""
    return any(names(o) for p in preps for o in p.children if o.dep_ in objects)


def names_a_crime(head: Any, vocab: Words, depth: int = 0) -> bool:
    """The object of "for/with/on/of …": a crime ("for kidnapping", "of murder and robbery"), a gerund of one
    ("for assaulting his wife"), the harm it is about ("over the death of"), or a charge of one ("on charges of
    kidnapping", "in the murder case", "in connection with the killing", "for his role in the abduction")."""
    items = [head, *head.conjuncts]
    if any(doubted(item, vocab) for item in items):
        return False  # "on trumped-up charges of fraud", "on bogus murder charges": the report calls them made up
    if any(_harm(item, vocab) for item in items) or _only_ordinary_crimes(items, vocab):
        return True
    if any(_attempted_crime(item, vocab) for item in items):
        return True  # "with attempting to kidnap", "for plotting to murder"
    if depth <= 1 and any(_took_part(item, vocab, depth) for item in items):
        return True  # "to playing a role in the kidnapping", "for taking part in the murder"
    if depth <= 1 and any(_being_behind(item, vocab, depth) for item in items):
        return True  # "for allegedly being behind many kidnapping cases", "for being involved in the murder"
    if depth == 0 and any(_inquiry_into(item, vocab) for item in items):
        return True  # "detained for questioning over the killing", "for interrogation in connection with the murder"
    for item in items:
        if item.lemma_.lower() not in vocab.charges or depth > 1:
            continue
        modifiers = [c for c in item.children if c.dep_ in ("compound", "amod", "nmod")]
        nouns = [c for c in modifiers if c.dep_ != "amod"]  # "the alleged fraud charges": "alleged" names no charge
        if any(crime_word(c, vocab) for c in modifiers) or _only_ordinary_crimes(nouns, vocab):
            return True  # "the murder case", "the kidnapping charges", "fraud charges"
        if any(_infinitive_of(c) and crime_word(c, vocab) for c in item.children):
            return True  # "the plot to kidnap the governor", "an attempt to murder"
        hung = split_infinitive(item)
        if hung is not None and crime_word(hung, vocab):
            return True  # "charged in the plot to kidnap the governor": the parse hangs "to kidnap" on "charged"
        for prep in (c for c in item.children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS):
            if any(names_a_crime(o, vocab, depth + 1) for o in prep.children if o.dep_ in ("pobj", "pcomp")):
                return True
    return False


def split_infinitive(noun: Any) -> Any | None:
    """The verb of "to …" just after a noun that the parse hangs on a verb above the noun instead of on the noun:
    "charged in the plot to kidnap the governor" ("kidnap" a clause of "charged") is the plot's infinitive."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return None
    to, verb = doc[noun.i + 1], doc[noun.i + 2]
    if to.tag_ != "TO" or to.head != verb or verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    return verb if any(a == verb.head for a in noun.ancestors) else None


def plan_of(verb: Any, vocab: Words) -> Any | None:
    """What a crime's verb is the infinitive of, when it is one of a plan or an attempt: the noun of ``charges`` just
    before its "to" that the parse split it from ("charged in the plot to kidnap the governor": "plot"), or the verb
    of trying or planning whose complement it is ("charged with conspiring to kill", ``attempts``)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.attempts:
        return verb.head
    if _infinitive_of(verb) and verb.head.lemma_.lower() in vocab.charges and _to_of(verb):
        return verb.head  # "over a plot to kidnap the governor": the noun's own infinitive
    noun = verb.doc[verb.i - 2] if verb.i >= 2 else None
    if noun is None or noun.lemma_.lower() not in vocab.charges:
        return None
    return noun if split_infinitive(noun) == verb else None


def _to_of(verb: Any) -> bool:
    """Whether a verb is an infinitive with "to" ("to kidnap")."""
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children)


def _infinitive_of(child: Any) -> bool:
    """A clause that says what a noun is of: "the plot to kidnap" (acl, xcomp, or an infinitive the parse calls a
    relative clause)."""
    if child.dep_ in ("acl", "xcomp"):
        return True
    return child.dep_ == "relcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in child.children)


def _took_part(verb: Any, vocab: Words, depth: int) -> bool:
    """A gerund whose object is a share in a crime: "playing a role in the kidnapping", "taking part in the
    murder", also when the parse hangs the "in" on the gerund (not any object: "for exposing the murder" is no share
    in it)."""
    if verb.pos_ != "VERB":
        return False
    shares = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in vocab.charges]
    if any(names_a_crime(o, vocab, depth + 1) for o in shares):
        return True
    # the parse may hang the share's "in" on the gerund: "taking part in the kidnapping" ("in" a child of "taking")
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in vocab.share_prepositions] if shares else []
    return crime_after(preps, lambda o: names_a_crime(o, vocab, depth + 1))


def _inquiry_into(item: Any, vocab: Words) -> bool:
    """A questioning whose "over", "about" or "in" (connection with) names a crime: "for questioning over the killing"
    (only as what an arrest is for: "raising questions about the killing" is no questioning of the one arrested)."""
    if item.lemma_.lower() not in vocab.inquiries:
        return False
    preps = [c for c in item.children if c.dep_ == "prep" and c.lower_ in vocab.inquiry_prepositions]
    return crime_after(preps, lambda o: names_a_crime(o, vocab, 1))


def takes_part(verb: Any, vocab: Words) -> bool:
    """A verb of taking part or being whose share names a crime, not negated: "who took part in the kidnapping",
    "who were behind the attack", "who were involved in the murder"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return _took_part(verb, vocab, 0) or _being_behind(verb, vocab, 0)


def doubted(noun: Any, vocab: Words | None = None) -> bool:
    """A noun of charges the report calls made up: "trumped-up charges", "bogus accusations", "politically motivated
    charges" (not "false imprisonment": no noun of charges)."""
    vocab = vocab or words()
    if noun.lemma_.lower() not in vocab.charges:
        return False
    marks = [c for c in noun.children if c.dep_ in ("amod", "compound", "advmod")]
    marks += [g for c in marks for g in c.children if c.dep_ in ("amod", "advmod", "compound", "npadvmod")]
    return any(m.lower_ in vocab.doubted_charges for m in marks)


def _being_behind(verb: Any, vocab: Words, depth: int) -> bool:
    """A gerund of being or taking part whose "behind" or "in" names a crime: "being behind the kidnappings",
    "being involved in the murder"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in vocab.share_verbs:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in vocab.share_prepositions]
    return crime_after(preps, lambda o: names_a_crime(o, vocab, depth + 1))


def _attempted_crime(item: Any, vocab: Words) -> bool:
    """A verb of trying or planning whose complement is a crime ("attempting to kidnap", "conspiring to murder"), also
    when the parse reads the infinitive as a "to" and a noun ("conspiring to torture and behead hostages")."""
    if item.lemma_.lower() not in vocab.attempts:
        return False
    if any(c.dep_ == "xcomp" and crime_word(c, vocab) for c in item.children):
        return True
    to = [p for p in item.children if p.dep_ == "prep" and p.lower_ == "to" and p.i == item.i + 1]
    return any(o.dep_ == "pobj" and o.i == p.i + 1 and crime_word(o, vocab) for p in to for o in p.children)


def share_in(prep: Any, vocab: Words) -> Any | None:
    """The gerund of a share a preposition of ``share_prepositions`` hangs on ("participating in the kidnapping",
    "taking part in the murder", "helping in the abduction", "being behind the killing"): the crime it names is the
    charge of what the gerund is the charge of ("accuses Ivo Lesk of participating in the kidnapping"); None for
    any other."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in vocab.share_prepositions or verb.i == prep.i:
        return None
    if verb.tag_ != "VBG" or verb.pos_ not in ("VERB", "AUX"):
        return None
    shares = any(o.dep_ == "dobj" and o.lemma_.lower() in vocab.charges for o in verb.children)
    return verb if shares or verb.lemma_.lower() in vocab.share_verbs else None
