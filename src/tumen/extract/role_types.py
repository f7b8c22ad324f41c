"""Word senses and what may fill a role (docs/extraction.md): each role of ``data/events.yaml`` takes
persons, groups of people, organisations, state agents, places or facilities; a trigger whose
object is filled by something else is in another sense and makes no event ("the film is released",
"detained funds", "pick up the pieces", "escaped death"). A verb of filming with a medium
("captured in a documentary") and a wage ("paid 9,000 won an hour") make no event either.

The kind of a phrase is read from the entity it names, its pronoun, the vocabulary's lists of
things, quotation marks around a name no entity bears (a title), and spaCy's entity label; a phrase of unknown
kind fills any role.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract import plays, purchases, undergone
from tumen.extract.headline_words import title_case_line
from tumen.extract.nlp import sentence_at
from tumen.extract.quotation_marks import MARK_TOKENS
from tumen.extract.role_words import person_figure
from tumen.extract.victim_lists import lists_persons
from tumen.extract.vocab import load

PERSON_PRONOUNS = frozenset(
    ["he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you", "who", "whom", "himself", "herself"]
)
ENTITY_KINDS = {"person": "person", "group": "group", "organization": "organization"}
FACILITY_PLACES = ("camp", "facility")
SPACY_KINDS = {
    "PERSON": "person",
    "NORP": "group",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "MONEY": "thing",
    "WORK_OF_ART": "thing",
    "PRODUCT": "thing",
    "EVENT": "thing",
    "LAW": "thing",
}
RELATIVE_ADVERBS = frozenset(["where", "when", "whereby", "wherein"])
PART_TAGS = frozenset({"NUM", "PRON", "DET", "ADJ"})  # the part of a group: "two of", "some of", "several of"


@cache
def _data() -> dict[str, Any]:
    data = load("events.yaml")
    return {
        "roles": {k: frozenset(v) for k, v in data["role_fillers"].items()},
        "objects": {k: frozenset(v) for k, v in data["object_fillers"].items()},
        "idioms": {k: frozenset(str(w).lower() for w in v) for k, v in data["idiom_objects"].items()},
        "figurative": {k: frozenset(str(w).lower() for w in v) for k, v in data["figurative_objects"].items()},
        "things": frozenset(
            str(w).lower() for w in [*data["things"], *(data.get("inanimate") or []), *data["feelings"]]
        ),
        "inanimate": frozenset(str(w).lower() for w in data.get("inanimate") or []),
        "feelings": frozenset(str(w).lower() for w in data["feelings"]),
        "approaches": {k: frozenset(str(w).lower() for w in v) for k, v in data["approaches"].items()},
        "thing_pronouns": frozenset(str(w).lower() for w in data["thing_pronouns"]["words"]),
        "people_only": frozenset(str(w) for w in data["thing_pronouns"]["types"]),
        "places": frozenset(str(w).lower() for w in data["place_nouns"]),
        "media": frozenset(str(w).lower() for w in data["media"]),
        "media_verbs": frozenset(str(w).lower() for w in data["media_verbs"]),
        "judgements": frozenset(str(w).lower() for w in data["judgement_complements"]),
        "owners": frozenset(str(w).lower() for w in data["owner_adverbs"]),
        "occurrences": frozenset(str(w).lower() for w in data["occurrence_heads"]),
        "provisions": frozenset(str(w).lower() for w in data["provision_words"]),
        "wage_nouns": frozenset(str(w).lower() for w in data["wage"]["nouns"]),
        "rates": tuple(str(w).lower() for w in data["wage"]["rates"]),
        "share_prices": tuple(str(w).lower() for w in data["wage"]["share_prices"]),
        "reflexive_figures": frozenset(str(w) for w in data["reflexive_figures"]["types"]),
        "reflexives": frozenset(str(w).lower() for w in data["reflexive_figures"]["pronouns"]),
        "reflexive_causes": frozenset(str(w).lower() for w in data["reflexive_figures"]["causing"]),
        "person_nouns": frozenset(
            str(w).lower() for key in ("person_nouns", "descriptors") for w in load("kinship.yaml")[key]
        ),
    }


def kind_of(finder: Any, token: Any | None) -> str | None:
    """person | group | organization | state_agent | place | facility | thing, or None when unknown."""
    if token is None:
        return None
    found = finder.entity(token)
    if found is not None:
        entity = finder.g.by_id(found)
        if entity.kind == "place":
            return "facility" if entity.place_kind in FACILITY_PLACES else "place"
        return ENTITY_KINDS.get(entity.kind)
    lower = token.lower_
    if token.pos_ == "PRON":
        return "person" if lower in PERSON_PRONOUNS else None
    if token.lemma_.lower() in _data()["things"] or lower in _data()["things"]:
        if lists_persons(token, finder.person) or person_figure(token):
            return "person"  # "prominent figures, including Kim Ok-sun", "three opposition figures": people
        return "thing"
    if token.pos_ == "NOUN" and token.lemma_.lower() in _data()["places"]:
        return "place"
    if token.pos_ == "PROPN" and _quoted(token):
        return "thing"  # "the ‘Tarvik Sammelan’ held at the fort": a title set in quotes, no one's name
    return SPACY_KINDS.get(token.ent_type_)


def describes_someone(finder: Any, token: Any, no_one: tuple[str, ...]) -> bool:
    """A noun that describes a person or people ("a young man", "the victim"), not a thing or place (a kind of
    ``no_one``); of a part, the group it is taken of ("two of the journalists": :func:`partitive_whole`)."""
    whole = partitive_whole(token)
    return bool(whole.pos_ == "NOUN" and kind_of(finder, whole) not in no_one)


def undergoer(finder: Any, token: Any, no_one: tuple[str, ...]) -> bool:
    """The one who undergoes a harm is someone: a noun that describes a person or people (:func:`describes_someone`),
    or a pronoun that can only mean a person (``genericity.personal_pronouns``: "the guard beat her", "they hit me"),
    even when no antecedent of it is known."""
    return describes_someone(finder, token, no_one) or (token.pos_ == "PRON" and token.lower_ in _personal())


@cache
def _personal() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["genericity"]["personal_pronouns"])


def partitive_whole(token: Any) -> Any:
    """The group a part is taken of — "two of the journalists", "some of the children", "several of the workers": the
    word after "of" of a number, pronoun or determiner the parser makes the head — else the token itself, as for a
    part that may be any of them (``universal_heads``: "most of the journalists", "all of the prisoners")."""
    if token.pos_ not in PART_TAGS or token.lower_ in _universal():
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), token) if of is not None else token


@cache
def _universal() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["genericity"]["universal_heads"])


def _quoted(token: Any) -> bool:
    """A name between quotation marks of its own ("the ‘Tarvik Sammelan’ held …")."""
    marks = [c for c in token.children if c.dep_ == "punct" and c.text in MARK_TOKENS]
    return any(m.i < token.i for m in marks) and any(m.i > token.i for m in marks)


def _object_of(finder: Any, trigger: Any) -> Any | None:
    """The phrase in the object role: the passive subject or direct object, or the noun a relative
    clause without its own object describes ("a needle she had picked up"), or the noun a participle after a comma
    follows ("the election, held in May"), not the place or time a relative adverb's clause tells of ("the hospital
    where she died")."""
    patient = finder.subjects(trigger)[1]
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and trigger.i >= 2 and trigger.nbor(-1).text == ",":
        before = trigger.nbor(-2)  # "voted in the election, held under a new charter": the election is held
        own = any(c.dep_ in ("nsubjpass", "nsubj") for c in trigger.children)
        if before.pos_ == "NOUN" and not own and kind_of(finder, before) == "thing":  # not "in the capital, held"
            return before
    relative = trigger.dep_ == "relcl" and not syntax.passive(trigger)
    relative = relative and not any(c.lower_ in RELATIVE_ADVERBS for c in trigger.children)  # "Halden, where she died"
    if patient is None and relative and not any(c.dep_ == "dobj" for c in trigger.children):
        return trigger.head
    if patient is not None and trigger.dep_ == "acl" and patient.dep_ == "pobj" and patient.head.lower_ == "of":
        return patient.head.head  # "a gathering of activists held in Oslo": the gathering is held
    return patient


