"""Persons described by a role ("the pastor", "a South Korean pastor", "one of the defectors").

A role noun that is not a kinship word or a generic description ("the boy") means only someone the
document calls so: by that descriptor or by a title whose role it is ("Pastor Park": a pastor):
- "A court sentenced a South Korean pastor … . Park Jin-ho, a pastor with …": an indefinite role
  noun means the one person given that role in the next sentences.
- "Kim, one of the best-known defectors, said …": Kim is a defector (a role a lead may name him by).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from tumen.extract.added_roles import one_of_described, with_roles
from tumen.extract.bodily_cues import vote_bodily_cues
from tumen.extract.comma_lists import listed_before_comma, listed_by_comma
from tumen.extract.described_names import (
    apposed_across_verb,
    conjoined,
    named_right_after,
    names_in,
    own_name,
    subject_apposed,
)
from tumen.extract.fronted_apposition import fronted_subject, relative_subjects
from tumen.extract.group_members import add_named_members
from tumen.extract.listed_after import count as _count
from tumen.extract.listed_after import listed_after as _listed_after
from tumen.extract.listed_roles import add_listed_roles
from tumen.extract.modified_roles import vote_modified_roles
from tumen.extract.role_words import (
    body_field,
    coordinated,
    is_person_noun,
    kin_genders,
    modifier_genders,
    nominal,
    personal,
    role_phrase,
    role_word,
    role_words,
    same_coordination,
    supposed,
)
from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Entity
from tumen.extract.victim_lists import listed
from tumen.extract.vocab import load
from tumen.extract.work_roles import add_work_roles


def has_role(entity: Entity, role: str) -> bool:
    titles: dict[str, dict[str, str]] = load("kinship.yaml")["titles"]
    roles = {part.split()[-1] for part in (entity.descriptor or "").split(" and ") if part.split()}
    by_title = any(titles.get(t, {}).get("role") == role for t in entity.titles)
    return entity.descriptor == role or role in roles or by_title


def lead_target(noun: Any, persons: list[Entity], horizon: int) -> str | None:
    """The one person with the role of an indefinite role noun, first named after it and before
    ``horizon`` (a character offset), or None."""
    holders = [e for e in persons if has_role(e, noun.lemma_.lower())]
    if len(holders) != 1 or not holders[0].mentions:
        return None
    first = min(m.start for m in holders[0].mentions)
    return holders[0].id if noun.idx < first < horizon else None


def one_of(plural: Any, named_person: Callable[[Any], Entity | None]) -> None:
    """ "Kim, one of the best-known defectors": the named person gets the role as descriptor."""
    one = plural.head.head
    if plural.dep_ == "pobj" and plural.head.lower_ == "of" and one.lower_ == "one" and one.dep_ == "appos":
        named = named_person(one.head)
        if named is not None and named.descriptor is None:
            named.descriptor = plural.lemma_.lower()


def subject_by_apposition(head: Any) -> bool:
    """A name that stands for its clause's subject: in apposition to it ("The group's director, X, was attacked",
    "Another person, X, was kidnapped") or the complement of a described subject ("Another detainee was X")."""
    if head.dep_ == "appos":
        return bool(head.head.dep_ in ("nsubj", "nsubjpass"))
    return bool(
        head.dep_ == "attr"
        and head.head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.head.children)
    )


def _described(noun: Any, person_of: Callable[[Any], Entity | None]) -> list[Entity]:
    """The named persons a description (the first noun of a coordination) stands for: "X, a journalist",
    "a journalist, X", "two journalists, X and Y", "Journalist X", "X was the editor of Y", "women such as X"."""
    if (own := own_name(noun)) is not None:  # "son Felix, 8, daughter Ilse, 3": the daughter is Ilse, not Felix
        return [p for p in [person_of(own)] if p is not None and p is not person_of(noun.head)]
    if noun.dep_ == "appos" and apposed_across_verb(noun):
        return []  # "X was found guilty of murdering a judge, a court clerk …": the parser's apposition on X
    if before := listed_before_comma(noun, person_of):
        return before  # "A and B, two activists of the Y": each of the names, not only the last the parser hangs it on
    if noun.dep_ == "appos" or (noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "PROPN"):
        person = person_of(noun.head)
        if person is not None:  # "aid workers A and B", "A and B, two reporters": each of the names
            return conjoined(noun.head, person_of) if noun.tag_ in ("NNS", "NNPS") else [person]
        person = _apposed_after(noun, person_of)  # "his colleague, a freelance reporter, Anna Berg"
        if person is not None:
            return [person]
    if (named := named_right_after(noun, person_of)) is not None:
        return [named]
    if fronted := [p for p in [fronted_subject(noun, person_of)] if p] or relative_subjects(noun, person_of):
        return fronted  # "A mother of two, X was arrested", "X, who is a mother of two", "A and B, who are …"
    one = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and one.lower_ == "one":  # "X, one of the writers"
        if one.dep_ == "appos" and person_of(one.head) is not None:
            return [p for p in [person_of(one.head)] if p is not None]
        if (described := one_of_described(noun, person_of)) is not None:  # "X is one of the activists"
            return [described]
        return next((names_in(c, person_of) for c in one.children if c.dep_ == "appos"), [])  # "one of …, X"
    if (
        noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be" and not supposed(noun.head, noun)
    ):  # "X was the editor"
        other = "nsubj" if noun.dep_ == "attr" else "attr"
        named = next((c for c in noun.head.children if c.dep_ == other), None)
        if named is not None and person_of(named) is not None:
            return names_in(named, person_of, noun.tag_ in ("NNS", "NNPS"))
        if named is not None and other == "nsubj" and (apposed := subject_apposed(named, noun, person_of)):
            return apposed  # "One of the victims, Ana Berg, was a lawyer": the name is the subject
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":  # "X, who was working as a journalist", "X works as …"
        person = _working_as(noun.head.head, person_of)
        if person is not None:
            return [person]
    for child in noun.children:
        if child.dep_ == "appos":
            return [] if _opens_clause(child) else names_in(child, person_of, noun.tag_ in ("NNS", "NNPS"))
        if child.dep_ == "prep" and (child.lower_ == "including" or (child.lower_ == "as" and noun.tag_ == "NNS")):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return names_in(pobj, person_of)
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    members: list[Entity] = []  # "nine party workers who were identified as X and Y", "N others, including …"
    for person in (person_of(m) for m in listed(noun)):
        if person is not None and all(person is not p for p in members):
            members.append(person)
    return members or _listed_after(noun, person_of) or listed_by_comma(noun, person_of)


def _apposed_after(noun: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """ "his colleague, a freelance reporter, Anna Berg": a singular noun in apposition, then a comma and a name
    that is another apposition of the same thing (the parser hangs it on either noun) — the one person all of them
    are."""
    doc = noun.doc
    if noun.tag_ != "NN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    person = person_of(doc[noun.i + 2])
    if person is None:
        return None
    k = noun.i + 2
    while k < len(doc) and person_of(doc[k]) is person:
        if doc[k].dep_ in ("appos", "conj") and doc[k].head in (noun, noun.head):
            return person
        k += 1
    return None


def _working_as(verb: Any, person_of: Callable[[Any], Entity | None]) -> Entity | None:
    """The named subject of a verb of ``working_as_verbs`` ("works as", "served as"): the name itself, or the name
    a relative clause opened by "who" is on ("X, who was working as a reporter")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (
        load("story_roles.yaml").get("working_as_verbs") or []
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return person_of(subject) if subject is not None else None


def _opens_clause(name: Any) -> bool:
    """ "Based on the testimony of his sister, Choi was arrested": a name after a comma and right before a verb,
    with no comma closing it, is the subject of the clause the phrase before it opens, not that noun's apposition
    (the parser takes it for one); "his sister, Choi, was arrested" is an apposition."""
    doc = name.doc
    first, last = min(t.i for t in name.subtree), max(t.i for t in name.subtree) + 1
    while last < len(doc) and (doc[last].pos_ == "PROPN" or doc[last].text in ("-", "‐")):
        last += 1  # the rest of the name, which the parser may have hung on the noun in pieces ("Min - su")
    after = doc[last] if last < len(doc) else None
    return first > 0 and doc[first - 1].text == "," and after is not None and after.pos_ in ("AUX", "VERB")


def _kin_gender(noun: Any, kin: dict[str, str | None]) -> str | None:
    """The gender a kin noun describing a named person says, plural ("one of his sons, X") or singular ("X, the
    wife of Y", "X, a grandmother and activist", "his brother X")."""
    return kin.get(noun.lemma_.lower())


def _list_of_others(noun: Any) -> bool:
    """ "X, his wife and their son were detained": a possessed noun in apposition to a name, coordinated with
    more, lists other persons beside X rather than describing X ("X, his wife, was detained" describes X)."""
    return (
        noun.dep_ == "appos"
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
        and any(c.dep_ == "conj" for c in noun.children)
    )


def _role_by_verb(doc: Any, person_of: Callable[[Any], Entity | None]) -> None:
    """ "X, who publishes the Lindau Courier": a verb of ``role_verbs`` in the simple present, in a relative clause
    on the name just before it (whatever the parser attached it to) with an object of the verb's trade (one of its
    ``objects``, or a proper-noun title that names no person), gives the person its role noun as descriptor ("who
    hosts displaced families" states none); so does a verb of ``role_verbs_for`` with "for" a publication ("X, who
    writes for the Lindau Courier": a writer; "who writes for children" states none)."""
    data = load("story_roles.yaml")
    verbs: dict[str, dict[str, Any]] = data.get("role_verbs") or {}
    for_verbs: dict[str, str] = (data.get("role_verbs_for") or {}).get("verbs") or {}
    for verb in tokens_with(doc, "DEP", ("relcl",)):
        if verb.dep_ != "relcl" or verb.tag_ != "VBZ":
            continue
        children = {c.dep_: c for c in verb.children}
        if children.get("nsubj") is None or children["nsubj"].lower_ != "who":
            continue
        role = _trade_role(verb, children, person_of, verbs, for_verbs) or _body_role(verb, children)
        if role is None:
            continue
        who = children["nsubj"]
        before = who.doc[who.i - 2] if who.i >= 2 and who.doc[who.i - 1].text == "," else None
        person = person_of(before) if before is not None else None  # "who" is the name just before it
        if person is not None and person.descriptor is None:
            person.descriptor = role


def _trade_role(
    verb: Any,
    children: dict[str, Any],
    person_of: Callable[[Any], Entity | None],
    verbs: dict[str, dict[str, Any]],
    for_verbs: dict[str, str],
) -> str | None:
    """The role a verb of a trade states: with an object of its trade ("publishes the Lindau Courier"), or, for a
    verb of ``role_verbs_for``, with "for" a publication ("writes for the Lindau Courier": a writer)."""
    lemma = verb.lemma_.lower()
    rule = verbs.get(lemma)
    if rule is not None and "dobj" in children:
        return str(rule["role"]) if _trade_object(children["dobj"], set(rule.get("objects") or ()), person_of) else None
    if lemma not in for_verbs or "dobj" in children:
        return None
    publications = _publications()
    served = [p for c in verb.children if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return for_verbs[lemma] if any(_trade_object(p, publications, person_of) for p in served) else None


def _body_role(verb: Any, children: dict[str, Any]) -> str | None:
    """ "who works for a human rights organisation", "who heads a rights group": a verb of ``body_verbs`` with an
    unnamed body of a field as its object or after "for" or "with" gives its role in that field ("rights worker")."""
    role = (load("story_roles.yaml").get("body_verbs") or {}).get(verb.lemma_.lower())
    if role is None:
        return None
    bodies = [children["dobj"]] if "dobj" in children else []
    bodies += [p for c in verb.children if c.lower_ in ("for", "with") for p in c.children if p.dep_ == "pobj"]
    field = body_field(bodies)
    return f"{field} {role}" if field is not None else None


@cache
def _publications() -> set[str]:
    """The nouns of publications a trade verb with "for" serves (``role_verbs_for``)."""
    return {str(w) for w in load("story_roles.yaml")["role_verbs_for"]["publications"]}


def _trade_object(obj: Any, objects: set[str], person_of: Callable[[Any], Entity | None]) -> bool:
    """The object of a role verb is of its trade: a word of its ``objects`` ("a talk show", "the evening news") or a
    proper-noun title that names no person ("the Vale Morning Post")."""
    if str(obj.lemma_).lower() in objects or obj.lower_ in objects:
        return True
    return obj.pos_ == "PROPN" and person_of(obj) is None


def describe(doc: Any, grouping: Any) -> None:
    """Named persons described by a role noun beside their name get it as descriptor (when they have none, or
    have only that role noun bare: "labour rights activist" refines "activist"), the coordinated roles joined
    ("doctor and activist"), as are the roles of two appositions of one name ("X, a taxi driver, union leader of
    Y"); a person no noun describes gets a role a verb states ("X, who publishes the Y": :func:`_role_by_verb`)
    or a later "the journalist" as a subject after X alone was named (:func:`_definite_role_subjects`);
    a description that says a gender ("four men – A, B, C", "women such as X", "one of his sons, X",
    "spokeswoman X") votes for it with the weight of an explicit cue."""
    kin = kin_genders()
    words = role_words()
    strong = float(load("kinship.yaml")["strong_gender_weight"])

    known: dict[int, Entity | None] = {}  # token index -> its person: the steps below change no span nor kind

    def person_of(token: Any) -> Entity | None:
        if token.i in known:
            return known[token.i]
        found = grouping.token_entity(token)
        entity: Entity | None = grouping.by_id(found) if found is not None else None
        known[token.i] = person = entity if entity is not None and entity.kind == "person" else None
        return person

    apposed: dict[str, int] = {}  # person -> the name token whose apposition gave their descriptor here
    for noun in tokens_with(doc, "POS", ("NOUN", "PROPN", "ADV")):  # no other word is ``nominal``
        if same_coordination(noun) or not nominal(noun) or person_of(noun) is not None:
            continue
        if _list_of_others(noun):
            continue
        nouns = coordinated(noun)
        roles = [(n, w) for n in nouns if (w := role_word(n))]
        kin_said = {g for n in nouns if (g := _kin_gender(n, kin))}
        if not roles and not kin_said:
            continue
        persons = _described(noun, person_of)
        if not persons:
            continue
        phrase = " and ".join(role_phrase(n, w) for n, w in roles if not personal(w))
        genders = {g for _n, w in roles if (g := words.get(w))} | kin_said
        genders |= modifier_genders(n for n, _w in roles)  # "the woman activist", "a female journalist"
        for person in persons:
            if phrase and (person.descriptor is None or phrase.endswith(" " + person.descriptor)):
                person.descriptor = phrase  # "labour rights activist" says more than the bare "activist"
                if noun.dep_ == "appos":
                    apposed[person.id] = noun.head.i
            elif phrase and noun.dep_ == "appos" and apposed.get(person.id) == noun.head.i:
                person.descriptor = f"{person.descriptor} and {phrase}"  # "X, a taxi driver, union leader of Y"
            elif phrase and person.descriptor and (more := with_roles(person.descriptor, phrase)) is not None:
                person.descriptor = more  # "editor X … X is one of the activists": an editor and an activist
            if len(genders) == 1:
                gender = next(iter(genders))
                person.gender_votes[gender] = person.gender_votes.get(gender, 0.0) + strong
            if person.descriptor is None and len(young := _young_words(roles, kin)) == 1:
                person.descriptor = young.pop()  # "two boys, A and B": each a boy, as "a boy, A" is
    add_listed_roles(doc, person_of, role_word)  # "blogger and human rights activist X": both roles
    add_work_roles(doc, person_of, role_word, role_phrase)  # "A and B were jailed for their work as journalists"
    add_named_members(
        doc, person_of, role_word, role_phrase, _count
    )  # "two journalists … They were identified as A, B"
    _role_by_verb(doc, person_of)
    _definite_role_subjects(doc, person_of)
    _one_of_the_others(doc, person_of)
    vote_bodily_cues(doc, person_of)  # "X, who was seven months pregnant": a woman
    vote_modified_roles(doc, person_of)  # "woman human rights defender X", "women journalists X and Y"


def _young_words(roles: list[tuple[Any, str]], kin: dict[str, str | None]) -> set[str]:
    """The descriptions of a minor among the plural role nouns of a description ("two boys", "teenage girls"), kin
    nouns aside ("her children, A and B" may be grown up); the singular ("a boy, A") is coreference's."""
    descriptors = load("kinship.yaml")["descriptors"]
    return {
        w for n, w in roles if n.tag_ in ("NNS", "NNPS") and w not in kin and (descriptors.get(w) or {}).get("minor")
    }


def _possessive(noun: Any) -> bool:
    """ "the blogger's lawyer", "the reporter's wife": a noun that possesses a person, whom it stands beside (not
    "in the reporter's murder": those named before may be its doers)."""
    return (
        noun.head.i > noun.i
        and any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in noun.children)
        and is_person_noun(noun.head)
    )


def _definite_role_subjects(doc: Any, person_of: Callable[[Any], Entity | None]) -> None:
    """ "Okafor was charged with treason, and the journalist spent two months in detention": a singular role noun
    with "the" as a clause's subject, or possessing a person ("the blogger's lawyer said"), means the one person named
    before it in its sentence and the one before, when that is the only person named there (else the only person
    named in the clause its own clause is coordinated with: :func:`_named_in_the_clause_before`); it gives that
    person the role when nothing else describes them."""
    for noun in tokens_with(doc, "TAG", ("NN",)):
        if noun.tag_ != "NN" or not (noun.dep_ in ("nsubj", "nsubjpass") or _possessive(noun)):
            continue
        if person_of(noun) is not None:
            continue
        word = role_word(noun)
        determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
        if word is None or personal(word) or determiners != ["the"]:
            continue
        sentence = noun.sent
        start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        speakers = _speakers_of(noun, person_of)  # "X said the activist was arrested": not X
        named = {id(p): p for t in doc[start : noun.i] if (p := person_of(t)) is not None and id(p) not in speakers}
        if len(named) != 1:
            named = _named_in_the_clause_before(noun, person_of)
        if len(named) == 1:
            person = next(iter(named.values()))
            if person.descriptor is None:
                person.descriptor = role_phrase(noun, word)
            elif (more := _more_roles(noun, person.descriptor)) is not None:
                person.descriptor = more  # "journalist X … the activist, journalist and critic was held"


def _more_roles(noun: Any, descriptor: str) -> str | None:
    """The descriptor with the roles a definite description adds, when it is told together with a role the person
    already has ("the 26-year-old activist, journalist and critic" after "journalist X": the same person, and an
    activist too); None otherwise ("the cameraman" after "activist X" is someone else)."""
    told = [*coordinated(noun), *(n for c in noun.children if c.dep_ == "appos" for n in coordinated(c))]
    roles = [(n, w) for n in told if (w := role_word(n))]  # "the activist, journalist and critic": however parsed
    known = {r.split()[-1] for r in descriptor.split(" and ") if r}
    if len(roles) < 2 or not any(w in known for _n, w in roles):
        return None
    return with_roles(descriptor, " and ".join(role_phrase(n, w) for n, w in roles if not personal(w)))


def _speakers_of(noun: Any, person_of: Callable[[Any], Entity | None]) -> set[int]:
    """The persons who say the clause a noun is in: the named subject of a reporting verb above it ("Holm said the
    activist was arrested": Holm), who would not call themselves so (in "Lena Berg's lawyer said the actress …" the
    speaker is the lawyer, and Berg may be the actress)."""
    saying = set(load("events.yaml")["modality"]["reporting_verbs"])
    verbs = [v for v in noun.ancestors if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in saying]
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return {id(p) for t in subjects if (p := person_of(t)) is not None}


def _named_in_the_clause_before(noun: Any, person_of: Callable[[Any], Entity | None]) -> dict[int, Entity]:
    """ "The minister was sacked. Police then charged Ana Cruz and the reporter spent a month in detention": the
    persons named in the clause that the role noun's own clause is coordinated with ("and the reporter …")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i > noun.i:
        return {}
    before = [t for t in verb.head.subtree if t.i < noun.i]
    return {id(p): p for t in before if (p := person_of(t)) is not None}


def _one_of_the_others(doc: Any, person_of: Callable[[Any], Entity | None]) -> None:
    """ "Police arrested Mara Tull and two other activists", "Ivo Holm, along with fellow lawyers, was detained": a
    plural role noun qualified by a word of ``other_words`` and joined to the names just before it by a word of
    ``joining_words`` counts those names among its kind; each gets the role when nothing else describes them."""
    roles = load("story_roles.yaml")
    others = set(roles.get("other_words") or [])
    joins = sorted((str(w).split() for w in roles.get("joining_words") or []), key=len, reverse=True)
    for noun in tokens_with(doc, "TAG", ("NNS", "NNPS")):
        if noun.tag_ not in ("NNS", "NNPS") or (word := role_word(noun)) is None or personal(word):
            continue
        before = [t for c in noun.lefts for t in c.subtree]  # "two other activists", "other rights defenders"
        if not any(t.dep_ == "amod" and t.lower_ in others for t in before):
            continue
        start = min([t.i for t in before] + [noun.i])
        for person in _names_joined_before(doc, start, joins, person_of):
            if person.descriptor is None:  # "other" may modify the qualifying noun: "other rights defenders"
                person.descriptor = " ".join(w for w in role_phrase(noun, word).split() if w not in others)


def _names_joined_before(
    doc: Any, start: int, joins: list[list[str]], person_of: Callable[[Any], Entity | None]
) -> list[Entity]:
    """The persons named in the list that a joining word right before ``start`` ends: "A, B and" -> A and B."""
    k = next((start - len(j) for j in joins if [t.lower_ for t in doc[max(0, start - len(j)) : start]] == j), None)
    if k is None:
        return []
    found: list[Entity] = []
    while k > 0:
        k -= 1 if doc[k - 1].text == "," else 0
        person = person_of(doc[k - 1]) if k > 0 else None
        if person is None or person in found:
            break
        found.append(person)
        while k > 0 and person_of(doc[k - 1]) is person:
            k -= 1
        if k == 0 or doc[k - 1].text != ",":
            break
    return found
