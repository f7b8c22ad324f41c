"""Role words and their phrases: the nouns that give a person a role ("journalist", "union leader"), the kinship
and personal descriptions ("mother", "boy"), and the small readings of them that the modules finding roles share
(coordinated roles, the qualifying words a role keeps, a copula that describes no one)."""

from __future__ import annotations

from functools import cache
from typing import Any

from tumen.extract.added_roles import coordinated_fields
from tumen.extract.doc_memo import kept_with
from tumen.extract.prep_objects import objects_of
from tumen.extract.vocab import load

COMMON = {True: ("NOUN", "PROPN"), False: ("NOUN",)}  # a lower-case "proper noun" ("trade union activist") is common


@cache
def role_words() -> dict[str, str | None]:
    """Role nouns -> the gender they say (or None): the descriptions of ``data/kinship.yaml`` and the
    occupations of ``data/story_roles.yaml``."""
    kinship = load("kinship.yaml")
    roles = load("story_roles.yaml")
    words: dict[str, str | None] = {w: (info or {}).get("gender") for w, info in kinship["descriptors"].items()}
    genders: dict[str, str] = roles.get("occupation_genders") or {}
    words.update({w: genders.get(w) for w in roles.get("occupations") or []})
    return words


@cache
def kin_genders() -> dict[str, str | None]:
    kin: dict[str, dict[str, str]] = load("kinship.yaml")["kin"]
    return {w: info.get("gender") for w, info in kin.items()}


def modifier_genders(nouns: Any) -> set[str]:
    """The genders that words modifying role nouns say ("woman activist", "female journalist", "male nurse")."""
    modifiers: dict[str, str] = load("story_roles.yaml").get("gender_modifiers") or {}
    return {
        modifiers[c.lower_]
        for n in nouns
        for c in n.children
        if c.dep_ in ("amod", "compound") and c.lower_ in modifiers
    }


def role_word(token: Any) -> str | None:
    """The role noun a token is (its lemma, or its lower-case form: "Journalist" tagged a proper noun). Many steps
    ask it of the same words; the answers are kept with the document (its parse no longer changes once extraction
    reads it; a document retokenised since is asked anew)."""
    doc = token.doc
    known: dict[int, str | None] = kept_with(doc, "tumen_role_words", dict)
    index = int(token.i)
    if index not in known:
        known[index] = _role_word(token)
    return known[index]


def _role_word(token: Any) -> str | None:
    if not nominal(token):
        return None
    words = role_words()
    for form in (str(token.lemma_).lower(), str(token.lower_)):
        if form in words:
            return form
    if _general_title(token) is not None:
        return "general"  # "the party's secretary general": a secretary general
    return _field_role(token)


def _general_title(token: Any) -> Any:
    """The office noun right before a "general" that heads it ("secretary general", "Director-General"; words of
    ``general_titles``), or None: a bare "general" is a rank, not a role."""
    if token.lower_ != "general" or token.i == 0:
        return None
    before = token.doc[token.i - 2] if token.doc[token.i - 1].text == "-" and token.i > 1 else token.doc[token.i - 1]
    return before if before.head.i == token.i and before.lower_ in _general_titles() else None


@cache
def _general_titles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("story_roles.yaml").get("general_titles") or [])


def office_title(title: str, before: str | None) -> bool:
    """Whether a title ("General") is the head of an office named by the word before it ("Secretary General Ana
    Berg", "Prosecutor-General"; ``general_titles``): no military rank of the one named."""
    return title.lower() == "general" and (before or "").lower() in _general_titles()