def fits(finder: Any, trigger: Any, event_type: str) -> bool:
    """Whether the trigger is in its event sense: its object of a kind its role takes, not a medium
    it is recorded in, not a wage."""
    data = _data()
    lemma = finder.lemma(trigger)
    if lemma in data["media_verbs"] and recorded(finder, trigger):
        return False  # "captured in a documentary", "caught on camera", "the footage captures"
    if plays.played(trigger, lemma):
        return False  # "beat Halden 3-1", "caught at first base", "the gamble is paying off"
    if any(c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in data["judgements"] for c in trigger.children):
        return False  # "held accountable", "kept secret": no custody
    if event_type in data["people_only"] and _owned(trigger, data["owners"]):
        return False  # "the firms are privately held": a thing owned, no one held
    if event_type == "payment" and (wage(finder, trigger) or purchases.commerce(finder, trigger, kind_of)):
        return False  # "paid 9,000 won an hour"; "pay 9 million dollars for new shares", "paid it in taxes"
    if _in_a_name(finder, trigger):
        return False  # "the sequel, Catching Fire": a word of a title, no arrest
    if trigger.pos_ != "VERB":
        thing = _of_a_thing(finder, trigger, event_type) or _for_a_thing(finder, trigger, event_type)
        return not thing and not _approached(trigger) and not _rated(trigger, event_type)
    if any(t.lemma_.lower() in data["feelings"] for _p, t in _agents(finder, trigger)):
        return False  # "tortured by doubts", "tormented by memories": a feeling harms no one
    if trigger.dep_ == "amod" and trigger.tag_ == "VBG":  # "her starving daughter": a state, no event
        return False
    caused = undergone.cause(trigger)  # the thing that killed: "a quake struck, killing 200"
    dealt = undergone.killers(trigger, event_type) or caused
    if event_type == "death" and trigger.tag_ == "VBG" and dealt is None:
        return False  # "was dying", "starving children": not (yet) dead (dying at someone's hands is being killed)
    allowed = data["objects"].get(event_type) or data["roles"].get(finder.lex.roles[event_type][1], frozenset())
    target = _object_of(finder, trigger)
    forced = trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in data["reflexive_causes"]  # "forced him to"
    reflexive = target is not None and target.lower_ in data["reflexives"]
    if event_type in data["reflexive_figures"] and reflexive and not forced:
        return False  # "torturing himself over the decision": a figure of speech (not "forced him to beat himself")
    idiom = target is not None and target.dep_ == "dobj" and target.lower_ in data["idioms"].get(event_type, ())
    kind = None if idiom else _object_kind(finder, target, event_type)  # "lost his life": the phrase's own word
    if kind is not None and kind not in allowed and not (kind == "place" and "state_agent" in allowed):
        return False
    subject_role = finder.lex.roles[event_type][0]
    if event_type == "death" and caused is not None:  # "a fire killed the activist Ana Berg"
        # the fire is the cause, no one who died; told of people only described or counted, their death ("floods
        # killed 40 people", "a fire that killed dozens of prisoners"); of nothing else, no death ("killed the crops")
        victims = any(p.role == "victim" for p in finder.participants(trigger, event_type))
        return victims or undergone.died_described(finder, trigger, event_type)
    own = syntax.past_dateline(next((c for c in trigger.children if c.dep_ == "nsubj"), None))  # not inherited
    if own is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG":  # "a quake struck, killing 200": the quake
        own = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    subject_kind = kind_of(finder, syntax.described(trigger, own)) if own is not None else None
    if any(c.dep_ == "nsubj" and c.lower_ in ("who", "whom") for c in trigger.children):
        subject_kind = "person"  # "a farmer in the city of X who paid": "who" is someone, wherever it hangs
    if subject_kind == "place" and subject_role == "perpetrator":
        return True  # "China returned them": a state
    # "a famine which killed thousands", "a river separates the towns": no one who acts
    return subject_kind is None or subject_kind in data["roles"].get(subject_role, frozenset({subject_kind}))


