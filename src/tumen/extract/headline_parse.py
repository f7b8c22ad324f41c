"""A headline's present tense the parser reads as part of a noun phrase (docs/extraction.md, "Events").

News headlines tell a past event in the present tense and drop the articles: "Police arrest reporter Tomas Vell in
Gorna", "Soldiers detain activist Mira Osk". spaCy's small model reads such a line as one noun phrase ("arrest" a
noun modifying "reporter", "detain" an adjective of "activist"), so no arrest is found, or the doer is taken into the
victim's description. In a headline — a line of its own with no final stop — whose verb is missing from the parse, a
present-tense form of a verb of harm (the ``verbs`` of the ``harms`` types in data/events.yaml: "arrest",
"arrests", "detain", "kills" …) between two noun phrases is that verb: the words before it are its subject (the
doer), the noun phrase after it its object (the one it befell), and what follows ("in Gorna") hangs on the verb.
The repaired parse is read as any other; the tense stays the present, which dates the event by the publication
unless the headline gives a date.

A headline also drops the auxiliary of its passive ("Activist shot dead in Tarvik": its subject becomes the
passive's, :func:`tumen.extract.headline_words.headline_participle`), and the parser may read such a line as a
noun with a participle clause ("Journalist killed in Norland"): it is the passive sentence. A capitalised singular
role noun opening a headline with no determiner ("Activist", "Journalist") is a common noun, not a people's name,
and one specific person: the first of that role the story names after it, else an unnamed person of that role
(:func:`story_person`, asked by coreference).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.headline_words import company_subject, headline_participle, own_line, shares_object
from tumen.extract.vocab import load

NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "DT", "POS", "HYPH", "PRP$", "NFP"})
HEADS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
MAX_SUBJECT = 6


@cache
def present_forms() -> dict[str, str]:
    """The present-tense forms of the verbs of harm -> their lemma ("arrests" -> "arrest")."""
    events = load("events.yaml")
    forms: dict[str, str] = {}
    for kind in events["harms"]:
        for lemma in events["types"][kind].get("verbs") or {}:
            word = str(lemma).lower()
            forms[word] = word
            forms[word + ("es" if word.endswith(("s", "sh", "ch", "x", "z")) else "s")] = word
    return forms


@cache
def present_hashes() -> frozenset[int]:
    """The hashes of :func:`present_forms` (a token's ``lower``, read without building its string)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(form) for form in present_forms())


@cache
def role_nouns() -> frozenset[str]:
    """The nouns of persons by their role (``descriptors`` of data/kinship.yaml: "activist", "journalist" …)."""
    return frozenset(str(w).lower() for w in load("kinship.yaml")["descriptors"])


@cache
def person_nouns() -> frozenset[str]:
    """The role nouns and the singular kin nouns (``kin`` of data/kinship.yaml: "husband", "mother" …)."""
    kin = load("kinship.yaml")["kin"]
    return role_nouns() | {str(w).lower() for w, info in kin.items() if not (info or {}).get("plural")}


def repair(doc: Any) -> Any:
    """The pipeline component: every headline with its verb misread is parsed again as subject, verb, object; a
    role noun opening a headline bare is a common noun (:func:`bare_role`)."""
    fixes: dict[int, tuple[int, str]] = {}
    text = doc.text  # once: every repair is of a line of its own
    for sent in doc.sents:
        for verb in sent:
            if _active_with_shared_object(verb):  # "Two officers shot and killed a student": they shot
                verb.tag_ = "VBD"
                for subject in [c for c in verb.children if c.dep_ == "nsubjpass"]:
                    subject.dep_ = "nsubj"
        if not own_line(sent, text):
            continue
        if sent.root.ent_type_ != "PERSON" and headline_participle(
            sent.root
        ):  # "Activist shot dead in Tarvik": the subject is the passive's
            sent.root.tag_ = "VBN"
            for subject in [c for c in sent.root.children if c.dep_ == "nsubj"]:
                subject.dep_ = "nsubjpass"
            continue
        participle = _reduced_relative(sent, text)
        if participle is not None:  # "Journalist killed in Norland" read as a noun phrase: the passive's subject
            fixes.update({participle.i: (participle.i, "ROOT"), sent.root.i: (participle.i, "nsubjpass")})
            continue
        if not any(t.lower in present_hashes() for t in sent):
            continue
        found = _clause(sent)
        if found is not None:
            verb, heads = found
            fixes.update(heads)
            verb.tag_ = "VBZ" if verb.lower_ != present_forms()[verb.lower_] else "VBP"
            verb.pos_ = "VERB"
            verb.lemma_ = present_forms()[verb.lower_]
    if fixes:
        _set_heads(doc, fixes)
    bare = [s[0] for s in doc.sents if _bare_role_noun(s[0], text)]  # (only a sentence's first token starts it)
    if bare:
        doc.ents = [e for e in doc.ents if not (len(e) == 1 and e[0] in bare)]
        for token in bare:
            token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.lower_
    return doc


def _active_with_shared_object(verb: Any) -> bool:
    """A past form the parser read as a passive with no auxiliary whose conjoined verb takes an object ("Two officers
    shot and killed a student", a line with no final stop): the verbs share that object and the subject is the doers'.
    A passive participle's conjunct takes no object ("Teen shot and killed in Tarvik")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) and shares_object(verb)


def _reduced_relative(sent: Any, text: str | None = None) -> Any | None:
    """The participle of a headline the parser read as a noun phrase ("Journalist killed in Norland": a noun rooting
    the line with the participle as its clause, and no finite verb), or None."""
    root = sent.root
    if root.tag_ not in HEADS or not own_line(sent, text) or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
        return None
    clauses = [c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
    if clauses and company_subject(root, clauses[0]):
        return None  # "Accused Tarvik Foods killer held": the company would be taken for the one held
    if len(clauses) != 1 or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in clauses[0].children):
        return None
    return clauses[0]


def _bare_role_noun(token: Any, text: str | None = None) -> bool:
    """A capitalised singular role or kin noun with no determiner opening a headline ("Activist shot dead in Tarvik",
    "Journalist killed in Norland", "Husband and wife executed"): the small model tags it a proper noun and often a
    people's name or a place's."""
    if not token.is_title or token.lower_ not in person_nouns() or not token.is_sent_start or token.tag_ == "NNS":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None or following.tag_ in ("NNP", "NNPS") or following.is_punct:
        return False  # "Activist Ana Vale …": a title; "Journalist:" a label
    return bool(token.dep_ in ("nsubj", "nsubjpass") and own_line(token.sent, text))


def bare_role(token: Any) -> bool:
    """A role noun that stands bare at the head of a headline: one specific person, the story's."""
    return bool(token.tag_ == "NN" and token.lower_ in role_nouns() and _bare_role_noun(token))


def story_person(noun: Any, persons: list[Any], grouping: Any) -> str | None:
    """The person a headline's bare role noun stands for: the first of that role the story names after it, else an
    unnamed person of that role (an entity id); None for any other noun."""
    from tumen.extract.role_descriptions import has_role  # (role_descriptions reads the parse this module makes)

    if not bare_role(noun):
        return None
    named = [(min(m.start for m in e.mentions), e.id) for e in persons if e.mentions and has_role(e, noun.lower_)]
    if later := [(start, entity) for start, entity in named if start > noun.idx]:
        return str(min(later)[1])
    person = grouping.new("person", None, descriptor=noun.lower_)
    grouping.add_span(person, noun.idx, noun.idx + len(noun.text), noun.text, alias=False)
    return str(person.id)


def _clause(sent: Any) -> tuple[Any, dict[int, tuple[int, str]]] | None:
    """The verb and the new (head, dependency) of each token of a headline read as one noun phrase, or None."""
    if sent.root.tag_ in VERB_TAGS and sent.root.ent_type_ != "PERSON":  # (not "Omar Sayed" read "… sayed")
        return None
    words = [t for t in sent if not t.is_space]
    for k, verb in enumerate(words):
        if k == 0 or verb.lower_ not in present_forms():
            continue
        subject = words[:k]
        end = next((j for j in range(k + 1, len(words)) if not _nominal(words[j])), len(words))
        obj = words[k + 1 : end]
        if len(subject) > MAX_SUBJECT or not _phrase(subject) or not _phrase(obj) or verb.text[:1].isdigit():
            return None
        for word in (*subject, *obj):  # "Omar Sayed": a name the tagger read as a verb
            if word.tag_ in VERB_TAGS:
                word.tag_, word.pos_ = "NNP", "PROPN"
        heads = {verb.i: (verb.i, "ROOT")}
        heads.update(_attach(subject, verb.i, "nsubj"))
        heads.update(_attach(obj, verb.i, "dobj"))
        heads.update(_attach(words[end:], verb.i, None))
        return verb, heads
    return None


def _nominal(word: Any) -> bool:
    return bool(word.tag_ in NOUNISH or word.ent_type_ == "PERSON")


def _phrase(words: list[Any]) -> bool:
    return bool(words) and all(map(_nominal, words)) and (words[-1].tag_ in HEADS or words[-1].ent_type_ == "PERSON")


def _attach(words: list[Any], verb: int, dep: str | None) -> dict[int, tuple[int, str]]:
    """New heads for a stretch of words: its own tree kept inside it; its last word (a noun phrase's head) on the
    verb as ``dep``; every other word whose head lay outside on that head (a phrase) or on the verb (the rest)."""
    if not words:
        return {}
    last = words[-1].i
    inside = {w.i for w in words}
    out: dict[int, tuple[int, str]] = {}
    if dep is not None:
        out[last] = (verb, dep)
    for w in words:
        if w.i in out:
            continue
        if w.head.i in inside and w.head.i != w.i:
            out[w.i] = (w.head.i, w.dep_)
        elif dep is not None:
            out[w.i] = (last, "compound" if w.tag_ in HEADS else w.dep_ if w.dep_ != "ROOT" else "amod")
        else:
            out[w.i] = (verb, w.dep_ if w.dep_ != "ROOT" else "dep")
    return out


def _set_heads(doc: Any, fixes: dict[int, tuple[int, str]]) -> None:
    from spacy.attrs import DEP, HEAD

    array = doc.to_array([HEAD, DEP])  # unsigned: a head before its word wraps around
    for i, (head, dep) in fixes.items():
        array[i, 0] = (head - i) % 2**64
        array[i, 1] = doc.vocab.strings.add(dep)
    doc.from_array([HEAD, DEP], array)