def nominal(token: Any) -> bool:
    """A noun, or a word the tagger read as an adverb that has an article, as only a noun has: "Kell was a union
    steward" (a "-ward" word: "toward", "backward")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ == "ADV" and any(c.dep_ == "det" and c.i < token.i for c in token.children)


@cache
def _field_roles() -> dict[str, frozenset[str]]:
    """Each noun that is a role only in a field (``field_roles``) -> its fields."""
    data: dict[str, list[str]] = load("story_roles.yaml").get("field_roles") or {}
    return {str(word): frozenset(str(f) for f in fields) for word, fields in data.items()}


def _field_role(token: Any) -> str | None:
    """A noun that is a role only in one of its fields (``field_roles``), said by a lower-case field noun after "of",
    before it or owning it: "a member of the dockworkers' union", "a union member", "the union's member" (all:
    "member"); not a name's word ("the head of the Tarvik Workers Union": the organisation's ties type it)."""
    if token.pos_ != "NOUN":
        return None
    fields = _field_roles()
    word = str(token.lemma_).lower()
    if word not in fields:
        return None
    owners = [c for c in token.children if c.dep_ in ("compound", "poss")]
    owners += objects_of(token)
    owners += _field_of_body(token)  # "a member of a local human rights group"
    if "media" in fields[word] and media_outlets(token):
        return word  # "the head of a local newspaper"
    return word if any(o.text.islower() and _field_word(o, fields[word]) for o in owners) else None


@cache
def _media_outlets() -> tuple[frozenset[str], dict[str, frozenset[str]], tuple[str, ...], frozenset[str]]:
    """``media_outlets`` in data/story_roles.yaml: its nouns, nouns known by a qualifier, and roles; with
    ``media_prepositions``."""
    roles = load("story_roles.yaml")
    data = roles["media_outlets"]
    qualified = {str(k): frozenset(str(w) for w in v) for k, v in data["qualified"].items()}
    prepositions = tuple(str(w) for w in roles["media_prepositions"])
    return frozenset(str(w) for w in data["nouns"]), qualified, prepositions, frozenset(str(w) for w in data["roles"])


def media_outlets(noun: Any) -> list[Any]:
    """The lower-case nouns of a news outlet (``media_outlets``) a role is "of", "at" or "with": "the director of a
    local newspaper", "the head of a radio station" (not "of a police station")."""
    nouns, qualified, prepositions, _roles = _media_outlets()
    found = []
    for outlet in objects_of(noun, prepositions):
        lemma = str(outlet.lemma_).lower()
        if not outlet.text.islower() or outlet.pos_ != "NOUN":
            continue
        before = {c.lower_ for c in outlet.children if c.i < outlet.i and c.dep_ in ("compound", "amod", "nmod")}
        if lemma in nouns or before & qualified.get(lemma, frozenset()):
            found.append(outlet)
    return found


def _field_of_body(noun: Any) -> list[Any]:
    """The lower-case nouns that qualify the unnamed body a role is "of" or "with": "rights" in "the head of a local
    human rights group", "union" in "a member of the union branch", "a volunteer with a human rights organisation"
    (the kind of body tells the role's field)."""
    preps = load("story_roles.yaml")["body_prepositions"]
    return field_nouns(objects_of(noun, preps))


def field_nouns(bodies: list[Any]) -> list[Any]:
    """The lower-case nouns qualifying unnamed bodies of people (``field_bodies``: "a human rights group": "rights");
    not of a place or an office ("the village police station", "the human rights ministry": no field told)."""
    bodies = [p for p in bodies if str(p.lemma_).lower() in _field_bodies()]
    return [m for p in bodies for m in p.children if m.dep_ == "compound" and m.pos_ == "NOUN" and m.text.islower()]


@cache
def _field_bodies() -> frozenset[str]:
    """Nouns for a body of people whose qualifier tells a role's field (``field_bodies``), lower case."""
    return frozenset(str(w).lower() for w in load("story_roles.yaml").get("field_bodies") or [])


def body_field(bodies: list[Any]) -> str | None:
    """The field (of ``role_fields``) an unnamed body's qualifying noun tells: "rights" for "a rights group"."""
    fields = load("story_roles.yaml")["role_fields"]
    return next(
        (str(m.lemma_ if m.lemma_ in fields else m.lower_) for m in field_nouns(bodies) if _field_word(m, fields)), None
    )


def _field_word(token: Any, fields: Any) -> bool:
    """Whether a token is one of the field words, by lemma or as written ("rights": lemma "right")."""
    return str(token.lemma_) in fields or str(token.lower_) in fields


def is_role_word(token: Any, *, parsing: bool = False) -> bool:
    """Whether a token is a role noun of a person ("Journalist", "leader") or its plural ("Activists Ana Ruiz and").
    ``parsing``: asked by a component of the pipeline, while the parse may still change (no answer is kept)."""
    word = _role_word(token) if parsing else role_word(token)
    return word is not None or token.lower_ in role_words() or singular(str(token.lower_)) in role_words()


def is_person_noun(token: Any) -> bool:
    """Whether a token is a noun for a person: a role, a description or a kinship word, or their plural; or a
    "figure" of public life (:func:`person_figure`)."""
    kin = token.lower_ in kin_genders() or singular(str(token.lower_)) in kin_genders()
    return is_role_word(token) or kin or person_figure(token)


@cache
def _figures() -> tuple[frozenset[str], frozenset[str]]:
    data = load("events.yaml")["person_figures"]
    return frozenset(str(w) for w in data["nouns"]), frozenset(str(w) for w in data["modifiers"])


def figure_modifiers() -> frozenset[str]:
    """The words of a field of public life or of standing that make a "figure" a person (``person_figures``)."""
    return _figures()[1]


def person_figure(token: Any) -> bool:
    """ "three opposition figures", "a prominent religious figure": a "figure" is a person when a word of a field of
    public life or of standing modifies it (``person_figures`` in data/events.yaml); not "the figures", "key
    figures" (numbers)."""
    nouns, modifiers = _figures()
    if token.lower_ not in nouns or token.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in token.children)