def _in_a_name(finder: Any, trigger: Any) -> bool:
    """A capitalised trigger inside the name of someone or something the document knows, beside another capitalised
    word of it: a title ("the sequel, Catching Fire"), no event — not in a title-case headline line."""
    if not trigger.text[:1].isupper() or trigger.i == trigger.sent.start:
        return False
    found = finder.g.entity_at(trigger.idx, trigger.idx + len(trigger.text))
    if found is None or title_case_line(trigger.doc, trigger.i):
        return False  # "Tarvik Police Arrest Dissident Ana Berg": a headline capitalises its verb too
    doc = trigger.doc
    beside = [doc[i] for i in (trigger.i - 1, trigger.i + 1) if 0 <= i < len(doc) and doc[i].text[:1].isupper()]
    return any(finder.g.entity_at(t.idx, t.idx + len(t.text)) == found for t in beside)


def _rated(noun: Any, event_type: str) -> bool:
    """An event noun of the types done to people only measured by a percentage: "a 4.35% total return of the index",
    "an 8 percent return" — a yield, no one sent back."""
    if event_type not in _data()["people_only"]:
        return False
    return any(t.text == "%" or t.lower_ in ("percent", "per", "pct") for t in noun.subtree if t.i < noun.i)


def _owned(trigger: Any, owners: frozenset[str]) -> bool:
    """An adverb of ownership just before the participle: "privately held", "wholly owned" (not "held privately
    in a villa": in private, and held)."""
    return any(c.dep_ == "advmod" and c.lower_ in owners and c.i == trigger.i - 1 for c in trigger.children)


def _approached(noun: Any) -> bool:
    """An event noun one is said near, not in: "the suspect is near death", "beaten close to death", "on the brink
    of death" (``approaches``: the prepositions and the words before "to" or "of" that tell it not reached), or a
    death a court imposes, still to be carried out: "sentenced to death", "condemned to death"."""
    words = _data()["approaches"]
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ in words["prepositions"]:
        return True
    if preposition.lower_ == "to" and preposition.head.lemma_.lower() in words["penalty_verbs"]:
        return noun.lemma_.lower() in words["penalties"]  # "sentenced to death": a penalty, no one died
    return preposition.lower_ in ("to", "of") and preposition.head.lemma_.lower() in words["heads"]


def _agents(finder: Any, trigger: Any) -> list[tuple[str, Any]]:
    """The "by" phrases of a passive verb: its doers as told."""
    return [(p, o) for p, o in finder.preps(trigger) if p == "by"] if syntax.passive(trigger) else []


def _of_a_thing(finder: Any, noun: Any, event_type: str) -> bool:
    """An event noun of the types done to people only whose "of" names a thing and no person: "the torture and
    slaughter of dogs", "the disappearance of documents from the archive", "the detention of funds" (not a thing of
    someone's that frames it: "the last arrest of his life"), or whose compound or possessor names a thing made or put
    out (``inanimate``: "the patch release", "the album's release"; not "life imprisonment"), or whose "of" names a
    product's version: a name with no article followed by its number ("the release of Norvex 8.1")."""
    if event_type not in _data()["people_only"]:
        return False
    if any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in _data()["inanimate"] for c in noun.children):
        return True  # "the patch release", "the album's release": a thing put out (not "life imprisonment")
    told = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if any(_versioned(o) for o in told):
        return True  # "the release of Norvex 8.1": a product's version, no one freed
    unowned = all(not any(c.dep_ == "poss" for c in o.children) for o in told)
    things = _data()["things"]
    named = all(o.lemma_.lower() in things or o.lower_ in things for o in told)  # by the vocabulary, not the parser
    return bool(told) and unowned and named and all(kind_of(finder, o) == "thing" for o in told)