def singular(word: str) -> str:
    """The singular of a regular English plural ("activists", "witnesses"; "policemen"); else the word."""
    for plural, singular in (("men", "man"), ("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + singular
    return word


def coordinated(noun: Any) -> list[Any]:
    """ "a doctor and activist", "Journalist and political analyst": the noun and its conjuncts, in order; and a role
    the parser hung on the noun as a modifier coordinated with a possessor ("a writer and women's rights activist":
    a writer, not a "writer's rights activist")."""
    found = [c for c in noun.children if c.i < noun.i and _coordinated_with_possessor(c)]
    found.append(noun)
    for child in noun.children:
        if same_coordination(child):
            found.extend(coordinated(child))
    return found


def _coordinated_with_possessor(modifier: Any) -> bool:
    """A role noun modifying another, with "and" and a conjunct possessor after it: "writer" in "a writer and
    women's rights activist" as the parser may read it."""
    return bool(
        modifier.dep_ in ("nmod", "compound")
        and role_word(modifier) is not None
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in modifier.children)
        and any(c.dep_ == "conj" and any(p.dep_ == "case" for p in c.children) for c in modifier.children)
    )


def same_coordination(noun: Any) -> bool:
    """A conjunct noun of the same number as the noun it is coordinated with ("a doctor and activist"; not
    "X, a protest leader, and two other activists, Y and Z": those describe other persons)."""
    if noun.dep_ != "conj":
        return False  # asked of every token by some steps: the head is made only for a conjunct
    plural = noun.tag_ in ("NNS", "NNPS")
    return bool(noun.pos_ in ("NOUN", "PROPN") and plural == (noun.head.tag_ in ("NNS", "NNPS")))


def role_phrase(noun: Any, word: str) -> str:
    """The role, its lower-case qualifying nouns with their modifiers, its field: "union leader", "labour activist"."""
    nouns = [c for c in noun.subtree if c.i < noun.i and c.dep_ == "compound" and c.pos_ in COMMON[c.text.islower()]]
    own = [m for n in nouns for m in n.children if m.i < n.i and m.dep_ in ("amod", "compound") and m.pos_ == "ADJ"]
    fields = load("story_roles.yaml")["role_fields"]  # its field: "a labour activist", "a leader of the community"
    own += [m for m in noun.children if m.dep_ == "amod" and m.lower_ in fields]
    own += [p for p in objects_of(noun) if p.lemma_ in fields]
    own += [m for m in _field_of_body(noun) if _field_word(m, fields)]  # "the founder of a human rights group"
    own += [c for c in noun.children if c.dep_ == "poss" and c.lemma_ in fields]  # "the union's leader"
    titled = titled_field(noun, fields)  # "Labour Activist Ana Cruz": a title's capitalised field
    # "the director of a local newspaper": a media director; only a role of ``media_outlets: roles`` ("a driver with a
    # news agency" stays a driver; "the editor of the weekly" is of the news by its own word)
    fielded = word in _media_outlets()[3]
    media = {c.i for c in media_outlets(noun)[:1]} if fielded else set()
    qualifiers = sorted({*nouns, *own, *titled, *(noun.doc[i] for i in media)}, key=lambda c: c.i)
    kept = [
        ("media" if c.i in media else c.lemma_ if c.dep_ == "pobj" else c.lower_)
        for c in qualifiers
        if c.text.islower() or c.is_sent_start or c in titled
    ]
    office = _general_title(noun) if word == "general" else None  # "Secretary General X": the office, whatever its case
    if office is not None:  # right before "general": "rights secretary general" ("secretary general of a rights group")
        kept = [*(k for k in kept if k != office.lower_), office.lower_]
    return coordinated_fields(noun, min([c.i for c in qualifiers if c.i < noun.i] + [noun.i]), " ".join([*kept, word]))


def titled_field(noun: Any, fields: list[str]) -> list[Any]:
    """The field word written with a capital right before a role written with one, as a title is ("Labour Activist
    Ana Cruz", "Indigenous Leader Ivo Holm"): it qualifies the role as its lower-case form does ("labour activist")."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is None or not (noun.text.istitle() and before.text.istitle()) or before.lower_ not in fields:
        return []
    return [before] if before.pos_ in ("PROPN", "NOUN", "ADJ") else []


def supposed(verb: Any, noun: Any = None) -> bool:
    """ "if X had been a man", "as if she were the leader": a copula under a condition describes no one, nor one
    denied ("the board said X is not a journalist"; "X and Y are not the only writers to …" says they are)."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "though") for c in verb.children):
        return True
    only = noun is not None and any(c.lower_ == "only" for c in noun.children)
    return not only and any(c.dep_ == "neg" for c in verb.children)


def personal(word: str) -> bool:
    """A description of the person itself (man, woman, boy, mother): coreference's, not a role."""
    info = load("kinship.yaml")["descriptors"].get(word)
    return bool(info and (info.get("gender") or info.get("minor")))