def _versioned(name: Any) -> bool:
    """A proper name with no article or possessor followed at once by a number in digits that counts nothing after
    it: "Norvex 8.1", "Velo Vista 8 Beta 2" (not "the Tarvik 7", a group so named; nor "Karl Vos 2 days after"; nor a
    noun of a person with a number: "Detainee 063")."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.i + 1 >= len(doc) or any(c.dep_ in ("det", "poss") for c in name.children):
        return False
    if name.lemma_.lower() in _data()["person_nouns"] or name.lower_ in _data()["person_nouns"]:
        return False  # "the release of Detainee 063": a person known by a number
    number = doc[name.i + 1]
    digits = number.pos_ == "NUM" and any(ch.isdigit() for ch in number.text)
    return digits and number.head.i <= number.i


def _for_a_thing(finder: Any, noun: Any, event_type: str) -> bool:
    """An event noun of the types done to people only after "for" in a clause whose subject is a thing, or in a
    participle that describes a thing: "the sequel is slated for release in March", "the album is due for release",
    "most films slated for release in 2025" (not "Ivan Mirov is due for release")."""
    if event_type not in _data()["people_only"] or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    head = noun.head.head  # "slated", or "due" in "is due for"
    clause = [*head.children, *(head.head.children if head.dep_ in ("acomp", "oprd") else [])]
    if any(c.dep_ in ("nsubj", "nsubjpass") and kind_of(finder, c) == "thing" for c in clause):
        return True
    if head.dep_ not in ("acl", "amod") or head.tag_ not in ("VBN", "JJ") or _told_of(noun):
        return False  # "a statement calling for the release of Ana Berg": she is released
    return kind_of(finder, head.head) == "thing"  # "films slated for release"


def _told_of(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _object_kind(finder: Any, token: Any | None, event_type: str) -> str | None:
    """The kind of the one an event befalls; "it" there is a thing for the types done to people only ("the
    senator killed it": the bill), unless it stands for a known person, group or organisation; a noun of
    ``figurative_objects`` in lower case is a thing for its type ("the senate killed the bill")."""
    kind = kind_of(finder, token)
    data = _data()
    if token is not None and token.text.islower() and token.lemma_.lower() in data["figurative"].get(event_type, ()):
        return "thing"
    if token is not None and event_type in data["people_only"] and kind in (None, "person") and _vessel(token):
        return "thing"  # "The Ben Olsen was detained in Olsk port; its crew …": a ship held
    if kind is not None or token is None or event_type not in data["people_only"]:
        return kind
    if token.pos_ == "PRON" and token.lower_ in data["thing_pronouns"]:
        return "thing" if finder.entity(token) is None else None
    return kind


def _vessel(name: Any) -> bool:
    """A name after "the" (a person's takes none) in a sentence that, or whose next one, has a word of ships or the
    sea (``vessel_nouns``, ``vessel_cues`` of data/name_kinds.yaml): "The Ben Olsen was detained in Olsk port"."""
    if name.pos_ != "PROPN" or name.i == 0:
        return False
    start = min((t.i for t in name.subtree if t.i <= name.i), default=name.i)
    if name.doc[start].lower_ != "the" or not all(t.pos_ == "PROPN" for t in name.doc[start + 1 : name.i + 1]):
        return False
    sentence = sentence_at(name, 0)
    following = sentence_at(name, 1)
    words = [*sentence, *following] if following.start >= sentence.end else [*sentence]
    cues = _vessel_cues()
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in words if t.i != name.i)


@cache
def _vessel_cues() -> frozenset[str]:
    kinds = load("name_kinds.yaml")
    return frozenset(str(w).lower() for w in [*kinds["vessel_cues"], *kinds["vessel_nouns"]])


def names_a_kind(noun: Any) -> bool:
    """An event noun that modifies another noun names a kind of that thing, not an event: "an arrest warrant", "the
    torture chambers", "a detention centre"; only a noun of occurrence after it tells the event ("the kidnapping
    incident", "an arrest campaign": ``occurrence_heads``)."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() not in _data()["occurrences"]


def names_a_provision(noun: Any) -> bool:
    """An event noun in the bracketed title of a provision of law, after the provision's number, names the offence
    the law defines, no one's act: "charged under section 412 (criminal intimidation)", "sections 12 (sedition) and
    14 (intimidation of officials)" — a word of provision (``provision_words``) before in the sentence."""
    opens, brackets = _brackets(noun.doc)
    last = bisect_left(brackets, noun.i) - 1
    if last < 0 or not opens[last]:
        return False  # the last bracket before the noun (in the document, so in its sentence) is no "("
    before = noun.doc[noun.sent.start : noun.i]
    bracket = next((t for t in reversed(before) if t.text in ("(", ")")), None)
    if bracket is None or bracket.text != "(" or bracket.i == noun.sent.start:
        return False
    if not any(ch.isdigit() for ch in noun.doc[bracket.i - 1].text):
        return False
    return any(t.lemma_.lower() in _data()["provisions"] for t in noun.doc[noun.sent.start : bracket.i])


def _brackets(doc: Any) -> tuple[list[bool], list[int]]:
    """Where the document's "(" and ")" tokens are (whether each opens, and its index), listed once per document
    instead of walking each event noun's sentence."""
    kept = doc.user_data.get("tumen_brackets")
    if kept is None or kept[0] != len(doc):
        orth = doc.to_array("ORTH")  # the words' hashes, read without making a token of each
        opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
        indexes = [int(i) for i in ((orth == opening) | (orth == closing)).nonzero()[0]]
        kept = (len(doc), [int(orth[i]) == opening for i in indexes], indexes)
        doc.user_data["tumen_brackets"] = kept
    return kept[1], kept[2]


def recorded(finder: Any, trigger: Any) -> bool:
    """A verb of filming put on a medium: "captured in a documentary", "caught on dozens of phone videos", "one of
    the clips captures him" (the medium as the subject, or "of" it)."""
    media = _data()["media"]
    for _preposition, pobj in finder.preps(trigger):
        if any(t.lemma_.lower() in media for t in pobj.subtree if t.i == pobj.i or t.dep_ == "pobj"):
            return True
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    held = [subject, *(o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    return any(t.lemma_.lower() in media for t in held)


def wage(finder: Any, trigger: Any) -> bool:
    """ "paid 9,000 won an hour", "her monthly salary of 200 dollars": a rate of pay, no payment; "$27 a share": a
    price (``share_prices``)."""
    data = _data()
    amount = finder.amount_for(trigger)
    if amount is None:
        return False
    after = finder.text[amount.end : amount.end + 14].lower().lstrip(" ,-")
    if after.startswith(data["rates"]) or after.startswith(data["share_prices"]):
        return True  # "paid 9,000 won an hour"; "pays $27 a share": a price, no money given
    phrase = {w for t in trigger.subtree if t.i != trigger.i for w in (t.lemma_.lower(), t.lower_)}
    return bool(phrase & data["wage_nouns"]) or bool(phrase & {r for r in data["rates"] if " " not in r})
